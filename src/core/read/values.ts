/**
 * Dutch value parsing (docs/domain.md "Numbers and dates"), shared by detection and validation.
 * All parsers are total: bad input gives null (or a "text" kind), never an exception.
 */
import type { FigureUnit, Planning } from "../datasets";
import { monthNames } from "../i18n/language";
import { isCellError, type CellValue } from "../snapshot";
import { collapseSpaces, normalizeText, stripAccents } from "./text";

const thousandsDots = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
const decimalComma = /^\d+(,\d+)?$/;
const thousandsCommas = /^\d{1,3}(,\d{3}){2,}(\.\d+)?$/;
const decimalPoint = /^\d*\.\d+$/;

/**
 * Parses a number as a Dutch team types it: "1.697" = 1697, "1,5" = 1.5, "1.234,5" = 1234.5,
 * "1 697" = 1697, "−12" = -12. A single dot followed by exactly three digits is a thousands separator
 * (Dutch first); "1.5" (not three digits) is read as a decimal point; "1,234,567" (two or more comma
 * groups) as English thousands. Returns null for anything else, including "12%" and "2024*".
 */
export function parseDutchNumber(text: string): number | null {
  let body = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (body === "") return null;
  let sign = 1;
  if (/^[-−–+]/.test(body)) {
    sign = body[0] === "+" ? 1 : -1;
    body = body.slice(1);
  }
  let normalised: string | null = null;
  if (thousandsDots.test(body)) normalised = body.replace(/\./g, "").replace(",", ".");
  else if (decimalComma.test(body)) normalised = body.replace(",", ".");
  else if (thousandsCommas.test(body)) normalised = body.replace(/,/g, "");
  else if (decimalPoint.test(body)) normalised = body;
  if (normalised === null) return null;
  const value = Number(normalised) * sign;
  return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
}

/** What a figure cell holds, after reading CBS symbols. */
export interface ParsedFigure {
  /** The number, 0 for "-" (nil), null when unknown, secret, blank, an error or not a number. */
  value: number | null;
  /**
   * "number": a plain number (typed or as text); "provisional": a number marked "*" or "**";
   * "unknown": "." / ".." / "n.b."; "secret": "x"; "nil": "-"; "blank"; "error": an Excel error value;
   * "text": anything else (validation reports not-a-number).
   */
  kind: "number" | "provisional" | "unknown" | "secret" | "nil" | "blank" | "error" | "text";
  /** The CBS symbol ("*", "**", ".", "x", "-"), the error ("#DIV/0!") or the unparsable text; null for plain numbers and blanks. */
  symbol: string | null;
}

const unknownWords = new Set([
  "nb",
  "n b",
  "onbekend",
  "unknown",
  "na",
  "n a",
  "nvt",
  "n v t",
  "niet beschikbaar",
]);

/**
 * Reads a figure cell: numbers, Dutch number texts, CBS symbols ("." unknown, "x" secret, "-" nil = 0,
 * "*"/"**" provisional suffix: "123*"), percentages typed as "12,5%" (value 12.5: the unit says percent).
 */
export function parseFigure(value: CellValue): ParsedFigure {
  if (value === null) return { value: null, kind: "blank", symbol: null };
  if (isCellError(value)) return { value: null, kind: "error", symbol: value.error };
  if (typeof value === "number") return { value, kind: "number", symbol: null };
  if (typeof value === "boolean") return { value: null, kind: "text", symbol: value ? "TRUE" : "FALSE" };
  const text = value.trim();
  if (text === "") return { value: null, kind: "blank", symbol: null };
  if (text === "." || text === "..") return { value: null, kind: "unknown", symbol: text };
  if (text === "x" || text === "X") return { value: null, kind: "secret", symbol: "x" };
  if (/^[-–—]$/.test(text)) return { value: 0, kind: "nil", symbol: "-" };
  if (unknownWords.has(normalizeText(text))) return { value: null, kind: "unknown", symbol: text };
  const provisional = provisionalMark(text);
  if (provisional.mark !== null) {
    const number = parseDutchNumber(provisional.body);
    if (number !== null) return { value: number, kind: "provisional", symbol: provisional.mark };
  }
  const number = parseDutchNumber(text.endsWith("%") ? text.slice(0, -1).trimEnd() : text);
  if (number !== null) return { value: number, kind: "number", symbol: null };
  return { value: null, kind: "text", symbol: text };
}

/**
 * Splits a trailing provisional mark off a text: the stars at its end (at most two kept as the mark, as
 * "2023***" reads "2023*" marked "**") and the text before them without trailing spaces. Linear in the
 * text's length: a backtracking pattern such as /^(.*?)\s*(\*{1,2})$/ is quadratic on a cell of spaces.
 */
function provisionalMark(text: string): { body: string; mark: string | null } {
  let stars = 0;
  while (stars < text.length && text[text.length - 1 - stars] === "*") stars++;
  if (stars === 0) return { body: text, mark: null };
  const kept = Math.min(stars, 2);
  const body = text.slice(0, text.length - kept);
  return { body: stars > 2 ? body : body.trimEnd(), mark: "*".repeat(kept) };
}

export interface ParsedYear {
  year: number;
  provisional: boolean;
}

/** Years detection accepts: wide enough for historic series, narrow enough that counts are not years. */
export const minimumYear = 1950;
export const maximumYear = 2100;

/**
 * A year header or period: 2016, "2016", "2024*", "2024**", "2024 *", "2023JJ00" (StatLine code),
 * "2024 (voorlopig)". Quarters and months ("2023KW01", "2023MM01") are not years: null.
 */
export function parseYear(value: CellValue): ParsedYear | null {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= minimumYear && value <= maximumYear
      ? { year: value, provisional: false }
      : null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  const match =
    /^(\d{4})\s*(\*{1,2})?$/.exec(text) ??
    /^(\d{4})JJ00$/i.exec(text) ??
    /^(\d{4})\s*\((voorlopig|provisional|vl)\)$/i.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < minimumYear || year > maximumYear) return null;
  return { year, provisional: match[2] !== undefined && !/JJ00$/i.test(text) };
}

/** A period of a figures table: a year, or a quarter or month of one (`part` 1..4 or 1..12; 0 for a year). */
export interface ParsedPeriod extends ParsedYear {
  grain: "year" | "quarter" | "month";
  part: number;
}

/** Periods per year for each grain. */
export const periodsPerYear: Record<ParsedPeriod["grain"], number> = { year: 1, quarter: 4, month: 12 };

const inRange = (year: number) => year >= minimumYear && year <= maximumYear;

/**
 * A period cell: a year (parseYear), a StatLine quarter or month code ("2023KW01", "2023MM01"), a quarter
 * ("Q1 2023", "2023 Q1", "2023 1e kwartaal"), a month ("jan 2023", "januari 2023", "2023 januari",
 * "2023-01") or, with a date number format, a date (its month). Null for anything else.
 */
export function parsePeriod(value: CellValue, numberFormat = "General"): ParsedPeriod | null {
  if (typeof value === "number" && !Number.isInteger(value)) return null;
  if (typeof value === "number" && isDateFormat(numberFormat) && value > 0) {
    const [year, month] = serialToIsoDate(value).split("-").map(Number);
    return inRange(year) ? { year, provisional: false, grain: "month", part: month } : null;
  }
  const year = parseYear(value);
  if (year) return { ...year, grain: "year", part: 0 };
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  const { body, mark } = provisionalMark(text);
  const provisional = mark !== null;
  const result = (year: number, grain: "quarter" | "month", part: number): ParsedPeriod | null =>
    inRange(year) && part >= 1 && part <= periodsPerYear[grain] ? { year, provisional, grain, part } : null;
  let match = /^(\d{4})kw0?([1-4])$/.exec(body);
  if (match) return result(Number(match[1]), "quarter", Number(match[2]));
  match = /^(\d{4})mm(\d{2})$/.exec(body);
  if (match) return result(Number(match[1]), "month", Number(match[2]));
  match = /^q([1-4])[\s-]*(\d{4})$/.exec(body) ?? /^(?:kwartaal|kw|quarter)\s*([1-4])\s+(\d{4})$/.exec(body);
  if (match) return result(Number(match[2]), "quarter", Number(match[1]));
  match = /^(\d{4})[\s-]*(?:q|kw)([1-4])$/.exec(body) ?? /^(\d{4})\s+([1-4])e\s+kwartaal$/.exec(body);
  if (match) return result(Number(match[1]), "quarter", Number(match[2]));
  match = /^(\d{4})[-/](\d{1,2})(?:[-/]\d{1,2})?$/.exec(body);
  if (match) return result(Number(match[1]), "month", Number(match[2]));
  match = /^([a-z]+)\.?[\s-]+(\d{4})$/.exec(body);
  if (match && months[match[1]]) return result(Number(match[2]), "month", months[match[1]]);
  match = /^(\d{4})\s+([a-z]+)$/.exec(body);
  if (match && months[match[2]]) return result(Number(match[1]), "month", months[match[2]]);
  return null;
}

/**
 * A year with a footnote digit glued to it ("20013" → 2001 with mark "3", "20124" → 2012): only when
 * `neighbour` (the year next to it in the sequence) is one year off, so the sequence leaves no doubt.
 */
export function footnotedYear(
  value: CellValue,
  neighbour: number | null,
): { year: number; mark: string } | null {
  if (neighbour === null) return null;
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  // NOTE: one digit only: "202301" is a month code, not 2023 with footnote 01.
  const match = /^(\d{4})(\d)$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return inRange(year) && Math.abs(year - neighbour) === 1 ? { year, mark: match[2] } : null;
}

const excelEpoch = Date.UTC(1899, 11, 30);
const dayMilliseconds = 86400000;

/** Excel serial (days since 1899-12-30; the fraction is the time of day) → "yyyy-mm-dd". */
export function serialToIsoDate(serial: number): string {
  const date = new Date(excelEpoch + Math.floor(serial) * dayMilliseconds);
  return date.toISOString().slice(0, 10);
}

/** True when the number format shows a date (d, m with y, or y), as Excel decides it; time-only formats are not dates. */
export function isDateFormat(numberFormat: string): boolean {
  if (!numberFormat || numberFormat === "General" || numberFormat === "@") return false;
  const section = numberFormat.split(";")[0];
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return (
    /[dy]/i.test(stripped) || (/m/i.test(stripped) && !/[hs]/i.test(stripped) && !/[0#?]/.test(stripped))
  );
}

/** ISO date when day, month and year make a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month)) as string;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (Excel's rule). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

const dutchDate = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const isoDatePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * "31-12-2025", "31/12/2025", "31.12.25", "2025-12-31" → "2025-12-31"; "31-02-2025" → null (no such day).
 * Day first, as in Dutch.
 */
export function parseDutchDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = isoDatePattern.exec(trimmed);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dutch = dutchDate.exec(trimmed);
  if (dutch) return isoDate(fullYear(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  return null;
}

const months: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  march: 3,
  mrt: 3,
  mar: 3,
  mei: 5,
  may: 5,
  april: 4,
  apr: 4,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augustus: 8,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const ongoingPhrases = [
  "doorlopend",
  "continu",
  "continue",
  "continuous",
  "ongoing",
  "on going",
  "structureel",
  "permanent",
  "loopt door",
  "jaarlijks",
  "doorlopende activiteit",
  "voortdurend",
  "gedurende de looptijd",
];

type Modifier = "end" | "begin" | "mid" | "spring" | "summer" | "autumn";

const modifierWords: Record<string, Modifier> = {
  eind: "end",
  einde: "end",
  end: "end",
  ultimo: "end",
  late: "end",
  eo: "end",
  begin: "begin",
  start: "begin",
  early: "begin",
  aanvang: "begin",
  beginning: "begin",
  primo: "begin",
  medio: "mid",
  mid: "mid",
  midden: "mid",
  halverwege: "mid",
  half: "mid",
  voorjaar: "spring",
  lente: "spring",
  spring: "spring",
  zomer: "summer",
  summer: "summer",
  zomerreces: "summer",
  najaar: "autumn",
  herfst: "autumn",
  autumn: "autumn",
  fall: "autumn",
};

const ordinalWords: Record<string, number> = {
  eerste: 1,
  first: 1,
  tweede: 2,
  second: 2,
  derde: 3,
  third: 3,
  vierde: 4,
  fourth: 4,
  laatste: 4,
  last: 4,
};

interface Pending {
  kind: "quarter" | "half" | "modifier" | "month";
  number: number;
  modifier?: Modifier;
  day?: number;
}

interface Mention {
  kind: Planning["kind"];
  start: string;
  end: string;
}

/** A pending period resolved with its year; null when it makes no real date (31 februari). */
function resolve(pending: Pending, year: number): Mention | null {
  switch (pending.kind) {
    case "quarter": {
      const endMonth = pending.number * 3;
      return { kind: "quarter", start: isoDate(year, endMonth - 2, 1)!, end: lastDayOfMonth(year, endMonth) };
    }
    case "half":
      return pending.number === 1
        ? { kind: "range", start: `${year}-01-01`, end: `${year}-06-30` }
        : { kind: "range", start: `${year}-07-01`, end: `${year}-12-31` };
    case "month": {
      if (pending.day !== undefined) {
        const date = isoDate(year, pending.number, pending.day);
        return date ? { kind: "date", start: date, end: date } : null;
      }
      return {
        kind: "date",
        start: isoDate(year, pending.number, 1)!,
        end: lastDayOfMonth(year, pending.number),
      };
    }
    case "modifier":
      switch (pending.modifier) {
        case "end":
          return { kind: "endOfYear", start: `${year}-12-31`, end: `${year}-12-31` };
        case "begin":
          return { kind: "date", start: `${year}-01-01`, end: `${year}-03-31` };
        case "mid":
          return { kind: "date", start: `${year}-06-30`, end: `${year}-06-30` };
        case "spring":
          return { kind: "date", start: `${year}-03-01`, end: `${year}-05-31` };
        case "summer":
          return { kind: "date", start: `${year}-06-01`, end: `${year}-08-31` };
        default:
          return { kind: "date", start: `${year}-09-01`, end: `${year}-11-30` };
      }
  }
}

function yearToken(token: string): number | null {
  if (!/^\d{4}$/.test(token)) return null;
  const year = Number(token);
  return year >= minimumYear && year <= maximumYear ? year : null;
}

/**
 * Parses a planning cell (docs/domain.md "Numbers and dates"). `value` is the raw cell value; a number is a
 * date when its number format is a date format, a year when it is a whole number 1950–2100, else not a
 * planning. Texts: "31-12-2025" date; "Q2 2025", "2e kwartaal 2025", "2025-Q2" quarter (end 2025-06-30);
 * "Q1/Q2 2020", "Q4 2019 / Q1 2020", "2025-2026", "H1 2025", "eind 2025/begin 2026" range (end = last);
 * "eind 2025", "end 2025", "ultimo 2025" end of year; "2025" year; "medio 2025" 2025-06-30;
 * "december 2025" / "31 december 2025" date; "begin 2025" end of Q1; "voorjaar/zomer/najaar 2025" end of
 * the season; "doorlopend", "ongoing", "continu", "structureel" ongoing (end null).
 * Returns null when the text is not a planning Koers can read (validation reports invalid-date); a date
 * that does not exist ("31-02-2025") or a stray number ("Q5 2025", "week 12") makes the whole text unreadable.
 */
export function parsePlanning(
  value: CellValue,
  numberFormat = "General",
  displayText?: string,
): Planning | null {
  if (value === null || isCellError(value) || typeof value === "boolean") return null;
  if (typeof value === "number") {
    const text = displayText ?? String(value);
    if (isDateFormat(numberFormat)) {
      const date = serialToIsoDate(value);
      return { kind: "date", start: date, end: date, text };
    }
    const year = parseYear(value);
    return year ? { kind: "year", start: `${year.year}-01-01`, end: `${year.year}-12-31`, text } : null;
  }
  return parsePlanningText(value);
}

/**
 * Activity lists repeat the same few planning texts; parsing each once keeps 20,000 rows cheap. The parsed
 * Planning is shared, not copied: its fields are read-only.
 */
const planningCache = new Map<string, Planning | null>();
const planningCacheLimit = 10000;

/** The text part of {@link parsePlanning}. */
export function parsePlanningText(text: string): Planning | null {
  const cached = planningCache.get(text);
  if (cached !== undefined) return cached;
  const parsed = parsePlanningUncached(text);
  if (planningCache.size >= planningCacheLimit) planningCache.clear();
  planningCache.set(text, parsed);
  return parsed;
}

/**
 * Planning shorthands written out so the tokenizer reads them: "week 12 2025" → the Sunday that ends ISO
 * week 12, "12/2025" → "december 2025", "dec '25" and "dec-25" → "dec 2025".
 */
function rewriteShorthands(lowered: string): string {
  return lowered
    .replace(
      /\b(?:week|wk)\.?\s*(\d{1,2})\s*[,/-]?\s*(\d{4})\b/g,
      (whole, week: string, year: string) => isoWeekEnd(Number(year), Number(week)) ?? whole,
    )
    .replace(
      /(^|[\s(,;:])(0?[1-9]|1[0-2])[/-](\d{4})\b/g,
      (_, before: string, month: string, year: string) =>
        `${before}${monthNames.nl[Number(month) - 1]} ${year}`,
    )
    .replace(
      /\b([a-z]{3,9})\.?\s*(?:['\u2019]\s*|-)(\d{2})\b(?![-/.]\d)/g,
      (whole, month: string, year: string) => (months[month] !== undefined ? `${month} 20${year}` : whole),
    );
}

/** The Sunday that ends ISO week `week` of `year` (yyyy-mm-dd), or null when the year has no such week. */
function isoWeekEnd(year: number, week: number): string | null {
  const january4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * 86_400_000;
  if (week < 1 || week > isoWeeksInYear(year)) return null;
  const sunday = new Date(mondayOfWeek1 + ((week - 1) * 7 + 6) * 86_400_000);
  return sunday.toISOString().slice(0, 10);
}

/** 53 when 1 January or 31 December falls on a Thursday, else 52 (ISO 8601). */
function isoWeeksInYear(year: number): number {
  const thursday = (month: number, day: number) => new Date(Date.UTC(year, month, day)).getUTCDay() === 4;
  return thursday(0, 1) || thursday(11, 31) ? 53 : 52;
}

function parsePlanningUncached(text: string): Planning | null {
  const original = collapseSpaces(text);
  if (original === "") return null;
  const dates: string[] = [];
  let invalid = false;
  let working = rewriteShorthands(stripAccents(text.toLowerCase())).replace(
    /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))\b/g,
    (match) => {
      const date = parseDutchDate(match);
      if (date === null) invalid = true;
      dates.push(date ?? "");
      return ` @date${dates.length - 1} `;
    },
  );
  if (invalid) return null;
  const plain = normalizeText(working);
  if (ongoingPhrases.some((phrase) => plain === phrase || plain.startsWith(`${phrase} `))) {
    return { kind: "ongoing", start: null, end: null, text: original };
  }
  working = working.replace(/t\/m|t\.\/m\.|tot en met/g, " ").replace(/[/\-–—&,;()]+/g, " ");
  const tokens = working
    .split(/\s+/)
    .map((token) => token.replace(/[.:']+$/g, "").replace(/^[.:']+/g, ""))
    .filter((token) => token !== "");
  const mentions: Mention[] = [];
  let pending: Pending[] = [];
  let lastYear: number | null = null;
  const flush = (year: number): boolean => {
    for (const item of pending) {
      const mention = resolve(item, year);
      if (!mention) return false;
      mentions.push(mention);
    }
    pending = [];
    return true;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1] ?? "";
    const dateMatch = /^@date(\d+)$/.exec(token);
    if (dateMatch) {
      const date = dates[Number(dateMatch[1])];
      mentions.push({ kind: "date", start: date, end: date });
      continue;
    }
    const year = yearToken(token);
    if (year !== null) {
      if (pending.length > 0) {
        if (!flush(year)) return null;
      } else {
        const following = periodToken(next, tokens[index + 2] ?? "");
        const afterFollowing = tokens[index + 1 + (following?.width ?? 0)] ?? "";
        if (following && yearToken(afterFollowing) === null) {
          const mention = resolve(following.pending, year);
          if (!mention) return null;
          mentions.push(mention);
          index += following.width;
        } else {
          mentions.push({ kind: "year", start: `${year}-01-01`, end: `${year}-12-31` });
        }
      }
      lastYear = year;
      continue;
    }
    const period = periodToken(token, next);
    if (period) {
      pending.push(period.pending);
      index += period.width - 1;
      continue;
    }
    const day = /^\d{1,2}$/.exec(token) ? Number(token) : null;
    if (day !== null && months[next] !== undefined) {
      pending.push({ kind: "month", number: months[next], day });
      index += 1;
      continue;
    }
    if (months[token] !== undefined && token.length >= 3) {
      pending.push({ kind: "month", number: months[token] });
      continue;
    }
    if (modifierWords[token] !== undefined) {
      if (modifierWords[token] === "end" && (next === "of" || next === "van")) index += 1;
      pending.push({ kind: "modifier", number: 0, modifier: modifierWords[token] });
      continue;
    }
    if (/\d/.test(token)) return null;
  }
  if (pending.length > 0) {
    const modifiersOnly = pending.every((item) => item.kind === "modifier");
    if (lastYear === null || !modifiersOnly) {
      if (lastYear === null) return null;
      if (!flush(lastYear)) return null;
    }
    pending = [];
  }
  if (mentions.length === 0) return null;
  if (mentions.length === 1) return { ...mentions[0], text: original };
  const start = mentions.reduce(
    (min, mention) => (mention.start < min ? mention.start : min),
    mentions[0].start,
  );
  const end = mentions.reduce((max, mention) => (mention.end > max ? mention.end : max), mentions[0].end);
  return { kind: "range", start, end, text: original };
}

/** A quarter or half-year token (or two tokens: "2e kwartaal", "kwartaal 2", "eerste helft"). */
function periodToken(token: string, next: string): { pending: Pending; width: number } | null {
  const quarter = /^(?:q|k|kw)([1-4])$/.exec(token);
  if (quarter) return { pending: { kind: "quarter", number: Number(quarter[1]) }, width: 1 };
  const half = /^h([12])$/.exec(token);
  if (half) return { pending: { kind: "half", number: Number(half[1]) }, width: 1 };
  const ordinal = /^([1-4])(?:e|de|ste|st|nd|rd|th)?$/.exec(token)?.[1] ?? ordinalWords[token];
  if (ordinal !== undefined) {
    const number = Number(ordinal);
    if (next === "kwartaal" || next === "quarter" || next === "kw")
      return { pending: { kind: "quarter", number }, width: 2 };
    if ((next === "helft" || next === "half" || next === "halfjaar") && number <= 2) {
      return { pending: { kind: "half", number }, width: 2 };
    }
  }
  if ((token === "kwartaal" || token === "quarter") && /^[1-4]$/.test(next)) {
    return { pending: { kind: "quarter", number: Number(next) }, width: 2 };
  }
  return null;
}

/**
 * The unit a category or unit text names: "Rate per 100,000 inhabitants" → per100000, "per 10.000 inw" /
 * "per 10 000 inwoners" → per10000, "per 1.000" / "‰" → per1000, "[%]", "%", "percentage", "procent",
 * "relatief" → percent, else count. A rate wins over "%" ("wapenhandel: totaal per 10.000 inw [%]" is a
 * rate per 10,000).
 */
export function unitFromText(text: string): FigureUnit {
  const compact = text.toLowerCase().replace(/[\s.,_\u00a0\u202f]/g, "");
  if (/per100(000|k)/.test(compact)) return "per100000";
  if (/per10(000|k)/.test(compact)) return "per10000";
  if (/per1000(?!0)|‰/.test(compact)) return "per1000";
  if (/%|procent|percentage|percent|relatief|relative/.test(compact)) return "percent";
  return "count";
}

const countUnitWords =
  /^(aantal|aantallen|absoluut|absolute aantallen|abs|number|numbers|count|counts|totaal aantal)$/;
const otherUnitWords =
  /^(x ?1 ?000|x ?1 ?000 ?000|euro|mln euro|x 1 000 euro|index|km|uren|dagen|jaren|jaar|score|rapportcijfer)$/;

/**
 * The unit a cell of a unit row names (the row StatLine writes under its header: "aantal", "per 1 000
 * inwoners", "%", "x 1 000"): a FigureUnit, "other" for a unit that is none of them, null when the text
 * is not a unit.
 */
export function unitCellUnit(text: string): FigureUnit | "other" | null {
  const normalized = text
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ");
  if (normalized === "") return null;
  if (countUnitWords.test(normalized)) return "count";
  if (otherUnitWords.test(normalized.replace(/[.,]/g, " ").replace(/\s+/g, " ").trim())) return "other";
  const unit = unitFromText(normalized);
  if (unit === "count") return null;
  // A rate or percent unit is short ("per 1 000 inwoners", "[%]"); a longer text is a label that names one.
  return normalized.length <= 30 ? unit : null;
}

/** Cell content as text: the displayed text when there is one, else the value written out. */
export function cellText(value: CellValue, displayed: string | undefined): string {
  if (displayed !== undefined && displayed.trim() !== "") return collapseSpaces(displayed);
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return collapseSpaces(String(value));
}
