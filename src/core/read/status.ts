/**
 * Status normalisation (docs/domain.md "Status"): Dutch and English wording, case, accents and spacing
 * insensitive, and traffic-light fills, to done / onTrack / delayed / notStarted.
 */
import type { StatusKey } from "../datasets";
import type { Language } from "../i18n/language";
import { compactText, containsPhrase, editDistance, normalizeText } from "./text";

type KnownStatus = Exclude<StatusKey, "unknown">;

/** Wordings as a team types them; the first of each status and language is the canonical one. */
export const statusWordings: Record<KnownStatus, Record<Language, string[]>> = {
  done: {
    nl: [
      "Afgerond",
      "Gereed",
      "Klaar",
      "Voltooid",
      "Uitgevoerd",
      "Opgeleverd",
      "Afgesloten",
      "Gerealiseerd",
      "Behaald",
      "Vastgesteld",
    ],
    en: ["Done", "Completed", "Complete", "Finished", "Closed", "Achieved", "Delivered"],
  },
  onTrack: {
    nl: [
      "Loopt volgens planning",
      "Volgens planning",
      "Op schema",
      "Op koers",
      "Loopt",
      "Lopend",
      "In uitvoering",
      "Bezig",
      "Gestart",
      "In behandeling",
      "Onder handen",
      "Loopt goed",
      "Deels afgerond",
      "Gedeeltelijk afgerond",
      "Grotendeels afgerond",
      "Bijna afgerond",
      "Doorlopend",
      "Structureel",
    ],
    en: [
      "On track",
      "On schedule",
      "In progress",
      "Ongoing",
      "Running",
      "Started",
      "Partly done",
      "Partially completed",
      "Nearly done",
    ],
  },
  delayed: {
    nl: [
      "Vertraagd",
      "Loopt achter",
      "Achter op schema",
      "Vertraging",
      "Achterstand",
      "Uitgesteld",
      "Loopt uit",
      "Niet volgens planning",
      "Niet op schema",
      "Niet op koers",
      "Aandacht nodig",
      "Aandacht",
      "Risico",
      "Knelpunt",
      "Stagneert",
      "Gepauzeerd",
    ],
    en: [
      "Delayed",
      "Behind schedule",
      "Behind",
      "Late",
      "Overdue",
      "At risk",
      "Off track",
      "Postponed",
      "On hold",
    ],
  },
  notStarted: {
    nl: [
      "Niet gestart",
      "Nog niet gestart",
      "Niet begonnen",
      "Nog niet begonnen",
      "Nog te starten",
      "Nog starten",
      "Gepland",
      "Nog niet opgepakt",
      "Nog op te pakken",
    ],
    en: ["Not started", "Not yet started", "Planned", "To do", "Todo"],
  },
};

/** Colour names typed as a status ("groen", "rood"); read like the fills, never suggested as a wording. */
const colourWordings: Record<KnownStatus, string[]> = {
  done: ["Donkergroen", "Blauw", "Dark green", "Blue"],
  onTrack: ["Groen", "Green"],
  delayed: ["Oranje", "Geel", "Rood", "Amber", "Orange", "Yellow", "Red"],
  notStarted: ["Grijs", "Grey", "Gray"],
};

/** Short words that mean a status on their own but not inside a longer sentence ("loopt", "late"). */
const exactOnly = new Set([
  "loopt",
  "lopend",
  "late",
  "behind",
  "gestart",
  "started",
  "bezig",
  "running",
  "gepland",
  "planned",
  "aandacht",
  "risico",
  "stand",
]);

interface Phrase {
  status: KnownStatus;
  normalized: string;
  compact: string;
  display: string;
  language: Language | null;
}

function phrase(status: KnownStatus, display: string, language: Language | null): Phrase {
  return { status, normalized: normalizeText(display), compact: compactText(display), display, language };
}

const phrases: Phrase[] = (Object.keys(statusWordings) as KnownStatus[]).flatMap((status) => [
  ...(["nl", "en"] as const).flatMap((language) =>
    statusWordings[status][language].map((display) => phrase(status, display, language)),
  ),
  ...colourWordings[status].map((display) => phrase(status, display, null)),
]);

const negations = ["niet", "not", "geen", "no", "nog niet"];

const byCompact = new Map(phrases.map((candidate) => [candidate.compact, candidate.status]));
const longestFirst = phrases
  .filter((candidate) => !exactOnly.has(candidate.normalized))
  .sort((a, b) => b.normalized.length - a.normalized.length);

/**
 * The status a text means. Exact wordings first ("op  Schema" = "Op schema"), then the longest known
 * wording the text contains as whole words ("Afgerond in maart", "Vertraagd: wacht op partner"; the longer
 * "niet gestart" beats "gestart", "deels afgerond" beats "afgerond"), then percentages ("100%" done,
 * "0%" not started, anything between on track). Blank or unrecognised text gives "unknown".
 */
export function normalizeStatus(text: string): StatusKey {
  let status = statusCache.get(text);
  if (status === undefined) {
    status = normalizeStatusUncached(text);
    if (statusCache.size >= 10000) statusCache.clear();
    statusCache.set(text, status);
  }
  return status;
}

const statusCache = new Map<string, StatusKey>();

/**
 * Traffic lights and check marks typed as the status, read like the fills: green on track, yellow, orange
 * and red delayed, white or grey not started, blue and a check mark done. A cross says nothing certain.
 */
const statusSymbols: [RegExp, KnownStatus][] = [
  [/^(?:\u{2705}|\u{2714}\u{FE0F}?|\u{2713}|\u{2611}\u{FE0F}?)$/u, "done"],
  [/^\u{1F535}$/u, "done"],
  [/^(?:\u{1F7E2}|\u{1F49A})$/u, "onTrack"],
  [/^(?:\u{1F7E1}|\u{1F7E0}|\u{1F534}|\u{2757}\u{FE0F}?|\u{26A0}\u{FE0F}?)$/u, "delayed"],
  [/^(?:\u{26AA}|\u{26AB}|\u{2B1C}|\u{25CB})$/u, "notStarted"],
];

/** A footnote mark after a status ("Afgerond*", "Afgerond¹", "Gereed (1)"), which a team adds for a remark. */
const footnoteMark = /\s*(?:\*+|[\u00B9\u00B2\u00B3\u2070-\u2079]+|\(\d\))$/u;

function normalizeStatusUncached(text: string): StatusKey {
  const trimmed = text.trim();
  const symbol = statusSymbols.find(([pattern]) => pattern.test(trimmed));
  if (symbol) return symbol[1];
  const withoutMark = trimmed.replace(footnoteMark, "");
  if (withoutMark !== trimmed && withoutMark !== "") return normalizeStatusUncached(withoutMark);
  const compact = compactText(text);
  if (compact === "") return "unknown";
  const exact = byCompact.get(compact);
  if (exact) return exact;
  const normalized = normalizeText(text);
  const contained = longestFirst.find(
    (candidate) => candidate.normalized.length > 3 && containsPhrase(normalized, candidate.normalized),
  );
  if (contained) {
    // NOTE: "Niet afgerond" or "nog niet klaar" must not count as done: a negation outside the matched
    // wording makes the text unknown, so validation asks the user.
    const negated = negations.some(
      (word) => containsPhrase(normalized, word) && !containsPhrase(contained.normalized, word),
    );
    return negated ? "unknown" : contained.status;
  }
  const percent = /^(\d+(?:[.,]\d+)?)\s*%$/.exec(text.trim());
  if (percent) return statusFromProgress(Number(percent[1].replace(",", ".")) / 100);
  return "unknown";
}

/** A progress fraction (a "Voortgang" cell of 0..1 with a % format): 1 done, 0 not started, between on track. */
export function statusFromProgress(fraction: number): StatusKey {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) return "unknown";
  if (fraction >= 1) return "done";
  if (fraction <= 0) return "notStarted";
  return "onTrack";
}

/**
 * The known wording nearest to an unrecognised status (edit distance over case- and accent-free text),
 * for the unknown-status hint: "Loopt volgens plannig" → "Loopt volgens planning". With a language, only
 * that language's wordings are suggested.
 */
export function nearestStatusWording(text: string, language?: Language): string {
  const compact = compactText(text);
  const candidates = phrases.filter(
    (candidate) => candidate.language !== null && (!language || candidate.language === language),
  );
  let best = candidates[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(compact, candidate.compact);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best.display;
}

/** Traffic-light colours Koers recognises in a fill. */
export type TrafficColour = "green" | "darkGreen" | "blue" | "amber" | "yellow" | "red" | "grey";

/**
 * What a team means by a fill colour (NOTE: a choice, documented in the Toelichting):
 * groen = loopt volgens planning (onTrack); oranje, geel = aandacht / loopt achter (delayed);
 * rood = vertraagd / ernstig (delayed); grijs = niet gestart (notStarted); blauw and donkergroen =
 * afgerond (done), as in the common blue-red-amber-green scheme. Purple, pink, white, black: no status.
 */
export const trafficColourStatus: Record<TrafficColour, KnownStatus> = {
  green: "onTrack",
  darkGreen: "done",
  blue: "done",
  amber: "delayed",
  yellow: "delayed",
  red: "delayed",
  grey: "notStarted",
};

const colourNames: Record<TrafficColour, Record<Language, string>> = {
  green: { nl: "groen", en: "green" },
  darkGreen: { nl: "donkergroen", en: "dark green" },
  blue: { nl: "blauw", en: "blue" },
  amber: { nl: "oranje", en: "amber" },
  yellow: { nl: "geel", en: "yellow" },
  red: { nl: "rood", en: "red" },
  grey: { nl: "grijs", en: "grey" },
};

/** "groen" / "green". */
export function trafficColourName(colour: TrafficColour, language: Language): string {
  return colourNames[colour][language];
}

export interface ColourAnalysis {
  colour: TrafficColour | null;
  /** True for a saturated, not pale colour: a deliberate traffic light rather than table banding. */
  strong: boolean;
}

/** Classifies a "#RRGGBB" fill by hue, saturation and lightness. */
export function analyzeColour(hex: string): ColourAnalysis {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return { colour: null, strong: false };
  const number = parseInt(match[1], 16);
  const red = ((number >> 16) & 255) / 255;
  const green = ((number >> 8) & 255) / 255;
  const blue = (number & 255) / 255;
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const lightness = (max + min) / 2;
  const delta = max - min;
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.12 || delta < 0.06) {
    return lightness >= 0.25 && lightness <= 0.92
      ? { colour: "grey", strong: lightness <= 0.8 }
      : { colour: null, strong: false };
  }
  if (lightness > 0.94) return { colour: null, strong: false };
  let hue: number;
  if (max === red) hue = ((green - blue) / delta) % 6;
  else if (max === green) hue = (blue - red) / delta + 2;
  else hue = (red - green) / delta + 4;
  hue = (hue * 60 + 360) % 360;
  const strong = saturation >= 0.45 && lightness <= 0.85;
  let colour: TrafficColour | null;
  if (hue < 15 || hue >= 340) colour = "red";
  else if (hue < 50) colour = "amber";
  else if (hue < 70) colour = "yellow";
  else if (hue < 170) colour = lightness < 0.3 ? "darkGreen" : "green";
  else if (hue < 260) colour = "blue";
  else colour = null;
  return { colour, strong: colour !== null && strong };
}

export interface FillStatus {
  status: KnownStatus;
  colour: TrafficColour;
}

/** The status a traffic-light fill means, or null for no fill or a colour without a status meaning. */
export function statusFromFill(fill: string | null): FillStatus | null {
  if (fill === null) return null;
  const { colour } = analyzeColour(fill);
  return colour === null ? null : { status: trafficColourStatus[colour], colour };
}
