/**
 * Numbers typed into the pane, in Dutch or English notation: "41.000" and "41000" are forty-one thousand,
 * "41,5" and "41.5" forty-one and a half, "1.234,5" and "1,234.5" the same. A text that reads two ways
 * ("41,000": 41 in Dutch, 41000 in English) is refused with the reason, never guessed. Pure; the
 * settings panel shows the reason at the field.
 */

/** Why a typed number was refused; the pane words each reason (settings.number.*). */
export type NumberRefusal = "empty" | "notANumber" | "ambiguous" | "notWhole" | "tooLow" | "tooHigh";

export type NumberReading = { ok: true; value: number } | { ok: false; reason: NumberRefusal };

export interface NumberRules {
  /** Only whole numbers (a population). */
  whole?: boolean;
  min?: number;
  max?: number;
  /** The lowest allowed value itself is refused (a population above 0). */
  minExclusive?: boolean;
}

/** Groups of three after the first group of one to three digits: "41.000.000". */
const grouped = (separator: string) => new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`);

/** Reads a typed number (see the module comment); `rules` bound it. */
export function parseNumberInput(text: string, rules: NumberRules = {}): NumberReading {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  if (compact === "") return { ok: false, reason: "empty" };
  const match = /^([+\-\u2212]?)([\d.,]+)$/.exec(compact);
  if (!match) return { ok: false, reason: "notANumber" };
  const sign = match[1] === "" || match[1] === "+" ? 1 : -1;
  const magnitude = readMagnitude(match[2]);
  if (typeof magnitude === "string") return { ok: false, reason: magnitude };
  const value = sign * magnitude;
  if (rules.whole && !Number.isInteger(value)) return { ok: false, reason: "notWhole" };
  if (rules.min !== undefined && (value < rules.min || (rules.minExclusive && value === rules.min)))
    return { ok: false, reason: "tooLow" };
  if (rules.max !== undefined && value > rules.max) return { ok: false, reason: "tooHigh" };
  return { ok: true, value: value === 0 ? 0 : value };
}

function readMagnitude(body: string): number | "notANumber" | "ambiguous" {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots === 0 && commas === 0) return /^\d+$/.test(body) ? Number(body) : "notANumber";
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal separator, the other groups thousands.
    const decimal = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (count(body, decimal) !== 1) return "notANumber";
    const [whole, fraction] = body.split(decimal);
    if (!grouped(group).test(whole) || !/^\d+$/.test(fraction)) return "notANumber";
    return Number(`${whole.split(group).join("")}.${fraction}`);
  }
  const separator = dots > 0 ? "." : ",";
  const [whole, ...rest] = body.split(separator);
  if (rest.length > 1) {
    // "1.234.567" or "1,234,567": only grouping can repeat.
    return grouped(separator).test(body) ? Number(body.split(separator).join("")) : "notANumber";
  }
  const fraction = rest[0];
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return "notANumber";
  const couldGroup = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  if (!couldGroup) return Number(`${whole}.${fraction}`);
  // "41.000" is Dutch for forty-one thousand (a dot before three digits never is a Dutch decimal point);
  // "41,000" is 41 in Dutch and 41000 in English.
  return separator === "." ? Number(whole + fraction) : "ambiguous";
}

function count(text: string, character: string): number {
  let found = 0;
  for (const each of text) if (each === character) found += 1;
  return found;
}

/** What is wrong with a pair of RAG thresholds, if anything: 0 ≤ oranje < groen ≤ 100. */
export type ThresholdProblem = "amberNotBelowGreen" | null;

/** Checks green and amber together (each is already within 0–100 by its own field's rules). */
export function thresholdProblem(green: number, amber: number): ThresholdProblem {
  return amber < green ? null : "amberNotBelowGreen";
}
