/**
 * What Koers keeps in a workbook, in one shape for every host: the Office host reads it from the add-in's
 * settings (and the generation record also from a custom document property), the xlsx host from the file's
 * web-extension part where Excel saved those settings. Each value is stored as JSON text under its key.
 */
import { parseStoredHistory, storedHistoryKey, type StoredHistory } from "./history";
import { generationRecordKey, parseGenerationRecord, type GenerationRecord } from "./plan/generation";
import { parseStoredSettings, type Settings, storedSettingsKey } from "./settings";

/** Koers's data in a workbook, parsed; each part null when absent or no longer valid. */
export interface StoredData {
  /** The pane's settings (column mapping, thresholds, polarity, title, …). */
  settings: Settings | null;
  /** The history of generations ("changes since the previous report"). */
  history: StoredHistory | null;
  /** The record of the last generation (which sheets are Koers's); see sheetOwnership. */
  generation: GenerationRecord | null;
}

/** The keys the parts are stored under (the add-in's settings in Excel). */
export const storageKeys = {
  settings: storedSettingsKey,
  history: storedHistoryKey,
  generation: generationRecordKey,
} as const;

/** The stored texts (JSON as saved; null or undefined when absent) as StoredData. Never throws. */
export function parseStoredData(texts: {
  settings?: string | null;
  history?: string | null;
  generation?: string | null;
}): StoredData {
  return {
    settings: parseStoredSettings(texts.settings ?? null),
    history: parseStoredHistory(texts.history ?? null),
    generation: parseGenerationRecord(texts.generation ?? null),
  };
}
