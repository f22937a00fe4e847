/**
 * Koers' data inside the workbook, so a colleague who opens the file gets the same result: the settings
 * (column mapping, thresholds, polarity, language, ...) and the essentials of the activity lists at the
 * last generation (for "changes since the previous report"). Both live in the workbook's settings
 * (Excel.SettingCollection, ExcelApi 1.4) as JSON text under `storageKeys`.
 *
 * The previous snapshot is compact: only the activity lists' own rows (header to last row) and mapped
 * columns, each cell as [row, column, value, text?, fill?], never the whole workbook. Expanded again it
 * is a sparse WorkbookSnapshot with the cells at their original addresses, so detection (with the
 * same column mapping) finds the same lists in it.
 * NOTE: Office keeps add-in settings small (about 2 MB); 20,000 activities stay near 1 MB because names
 * are cut to 200 characters and empty cells are left out.
 */
import type { ActivityDataset, Dataset } from "../../core/datasets";
import { HostReadError } from "../../core/errors";
import { settingsSchema, type Settings } from "../../core/settings";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { bilingual, readFailure, requireExcelApi, requirement, runInExcel, writeFailure } from "./officeRuntime";
import { storageKeys } from "./readWorkbook";

/** A stored cell: 1-based row and column, value, and text / fill only when they add something. */
export type StoredCell = [number, number, CellValue, string?, (string | null)?];

export interface StoredPrevious {
  version: 1;
  workbook: string;
  /** Report date of the generation that stored it. */
  reportDate: string;
  sheets: { name: string; merges: string[]; cells: StoredCell[] }[];
}

const maxTextLength = 200;

/** The activity lists' essentials of a snapshot, as stored for the next generation. */
export function compactPrevious(snapshot: WorkbookSnapshot, datasets: Dataset[], reportDate: string): StoredPrevious {
  const sheets: StoredPrevious["sheets"] = [];
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
      if (row >= dataset.headerRow && row <= dataset.lastRow && !entry.merges.includes(merge)) entry.merges.push(merge);
    }
  }
  return { version: 1, workbook: snapshot.name, reportDate, sheets };
}

/** A stored previous snapshot as a sparse WorkbookSnapshot (cells at their original addresses). */
export function expandPrevious(stored: StoredPrevious): WorkbookSnapshot {
  return {
    name: stored.workbook,
    sheets: stored.sheets.map((sheet): SheetSnapshot => {
      const rowCount = sheet.cells.reduce((max, [row]) => Math.max(max, row), 0);
      const columnCount = sheet.cells.reduce((max, [, column]) => Math.max(max, column), 0);
      const grid = <T>(fill: T) => Array.from({ length: rowCount }, () => Array.from({ length: columnCount }, () => fill));
      const values = grid<CellValue>(null);
      const texts = grid("");
      const fills = grid<string | null>(null);
      for (const [row, column, value, text, fill] of sheet.cells) {
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
        merges: sheet.merges,
      };
    }),
  };
}

/** Parses stored previous-snapshot JSON; null when absent or not Koers' format. */
export function parseStoredPrevious(json: string | null): StoredPrevious | null {
  if (!json) return null;
  try {
    const parsed = JSON.parse(json) as StoredPrevious;
    return parsed && parsed.version === 1 && Array.isArray(parsed.sheets) ? parsed : null;
  } catch {
    return null;
  }
}

/** Parses stored settings JSON; null when absent or no longer valid (the pane then starts from defaults). */
export function parseStoredSettings(json: string | null): Settings | null {
  if (!json) return null;
  try {
    const result = settingsSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * The settings saved in the open workbook, or null when it has none (or they are no longer valid).
 * Needs ExcelApi 1.4; older Excel gets null, as for a workbook without settings.
 */
export async function loadSettings(): Promise<Settings | null> {
  return runInExcel(async (context) => {
    try {
      requireExcelApi(requirement.names, { nl: "Instellingen in de werkmap", en: "Settings in the workbook" });
    } catch {
      return null;
    }
    const setting = context.workbook.settings.getItemOrNullObject(storageKeys.settings).load("value");
    try {
      await context.sync();
    } catch (error) {
      throw readFailure(error);
    }
    return parseStoredSettings(setting.isNullObject ? null : String(setting.value));
  });
}

/**
 * Saves settings in the open workbook (they travel with the file). Throws UnsupportedApiError before
 * ExcelApi 1.4 and HostWriteError when the workbook is read-only.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  await runInExcel(async (context) => {
    requireExcelApi(requirement.names, { nl: "Instellingen in de werkmap bewaren", en: "Saving settings in the workbook" });
    context.workbook.settings.add(storageKeys.settings, JSON.stringify(settings));
    try {
      await context.sync();
    } catch (error) {
      throw writeFailure(error);
    }
  });
}

/** The previous generation's activity lists stored in the open workbook, or null. */
export async function loadPreviousSnapshot(): Promise<WorkbookSnapshot | null> {
  return runInExcel(async (context) => {
    try {
      requireExcelApi(requirement.names, { nl: "Vorige rapportage", en: "Previous report" });
    } catch {
      return null;
    }
    const setting = context.workbook.settings.getItemOrNullObject(storageKeys.previous).load("value");
    try {
      await context.sync();
    } catch (error) {
      throw new HostReadError(bilingual("De vorige rapportage kon niet worden gelezen.", "The previous report could not be read."), { cause: error });
    }
    const stored = parseStoredPrevious(setting.isNullObject ? null : String(setting.value));
    return stored ? expandPrevious(stored) : null;
  });
}

function activityColumns(dataset: ActivityDataset): number[] {
  const columns = new Set<number>();
  for (const mapped of Object.values(dataset.columns)) if (mapped) columns.add(mapped.column);
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
