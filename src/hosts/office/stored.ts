/**
 * Koers' data inside the open workbook, so a colleague who opens the file gets the same result: the
 * settings (column mapping, thresholds, polarity, language, ...) and the history of generations
 * (src/core/history.ts). Both live in the workbook's settings (Excel.SettingCollection, ExcelApi 1.4) as
 * JSON text under `storageKeys`.
 */
import {
  chooseComparison,
  expandSnapshot,
  HostReadError,
  hostMessage,
  parseStoredHistory,
  parseStoredSettings,
  type Settings,
  storageKeys,
} from "../../core";
import type { WorkbookSnapshot } from "../../core";
import { readFailure, requireExcelApi, requirement, runInExcel, writeFailure } from "./officeRuntime";

/**
 * The settings saved in the open workbook, or null when it has none (or they are no longer valid).
 * Needs ExcelApi 1.4; older Excel gets null, as for a workbook without settings.
 */
export async function loadSettings(): Promise<Settings | null> {
  return runInExcel(async (context) => {
    try {
      requireExcelApi(requirement.names, {
        nl: "Instellingen in de werkmap",
        en: "Settings in the workbook",
      });
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
    requireExcelApi(requirement.names, {
      nl: "Instellingen in de werkmap bewaren",
      en: "Saving settings in the workbook",
    });
    context.workbook.settings.add(storageKeys.settings, JSON.stringify(settings));
    try {
      await context.sync();
    } catch (error) {
      throw writeFailure(error);
    }
  }, writeFailure);
}

/**
 * The activity lists a report of `reportDate` compares with (core's chooseComparison), or without a date the
 * ones stored at the last generation; null when the workbook has none.
 */
export async function loadPreviousSnapshot(reportDate?: string): Promise<WorkbookSnapshot | null> {
  return runInExcel(async (context) => {
    try {
      requireExcelApi(requirement.names, { nl: "Vorige rapportage", en: "Previous report" });
    } catch {
      return null;
    }
    const setting = context.workbook.settings.getItemOrNullObject(storageKeys.history).load("value");
    try {
      await context.sync();
    } catch (error) {
      throw new HostReadError(hostMessage("previous-unreadable"), { cause: error });
    }
    const history = parseStoredHistory(setting.isNullObject ? null : String(setting.value));
    if (reportDate !== undefined) return chooseComparison(undefined, history, reportDate).snapshot;
    return history ? expandSnapshot(history.current) : null;
  });
}
