/**
 * What survey tables (Veiligheidsmonitor) hold beside an estimate: the kind of a margin column, the
 * margin in a cell ("±1,3", "1,3", "+/- 1.3"), the unit of an indicator (percent, report mark, score)
 * and the words that tell a survey table from registered figures. Pure and total: bad input gives null.
 */
import type { FigureUnit } from "../../datasets";
import type { CellValue } from "../../snapshot";
import { parseDutchNumber, parseFigure, type ParsedFigure } from "../values";
import { normalizeText } from "../text";

/** What a column beside an estimate holds: its 95% margin, a bound of its interval, or respondents. */
export type MarginKind = "margin" | "lower" | "upper" | "respondents";

/** The z of a two-sided 95% interval, as the Veiligheidsmonitor computes its margins. */
export const z95 = 1.959964;

const yearInText = /\b(19[5-9]\d|20\d\d)\b/;

/** The year a header names ("marge 2019", "2019 ondergrens"), or null. */
export function headerYear(text: string): number | null {
  const match = yearInText.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The kind of a margin header: "marge", "±", "+/-", "betrouwbaarheidsmarge", "foutmarge", "95%-marge" →
 * margin; "ondergrens", "lower" → lower; "bovengrens", "upper" → upper; "n", "aantal respondenten",
 * "respondenten", "steekproef" → respondents. A year in the header is ignored here (see headerYear).
 */
export function marginKind(header: string): MarginKind | null {
  const text = header
    .toLowerCase()
    .replace(yearInText, " ")
    .replace(/[()[\]:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text === "") return null;
  if (/ondergrens|lower( bound| limit)?\b|\bondergr\b/.test(text)) return "lower";
  if (/bovengrens|upper( bound| limit)?\b|\bbovengr\b/.test(text)) return "upper";
  if (
    /^(n|n =|n=|ongewogen n|aantal respondenten|respondenten|aantal waarnemingen|waarnemingen|steekproef(omvang)?|respondents|sample( size)?)$/.test(
      text,
    ) ||
    /\brespondent/.test(text)
  )
    return "respondents";
  if (
    /marge|margin|^±|^\+ ?\/ ?[-−–]|betrouwbaarheidsinterval|foutmarge|^ci\b|95 ?% ?-?(ci|interval)/.test(
      text,
    )
  )
    return "margin";
  return null;
}

/** A margin as a team types it: 1.3, "1,3", "±1,3", "± 1,3", "+/- 1,3", "1,3%"; null when unreadable or < 0. */
export function parseMargin(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const text = value
    .trim()
    .replace(/^(±|\+ ?\/ ?[-−–]|\+-)\s*/, "")
    .replace(/\s*(%|procentpunt(en)?|pp|%-punt(en)?)$/i, "");
  const number = parseDutchNumber(text);
  return number !== null && number >= 0 ? number : null;
}

/**
 * A survey cell's estimate: a number, a Dutch decimal text ("33,1", "33,1%"), or a CBS symbol. A number
 * shown with a percent format (0.331 as "33,1%") is the percentage 33.1, as the table shows it.
 */
export function parseEstimate(value: CellValue, numberFormat: string): ParsedFigure {
  const figure = parseFigure(value);
  if (typeof value === "number" && numberFormat.includes("%") && figure.value !== null)
    return { ...figure, value: roundTo(figure.value * 100, 10) };
  return figure;
}

/** A margin cell read like parseMargin, scaled like parseEstimate when its format is a percentage. */
export function parseMarginCell(value: CellValue, numberFormat: string): number | null {
  const margin = parseMargin(value);
  if (margin !== null && typeof value === "number" && numberFormat.includes("%"))
    return roundTo(margin * 100, 10);
  return margin;
}

/**
 * The unit of a survey indicator by its name: a report mark ("rapportcijfer", "cijfer", "(1-10)"), a
 * score ("score", "schaalscore", "index", "(0-10)" scale), a percentage ("%", "percentage", "aandeel",
 * "procent"); an indicator that names none is a percentage when its values lie within 0–100 (how the
 * Veiligheidsmonitor reports its shares of residents), else a score.
 */
export function surveyUnit(name: string, values: (number | null)[]): FigureUnit {
  const text = normalizeText(name);
  const raw = name.toLowerCase();
  if (/rapportcijfer|\bcijfer\b|\b1 ?[-–] ?10\b/.test(raw) || /\brapportcijfer\b/.test(text)) return "mark";
  if (/\bscore|schaalscore|\bindex\b|\bschaal\b/.test(raw)) return "score";
  if (/%|percentage|procent|\baandeel\b|\bpercent/.test(raw)) return "percent";
  const known = values.filter((value): value is number => value !== null);
  return known.every((value) => value >= 0 && value <= 100) ? "percent" : "score";
}

/**
 * The margin of a percentage p (0–100) from n respondents: z95 · √(p(1 − p)/n) in percentage points,
 * two decimals; null without a usable n, or for a unit other than percent (a mark needs its spread).
 */
export function marginFromRespondents(
  value: number | null,
  respondents: number | null,
  unit: FigureUnit,
): number | null {
  if (unit !== "percent" || value === null || respondents === null || respondents < 1) return null;
  if (value < 0 || value > 100) return null;
  const p = value / 100;
  return roundTo(z95 * Math.sqrt((p * (1 - p)) / respondents) * 100, 2);
}

/** Half the width of an interval (lower, upper), two decimals; null unless both are known and ordered. */
export function marginFromBounds(lower: number | null, upper: number | null): number | null {
  if (lower === null || upper === null || upper < lower) return null;
  return roundTo((upper - lower) / 2, 2);
}

const surveyTitle =
  /veiligheidsmonitor|\bvm ?20\d\d\b|enquete|enquête|survey|bewonersonderzoek|burgerpeiling|inwonerspeiling|bewonerspeiling|leefbaarheidsmonitor|veiligheidsbeleving|\bbeleving\b|inwonerspanel/;

/** True when a title, sheet name or file name names a survey ("Veiligheidsmonitor 2023", "Enquête"). */
export function namesSurvey(text: string): boolean {
  return surveyTitle.test(text.toLowerCase());
}

const indicatorWords =
  /onveilig|veilig|slachtoffer|overlast|verloedering|rapportcijfer|tevreden|vertrouwen|voelt zich|beleving|respondent|% ?inwoners|aandeel inwoners/;

/** A unit cue in an indicator's name: "(%)", "%", "rapportcijfer", "(1-10)". */
const unitCue = /%|rapportcijfer|\b1 ?[-–] ?10\b|\bscore\b/;

/** True when an indicator's name reads as a survey question ("Voelt zich wel eens onveilig (%)"). */
export function isSurveyIndicator(name: string): boolean {
  return indicatorWords.test(name.toLowerCase());
}

/** True when an indicator's name gives its survey unit ("(%)", "rapportcijfer", "(1-10)"). */
export function hasUnitCue(name: string): boolean {
  return unitCue.test(name.toLowerCase());
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
