/**
 * Detection: finds activity lists and figures tables in a workbook (docs/contracts.md "The one flow"). Every
 * sheet that Koers did not generate is scanned top to bottom; a row that a registered detector reads as a
 * header starts a table, the detector reads it to its end, and scanning goes on below it, so one sheet
 * may hold several tables. Tables side by side, split by an empty column, are read each on their own.
 * A manual column mapping in the settings overrides detection for its sheet.
 * Reading reports only structural findings (low-confidence, no-datasets, blank-header, duplicate-header,
 * blank-row, unread-sheet for numbers no table used, cells-omitted for cells the host left out); value
 * checks are validation's. Never throws on content.
 */
import { columnNumber, parseRangeAddress } from "../address";
import type { Dataset } from "../datasets";
import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { Settings } from "../settings";
import { isBlank, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { cellAddress } from "../address";
import { tableDetectors } from "./detectors/registry";
import {
  minimumHeaderScore,
  tableBreakScore,
  type DetectorContext,
  type HeaderCandidate,
  type TableRead,
} from "./detectors/types";
import { SheetGrid } from "./grid";
import { omittedCellsFinding, unreadSheetFinding } from "./unread";
import { workbookSteps } from "./workbook/registry";
import { appendAll, largest, smallest } from "../collections";

export interface DetectionResult {
  datasets: Dataset[];
  findings: Finding[];
}

/** Datasets below this confidence get a low-confidence finding asking the user to check the mapping. */
export const lowConfidence = 0.6;

/** Finds activity lists and figures tables in a workbook. */
export function detectDatasets(workbook: WorkbookSnapshot, settings: Settings): DetectionResult {
  const language = settings.language;
  const datasets: Dataset[] = [];
  const findings: Finding[] = [];
  const sheets: { grid: SheetGrid; reads: TableRead[] }[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.generated || sheet.markedCopy) continue;
    const grid = new SheetGrid(sheet);
    const reads = detectSheet(grid, language);
    const mapping = settings.columnMapping[sheet.name];
    sheets.push({ grid, reads: mapping ? applyManualMapping(grid, mapping, reads, language) : reads });
  }
  // Workbook steps read across the sheets no table was found on (one sheet per period).
  const combined = new Set<string>();
  for (const step of workbookSteps)
    for (const result of step.run(
      sheets
        .filter((entry) => entry.reads.length === 0 && !combined.has(entry.grid.name))
        .map((entry) => entry.grid),
      language,
    )) {
      const owner = sheets.find((entry) => entry.grid.name === result.dataset.sheet)!;
      owner.reads.push({ dataset: result.dataset, findings: result.findings, lastRow: owner.grid.rowCount });
      for (const name of result.sheets) combined.add(name);
    }
  for (const { grid, reads: all } of sheets) {
    const sheet = grid.sheet;
    if (!combined.has(sheet.name) || all.length > 0) {
      const unread = unreadSheetFinding(grid, all, language);
      if (unread) findings.push(unread);
    }
    const omitted = omittedCellsFinding(sheet, language);
    if (omitted) findings.push(omitted);
    for (const read of all) {
      datasets.push(read.dataset);
      appendAll(findings, read.findings);
      if (read.dataset.confidence < lowConfidence) {
        findings.push(
          createFinding(
            "low-confidence",
            {
              sheet: sheet.name,
              cell: cellAddress(read.dataset.headerRow, read.dataset.explanation.columns[0]?.column ?? 1),
            },
            { sheet: sheet.name, confidence: Math.round(read.dataset.confidence * 100) },
            language,
          ),
        );
      }
    }
  }
  if (datasets.length === 0)
    findings.push(createFinding("no-datasets", { sheet: null, cell: null }, {}, language));
  return { datasets, findings };
}

/**
 * Scans one sheet for tables. When empty columns split the sheet into column bands, the bands that no
 * table read so far ties together are scanned again each on their own (the other bands blanked out), so
 * a figures table beside an activity list is found, and neither reads the other's rows as its own.
 */
function detectSheet(grid: SheetGrid, language: Language): TableRead[] {
  const reads = scanRows(grid, language);
  const bands = columnBands(grid.sheet);
  if (bands.length < 2) return reads;
  const groups = bandGroups(bands, reads);
  // NOTE: each group is a scan of a copy of the sheet; scattered cells (many bands) are not tables side by side.
  if (groups.length > maxBandGroups) return reads;
  return groups
    .flatMap((group) => scanRows(new SheetGrid(keepColumns(grid.sheet, group)), language))
    .sort(byPosition);
}

/** Scans a sheet top to bottom: a header row starts a table, scanning goes on below the table. */
function scanRows(grid: SheetGrid, language: Language): TableRead[] {
  const context = sheetContext(grid, language);
  const reads: TableRead[] = [];
  let row = 1;
  while (row <= grid.rowCount) {
    let read: TableRead | null = null;
    if (!grid.isBlankRow(row)) {
      for (const candidate of context.headers(row)) {
        const table = candidate.read(context);
        read = table && { ...table, detector: candidate.detector };
        if (read) break;
      }
    }
    if (read) {
      reads.push(read);
      row = read.lastRow + 1;
    } else {
      row++;
    }
  }
  return reads;
}

/** Most tables side by side a sheet is scanned for. */
const maxBandGroups = 6;

interface ColumnBand {
  first: number;
  last: number;
}

/** Runs of columns with content, split by columns that are empty in every row. */
function columnBands(sheet: SheetSnapshot): ColumnBand[] {
  const used = new Array<boolean>(sheet.columnCount + 1).fill(false);
  for (const row of sheet.values)
    row.forEach((value, index) => {
      if (!used[index + 1] && !isBlank(value)) used[index + 1] = true;
    });
  const bands: ColumnBand[] = [];
  for (let column = 1; column <= sheet.columnCount; column++) {
    if (!used[column]) continue;
    const last = bands[bands.length - 1];
    if (last && last.last === column - 1) last.last = column;
    else bands.push({ first: column, last: column });
  }
  return bands;
}

/**
 * Bands grouped by the tables read across them: a table whose columns lie in two bands (an empty
 * spacer column inside one table) keeps them together; every other band stands alone.
 */
function bandGroups(bands: ColumnBand[], reads: TableRead[]): ColumnBand[][] {
  const groupOf = bands.map((_, index) => index);
  const find = (index: number): number =>
    groupOf[index] === index ? index : (groupOf[index] = find(groupOf[index]));
  const bandOf = (column: number) => bands.findIndex((band) => column >= band.first && column <= band.last);
  for (const read of reads) {
    const touched = [
      ...new Set(read.dataset.explanation.columns.map((column) => bandOf(column.column))),
    ].filter((index) => index >= 0);
    for (const index of touched.slice(1)) groupOf[find(index)] = find(touched[0]);
  }
  const groups = new Map<number, ColumnBand[]>();
  bands.forEach((band, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), band]);
  });
  return [...groups.values()];
}

/** The sheet with every column outside `bands` blanked; coordinates stay those of the sheet. */
function keepColumns(sheet: SheetSnapshot, bands: ColumnBand[]): SheetSnapshot {
  const kept = (column: number) => bands.some((band) => column >= band.first && column <= band.last);
  const keep = Array.from({ length: sheet.columnCount + 1 }, (_, column) => kept(column));
  const mask = <T>(grid: T[][], blank: T): T[][] =>
    grid.map((row) => row.map((cell, index) => (keep[index + 1] ? cell : blank)));
  return {
    ...sheet,
    values: mask(sheet.values, null),
    texts: mask(sheet.texts, ""),
    numberFormats: mask(sheet.numberFormats, "General"),
    fills: mask(sheet.fills, null),
    merges: sheet.merges.filter((merge) => {
      try {
        const { start, end } = parseRangeAddress(merge);
        return kept(start.column) && kept(end.column);
      } catch {
        return false;
      }
    }),
  };
}

/** Tables in reading order: by header row, then left to right. */
function byPosition(a: TableRead, b: TableRead): number {
  return a.dataset.headerRow - b.dataset.headerRow || firstColumnOf(a) - firstColumnOf(b);
}

function firstColumnOf(read: TableRead): number {
  return Math.min(
    smallest(read.dataset.explanation.columns.map((column) => column.column)),
    Number.MAX_SAFE_INTEGER,
  );
}

interface SheetContext extends DetectorContext {
  /** Header candidates for a row, best score first (registry order on a tie). */
  headers(row: number): HeaderCandidate[];
}

function sheetContext(grid: SheetGrid, language: Language): SheetContext {
  const cache = new Map<number, HeaderCandidate[]>();
  const headers = (row: number): HeaderCandidate[] => {
    let candidates = cache.get(row);
    if (!candidates) {
      candidates = tableDetectors
        .map((detector) => detector.matchHeader(grid, row))
        .filter(
          (candidate): candidate is HeaderCandidate =>
            candidate !== null && candidate.score >= minimumHeaderScore,
        )
        .sort((a, b) => b.score - a.score);
      cache.set(row, candidates);
    }
    return candidates;
  };
  return { language, headers, isHeaderRow: (row) => (headers(row)[0]?.score ?? 0) >= tableBreakScore };
}

/**
 * Reads the sheet's table with the user's mapping (field → column letter). The header row is that of the
 * detected table of the same kind, else the first row where every mapped column has text. Fields the user
 * did not map keep their detected columns. The manual reading replaces the detected table it overlaps; its
 * confidence says how well the body reads with the mapping as it now is (kernel's tableConfidence).
 */
function applyManualMapping(
  grid: SheetGrid,
  mapping: Record<string, string>,
  reads: TableRead[],
  language: Language,
): TableRead[] {
  const fields = Object.keys(mapping);
  if (fields.length === 0) return reads;
  const columns: Record<string, number> = {};
  for (const field of fields) columns[field] = columnNumber(mapping[field]);
  // NOTE: several detectors may accept the same fields (a category column belongs to a wide and a long
  // table); the first that can read the table with the mapping wins, in registry order.
  let read: TableRead | null = null;
  for (const detector of tableDetectors) {
    if (!detector.fromMapping || !fields.every((field) => detector.fields.includes(field))) continue;
    const detected = reads.find((other) => other.dataset.kind === detector.kind);
    const headerRow = detected?.dataset.headerRow ?? firstRowWithText(grid, Object.values(columns));
    if (headerRow === null) continue;
    // NOTE: detected columns fill in only a table of the same layout: a figures table read as long keeps its
    // category column, but a mapping that reads it as periods-as-rows has no category column at all.
    const sameLayout = detected?.detector === undefined || detected.detector === detector.id;
    const merged = { ...(sameLayout ? detectedColumns(detected, detector.fields, columns) : {}), ...columns };
    const table = detector.fromMapping(grid, headerRow, merged)?.read(sheetContext(grid, language)) ?? null;
    read = table && { ...table, detector: detector.id };
    if (read) break;
  }
  if (!read) return reads;
  const headerRow = read.dataset.headerRow;
  const columnsOf = (table: TableRead) => table.dataset.explanation.columns.map((column) => column.column);
  const [first, last] = [smallest(columnsOf(read)), largest(columnsOf(read))];
  // A table beside the mapped one (all its columns left or right of it) stays.
  const kept = reads.filter(
    (other) =>
      other.lastRow < headerRow ||
      other.dataset.headerRow > read.lastRow ||
      columnsOf(other).every((column) => column < first || column > last),
  );
  return [...kept, read].sort(byPosition);
}

/**
 * The detected table's columns for the fields the user did not map: a manual mapping overrides only the
 * fields it names. A detected column the user gave to another field is left out (one column, one field).
 */
function detectedColumns(
  detected: TableRead | undefined,
  fields: readonly string[],
  chosen: Record<string, number>,
): Record<string, number> {
  const taken = new Set(Object.values(chosen));
  const columns: Record<string, number> = {};
  for (const { field, column } of detected?.dataset.explanation.columns ?? []) {
    if (fields.includes(field) && !(field in chosen) && !taken.has(column)) columns[field] = column;
  }
  return columns;
}

function firstRowWithText(grid: SheetGrid, columns: number[]): number | null {
  let firstFilled: number | null = null;
  for (let row = 1; row <= grid.rowCount; row++) {
    if (grid.isBlankRow(row)) continue;
    firstFilled ??= row;
    if (columns.every((column) => typeof grid.value(row, column) === "string" && !grid.isBlank(row, column)))
      return row;
  }
  return firstFilled;
}
