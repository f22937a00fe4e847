import { formatNumber, type Language } from "../i18n/language";
import type { Polarity, TargetResult } from "../report";
import { percentChange, roundTo } from "./stats";

/** A target as set in the settings or read from a target text. */
export type TargetSpec =
  | { kind: "change"; changePct: number; baseYear: number; text: string | null }
  | { kind: "maximum" | "minimum"; limit: number; text: string | null };

const changePattern =
  /([+\-−–]?)\s*(\d+(?:[.,]\d+)?)\s*%\s*(daling|minder|lager|reductie|afname|stijging|meer|hoger|toename|decrease|reduction|lower|less|fewer|increase|higher|more)?\s*(?:t\.?\s?o\.?\s?v\.?|ten opzichte van|tov|vs\.?|versus|compared (?:to|with)|against|vergeleken met|dan|than|van|from|in|op|sinds|since)?\s*(?:het\s+|peiljaar\s+|basisjaar\s+|base year\s+)?((?:19|20)\d{2})/i;
const signWordBefore =
  /(\bmin\b|daling|dalen|minder|omlaag|verlagen|verlaging|reductie|afname|terugdringen|decrease|reduce|reduction|fall|cut|stijging|stijgen|meer|omhoog|verhogen|verhoging|toename|increase|raise|rise)\D*$/i;
const limitPattern =
  /^\s*(max(?:imaal|imum)?\.?|ten hoogste|hoogstens|niet meer dan|at most|no more than|≤|<=|<|min(?:imaal|imum)?\.?|ten minste|tenminste|minstens|niet minder dan|at least|no less than|≥|>=|>)\s*(\d[\d.,]*)(?![\d.,]*\s*%)/i;

const negativeWords =
  /^(min|daling|dalen|minder|omlaag|verlagen|verlaging|lager|reductie|afname|terugdringen|decrease|reduce|reduction|fall|cut|lower|less|fewer)$/i;

/**
 * Reads a target text: "-10% t.o.v. 2022", "−10% vs 2022", "10% minder dan 2022", "daling van 10% t.o.v.
 * 2022", "max 100", "minimaal 75". Null when the text is not understood (the target is then ignored).
 * A change without sign or word ("10% t.o.v. 2022") moves in the good direction of the polarity.
 */
export function parseTargetText(text: string, polarity: Polarity = "lowerIsBetter"): TargetSpec | null {
  const trimmed = text.trim();
  const limit = limitPattern.exec(trimmed);
  if (limit) {
    const value = parseDutchNumber(limit[2]);
    if (value === null) return null;
    const kind = /^(max|ten hoogste|hoogstens|niet meer|at most|no more|≤|<)/i.test(limit[1])
      ? "maximum"
      : "minimum";
    return { kind, limit: value, text: trimmed };
  }
  const change = changePattern.exec(trimmed);
  if (!change) return null;
  const magnitude = parseDutchNumber(change[2]);
  if (magnitude === null) return null;
  const word = change[3] ?? signWordBefore.exec(trimmed.slice(0, change.index))?.[1] ?? null;
  let sign: number;
  if (change[1] !== "") sign = change[1] === "+" ? 1 : -1;
  else if (word !== null) sign = negativeWords.test(word) ? -1 : 1;
  else sign = polarity === "lowerIsBetter" ? -1 : 1;
  return { kind: "change", changePct: sign * magnitude, baseYear: Number(change[4]), text: trimmed };
}

/** "1.000" → 1000, "7,5" → 7.5, "100" → 100; null when it is not a number. */
export function parseDutchNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[.,]$/, "");
  let normalised = cleaned;
  if (cleaned.includes(",")) normalised = cleaned.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) normalised = cleaned.replace(/\./g, "");
  const value = Number(normalised);
  return normalised === "" || !Number.isFinite(value) ? null : value;
}

/**
 * Judges a target against a series.
 * - Change target: the value of the last year after the base year is compared with
 *   base × (1 + changePct/100). met = reached; onTheWay = not reached but moved from the base value in
 *   the asked direction; notMet = not reached and not moved that way (or moved the other way).
 * - Limit ("max 100"): met when the last value is within the limit; onTheWay when it is outside but the
 *   last change moved toward it; otherwise notMet.
 * Status is null when the base value is missing or 0, or no year after the base year has a value.
 */
export function evaluateTarget(
  spec: TargetSpec,
  years: number[],
  values: (number | null)[],
  language: Language,
): TargetResult {
  const lastIndex = lastValueIndex(values);
  const lastValue = lastIndex === null ? null : values[lastIndex];
  if (spec.kind === "change") {
    const description = spec.text ?? describeChange(spec.changePct, spec.baseYear, language);
    const baseIndex = years.indexOf(spec.baseYear);
    const base = baseIndex < 0 ? null : values[baseIndex];
    const targetValue = base === null ? null : roundTo(base * (1 + spec.changePct / 100), 2);
    const result: TargetResult = {
      description,
      baseYear: spec.baseYear,
      changePct: spec.changePct,
      status: null,
      kind: "change",
      targetValue,
      year: null,
      actualChangePct: null,
    };
    if (base === null || base === 0 || lastIndex === null || lastIndex <= baseIndex || lastValue === null)
      return result;
    const wantsFall = spec.changePct <= 0;
    const reached = wantsFall
      ? lastValue <= base * (1 + spec.changePct / 100) + 1e-9
      : lastValue >= base * (1 + spec.changePct / 100) - 1e-9;
    const moved = wantsFall ? lastValue < base : lastValue > base;
    return {
      ...result,
      status: reached ? "met" : moved ? "onTheWay" : "notMet",
      year: years[lastIndex],
      actualChangePct: percentChange(base, lastValue),
    };
  }
  const result: TargetResult = {
    description: spec.text ?? describeLimit(spec.kind, spec.limit, language),
    baseYear: null,
    changePct: null,
    status: null,
    kind: spec.kind,
    targetValue: spec.limit,
    year: lastIndex === null ? null : years[lastIndex],
  };
  if (lastIndex === null || lastValue === null) return result;
  const within = spec.kind === "maximum" ? lastValue <= spec.limit : lastValue >= spec.limit;
  const previous = lastIndex > 0 ? values[lastIndex - 1] : null;
  const toward = previous !== null && (spec.kind === "maximum" ? lastValue < previous : lastValue > previous);
  return { ...result, status: within ? "met" : toward ? "onTheWay" : "notMet" };
}

function lastValueIndex(values: (number | null)[]): number | null {
  for (let index = values.length - 1; index >= 0; index--) if (values[index] !== null) return index;
  return null;
}

function describeChange(changePct: number, baseYear: number, language: Language): string {
  const sign = changePct > 0 ? "+" : "";
  const amount = `${sign}${formatNumber(changePct, language, Number.isInteger(changePct) ? 0 : 1)}%`;
  return language === "nl" ? `${amount} t.o.v. ${baseYear}` : `${amount} vs ${baseYear}`;
}

function describeLimit(kind: "maximum" | "minimum", limit: number, language: Language): string {
  const words = {
    nl: { maximum: "maximaal", minimum: "minimaal" },
    en: { maximum: "at most", minimum: "at least" },
  };
  return `${words[language][kind]} ${formatNumber(limit, language, Number.isInteger(limit) ? 0 : 1)}`;
}
