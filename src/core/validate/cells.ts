import { cellAddress, parseCellAddress, type CellPosition } from "../address";
import { isCellError, type CellValue, type SheetSnapshot } from "../snapshot";

/** Error values Excel can show; also recognised as pasted text ("#N/A" typed from a Word table). */
export const excelErrorValues: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** The error text of a cell that holds an Excel error, or text that is exactly an error value; else null. */
export function errorValueOf(value: CellValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (isCellError(value))
    return typeof value.error === "string" && value.error !== "" ? value.error : "#VALUE!";
  // NOTE: every text cell of a list passes here; only a short text with "#" can be an error value, so the
  // rest skip the trim and upper-case copies (the garbage collector led the profile of 20,000 rows).
  if (typeof value === "string") {
    if (value.length > 32 || !value.includes("#")) return null;
    const text = value.trim().toUpperCase();
    if (excelErrorValues.has(text)) return text;
  }
  return null;
}

/** The raw value at a 1-based position, undefined outside the grid. */
export function cellValueAt(sheet: SheetSnapshot | null, row: number, column: number): CellValue | undefined {
  if (!sheet) return undefined;
  return sheet.values[row - 1]?.[column - 1];
}

/** Parses an A1 address without throwing; null for anything that is not one. */
export function safeCellPosition(address: string | null | undefined): CellPosition | null {
  if (typeof address !== "string" || !/^\$?[A-Za-z]{1,3}\$?\d+$/.test(address.trim())) return null;
  const position = parseCellAddress(address);
  return position.row >= 1 && position.column >= 1 ? position : null;
}

/** The address in canonical form ("$C$4" → "C4"), or null when it is not a cell address. */
export function validCell(address: string | null | undefined): string | null {
  const position = safeCellPosition(address);
  return position ? cellAddress(position.row, position.column) : null;
}

/** Shortens user text for a message, so a long cell does not swamp the finding. */
export function excerpt(text: string, maxLength = 40): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length <= maxLength ? single : `${single.slice(0, maxLength - 1)}…`;
}
