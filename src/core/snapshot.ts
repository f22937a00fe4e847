/**
 * WorkbookSnapshot: the one shape in which both hosts hand a workbook to the core (docs/contracts.md "WorkbookSnapshot").
 *
 * Grids are dense and rectangular, anchored at A1 (row 0, column 0) and reaching to the last used cell,
 * so that `values[r][c]` is cell (r + 1, c + 1) whatever the used range's origin was in the host.
 * Columnar grids (values, texts, formats, fills) mirror what Office.js returns per range, which keeps
 * the Office host's read to a handful of 2D arrays.
 */

/** An error value as Excel shows it, e.g. "#DIV/0!", "#REF!", "#N/A". */
export interface CellError {
  error: string;
}

/**
 * A cell's raw value. Dates are Excel serial numbers (days since 1899-12-30, fraction = time of day);
 * the number format tells a date from a number. Formulas are represented by their cached result.
 */
export type CellValue = number | string | boolean | null | CellError;

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** Number of rows/columns of the grids (last used row/column, 1-based); 0 for an empty sheet. */
  rowCount: number;
  columnCount: number;
  values: CellValue[][];
  /** Displayed text, as the cell shows it ("1.697", "31-12-2025"). */
  texts: string[][];
  /** Number format code ("General", "dd-mm-yyyy", "0.0%"). */
  numberFormats: string[][];
  /** Solid fill colour as "#RRGGBB" (upper case), null for no fill. */
  fills: (string | null)[][];
  /** Merged areas in A1 notation ("A5:F5"). */
  merges: string[];
  /** True when Koers generated this sheet (marked by the host); such sheets are never read as data. */
  generated?: boolean;
  /**
   * True when the sheet carries Koers's marker but is the user's by the ownership rule (a copy, renamed, or
   * of another generation; see plan/generation.ts): kept, not read as data, reported as an info finding.
   */
  markedCopy?: boolean;
}

export interface WorkbookSnapshot {
  /** File name or workbook name, for messages only. */
  name: string;
  sheets: SheetSnapshot[];
}

/** True when a value is an Excel error value. */
export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** True when a cell holds nothing: null, or a string of only whitespace. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** An empty sheet with the given name; hosts use it for sheets without a used range. */
export function emptySheet(name: string, visibility: SheetVisibility = "visible"): SheetSnapshot {
  return {
    name,
    visibility,
    rowCount: 0,
    columnCount: 0,
    values: [],
    texts: [],
    numberFormats: [],
    fills: [],
    merges: [],
  };
}
