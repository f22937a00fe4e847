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
  if (typeof address !== "string") return null;
  const plain = plainCellPosition(address);
  if (plain !== undefined) return plain;
  if (!/^\$?[A-Za-z]{1,3}\$?\d+$/.test(address.trim())) return null;
  const position = parseCellAddress(address);
  return position.row >= 1 && position.column >= 1 ? position : null;
}

/** The address in canonical form ("$C$4" → "C4"), or null when it is not a cell address. */
export function validCell(address: string | null | undefined): string | null {
  if (typeof address === "string" && isCanonicalCell(address)) return address;
  const position = safeCellPosition(address);
  return position ? cellAddress(position.row, position.column) : null;
}

/**
 * The position of an address written as readers write them ("D12": 1–3 capitals, then a row from 1, no
 * white space or "$"), without a pattern or trimmed copy; undefined for any other text (safeCellPosition
 * then decides). NOTE: validation and analysis look up every value's cell of a 300,000-row table, often
 * several times.
 */
function plainCellPosition(address: string): CellPosition | null | undefined {
  let column = 0;
  let index = 0;
  for (; index < address.length && index < 4; index++) {
    const code = address.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (index === 0 || index > 3 || address.length - index > 15 || index === address.length) return undefined;
  let row = 0;
  for (let digit = index; digit < address.length; digit++) {
    const code = address.charCodeAt(digit);
    if (code < 48 || code > 57) return undefined;
    row = row * 10 + (code - 48);
  }
  return row >= 1 ? { row, column } : null;
}

/** True for an address already in canonical form: 1–3 capitals, then a row without leading zeros. */
function isCanonicalCell(address: string): boolean {
  let index = 0;
  while (index < address.length && index < 4) {
    const code = address.charCodeAt(index);
    if (code < 65 || code > 90) break;
    index++;
  }
  if (index === 0 || index > 3 || index === address.length || address.length - index > 15) return false;
  if (address.charCodeAt(index) === 48) return false;
  for (let digit = index; digit < address.length; digit++) {
    const code = address.charCodeAt(digit);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Shortens user text for a message, so a long cell does not swamp the finding. */
export function excerpt(text: string, maxLength = 40): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length <= maxLength ? single : `${single.slice(0, maxLength - 1)}…`;
}
