import { cellAddress } from "../../address";
import type { Dataset } from "../../datasets";
import { createFinding, type Finding } from "../../findings/finding";
import { excelCellCharacters } from "../../plan/cellLimit";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../snapshot";
import { redactText } from "../../privacy/redact";
import type { Check, WorkbookCheckContext } from "../check";
import { errorValueOf, excerpt, safeCellPosition } from "../cells";

/** The block of sheet cells a dataset was read from: header row to last value, first to last used column. */
export interface DatasetRegion {
  sheet: SheetSnapshot;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** The region of a dataset, clipped to its sheet; null when the sheet is missing or the region empty. */
export function datasetRegion(
  dataset: Dataset,
  sheets: ReadonlyMap<string, SheetSnapshot>,
): DatasetRegion | null {
  const sheet = sheets.get(dataset.sheet);
  if (!sheet) return null;
  let firstRow = dataset.headerRow;
  let lastRow = dataset.headerRow;
  let firstColumn = Number.POSITIVE_INFINITY;
  let lastColumn = 0;
  const include = (row: number, column: number) => {
    if (row > lastRow) lastRow = row;
    if (row < firstRow) firstRow = row;
    if (column < firstColumn) firstColumn = column;
    if (column > lastColumn) lastColumn = column;
  };
  for (const column of dataset.explanation?.columns ?? []) include(dataset.headerRow, column.column);
  if (dataset.kind === "activities") {
    for (const mapped of Object.values(dataset.columns))
      if (mapped) include(dataset.headerRow, mapped.column);
    if (dataset.lastRow > lastRow) lastRow = dataset.lastRow;
  } else {
    for (const series of dataset.series) {
      if (series.row > lastRow) lastRow = series.row;
      for (const address of series.cells ?? []) {
        const position = safeCellPosition(address);
        if (position) include(position.row, position.column);
      }
    }
  }
  firstRow = Math.max(1, firstRow);
  firstColumn = Math.max(1, firstColumn);
  lastRow = Math.min(lastRow, sheet.rowCount, sheet.values.length);
  lastColumn = Math.min(lastColumn, sheet.columnCount);
  if (!Number.isFinite(firstColumn) || lastRow < firstRow || lastColumn < firstColumn) return null;
  return { sheet, firstRow, lastRow, firstColumn, lastColumn };
}

/**
 * The datasets' regions in a workbook. NOTE: remembered per workbook and dataset list: three checks visit the
 * same regions, and a long table's region is found from its 300,000 value cells.
 */
function regionsOf(context: WorkbookCheckContext): DatasetRegion[] {
  let byDatasets = regionsByWorkbook.get(context.workbook);
  if (byDatasets === undefined) regionsByWorkbook.set(context.workbook, (byDatasets = new WeakMap()));
  let regions = byDatasets.get(context.datasets);
  if (regions === undefined) {
    const sheets = new Map(context.workbook.sheets.map((sheet) => [sheet.name, sheet] as const));
    regions = context.datasets
      .map((dataset) => datasetRegion(dataset, sheets))
      .filter((region): region is DatasetRegion => region !== null);
    byDatasets.set(context.datasets, regions);
  }
  return regions;
}

const regionsByWorkbook = new WeakMap<WorkbookSnapshot, WeakMap<readonly Dataset[], DatasetRegion[]>>();

/**
 * Visits each cell of the datasets' regions once, even where two datasets share a sheet and overlap.
 * NOTE: overlap is rare, so it is resolved per region pair rather than with a set of visited cells.
 */
function eachRegionCell(
  context: WorkbookCheckContext,
  visit: (sheet: SheetSnapshot, row: number, column: number, value: CellValue) => void,
): void {
  const regions = regionsOf(context);
  regions.forEach((region, index) => {
    const earlier = regions.slice(0, index).filter((other) => other.sheet === region.sheet);
    const overlaps = earlier.length > 0;
    for (let row = region.firstRow; row <= region.lastRow; row++) {
      const values = region.sheet.values[row - 1];
      if (!values) continue;
      for (let column = region.firstColumn; column <= region.lastColumn; column++) {
        const value = values[column - 1];
        if (value === null || value === undefined) continue;
        if (overlaps && earlier.some((other) => contains(other, row, column))) continue;
        visit(region.sheet, row, column, value);
      }
    }
  });
}

function contains(region: DatasetRegion, row: number, column: number): boolean {
  return (
    row >= region.firstRow &&
    row <= region.lastRow &&
    column >= region.firstColumn &&
    column <= region.lastColumn
  );
}

/** error-value: #DIV/0!, #REF!, #N/A … anywhere in a dataset's cells, as a value or pasted as text. */
function errorValues(context: WorkbookCheckContext): Finding[] {
  const findings: Finding[] = [];
  eachRegionCell(context, (sheet, row, column, value) => {
    const error = errorValueOf(value);
    if (error === null) return;
    findings.push(
      createFinding(
        "error-value",
        { sheet: sheet.name, cell: cellAddress(row, column) },
        { value: error },
        context.language,
      ),
    );
  });
  return findings;
}

/**
 * Text that a spreadsheet would take for a formula: "=HYPERLINK(…)", "=A1+B1", "@SUM(…)", "+SUM(…)".
 * A leading "+" or "-" alone is not enough: "+31 6 …" and "-5" are ordinary text.
 */
export function looksLikeFormula(text: string): boolean {
  // Cheap guard: every text cell of a list passes here; a formula starts with = + - or @.
  const first = text.charCodeAt(0);
  const formulaMark = first === 61 || first === 43 || first === 45 || first === 64;
  const mayBeSpace = first <= 32 || first === 0xa0 || first >= 0x1680;
  if (!formulaMark && !(mayBeSpace && /^\s+[=+\-@]/.test(text))) return false;
  const trimmed = text.trimStart();
  return /^=\s*[A-Za-z_$(\d"'-]/.test(trimmed) || /^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(/.test(trimmed);
}

/** formula-text: formula-looking text is reported as information; Koers never evaluates it. */
function formulaTexts(context: WorkbookCheckContext): Finding[] {
  const findings: Finding[] = [];
  eachRegionCell(context, (sheet, row, column, value) => {
    if (typeof value !== "string" || !looksLikeFormula(value) || errorValueOf(value) !== null) return;
    findings.push(
      createFinding(
        "formula-text",
        { sheet: sheet.name, cell: cellAddress(row, column) },
        { value: excerpt(redactText(value).text) },
        context.language,
      ),
    );
  });
  return findings;
}

/**
 * text-truncated: texts in a dataset's cells longer than an Excel cell holds (32,767 characters), which the
 * plan shortens wherever it writes them (plan/cellLimit.ts); one finding for the workbook, at the first.
 */
function longTexts(context: WorkbookCheckContext): Finding[] {
  const cells: { sheet: string; cell: string }[] = [];
  eachRegionCell(context, (sheet, row, column, value) => {
    if (typeof value === "string" && value.length > excelCellCharacters)
      cells.push({ sheet: sheet.name, cell: cellAddress(row, column) });
  });
  const [first] = cells;
  return first
    ? [createFinding("text-truncated", first, { count: cells.length, sheet: first.sheet }, context.language)]
    : [];
}

/** Checks over the cells of every dataset, in report order. */
export const regionChecks: readonly Check[] = [
  { id: "error-value", appliesTo: "workbook", run: errorValues },
  { id: "formula-text", appliesTo: "workbook", run: formulaTexts },
  { id: "text-truncated", appliesTo: "workbook", run: longTexts },
];
