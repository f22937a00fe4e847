/** Header matching shared by the column-per-field detectors (activity list, long figures table). */
import { cellAddress, columnLetter } from "../../address";
import { createFinding, type Finding } from "../../findings/finding";
import type { Language } from "../../i18n/language";
import type { SheetGrid } from "../grid";
import { matchHeader } from "../synonyms";
import { normalizeText } from "../text";

export interface MappedHeader {
  column: number;
  header: string;
  /** Synonym score 0..1; 1 for a manual mapping. */
  score: number;
}

export interface ColumnLayout<F extends string> {
  row: number;
  columns: Partial<Record<F, MappedHeader>>;
  /** Non-blank header cells in column order, with the field each maps to (null: not used). */
  cells: { column: number; header: string; field: F | null }[];
  /** Header cells that repeat an earlier header (same text, case and accents aside). */
  duplicates: { column: number; header: string }[];
  firstColumn: number;
  lastColumn: number;
  manual: boolean;
}

const synonymWords = new WeakMap<object, Set<string>>();

function wordsOf(table: Record<string, string[]>): Set<string> {
  let words = synonymWords.get(table);
  if (!words) {
    words = new Set(
      Object.values(table).flatMap((synonyms) =>
        synonyms.flatMap((entry) => normalizeText(entry.split("|")[0]).split(" ")),
      ),
    );
    synonymWords.set(table, words);
  }
  return words;
}

/**
 * Maps the header cells of a row to fields: each cell to its best-matching field, each field to its
 * best cell (leftmost on a tie). Returns null when fewer than two cells can name a field at all (a
 * cheap test that keeps data rows from being scored as headers).
 */
export function columnLayout<F extends string>(
  grid: SheetGrid,
  row: number,
  table: Record<F, string[]>,
): ColumnLayout<F> | null {
  const words = wordsOf(table);
  const filled = grid.filledColumns(row);
  let plausible = 0;
  for (const column of filled) {
    const normalized = grid.normalized(row, column);
    if (normalized.length <= 60 && normalized.split(" ").some((word) => words.has(word))) plausible++;
  }
  if (plausible < 2) return null;
  const cells: ColumnLayout<F>["cells"] = [];
  const columns: Partial<Record<F, MappedHeader>> = {};
  const seen = new Set<string>();
  const duplicates: ColumnLayout<F>["duplicates"] = [];
  for (const column of filled) {
    const value = grid.value(row, column);
    const header = grid.text(row, column);
    const normalized = grid.normalized(row, column);
    if (seen.has(normalized)) duplicates.push({ column, header });
    seen.add(normalized);
    const match = typeof value === "string" && normalized.length <= 60 ? matchHeader(header, table) : null;
    cells.push({ column, header, field: null });
    if (!match) continue;
    const current = columns[match.field];
    // NOTE: teams keep a status column per reporting moment ("Stand van zaken mei 2024 | … nov 2024"):
    // among differently worded status headers of equal score the rightmost, most recent one counts.
    const newerStatus =
      current !== undefined &&
      match.field === "status" &&
      match.score === current.score &&
      normalizeText(current.header) !== normalized;
    if (!current || match.score > current.score || newerStatus)
      columns[match.field] = { column, header, score: match.score };
  }
  for (const cell of cells) {
    const owner = (Object.keys(columns) as F[]).find((field) => columns[field]!.column === cell.column);
    cell.field = owner ?? null;
  }
  return {
    row,
    columns,
    cells,
    duplicates,
    firstColumn: filled[0] ?? 1,
    lastColumn: filled[filled.length - 1] ?? 1,
    manual: false,
  };
}

/** A layout from a manual mapping (field → 1-based column), with the header texts of `row`. */
export function layoutFromMapping<F extends string>(
  grid: SheetGrid,
  row: number,
  mapping: Record<string, number>,
  fields: readonly F[],
): ColumnLayout<F> {
  const columns: Partial<Record<F, MappedHeader>> = {};
  for (const field of fields) {
    const column = mapping[field];
    if (column !== undefined) columns[field] = { column, header: grid.text(row, column), score: 1 };
  }
  const filled = grid.filledColumns(row);
  const mappedColumns = Object.values<MappedHeader | undefined>(columns).map((mapped) => mapped!.column);
  const allColumns = [...new Set([...filled, ...mappedColumns])].sort((a, b) => a - b);
  const cells = allColumns.map((column) => ({
    column,
    header: grid.text(row, column),
    field: (fields.find((field) => columns[field]?.column === column) ?? null) as F | null,
  }));
  return {
    row,
    columns,
    cells,
    duplicates: [],
    firstColumn: allColumns[0] ?? 1,
    lastColumn: allColumns[allColumns.length - 1] ?? 1,
    manual: true,
  };
}

/**
 * Structural header findings: duplicate-header for repeated headers, blank-header for a column inside
 * or right next to the table that has data under a blank header. `exempt` columns (a wide table's
 * category column) may have a blank header.
 */
export function headerFindings(
  grid: SheetGrid,
  headerRow: number,
  span: { firstColumn: number; lastColumn: number },
  dataRows: number[],
  duplicates: { column: number; header: string }[],
  language: Language,
  exempt: number[] = [],
): Finding[] {
  const findings: Finding[] = duplicates.map((duplicate) =>
    createFinding(
      "duplicate-header",
      { sheet: grid.name, cell: cellAddress(headerRow, duplicate.column) },
      { value: duplicate.header },
      language,
    ),
  );
  const from = Math.max(1, span.firstColumn - 1);
  const to = Math.min(grid.columnCount, span.lastColumn + 1);
  for (let column = from; column <= to; column++) {
    if (!grid.isBlank(headerRow, column) || exempt.includes(column)) continue;
    if (!dataRows.some((row) => !grid.isBlank(row, column))) continue;
    findings.push(
      createFinding(
        "blank-header",
        { sheet: grid.name, cell: cellAddress(headerRow, column) },
        { column: columnLetter(column) },
        language,
      ),
    );
  }
  return findings;
}

/** One blank-row finding per blank row inside a table (the rows were skipped). */
export function blankRowFindings(
  grid: SheetGrid,
  rows: number[],
  column: number,
  language: Language,
): Finding[] {
  return rows.map((row) =>
    createFinding("blank-row", { sheet: grid.name, cell: cellAddress(row, column) }, {}, language),
  );
}

/** True when a non-blank row stands within three rows above the header (a title block). */
export function hasTitleAbove(grid: SheetGrid, headerRow: number): boolean {
  for (let row = headerRow - 1; row >= Math.max(1, headerRow - 3); row--)
    if (!grid.isBlankRow(row)) return true;
  return false;
}

/** Rounds a confidence for stable output. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
