/**
 * Measures: what a numeric column (or row) of a figures table holds, from its header and its values.
 * Counts are analysed as counts; rates (per 1,000 / 10,000 / 100,000 inhabitants, percent) are shown
 * with their unit and never tested as counts; a population is the denominator for rates; a flag (only 0
 * and 1) and a code are no figures; any other measure is named as not used.
 */
import type { FigureUnit } from "../datasets";
import type { CellValue } from "../snapshot";
import { normalizeText, withoutFootnoteMark } from "./text";
import { parseFigure, unitFromText } from "./values";

export type MeasureKind = "count" | "rate" | "population" | "flag" | "code" | "other";

export interface Measure {
  kind: MeasureKind;
  unit: FigureUnit;
  /** The header without a footnote mark ("Population1" → "Population"). */
  header: string;
}

const populationWords = /\b(population|pop|inwoners|bevolking|inhabitants|residents|aantal inwoners)\b/;
const codeWords = /\b(code|codes|id|nr|nummer|key|sleutel)\b/;
const otherWords =
  /\b(rate|rates|ratio|opgehelderd|opgehelderde|opheldering|opgelost|clearance|cleared|verdachten|suspects|aangiften|gemiddeld|average|mean|median|mediaan|index)\b/;

const rateWords = /\b(rate|rates|ratio)\b/;

/**
 * Classifies a numeric column by its header and values. `countHeader` is true when the header names a
 * count ("aantal", "incident_count"): such a column is a count even when its numbers happen to be 0 and 1.
 * `titleUnit` is the rate the table's title names ("by Volume and Rate per 100,000 Inhabitants"): a column
 * whose header says only "rate" ("Violent crime rate") is a rate in that unit.
 */
export function classifyMeasure(
  header: string,
  values: CellValue[],
  countHeader = false,
  titleUnit: FigureUnit | null = null,
): Measure {
  const clean = withoutFootnoteMark(header);
  const words = normalizeText(clean.replace(/_/g, " "));
  const unit = unitFromText(clean);
  if (unit !== "count") return { kind: "rate", unit, header: clean };
  if (titleUnit !== null && rateWords.test(words)) return { kind: "rate", unit: titleUnit, header: clean };
  if (populationWords.test(words)) return { kind: "population", unit: "count", header: clean };
  const numbers = values
    .map((value) => parseFigure(value))
    .filter((figure) => figure.value !== null)
    .map((figure) => figure.value as number);
  if (codeWords.test(words) && numbers.every((value) => Number.isInteger(value)))
    return { kind: "code", unit: "count", header: clean };
  if (!countHeader && numbers.length >= 2 && numbers.every((value) => value === 0 || value === 1))
    return { kind: "flag", unit: "count", header: clean };
  if (otherWords.test(words)) return { kind: "other", unit: "count", header: clean };
  return { kind: "count", unit: "count", header: clean };
}
