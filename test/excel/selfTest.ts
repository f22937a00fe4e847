/**
 * The in-Excel self-test: the checks only a real Excel can settle, run through the same Office host the
 * task pane uses (src/taskpane/officeHost.ts → src/hosts/office). It runs in two places with the same code:
 *
 * - inside desktop Excel (`npm run test:excel`, scripts/test-excel.mjs), on the test workbook made from the
 *   examples (test/excel/testWorkbook.cjs), with the real office.js;
 * - in Chromium against the fake Excel (test/e2e/selfTest.e2e.ts), so its logic is tested on every run.
 *
 * Both post the report to office-addin-test-server (test/excel/selfTestPage.ts). A check never throws: a
 * failure is a result with the reason, so one broken step does not hide the others.
 */
import { parseSettings, type Settings, type SheetSnapshot, type WorkbookSnapshot } from "../../src/core";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import { createOfficeHost, toBase64 } from "../../src/taskpane/officeHost";
import type { OfficeEnvironment } from "../../src/taskpane/officeLoader";

/** Excel's limit on one request or response (Excel on the web; desktop allows more). */
export const payloadLimitBytes = 5 * 1024 * 1024;
/** The Office host's budget for a typical workbook (ARCHITECTURE.md, "Quality bars"). */
export const typicalSyncBudget = 4;

/** Counts what the Office host sends to Excel; reset before each measured step. */
export interface SyncMeter {
  reset(): void;
  syncs(): number;
  /** JSON bytes of the largest request since reset, or null where the host cannot measure it. */
  largestRequestBytes(): number | null;
}

export interface SelfTestEnvironment {
  /** The test workbook's file, as the file reader (src/hosts/xlsx) sees it. */
  workbookBytes: Uint8Array;
  workbookName: string;
  /** The sheet of the user's own that regeneration must leave alone. */
  userSheetName: string;
  meter: SyncMeter;
  /** Where the run happens, for the report ("Excel Windows 16.0…", "fake Excel"). */
  host: string;
  reportDate?: string;
}

export interface CheckResult {
  name: string;
  passed: boolean;
  detail: string;
}

export interface SelfTestReport {
  host: string;
  passed: boolean;
  checks: CheckResult[];
}

class CheckFailure extends Error {}

function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new CheckFailure(message);
}

/** The first place two JSON-like values differ, as a path ("sheets[1].values[3][2]: 5 ≠ 6"), or null. */
export function firstDifference(expected: unknown, actual: unknown, at = ""): string | null {
  if (Object.is(expected, actual)) return null;
  const bothObjects =
    typeof expected === "object" && expected !== null && typeof actual === "object" && actual !== null;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return `${at || "value"}: ${JSON.stringify(expected)} ≠ ${JSON.stringify(actual)}`;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const path = Array.isArray(expected) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    const difference = firstDifference(
      (expected as Record<string, unknown>)[key],
      (actual as Record<string, unknown>)[key],
      path,
    );
    if (difference) return difference;
  }
  return null;
}

/** Runs every check in order (later checks build on the generation) and collects the results. */
export async function runSelfTest(environment: SelfTestEnvironment): Promise<SelfTestReport> {
  const host = createOfficeHost({} as OfficeEnvironment);
  const settings: Settings = parseSettings({
    reportDate: environment.reportDate ?? "2025-03-01",
    title: "Koers zelftest",
  });
  const checks: CheckResult[] = [];
  const run = async (name: string, check: () => Promise<string>) => {
    try {
      checks.push({ name, passed: true, detail: await check() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      checks.push({ name, passed: false, detail: message.split("\n")[0] });
    }
  };
  const fileSnapshot = await readWorkbookSnapshot(environment.workbookBytes, environment.workbookName);
  let generated: string[] = [];
  let userSheetsBefore: SheetSnapshot[] = [];

  await run("batched read equals the file reader's snapshot", async () => {
    environment.meter.reset();
    const read = await host.readWorkbook();
    expectThat(read !== null, "the Office host read no workbook");
    const sheets = (read as WorkbookSnapshot).sheets;
    const difference = firstDifference(fileSnapshot.sheets, sheets, "sheets");
    expectThat(difference === null, `differs from the file at ${difference}`);
    const syncs = environment.meter.syncs();
    expectThat(
      syncs <= 1,
      `the read took ${syncs} syncs, not 1 (did Excel refuse the one-batch sheet walk?)`,
    );
    return `${sheets.length} sheets, ${sheets.reduce((sum, sheet) => sum + sheet.rowCount * sheet.columnCount, 0)} cells, ${syncs} sync`;
  });

  await run("a generation writes the Koers sheets within the sync and payload budget", async () => {
    environment.meter.reset();
    const outcome = await host.generate({ settings, extraWorkbooks: [], previous: null });
    const syncs = environment.meter.syncs();
    const largest = environment.meter.largestRequestBytes();
    generated = outcome.sheets;
    expectThat(generated.length > 0, "no sheet was generated");
    const after = (await host.readWorkbook()) as WorkbookSnapshot;
    const marked = after.sheets.filter((sheet) => sheet.generated).map((sheet) => sheet.name);
    expectThat(
      firstDifference([...generated].sort(), [...marked].sort()) === null,
      `generated ${generated.join(", ")} but Excel marks ${marked.join(", ") || "none"} as Koers'`,
    );
    expectThat(syncs <= typicalSyncBudget, `${syncs} syncs, over the budget of ${typicalSyncBudget}`);
    expectThat(largest === null || largest < payloadLimitBytes, `a request of ${largest} bytes`);
    userSheetsBefore = after.sheets.filter((sheet) => !sheet.generated);
    const on = outcome.report.activities?.onTrackPct;
    return `${generated.join(", ")}; ${syncs} syncs, largest request ${largest ?? "not measured"} bytes; on track ${on}%`;
  });

  await run("regeneration replaces only the Koers sheets", async () => {
    expectThat(generated.length > 0, "needs the generation above");
    expectThat(
      userSheetsBefore.some((sheet) => sheet.name === environment.userSheetName),
      `the user's sheet '${environment.userSheetName}' is missing before regenerating`,
    );
    await host.generate({ settings, extraWorkbooks: [], previous: null });
    const after = (await host.readWorkbook()) as WorkbookSnapshot;
    const userAfter = after.sheets.filter((sheet) => !sheet.generated);
    const difference = firstDifference(userSheetsBefore, userAfter, "userSheets");
    expectThat(difference === null, `a user's sheet changed: ${difference}`);
    const names = after.sheets.map((sheet) => sheet.name);
    expectThat(
      names.length === userSheetsBefore.length + generated.length,
      `the workbook now has ${names.length} sheets: ${names.join(", ")}`,
    );
    return `${userAfter.length} user sheets unchanged, ${generated.length} Koers sheets replaced`;
  });

  await run("settings and history round trip through the workbook", async () => {
    const saved = parseSettings({ ...settings, title: "Koers zelftest: instellingen", baseYear: 2016 });
    await host.saveSettings(saved);
    const loaded = await host.loadSettings();
    const difference = firstDifference(saved, loaded, "settings");
    expectThat(difference === null, `loaded settings differ at ${difference}`);
    await host.saveSettings(settings);
    const { loadPreviousSnapshot } = await import("../../src/hosts/office");
    const stored = await loadPreviousSnapshot();
    expectThat(stored !== null, "no history was stored by the generation");
    const activitySheets = fileSnapshot.sheets.filter((sheet) =>
      (stored as WorkbookSnapshot).sheets.some((kept) => kept.name === sheet.name),
    );
    expectThat(activitySheets.length > 0, "the stored history names none of the workbook's sheets");
    return `settings equal after reload; history keeps ${activitySheets.map((sheet) => sheet.name).join(", ")}`;
  });

  await run("the griffie copy opens with only the generated sheets", async () => {
    const excel = (globalThis as { Excel?: { createWorkbook?: (base64?: string) => Promise<unknown> } })
      .Excel;
    const original = excel?.createWorkbook;
    let copied: string | null = null;
    if (excel && original) {
      excel.createWorkbook = (base64?: string) => {
        copied = base64 ?? null;
        return original.call(excel, base64);
      };
    }
    let outcome;
    try {
      outcome = await host.shareWithGriffie({ settings, extraWorkbooks: [], previous: null });
    } finally {
      if (excel && original) excel.createWorkbook = original;
    }
    expectThat(
      outcome.kind !== "blocked",
      `the griffie copy was withheld for personal data: ${outcome.kind === "blocked" ? outcome.leaks.length : 0} left`,
    );
    const bytes =
      outcome.kind === "opened"
        ? copied === null
          ? null
          : Uint8Array.from(atob(copied), (character) => character.charCodeAt(0))
        : outcome.kind === "download"
          ? outcome.file.bytes
          : null;
    expectThat(bytes !== null, "Excel.createWorkbook was not called with the copy");
    const copy = await readWorkbookSnapshot(bytes as Uint8Array, "griffie.xlsx");
    const names = copy.sheets.map((sheet) => sheet.name);
    const userNames = fileSnapshot.sheets.map((sheet) => sheet.name);
    expectThat(
      !names.some((name) => userNames.includes(name)),
      `the copy holds a user's sheet: ${names.join(", ")}`,
    );
    expectThat(
      copy.sheets.every((sheet) => sheet.visibility === "visible"),
      "the copy holds a hidden sheet",
    );
    expectThat(names.length > 0, "the copy has no sheets");
    return `${outcome.kind === "opened" ? "opened in Excel" : "offered as a download (no Excel.createWorkbook)"}: ${names.join(", ")} (${toBase64(bytes as Uint8Array).length} base64 characters)`;
  });

  return { host: environment.host, passed: checks.every((check) => check.passed), checks };
}
