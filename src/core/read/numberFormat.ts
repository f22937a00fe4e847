/**
 * Displayed text of a cell from its value and number format code, as Excel would show it in a Dutch
 * (or English) locale. Used by the xlsx host, which has no Excel to ask.
 *
 * NOTE: an approximation. Supported: General, 0 / 0.00 / #,##0 / #,##0.00 and similar digit patterns,
 * percentages, literal prefixes and suffixes ("€ ", " inw."), [Red]-style colours and [$-413] locale tags
 * (ignored), up to four sections (positive;negative;zero;text), scientific notation, and date/time codes
 * (d dd ddd dddd m mm mmm mmmm yy yyyy h hh mm ss AM/PM). Not supported: fractions ("# ?/?"), elapsed
 * time ([h]), conditions ([>100]), column-width padding (* and _ are dropped) — those fall back to General.
 */
import type { CellValue } from "../snapshot";
import { isCellError } from "../snapshot";
import { isDateFormat } from "./values";
import { monthNames } from "../i18n/language";

export type DisplayLocale = "nl" | "en";

const separators: Record<DisplayLocale, { decimal: string; thousands: string }> = {
  nl: { decimal: ",", thousands: "." },
  en: { decimal: ".", thousands: "," },
};

const dayNames: Record<DisplayLocale, string[]> = {
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** The text a cell shows. Booleans show as TRUE / FALSE, errors as their code, blanks as "". */
export function formatCellText(value: CellValue, formatCode: string, locale: DisplayLocale = "nl"): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumberValue(value, formatCode, locale);
}

/** Splits a format code into its sections at ";" outside quotes and escapes. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < code.length; index++) {
    const character = code[index];
    if (character === '"') quoted = !quoted;
    if (character === "\\" && !quoted) {
      current += character + (code[index + 1] ?? "");
      index++;
      continue;
    }
    if (character === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  sections.push(current);
  return sections;
}

/** Formats a number with a format code. */
export function formatNumberValue(value: number, formatCode: string, locale: DisplayLocale = "nl"): string {
  const code = formatCode.trim() === "" ? "General" : formatCode;
  if (/^general$/i.test(code)) return formatGeneral(value, locale);
  const sections = splitSections(code);
  if (/\[[<>=]/.test(code) || /\?\/|#\s*\?/.test(code)) return formatGeneral(value, locale);
  let section = sections[0];
  let number = value;
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    number = -value;
    sign = "";
  } else if (value === 0 && sections.length >= 3 && sections[2] !== "") {
    section = sections[2];
  }
  if (isDateFormat(section) || isTimeFormat(section)) return formatDate(value, section, locale);
  const cleaned = section.replace(/\[[^\]]*\]/g, (tag) => {
    const currency = /^\[\$([^-\]]*)/.exec(tag);
    return currency && currency[1] ? `"${currency[1]}"` : "";
  });
  if (/^\s*general\s*$/i.test(cleaned)) return sign + formatGeneral(Math.abs(number), locale);
  if (cleaned.includes("@")) return formatGeneral(value, locale);
  return formatPattern(Math.abs(number), cleaned, locale, sign);
}

/** "h:mm", "mm:ss", "hh:mm:ss AM/PM": a time of day (isDateFormat leaves these out; they are no dates). */
function isTimeFormat(section: string): boolean {
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[hs]/i.test(stripped) && !/[0#?]/.test(stripped);
}

/** General: up to 10 significant digits, no thousands separator, exponent for very large or small numbers. */
function formatGeneral(value: number, locale: DisplayLocale): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const { decimal } = separators[locale];
  const absolute = Math.abs(value);
  let text: string;
  if (absolute !== 0 && (absolute >= 1e11 || absolute < 1e-9)) {
    text = value
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .replace("e", "E")
      .replace(/E\+?(-?)(\d)$/, "E+$10$2");
    text = text.replace(/E\+-/, "E-");
  } else {
    text = String(Number(value.toPrecision(10)));
    if (text.includes("e")) text = value.toFixed(10).replace(/\.?0+$/, "");
  }
  return text.replace(".", decimal);
}

function formatPattern(value: number, section: string, locale: DisplayLocale, sign: string): string {
  const { decimal, thousands } = separators[locale];
  // Literal pieces and the numeric placeholder run.
  let prefix = "";
  let suffix = "";
  let pattern = "";
  let seenDigits = false;
  let percent = 0;
  for (let index = 0; index < section.length; index++) {
    const character = section[index];
    let literal: string | null = null;
    if (character === '"') {
      const end = section.indexOf('"', index + 1);
      literal = section.slice(index + 1, end === -1 ? undefined : end);
      index = end === -1 ? section.length : end;
    } else if (character === "\\") {
      literal = section[index + 1] ?? "";
      index++;
    } else if (character === "_" || character === "*") {
      index++;
      literal = character === "_" ? " " : "";
    } else if (
      "0#?".includes(character) ||
      ((character === "," || character === ".") && (seenDigits || /[0#?]/.test(section[index + 1] ?? "")))
    ) {
      pattern += character;
      if ("0#?".includes(character)) seenDigits = true;
      continue;
    } else if (
      (character === "E" || character === "e") &&
      seenDigits &&
      /[+-]/.test(section[index + 1] ?? "")
    ) {
      pattern += section.slice(index);
      break;
    } else {
      if (character === "%") percent++;
      literal = character;
    }
    if (seenDigits) suffix += literal;
    else prefix += literal;
  }
  if (!seenDigits) return prefix + suffix;
  let number = value * 100 ** percent;
  const exponentMatch = /[eE]([+-])(0+)/.exec(pattern);
  const [integerPattern, fractionPattern = ""] = pattern.replace(/[eE][+-]0+$/, "").split(".");
  const scaling = /,+$/.exec(integerPattern)?.[0].length ?? 0;
  number /= 1000 ** scaling;
  const integerDigits = integerPattern.replace(/,+$/, "");
  const grouped = integerDigits.includes(",");
  const minimumInteger = (integerDigits.match(/0/g) ?? []).length;
  const maximumFraction = (fractionPattern.match(/[0#?]/g) ?? []).length;
  const minimumFraction = (fractionPattern.match(/0/g) ?? []).length;
  let exponentText = "";
  if (exponentMatch) {
    const exponent = number === 0 ? 0 : Math.floor(Math.log10(number));
    number /= 10 ** exponent;
    exponentText = `E${exponent < 0 ? "-" : exponentMatch[1] === "+" ? "+" : ""}${String(Math.abs(exponent)).padStart(exponentMatch[2].length, "0")}`;
  }
  let fixed = roundHalfAway(number, maximumFraction);
  let [whole, fraction = ""] = fixed.split(".");
  while (fraction.length > minimumFraction && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  if (whole === "0" && minimumInteger === 0) whole = "";
  whole = whole.padStart(minimumInteger, "0");
  if (grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  fixed =
    whole +
    (fraction !== "" ? decimal + fraction : maximumFraction > 0 && minimumFraction > 0 ? decimal : "");
  const isZero = Number(number.toFixed(maximumFraction)) === 0;
  return (isZero ? "" : sign) + prefix + fixed + exponentText + suffix;
}

/** toFixed with halves rounded away from zero, as Excel does (toFixed(1.005, 2) gives 1.00). */
function roundHalfAway(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor + Number.EPSILON * factor * 10) / factor;
  return rounded.toFixed(digits);
}

/** Formats a date serial (1900 system) with a date/time format section. */
export function formatDate(serial: number, section: string, locale: DisplayLocale = "nl"): string {
  if (serial < 0 || !Number.isFinite(serial)) return "#".repeat(8);
  const milliseconds = Math.round(serial * 86400000);
  const date = new Date(Date.UTC(1899, 11, 30) + milliseconds);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const weekday = date.getUTCDay();
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  const code = section.replace(/\[[^\]]*\]/g, "");
  const twelveHour = /am\/pm|a\/p/i.test(code);
  const tokens = code.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|[^"\\ymdhsa]+|./gi) ?? [];
  let output = "";
  let lastWasHour = false;
  tokens.forEach((token, index) => {
    const lower = token.toLowerCase();
    if (token.startsWith('"')) output += token.slice(1, -1);
    else if (token.startsWith("\\")) output += token.slice(1);
    else if (lower === "am/pm") output += hours < 12 ? "AM" : "PM";
    else if (lower === "a/p") output += hours < 12 ? "A" : "P";
    else if (lower[0] === "y")
      output += lower.length <= 2 ? String(year % 100).padStart(2, "0") : String(year);
    else if (lower[0] === "d") {
      if (lower.length === 1) output += String(day);
      else if (lower.length === 2) output += String(day).padStart(2, "0");
      else if (lower.length === 3) output += dayNames[locale][weekday].slice(0, locale === "nl" ? 2 : 3);
      else output += dayNames[locale][weekday];
    } else if (lower[0] === "h") {
      const shown = twelveHour ? hours % 12 || 12 : hours;
      output += lower.length === 1 ? String(shown) : String(shown).padStart(2, "0");
      lastWasHour = true;
      return;
    } else if (lower[0] === "s")
      output += lower.length === 1 ? String(seconds) : String(seconds).padStart(2, "0");
    else if (lower[0] === "m") {
      const nextTime = tokens.slice(index + 1).find((next) => /^[ymdhs]/i.test(next));
      const isMinutes =
        lower.length <= 2 && (lastWasHour || (nextTime !== undefined && /^s/i.test(nextTime)));
      if (isMinutes) output += lower.length === 1 ? String(minutes) : String(minutes).padStart(2, "0");
      else if (lower.length === 1) output += String(month + 1);
      else if (lower.length === 2) output += String(month + 1).padStart(2, "0");
      else if (lower.length === 3) output += monthNames[locale][month].slice(0, 3);
      else if (lower.length === 5) output += monthNames[locale][month][0];
      else output += monthNames[locale][month];
    } else output += token;
    if (!/^\s*$/.test(token) && !/^[:.]$/.test(token)) lastWasHour = false;
  });
  return output;
}
