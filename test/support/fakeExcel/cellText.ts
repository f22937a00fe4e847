/**
 * How the fake turns what an add-in writes into cell contents, and cell contents into displayed text.
 * It mimics Excel's input parsing (en-US, the locale Office.js uses for `values`): "=…" is a formula,
 * "+…"/"-…"/"@…" that are not numbers are formulas too, numeric and boolean text becomes a number or
 * boolean, a leading apostrophe forces text (and is not part of the value), and a cell formatted "@"
 * keeps whatever it gets as text.
 */
import type { CellModel, ScalarValue } from "./model";

export interface ParsedInput {
  value: ScalarValue | null;
  formula?: string;
  /** Excel sets a format while parsing some input ("50%" → "0%"). */
  numberFormat?: string;
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const percentPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const datePattern = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function parseInput(input: unknown, numberFormat: string): ParsedInput {
  if (input === null || input === undefined || input === "") return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { value: { error: "#NAME?" }, formula: input };
  const trimmed = input.trim();
  if (numberPattern.test(trimmed)) return { value: Number(trimmed) };
  if (percentPattern.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = datePattern.exec(trimmed);
  if (date) {
    const serial =
      (Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])) - Date.UTC(1899, 11, 30)) / 86400000;
    return { value: serial, numberFormat: "m/d/yyyy" };
  }
  if (/^[+\-@]/.test(input) && input.length > 1)
    return { value: { error: "#NAME?" }, formula: `=${input.replace(/^@/, "")}` };
  return { value: input };
}

/** The text a cell shows: an explicit text when the cell came from a snapshot, else formatted from the value. */
export function displayText(cell: CellModel): string {
  if (cell.text !== undefined) return cell.text;
  return formatValue(cell.value, cell.numberFormat ?? "General");
}

export function formatValue(value: ScalarValue | null, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const percent = /^0(\.0+)?%$/.exec(numberFormat);
  if (percent) return `${(value * 100).toFixed(percent[1] ? percent[1].length - 1 : 0)}%`;
  const fixed = /^(#,##)?0(\.0+)?$/.exec(numberFormat);
  if (fixed) {
    const text = value.toFixed(fixed[2] ? fixed[2].length - 1 : 0);
    return fixed[1] ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : text;
  }
  return String(value);
}
