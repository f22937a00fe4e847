/**
 * The history of generations Koers keeps inside a workbook, so "changes since the previous report" works for
 * whoever opens the file next, in Excel or with the CLI: the essentials of the activity lists at the last
 * generation, stored by the Office host in the workbook's settings as JSON (key `storedHistoryKey`).
 *
 * The snapshot is compact: only the activity lists' own rows (header to last row) and the columns of
 * id, name, group and status, each cell as [row, column, value, text?, fill?], never the whole workbook.
 * Expanded again it is a sparse WorkbookSnapshot with the cells at their original addresses, so detection
 * (with the same column mapping) finds the same lists in it.
 *
 * Two are kept: the current one (this generation) and the baseline it was compared with. The baseline
 * of a generation is the latest stored snapshot with an earlier report date, so regenerating the same
 * report compares with the same baseline and running twice gives the same workbook, while the next
 * period's report compares with this one.
 * NOTE: Office keeps add-in settings small (about 2 MB). storableHistory drops the baseline, and then
 * the whole history, when the JSON would pass `maxStoredBytes`; a list of several thousand activities
 * keeps both.
 */
import type { ActivityDataset, Dataset } from "./datasets";
import {
  boundGrid,
  type CellValue,
  isCellPosition,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./snapshot";

/** Key under which the Office host stores the history in a workbook's settings. */
export const storedHistoryKey = "Koers.previous";

/** A stored cell: 1-based row and column, value, and text / fill only when they add something. */
export type StoredCell = [number, number, CellValue, string?, (string | null)?];

export interface CompactSnapshot {
  workbook: string;
  /** Report date of the generation that stored it. */
  reportDate: string;
  sheets: { name: string; merges: string[]; cells: StoredCell[] }[];
}

/** What Koers stores under storageKeys.previous. */
export interface StoredHistory {
  version: 1;
  current: CompactSnapshot;
  baseline: CompactSnapshot | null;
}

const maxTextLength = 200;

/** The activity lists' essentials of a snapshot, as stored for the next generation. */
export function compactActivities(
  snapshot: WorkbookSnapshot,
  datasets: Dataset[],
  reportDate: string,
): CompactSnapshot {
  const sheets: CompactSnapshot["sheets"] = [];
  for (const dataset of datasets) {
    if (dataset.kind !== "activities") continue;
    const source = snapshot.sheets.find((sheet) => sheet.name === dataset.sheet);
    if (!source) continue;
    const columns = activityColumns(dataset);
    let entry = sheets.find((sheet) => sheet.name === source.name);
    if (!entry) {
      entry = { name: source.name, merges: [], cells: [] };
      sheets.push(entry);
    }
    for (let row = dataset.headerRow; row <= Math.min(dataset.lastRow, source.rowCount); row++) {
      for (const column of columns) {
        if (column > source.columnCount) continue;
        const value = clip(source.values[row - 1][column - 1]);
        const text = source.texts[row - 1][column - 1];
        const fill = source.fills[row - 1][column - 1];
        if (value === null && fill === null) continue;
        const cell: StoredCell = [row, column, value];
        const textMatters = text !== defaultText(value);
        if (textMatters || fill !== null) cell.push(textMatters ? text.slice(0, maxTextLength) : undefined);
        if (fill !== null) cell.push(fill);
        entry.cells.push(cell);
      }
    }
    for (const merge of source.merges) {
      const row = Number(/\d+/.exec(merge)?.[0]);
      if (row >= dataset.headerRow && row <= dataset.lastRow && !entry.merges.includes(merge))
        entry.merges.push(merge);
    }
  }
  return { workbook: snapshot.name, reportDate, sheets };
}

/** The snapshot a report of `reportDate` compares with: the latest stored one with an earlier date. */
export function baselineFor(history: StoredHistory | null, reportDate: string): CompactSnapshot | null {
  if (!history) return null;
  const candidates = [history.current, history.baseline].filter(
    (snapshot): snapshot is CompactSnapshot => snapshot !== null && snapshot.reportDate < reportDate,
  );
  return candidates.sort((a, b) => (a.reportDate < b.reportDate ? 1 : -1))[0] ?? null;
}

/** The history to store after generating `current`. */
export function nextHistory(history: StoredHistory | null, current: CompactSnapshot): StoredHistory {
  return { version: 1, current, baseline: baselineFor(history, current.reportDate) };
}

/** Largest history JSON Koers stores in the workbook's settings. */
export const maxStoredBytes = 2_000_000;

/**
 * The history JSON to store, within maxStoredBytes: whole, else without the baseline (regenerating
 * the same report then compares with this generation), else null (nothing to compare with next time).
 */
export function storableHistory(history: StoredHistory): string | null {
  const whole = JSON.stringify(history);
  if (utf8Length(whole) <= maxStoredBytes) return whole;
  const withoutBaseline = JSON.stringify({ ...history, baseline: null });
  return utf8Length(withoutBaseline) <= maxStoredBytes ? withoutBaseline : null;
}

/** Bytes of a text in UTF-8 (core has no TextEncoder); a lone surrogate counts as the 3 bytes of U+FFFD. */
export function utf8Length(text: string): number {
  const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      length += 4;
      index++;
    } else length += 3;
  }
  return length;
}

/** A compact snapshot as a sparse WorkbookSnapshot (cells at their original addresses). */
export function expandSnapshot(stored: CompactSnapshot): WorkbookSnapshot {
  return {
    name: stored.workbook,
    sheets: stored.sheets.map((sheet): SheetSnapshot => {
      // NOTE: the stored JSON comes from the file: cells off Excel's grid are dropped and the grid is bounded
      // by the cells present, as a host's read is.
      const cells = (Array.isArray(sheet.cells) ? sheet.cells : []).filter(
        (cell) => Array.isArray(cell) && isCellPosition(cell[0], cell[1]),
      );
      const bound = boundGrid(
        cells.map(([row]) => row),
        cells.map(([, column]) => column),
        cells.length,
      );
      const { lastRow: rowCount, lastColumn: columnCount } = bound;
      const grid = <T>(fill: T) =>
        Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => fill));
      const values = grid<CellValue>(null);
      const texts = grid("");
      const fills = grid<string | null>(null);
      for (const [row, column, value, text, fill] of cells) {
        if (row > rowCount || column > columnCount) continue;
        values[row - 1][column - 1] = value;
        texts[row - 1][column - 1] = text ?? defaultText(value);
        fills[row - 1][column - 1] = fill ?? null;
      }
      return {
        name: sheet.name,
        visibility: "visible",
        rowCount,
        columnCount,
        values,
        texts,
        numberFormats: grid("General"),
        fills,
        merges: Array.isArray(sheet.merges) ? sheet.merges.filter((merge) => typeof merge === "string") : [],
      };
    }),
  };
}

/** Parses the stored history JSON; null when absent or not Koers' format. */
export function parseStoredHistory(json: string | null): StoredHistory | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as StoredHistory;
    return parsed && parsed.version === 1 && parsed.current && Array.isArray(parsed.current.sheets)
      ? parsed
      : null;
  } catch {
    return null;
  }
}

const storedFields = ["id", "name", "group", "status"] as const;

function activityColumns(dataset: ActivityDataset): number[] {
  const columns = new Set<number>();
  for (const field of storedFields) {
    const mapped = dataset.columns[field];
    if (mapped) columns.add(mapped.column);
  }
  return [...columns].sort((a, b) => a - b);
}

function clip(value: CellValue): CellValue {
  return typeof value === "string" && value.length > maxTextLength ? value.slice(0, maxTextLength) : value;
}

function defaultText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
