import type { PrivacyHit } from "../report";

export type PrivacyKind = PrivacyHit["kind"];

/** One item of personal data found in a text: where it is, and how it may be shown. */
export interface TextMatch {
  kind: PrivacyKind;
  /** Start and end (exclusive) offsets in the text. */
  start: number;
  end: number;
  /** Masked form, never the full value. */
  masked: string;
}

export interface TextScanOptions {
  /**
   * True when the text stands near a BSN keyword or in a person column. Only then is a 9-digit number
   * that passes the 11-proof called a BSN: about one in eleven random 9-digit numbers passes it.
   */
  bsnContext?: boolean;
}

const bsnKeyword = /\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer|sofi)\b/i;

/** True when the text names a BSN ("BSN", "burgerservicenummer", "sofinummer"). */
export function mentionsBsn(text: string): boolean {
  return bsnKeyword.test(text);
}

/**
 * The 11-proof (elfproef) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11.
 * "000000000" passes the arithmetic but is never a BSN.
 */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (9 - index) * Number(digits[index]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country (ISO 13616 registry, the countries a Dutch municipality meets most). */
const ibanLengths: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  LU: 20,
  ES: 24,
  IT: 27,
  PT: 25,
  AT: 20,
  CH: 21,
  IE: 22,
  DK: 18,
  NO: 15,
  SE: 24,
  FI: 18,
  PL: 28,
  CZ: 24,
  SK: 24,
  HU: 28,
  RO: 24,
  BG: 22,
  GR: 27,
  HR: 21,
  SI: 19,
  EE: 20,
  LV: 21,
  LT: 20,
  TR: 26,
  MA: 28,
  CY: 28,
  MT: 31,
  IS: 26,
  LI: 21,
  MC: 27,
  SM: 27,
};

/** True when the text (spaces allowed) is an IBAN: known length for its country and mod 97 = 1. */
export function isValidIban(text: string): boolean {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_]/u.test(character);
}

/** True when the match is not glued to a word or number on either side (no look-behind: old Safari). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isWordCharacter(before) || isWordCharacter(after)) return false;
  // "Z-0612345678", "2025/0612345678", "0612345678-3": part of an id or a range, not a number by itself.
  if ((before === "-" || before === "/" || before === "#") && isWordCharacter(text[start - 2])) return false;
  if ((after === "-" || after === "/") && /\d/.test(text[end + 1] ?? "")) return false;
  if ((before === "." || before === ",") && /\d/.test(text[start - 2] ?? "")) return false;
  if ((after === "." || after === ",") && /\d/.test(text[end + 1] ?? "")) return false;
  return true;
}

/** Keeps the first `keep` characters, hides the rest but the last four digits: "06-****5678". */
function maskDigits(text: string, keep: number): string {
  const digitPositions: number[] = [];
  for (let index = 0; index < text.length; index++) if (/\d/.test(text[index])) digitPositions.push(index);
  const visible = new Set(digitPositions.slice(-4));
  return [...text]
    .map((character, index) =>
      index < keep || visible.has(index) || !/[\dA-Za-z]/.test(character) ? character : "*",
    )
    .join("");
}

type Detector = (text: string, options: TextScanOptions) => TextMatch[];

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** "jan.jansen@example.nl" → "j***@example.nl". */
export function maskEmail(email: string): string {
  const at = email.indexOf("@");
  return `${email[0]}***${email.slice(at)}`;
}

const findEmails: Detector = (text) =>
  [...text.matchAll(emailPattern)].map((match) => ({
    kind: "email",
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    masked: maskEmail(match[0]),
  }));

const ibanPattern = /[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?/g;

const findIbans: Detector = (text) => {
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(ibanPattern)) {
    const start = match.index ?? 0;
    let candidate = match[0];
    const expected = ibanLengths[candidate.slice(0, 2).toUpperCase()];
    if (expected !== undefined) candidate = prefixWithCompactLength(candidate, expected);
    const end = start + candidate.length;
    if (!standsAlone(text, start, end) || !isValidIban(candidate)) continue;
    const compact = candidate.replace(/\s+/g, "").toUpperCase();
    matches.push({
      kind: "iban",
      start,
      end,
      masked: compact.slice(0, 2) + "*".repeat(compact.length - 6) + compact.slice(-4),
    });
  }
  return matches;
};

/** The shortest prefix of a spaced text that holds `length` non-space characters (the whole text if fewer). */
function prefixWithCompactLength(text: string, length: number): string {
  let counted = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== " ") counted++;
    if (counted === length) return text.slice(0, index + 1);
  }
  return text;
}

const bsnPattern = /\d{4}[. ]?\d{2}[. ]?\d{3}/g;

/** "123456782" → "*****6782". */
export function maskBsn(digits: string): string {
  return `*****${digits.slice(-4)}`;
}

const findBsns: Detector = (text, options) => {
  if (!options.bsnContext && !mentionsBsn(text)) return [];
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(bsnPattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, "");
    if (standsAlone(text, start, end) && passesElevenProof(digits)) {
      matches.push({ kind: "bsn", start, end, masked: maskBsn(digits) });
    }
  }
  return matches;
};

const phoneCandidate = /(?:\+|00)?\(?\d[\d ().-]{7,20}\d/g;
const datePrefix = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;

/**
 * Whether a run of digits and separators is a phone number: Dutch numbers (06-12345678, 010-1234567,
 * 0320 123456, +31 6 12345678, 0031 20 1234567, +31 (0)20 …) and international numbers written with "+".
 * Not: years and ranges (2024-2025), dates, amounts (1.234.567), ids without a leading 0.
 */
export function isPhoneNumber(candidate: string): boolean {
  const text = candidate.trim();
  if (datePrefix.test(text)) return false;
  const dutchInternational = /^(?:\+|00)\s?31/.exec(text);
  if (dutchInternational) {
    let rest = text.slice(dutchInternational[0].length).replace(/\(0\)/g, "");
    rest = rest.replace(/\D/g, "");
    if (rest.startsWith("0")) rest = rest.slice(1);
    return /^[1-9]\d{8}$/.test(rest);
  }
  if (text.startsWith("+")) {
    const digits = text.replace(/\D/g, "");
    return digits.length >= 9 && digits.length <= 13 && !/^0/.test(digits);
  }
  if (!text.startsWith("0") && !text.startsWith("(0")) return false;
  if (/^\(?00/.test(text)) return false;
  const digits = text.replace(/\D/g, "");
  if (digits.length !== 10 || digits[1] === "0") return false;
  const firstGroup = /^\(?(\d+)/.exec(text)?.[1] ?? "";
  if (firstGroup.length === 10) return true;
  if (firstGroup === "06") return true;
  // Landline: area code of 3 or 4 digits (010, 0320), then 7 or 6 digits.
  return firstGroup.length === 3 || firstGroup.length === 4;
}

const findPhones: Detector = (text) => {
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(phoneCandidate)) {
    const raw = match[0];
    const trimmedEnd = raw.replace(/[\s.(-]+$/, "");
    const start = match.index ?? 0;
    const end = start + trimmedEnd.length;
    if (!standsAlone(text, start, end) || !isPhoneNumber(trimmedEnd)) continue;
    const keep = visiblePrefixLength(trimmedEnd);
    matches.push({ kind: "phone", start, end, masked: maskDigits(trimmedEnd, keep) });
  }
  return matches;
};

/**
 * How much of a phone number's start stays visible: the country code ("+31", "0031") or the area code
 * ("06", "010", "0320") as written; a prefix glued to the rest ("0612345678", "+3212345678") shows only
 * two digits, so that at least the middle digits are always hidden.
 */
function visiblePrefixLength(text: string): number {
  const international = /^(\+|00)\s?(\d+)/.exec(text);
  if (international) {
    return international[2].length <= 3 ? international[0].length : international[1].length + 2;
  }
  const group = /^\(?(\d+)\)?/.exec(text);
  if (!group) return 0;
  return group[1].length <= 4 ? group[0].length : 2;
}

/** Two-letter combinations the postcode system does not use, and abbreviations that follow a year ("2023 OM 15"). */
const notPostcodeLetters = new Set(["SA", "SD", "SS"]);
const abbreviationsAfterYear = new Set([
  "OM",
  "NL",
  "EU",
  "BV",
  "NV",
  "VS",
  "UK",
  "HR",
  "IT",
  "PV",
  "KW",
  "EN",
  "TM",
  "TOT",
  "GR",
]);

const postcodePattern =
  /([1-9]\d{3})( ?)([A-Za-z]{2})(?:\s*,\s*|\s+)(\d{1,5})(?:\s?-?\s?[A-Za-z](?![A-Za-z]))?/g;
const streetPattern =
  /[A-Z][\p{L}'-]*(?:straat|weg|laan|plein|kade|gracht|singel|dijk|dreef|hof|pad|steeg|markt|park|erf|baan|veld|ring|wal)\s+(\d{1,5})\s?[A-Za-z]?\s*,?\s*([1-9]\d{3}) ?([A-Z]{2})(?![A-Za-z])/gu;

/** "1234 AB 12" → "1234 ** **". */
function maskPostcode(digits: string, number: string): string {
  return `${digits} ** ${"*".repeat(number.length)}`;
}

const findPostcodes: Detector = (text) => {
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(postcodePattern)) {
    const [whole, digits, space, letters, number] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    const upper = letters === letters.toUpperCase();
    if (!upper && (space !== "" || letters !== letters.toLowerCase())) continue;
    if (notPostcodeLetters.has(letters.toUpperCase())) continue;
    const yearLike = Number(digits) >= 1900 && Number(digits) <= 2099;
    if (yearLike && space !== "" && abbreviationsAfterYear.has(letters.toUpperCase())) continue;
    if (!standsAlone(text, start, end)) continue;
    matches.push({ kind: "postcode", start, end, masked: maskPostcode(digits, number) });
  }
  for (const match of text.matchAll(streetPattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (notPostcodeLetters.has(match[3]) || isWordCharacter(text[start - 1])) continue;
    matches.push({ kind: "postcode", start, end, masked: maskPostcode(match[2], match[1]) });
  }
  return matches;
};

const titles = String.raw`(?:[Dd]hr|DHR|[Mm]evr|[Mm]w|[Mm]r|[Hh]r|[Dd]rs|[Dd]r|[Ii]ng|[Ii]r)`;
const titlePrefix = /^(?:(?:dhr|mevr|mw|mr|hr|drs|dr|ing|ir)\.\s?|(?:de heer|mevrouw|meneer)\s)/i;
const initials = String.raw`(?:[A-Z]\.\s?){1,4}`;
const tussenvoegsel = String.raw`(?:van|de|der|den|ter|ten|te|het|'t|in|op|la|le|du|da|von|v\.d\.|vd)`;
const capitalised = String.raw`[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*`;
/**
 * Person names in free text, where no column tells what a value is: after a title ("dhr. Jansen",
 * "mevrouw De Vries"), or initials with a tussenvoegsel or several initials ("J. de Vries", "J.P. Jansen").
 * NOTE: a single initial and one word ("A. Ondermijning") is how themes are numbered, so it is not a name
 * here; "Jan Jansen" in free text is not found either (no name list). Person columns catch both.
 */
const namePattern = new RegExp(
  String.raw`(?:\b${titles}\.\s?|\b(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer)\s)(?:${initials})?(?:${tussenvoegsel}\s)*${capitalised}(?:\s${capitalised})?` +
    String.raw`|\b(?:[A-Z]\.\s?){2,4}(?:${tussenvoegsel}\s)*${capitalised}|\b[A-Z]\.\s?(?:${tussenvoegsel}\s)+${capitalised}`,
  "g",
);

/** "J. de Vries" → "J. d* V****": initials stay, every other word keeps its first letter. */
export function maskPersonName(name: string): string {
  const title = titlePrefix.exec(name)?.[0] ?? "";
  const masked = name
    .slice(title.length)
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s*$/.test(token) || /^(?:[A-Za-z]\.)+$/.test(token)) return token;
      return [...token]
        .map((character, index) => (index === 0 || !/\p{L}/u.test(character) ? character : "*"))
        .join("");
    })
    .join("");
  return title + masked;
}

const findNamesInText: Detector = (text) =>
  [...text.matchAll(namePattern)].map((match) => ({
    kind: "person-name",
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    masked: maskPersonName(match[0]),
  }));

/** What a text holds at a glance, computed once per text so detectors that cannot match are skipped. */
interface TextFacts {
  digits: number;
  hasAt: boolean;
  hasFourDigits: boolean;
  mayHoldName: boolean;
}

function textFacts(text: string): TextFacts {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
  }
  return {
    digits,
    hasAt: text.includes("@"),
    hasFourDigits: digits >= 4 && /\d{4}/.test(text),
    mayHoldName:
      /[A-Z]\./.test(text) ||
      /\b(?:dhr|mevr|mw|mr|hr|drs|dr|ing|ir)\.|\b(?:de heer|mevrouw|meneer)\b/i.test(text),
  };
}

/**
 * Detectors in priority order: where two overlap, the earlier one's match is kept. Each has a cheap
 * guard that is necessary for a match (an IBAN, BSN or phone number holds at least 8 digits).
 * NOTE: the guards keep a 20,000-row scan fast; they must stay looser than the patterns they guard.
 */
const detectors: readonly { applies: (facts: TextFacts) => boolean; detect: Detector }[] = [
  { applies: (facts) => facts.hasAt, detect: findEmails },
  { applies: (facts) => facts.digits >= 8, detect: findIbans },
  { applies: (facts) => facts.digits >= 8, detect: findBsns },
  { applies: (facts) => facts.digits >= 8, detect: findPhones },
  { applies: (facts) => facts.hasFourDigits, detect: findPostcodes },
  { applies: (facts) => facts.mayHoldName, detect: findNamesInText },
];

/**
 * Finds personal data in a free text: e-mail, IBAN, BSN (with context), phone, postcode + house number,
 * and titled or initialled names. Matches do not overlap and come in text order. Never throws.
 */
export function scanText(text: string, options: TextScanOptions = {}): TextMatch[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const facts = textFacts(text);
  if (facts.digits === 0 && !facts.hasAt && !facts.mayHoldName) return [];
  const accepted: TextMatch[] = [];
  for (const { applies, detect } of detectors) {
    if (!applies(facts)) continue;
    for (const match of detect(text, options)) {
      if (accepted.some((other) => match.start < other.end && other.start < match.end)) continue;
      accepted.push(match);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}
