/**
 * WorkbookSnapshot: the one shape in which both hosts hand a workbook to the core (docs/contracts.md "WorkbookSnapshot").
 *
 * Grids are dense and rectangular, anchored at A1 (row 0, column 0) and reaching to the last used cell,
 * bounded by the cells that exist (`boundGrid`: a lone far-away cell is left out and listed in `omitted`
 * rather than sizing the grid), so that `values[r][c]` is cell (r + 1, c + 1) whatever the used range's origin was in the host.
 * Columnar grids (values, texts, formats, fills) mirror what Office.js returns per range, which keeps
 * the Office host's read to a handful of 2D arrays. Grids are read-only: a host may let equal rows share
 * one array (the xlsx reader does for formats and fills).
 */
import { cellAddress } from "./address";

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
  /**
   * Cells the host left out of the grids: positions Excel cannot show (row 0, negative, past row 1,048,576 or
   * column XFD) and far-away cells that would have made the grid's area out of all proportion to the cells
   * present (see `boundGrid`). `cells` names at most the first `omittedListLimit` (A1); `count` is complete.
   */
  omitted?: { count: number; cells: string[] };
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

/** Excel's last row (1,048,576) and last column (XFD = 16,384). */
export const excelLastRow = 1048576;
export const excelLastColumn = 16384;

/** True when (row, column), 1-based, is a cell Excel can show: whole numbers within A1:XFD1048576. */
export function isCellPosition(row: number, column: number): boolean {
  return (
    Number.isInteger(row) &&
    Number.isInteger(column) &&
    row >= 1 &&
    row <= excelLastRow &&
    column >= 1 &&
    column <= excelLastColumn
  );
}

/**
 * The area (rows × columns) a grid may span whatever it holds: 1 Mi cells, e.g. 65,536 rows × 16 columns.
 * A grid with more cells present may span `gridAreaPerCell` times as many.
 */
export const gridCellBudget = 1024 * 1024;
export const gridAreaPerCell = 4;

/** How many omitted cells a snapshot names (the count is always complete). */
export const omittedListLimit = 20;

/** What `boundGrid` keeps: the grid's last row and column (1-based), and the cells left out, in row order. */
export interface GridBound {
  lastRow: number;
  lastColumn: number;
  omitted: { row: number; column: number }[];
}

/**
 * The extent of a grid over the cells present (rows[i], columns[i], 1-based, each a cell position), bounded
 * so that its area grows with the cells present rather than with where they stand: one fill at XFD1048576
 * must not size a 17-billion-cell grid. While the area exceeds max(gridCellBudget, gridAreaPerCell × count),
 * the last row or the last column (whichever shrinks the area more) is cut off and its cells are omitted.
 * A table far from A1 but dense is kept whole. Cost O(n log n) in the cells present.
 */
export function boundGrid(rows: ArrayLike<number>, columns: ArrayLike<number>, count: number): GridBound {
  const budget = Math.max(gridCellBudget, gridAreaPerCell * count);
  let lastRow = 0;
  let lastColumn = 0;
  for (let index = 0; index < count; index++) {
    if (rows[index] > lastRow) lastRow = rows[index];
    if (columns[index] > lastColumn) lastColumn = columns[index];
  }
  if (lastRow * lastColumn <= budget) return { lastRow, lastColumn, omitted: [] };
  const byRow = groupIndexes(rows, count);
  const byColumn = groupIndexes(columns, count);
  const rowOrder = [...byRow.keys()].sort((a, b) => b - a);
  const columnOrder = [...byColumn.keys()].sort((a, b) => b - a);
  const rowLeft = new Map([...byRow].map(([row, cells]) => [row, cells.length]));
  const columnLeft = new Map([...byColumn].map(([column, cells]) => [column, cells.length]));
  const removed = new Uint8Array(count);
  const omitted: { row: number; column: number }[] = [];
  let rowAt = 0;
  let columnAt = 0;
  const skipEmptied = () => {
    while (rowAt < rowOrder.length && rowLeft.get(rowOrder[rowAt]) === 0) rowAt++;
    while (columnAt < columnOrder.length && columnLeft.get(columnOrder[columnAt]) === 0) columnAt++;
  };
  const remove = (cells: number[]) => {
    for (const index of cells) {
      if (removed[index]) continue;
      removed[index] = 1;
      omitted.push({ row: rows[index], column: columns[index] });
      rowLeft.set(rows[index], (rowLeft.get(rows[index]) ?? 1) - 1);
      columnLeft.set(columns[index], (columnLeft.get(columns[index]) ?? 1) - 1);
    }
  };
  while (rowAt < rowOrder.length && rowOrder[rowAt] * columnOrder[columnAt] > budget) {
    const row = rowOrder[rowAt];
    const column = columnOrder[columnAt];
    const nextRow = rowOrder[rowAt + 1] ?? 0;
    const nextColumn = columnOrder[columnAt + 1] ?? 0;
    // Cut whichever leaves the smaller area.
    if (nextRow * column <= row * nextColumn) remove(byRow.get(row) ?? []);
    else remove(byColumn.get(column) ?? []);
    skipEmptied();
  }
  omitted.sort((a, b) => a.row - b.row || a.column - b.column);
  const empty = rowAt >= rowOrder.length;
  return {
    lastRow: empty ? 0 : rowOrder[rowAt],
    lastColumn: empty ? 0 : columnOrder[columnAt],
    omitted,
  };
}

function groupIndexes(keys: ArrayLike<number>, count: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let index = 0; index < count; index++) {
    const group = groups.get(keys[index]);
    if (group) group.push(index);
    else groups.set(keys[index], [index]);
  }
  return groups;
}

/**
 * A sheet's `omitted` record from `boundGrid`'s cut and the cells that stood outside Excel's grid; undefined
 * when nothing was left out.
 */
export function omittedCells(bound: GridBound, outside: number): SheetSnapshot["omitted"] {
  const count = bound.omitted.length + outside;
  if (count === 0) return undefined;
  return {
    count,
    cells: bound.omitted.slice(0, omittedListLimit).map((cell) => cellAddress(cell.row, cell.column)),
  };
}
