/**
 * Detection: finds activity lists and figures tables in a workbook (DESIGN.md "The one flow"). Every
 * sheet that Koers did not generate is scanned top to bottom; a row that a registered detector reads as a
 * header starts a table, the detector reads it to its end, and scanning goes on below it, so one sheet
 * may hold several tables. A manual column mapping in the settings overrides detection for its sheet.
 * Reading reports only structural findings (low-confidence, no-datasets, blank-header, duplicate-header,
 * blank-row); value checks are validation's. Never throws on content.
 */
import { columnNumber } from "../address";
import type { Dataset } from "../datasets";
import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
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
  for (const sheet of workbook.sheets) {
    if (sheet.generated) continue;
    const grid = new SheetGrid(sheet);
    const reads = detectSheet(grid, language);
    const mapping = settings.columnMapping[sheet.name];
    const all = mapping ? applyManualMapping(grid, mapping, reads, language) : reads;
    for (const read of all) {
      datasets.push(read.dataset);
      findings.push(...read.findings);
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

/** Scans one sheet for tables, top to bottom. */
function detectSheet(grid: SheetGrid, language: Language): TableRead[] {
  const context = sheetContext(grid, language);
  const reads: TableRead[] = [];
  let row = 1;
  while (row <= grid.rowCount) {
    let read: TableRead | null = null;
    if (!grid.isBlankRow(row)) {
      for (const candidate of context.headers(row)) {
        read = candidate.read(context);
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
 * detected table of the same kind, else the first row where every mapped column has text. The manual
 * reading replaces the detected table it overlaps; confidence is 1 (the user said so).
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
    read = detector.fromMapping(grid, headerRow, columns)?.read(sheetContext(grid, language)) ?? null;
    if (read) break;
  }
  if (!read) return reads;
  const headerRow = read.dataset.headerRow;
  const kept = reads.filter((other) => other.lastRow < headerRow || other.dataset.headerRow > read.lastRow);
  return [...kept, read].sort((a, b) => a.dataset.headerRow - b.dataset.headerRow);
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
