/** Header matching shared by the column-per-field detectors (activity list, long figures table). */
import { cellAddress, columnLetter } from "../../address";
import { createFinding, type Finding } from "../../findings/finding";
import type { Language } from "../../i18n/language";
import type { SheetGrid } from "../grid";
import { matchHeader } from "../synonyms";
import { normalizeText } from "../text";
import { unitFromText } from "../values";
import type { FigureUnit } from "../../datasets";

export interface MappedHeader {
  column: number;
  header: string;
  /** Synonym score 0..1; 1 for a manual mapping. */
  score: number;
}

export interface ColumnLayout<F extends string> {
  /** The (first) header row. */
  row: number;
  /** First row below the header: row + 1, or row + 2 under a two-row header. */
  bodyRow: number;
  columns: Partial<Record<F, MappedHeader>>;
  /** Non-blank header cells in column order, with the field each maps to (null: not used). */
  cells: { column: number; header: string; field: F | null }[];
  /** Header cells that repeat an earlier header (same text, case and accents aside). */
  duplicates: { column: number; header: string }[];
  /**
   * Per field, the columns that matched it as well as the chosen one but lost to the rightmost-counts rules
   * (a status per reporting moment, sub-headers in a group), left to right.
   */
  alternatives: Partial<Record<F, MappedHeader[]>>;
  firstColumn: number;
  lastColumn: number;
  manual: boolean;
}

/** A header over two rows: group headers merged across columns with sub-headers below them. */
export interface TwoRowHeader {
  /** Header text per column; a column under a group reads "<group> <sub-header>" ("Planning Eind"). */
  texts: Map<number, string>;
  /** Column → first column of the group header merged above it. */
  groups: Map<number, number>;
}

/**
 * Reads `row` and the row below as one header when the row below holds only short texts, each under a
 * header cell of `row` that is merged across several columns ("Planning" over "Start | Eind"). Null when
 * the row below is data, blank, or has a text under a header that is not such a group.
 */
export function twoRowHeader(grid: SheetGrid, row: number): TwoRowHeader | null {
  const below = row + 1;
  if (below > grid.rowCount) return null;
  const subHeaders = grid.filledColumns(below);
  if (subHeaders.length === 0) return null;
  const groups = new Map<number, number>();
  for (const column of subHeaders) {
    if (typeof grid.value(below, column) !== "string" || grid.normalized(below, column).length > 40)
      return null;
    const merge = grid.mergeAt(row, column);
    if (!merge || merge.start.row !== row || merge.end.row !== row || merge.end.column === merge.start.column)
      return null;
    groups.set(column, merge.start.column);
  }
  const texts = new Map<number, string>();
  for (const column of grid.filledColumns(row)) texts.set(column, grid.text(row, column));
  for (const [column, start] of groups)
    texts.set(column, `${grid.text(row, start)} ${grid.text(below, column)}`.trim());
  return { texts, groups };
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
  const twoRows = twoRowHeader(grid, row);
  const filled = twoRows ? [...twoRows.texts.keys()].sort((a, b) => a - b) : grid.filledColumns(row);
  const textOf = (column: number) => twoRows?.texts.get(column) ?? grid.text(row, column);
  const normalizedOf = (column: number) =>
    twoRows?.groups.has(column) ? normalizeText(textOf(column)) : grid.normalized(row, column);
  let plausible = 0;
  for (const column of filled) {
    const normalized = normalizedOf(column);
    if (normalized.length <= 60 && normalized.split(" ").some((word) => words.has(word))) plausible++;
  }
  if (plausible < 2) return null;
  const cells: ColumnLayout<F>["cells"] = [];
  const columns: Partial<Record<F, MappedHeader>> = {};
  const seen = new Set<string>();
  const duplicates: ColumnLayout<F>["duplicates"] = [];
  const alternatives: Partial<Record<F, MappedHeader[]>> = {};
  for (const column of filled) {
    const isText = typeof grid.value(row, column) === "string" || twoRows?.groups.has(column) === true;
    const header = textOf(column);
    const normalized = normalizedOf(column);
    if (seen.has(normalized)) duplicates.push({ column, header });
    seen.add(normalized);
    const match = isText && normalized.length <= 60 ? matchHeader(header, table) : null;
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
    // Under one group header the rightmost of equal matches counts: the end of "Start | Eind", the
    // latest of "Q1 | Q2 | Q3".
    const laterInGroup =
      current !== undefined &&
      match.score === current.score &&
      twoRows?.groups.get(column) !== undefined &&
      twoRows.groups.get(column) === twoRows.groups.get(current.column);
    if (current && (newerStatus || laterInGroup)) (alternatives[match.field] ??= []).push(current);
    if (!current || match.score > current.score || newerStatus || laterInGroup)
      columns[match.field] = { column, header, score: match.score };
  }
  assignFields(cells, columns);
  const firstColumn = filled[0] ?? 1;
  const lastColumn = filled[filled.length - 1] ?? 1;
  return {
    row,
    bodyRow: Math.max(row + (twoRows ? 2 : 1), grid.rowBelowHeader(row, firstColumn, lastColumn)),
    columns,
    cells,
    duplicates,
    alternatives,
    firstColumn,
    lastColumn,
    manual: false,
  };
}

function assignFields<F extends string>(
  cells: ColumnLayout<F>["cells"],
  columns: Partial<Record<F, MappedHeader>>,
): void {
  for (const cell of cells) {
    const owner = (Object.keys(columns) as F[]).find((field) => columns[field]!.column === cell.column);
    cell.field = owner ?? null;
  }
}

/**
 * The layout with each field that has alternatives moved to the rightmost of its columns that holds
 * data in the first `lookahead` rows below the header: a team that prepared "Q3" and "Q4" columns ahead
 * reports from "Q2" until Q3 is filled in.
 */
export function preferFilledColumns<F extends string>(
  grid: SheetGrid,
  layout: ColumnLayout<F>,
  lookahead = 200,
): ColumnLayout<F> {
  const lastRow = Math.min(grid.rowCount, layout.bodyRow + lookahead - 1);
  const holdsData = (column: number) => {
    for (let row = layout.bodyRow; row <= lastRow; row++) if (!grid.isBlank(row, column)) return true;
    return false;
  };
  const columns = { ...layout.columns };
  let changed = false;
  for (const field of Object.keys(layout.alternatives) as F[]) {
    const chosen = columns[field];
    if (!chosen || holdsData(chosen.column)) continue;
    const filled = [...layout.alternatives[field]!]
      .reverse()
      .find((candidate) => holdsData(candidate.column));
    if (filled) {
      columns[field] = filled;
      changed = true;
    }
  }
  if (!changed) return layout;
  const cells = layout.cells.map((cell) => ({ ...cell }));
  assignFields(cells, columns);
  return { ...layout, columns, cells };
}

/** A layout from a manual mapping (field → 1-based column), with the header texts of `row`. */
export function layoutFromMapping<F extends string>(
  grid: SheetGrid,
  row: number,
  mapping: Record<string, number>,
  fields: readonly F[],
): ColumnLayout<F> {
  const twoRows = twoRowHeader(grid, row);
  const textOf = (column: number) => twoRows?.texts.get(column) ?? grid.text(row, column);
  const columns: Partial<Record<F, MappedHeader>> = {};
  for (const field of fields) {
    const column = mapping[field];
    if (column !== undefined) columns[field] = { column, header: textOf(column), score: 1 };
  }
  const filled = twoRows ? [...twoRows.texts.keys()] : grid.filledColumns(row);
  const mappedColumns = Object.values<MappedHeader | undefined>(columns).map((mapped) => mapped!.column);
  const allColumns = [...new Set([...filled, ...mappedColumns])].sort((a, b) => a - b);
  const cells = allColumns.map((column) => ({
    column,
    header: textOf(column),
    field: (fields.find((field) => columns[field]?.column === column) ?? null) as F | null,
  }));
  return {
    row,
    bodyRow: row + (twoRows ? 2 : 1),
    columns,
    cells,
    duplicates: [],
    alternatives: {},
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
    // A cell inside a header merged across columns carries that header.
    if (grid.mergeAt(headerRow, column)) continue;
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

/**
 * The rate a title above the header names ("Crime in the United States by Volume and Rate per 100,000
 * Inhabitants"; "Misdrijven per 1.000 inwoners"): per 1,000 / 10,000 / 100,000, else null. Looks at the
 * three rows above the header, as hasTitleAbove does.
 */
export function titleRateUnit(grid: SheetGrid, headerRow: number): FigureUnit | null {
  for (let row = headerRow - 1; row >= Math.max(1, headerRow - 3); row--)
    for (const column of grid.filledColumns(row)) {
      const unit = unitFromText(grid.text(row, column));
      if (unit === "per1000" || unit === "per10000" || unit === "per100000") return unit;
    }
  return null;
}

/** True when a non-blank row stands within three rows above the header (a title block). */
export function hasTitleAbove(grid: SheetGrid, headerRow: number): boolean {
  for (let row = headerRow - 1; row >= Math.max(1, headerRow - 3); row--)
    if (!grid.isBlankRow(row)) return true;
  return false;
}

/** The header cells a layout maps to a field, as an explanation lists them. */
export function mappedCells<F extends string>(
  layout: ColumnLayout<F>,
): { header: string; field: string; column: number }[] {
  return layout.cells
    .filter((cell) => cell.field !== null)
    .map((cell) => ({ header: cell.header, field: cell.field as string, column: cell.column }));
}

/** Rounds a confidence for stable output. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
