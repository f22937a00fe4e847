/**
 * The sync budget of a full generation through the Office host, measured on the fake Excel:
 * `node scripts/office-budget.mjs <workbook.xlsx>` compiles this (tsconfig.budget.json) and calls
 * measureOfficeBudget. The workbook is read with the xlsx host, loaded into the fake, and generated
 * through generateInExcel exactly as the task pane does inside Excel.
 */
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/read/snapshot";
import { generateInExcel } from "../../../src/hosts/office";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import { FakeExcel } from "./index";

export interface OfficeBudget {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** The workbook's sheets after generation, in order. */
  sheets: string[];
}

export interface BudgetOptions {
  settings: SettingsInput;
  /** Simulated ExcelApi version, "1.17" by default. */
  apiVersion?: string;
}

/** Reads `bytes` (an .xlsx named `name`), generates the report in a fake Excel and returns the counts. */
export async function measureOfficeBudget(
  bytes: Uint8Array,
  name: string,
  options: BudgetOptions,
): Promise<OfficeBudget> {
  const snapshot = await readWorkbookSnapshot(bytes, name);
  const fake = FakeExcel.fromSnapshot(snapshot, { apiVersion: options.apiVersion });
  const uninstall = fake.install();
  try {
    await generateInExcel({ settings: parseSettings(options.settings) });
  } finally {
    uninstall();
  }
  return {
    syncs: fake.syncCount,
    maxRequestBytes: fake.maxRequestBytes,
    maxResponseBytes: fake.maxResponseBytes,
    sheets: fake.sheetNames,
  };
}
