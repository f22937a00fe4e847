import { hostMessage, HostWriteError, type KoersError, UnsupportedApiError } from "../../../src/core/errors";
import { generateReport, type GenerateInputs } from "../../../src/core/generate";
import { dateSerial } from "../../../src/core/plan/planContext";
import { parseSettings } from "../../../src/core/settings";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { generateInExcel, loadPreviousSnapshot, loadSettings, saveSettings } from "../../../src/hosts/office";
import {
  drontenWide,
  lelystadActivityList,
  lelystadActivitySheet,
  lelystadReportDate,
} from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { type FakeExcel, FakeExcelError, type SheetModel } from "../../support/fakeExcel";
import { installFake } from "./officeTestKit";

const settings = parseSettings({ reportDate: lelystadReportDate });

function typicalWorkbook(): WorkbookSnapshot {
  return workbookFromSheets("lelystad-ivp.xlsx", ...lelystadActivityList().sheets, ...drontenWide().sheets);
}

describe("generateInExcel", () => {
  it("generates the report sheets in a typical workbook with at most 4 syncs, all under 5 MB", async () => {
    const fake = installFake(typicalWorkbook());
    const phases: string[] = [];
    const { report, plan } = await generateInExcel({
      settings,
      onProgress: (step) => phases.push(step.phase),
    });
    expect(plan.sheets.length).toBeGreaterThan(0);
    expect({
      sheets: fake.sheetNames,
      output: report.output,
      active: fake.activeSheet,
      generated: plan.sheets.map((sheet) => fake.sheet(sheet.name).generated),
      phases: [...new Set(phases)],
    }).toEqual({
      sheets: ["Activiteiten", "Cijfers", ...plan.sheets.map((sheet) => sheet.name)],
      output: {
        sheets: plan.sheets.map((sheet) => sheet.name),
        charts: plan.sheets.reduce((count, sheet) => count + sheet.charts.length, 0),
      },
      active: plan.activeSheet,
      generated: plan.sheets.map(() => true),
      phases: ["reading", "checking", "computing", "writing"],
    });
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(
      fake.syncs.every((sync) => sync.requestBytes < 5 * 1024 * 1024 && sync.responseBytes < 5 * 1024 * 1024),
    ).toBe(true);
  });

  it("runs core's generateReport through the generate it is given (the pane's worker) and writes its plan", async () => {
    const fake = installFake(typicalWorkbook());
    const given: GenerateInputs[] = [];
    const { plan } = await generateInExcel({
      settings,
      generate: async (inputs) => {
        given.push(inputs);
        return generateReport(inputs);
      },
    });
    expect({
      calls: given.length,
      workbook: given[0]?.workbooks[0].name,
      written: plan.sheets.every((sheet) => fake.sheetNames.includes(sheet.name)),
    }).toEqual({ calls: 1, workbook: "lelystad-ivp.xlsx", written: true });
  });

  it("writes what the plan says: every block value at its cell and every chart's series", async () => {
    const fake = installFake(typicalWorkbook());
    const { plan } = await generateInExcel({ settings });
    const mismatches = plan.sheets.flatMap((sheet) =>
      sheet.blocks.flatMap((block) =>
        block.values.flatMap((row, rowIndex) =>
          row.flatMap((planned, columnIndex) => {
            const cell = `${columnName(block.column + columnIndex)}${block.row + rowIndex}`;
            const written = fake.value(sheet.name, cell);
            return written === planned ? [] : [{ sheet: sheet.name, cell, planned, written }];
          }),
        ),
      ),
    );
    const charts = plan.sheets.flatMap((sheet) =>
      fake.sheet(sheet.name).charts.map((chart) => ({
        sheet: sheet.name,
        name: chart.name,
        series: chart.series.map((series) => [series.name, series.values]),
      })),
    );
    const plannedCharts = plan.sheets.flatMap((sheet) =>
      sheet.charts.map((chart) => ({
        sheet: sheet.name,
        name: chart.id,
        series: chart.series.map((series) => [
          series.name,
          `${quote(series.values.sheet)}!${series.values.range.replace(/\$/g, "")}`,
        ]),
      })),
    );
    expect({ mismatches, charts }).toEqual({ mismatches: [], charts: plannedCharts });
  });

  it("running twice gives the same workbook, and stores settings and the activity lists for next time", async () => {
    const fake = installFake(typicalWorkbook());
    await generateInExcel({ settings });
    const first = fake.toSnapshot();
    await generateInExcel({ settings });
    expect(fake.toSnapshot()).toEqual(first);
    expect(await loadSettings()).toEqual(settings);
    expect((await loadPreviousSnapshot())?.sheets.map((sheet) => sheet.name)).toEqual(["Activiteiten"]);
  });

  it("compares the next period's report with the activity lists stored at this one", async () => {
    const fake = installFake(typicalWorkbook());
    await generateInExcel({ settings });
    const source = fake.model.sheet("Activiteiten")!;
    const header = lelystadActivitySheet().headerRow;
    const statusColumn = [...Array(12).keys()]
      .map((index) => index + 1)
      .find((column) => source.cell(header, column)?.value === "Status")!;
    const cell = source.cell(header + 1, statusColumn)!;
    const changedTo = cell.value === "Vertraagd" ? "Afgerond" : "Vertraagd";
    cell.value = changedTo;
    cell.text = changedTo;
    const later = parseSettings({ reportDate: "2025-09-01" });
    const { report } = await generateInExcel({ settings: later });
    const changes = report.activities?.changes;
    expect({
      changed: changes?.statusChanged.map((change) => [change.id, change.to]),
      added: changes?.added.length,
      removed: changes?.removed.length,
    }).toEqual({
      changed: [[source.cell(header + 1, 1)?.value, changedTo === "Vertraagd" ? "delayed" : "done"]],
      added: 0,
      removed: 0,
    });
  });

  it("saves settings a colleague then loads from the same workbook", async () => {
    installFake(typicalWorkbook());
    const chosen = parseSettings({
      reportDate: "2025-09-01",
      language: "en",
      ragThresholds: { green: 90, amber: 70 },
      columnMapping: { Activiteiten: { status: "G" } },
    });
    expect(await loadSettings()).toBeNull();
    await saveSettings(chosen);
    expect(await loadSettings()).toEqual(chosen);
  });

  it("stops with a clear message before computing in a read-only workbook", async () => {
    const fake = installFake(typicalWorkbook(), { readOnly: true });
    const before = fake.toSnapshot();
    await expect(generateInExcel({ settings })).rejects.toThrow(HostWriteError);
    expect(fake.toSnapshot()).toEqual(before);
  });

  it("stops with UnsupportedApiError in Excel 2016 and writes nothing", async () => {
    const fake = installFake(typicalWorkbook(), { apiVersion: "1.4" });
    const before = fake.toSnapshot();
    await expect(generateInExcel({ settings })).rejects.toThrow(UnsupportedApiError);
    expect(fake.toSnapshot()).toEqual(before);
  });
});

describe("generateInExcel: the workbook's date system", () => {
  async function generateIn(date1904: boolean) {
    const fake = installFake(typicalWorkbook(), { date1904 });
    const result = await generateInExcel({ settings });
    const overview = fake.sheet(result.plan.sheets[0].name).snapshot;
    const row = overview.values.findIndex((cells) => cells[0] === "Rapportagedatum");
    return { report: result.report, reportDate: overview.values[row]?.[1], syncs: fake.syncCount };
  }

  it("reads a 1904-system workbook's dates right and writes the report date as its 1904 serial", async () => {
    const [system1900, system1904] = [await generateIn(false), await generateIn(true)];
    expect({
      report: system1904.report,
      reportDate1900: system1900.reportDate,
      reportDate1904: system1904.reportDate,
      syncs: system1904.syncs,
    }).toEqual({
      report: system1900.report,
      reportDate1900: dateSerial(lelystadReportDate),
      reportDate1904: dateSerial(lelystadReportDate)! - 1462,
      syncs: system1900.syncs,
    });
  });
});

describe("generateInExcel: Excel's and the engine's failures", () => {
  /** What the user sees of a failure, and whether the original is kept and the workbook unchanged. */
  async function failure(fail: Parameters<FakeExcel["fail"]>[0]) {
    const fake = installFake(typicalWorkbook());
    const before = fake.toSnapshot();
    fake.fail(fail);
    const error = await generateInExcel({ settings }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    const koers = error as KoersError;
    const original = (koers as { cause?: unknown }).cause as Error;
    return {
      kind: koers?.constructor.name,
      code: koers?.code,
      nl: koers?.messageIn("nl"),
      raw: [koers.message, koers.messageIn("nl"), koers.messageIn("en")].some((text) =>
        text.includes(original.message),
      ),
      unchanged: JSON.stringify(fake.toSnapshot()) === JSON.stringify(before),
    };
  }

  it("reads: an OfficeExtension error at a load is a HostReadError with a Dutch and an English sentence", async () => {
    expect(
      await failure({
        at: /\.load$/,
        error: () => new FakeExcelError("InvalidArgument", "The argument is invalid or missing."),
        times: Infinity,
      }),
    ).toEqual({
      kind: "HostReadError",
      code: "excel-read-failed",
      nl: hostMessage("excel-read-failed").nl,
      raw: false,
      unchanged: true,
    });
  });

  it("reads: a GeneralException at the first sync is a HostReadError, never the engine's text", async () => {
    expect(
      await failure({
        at: "sync",
        error: () => new FakeExcelError("GeneralException", "An internal error has occurred."),
        times: Infinity,
      }),
    ).toMatchObject({ kind: "HostReadError", code: "excel-read-failed", raw: false, unchanged: true });
  });

  it("reads: an engine's RangeError while loading values is the unexpected-failure sentence", async () => {
    expect(
      await failure({ at: /\.load$/, error: () => new RangeError("Invalid array length"), times: Infinity }),
    ).toMatchObject({ kind: "HostReadError", code: "unexpected-failure", raw: false, unchanged: true });
  });

  it("writes: an engine's TypeError while setting values is a HostWriteError and the workbook is as it was", async () => {
    expect(
      await failure({
        at: /\.values$/,
        error: () => new TypeError("Cannot set properties of undefined (setting 'values')"),
        afterSyncs: 1,
      }),
    ).toEqual({
      kind: "HostWriteError",
      code: "unexpected-failure",
      nl: hostMessage("unexpected-failure").nl,
      raw: false,
      unchanged: true,
    });
  });

  it("writes: a GeneralException at the building sync is a HostWriteError with excel-write-failed", async () => {
    expect(
      await failure({
        at: "sync",
        error: () => new FakeExcelError("GeneralException", "An internal error has occurred."),
        afterSyncs: 1,
      }),
    ).toMatchObject({ kind: "HostWriteError", code: "excel-write-failed", raw: false, unchanged: true });
  });
});

function columnName(column: number): string {
  let name = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

describe("generateInExcel: which sheets are Koers's", () => {
  it("keeps a copy of a Koers sheet and a user sheet with a forged marker, and replaces the genuine Koers sheets", async () => {
    const fake = installFake(typicalWorkbook());
    const { plan } = await generateInExcel({ settings });
    const overview = plan.sheets[0].name;
    const copy = fake.copySheet(overview, true);
    const sheetModel = (name: string) => fake.model.sheet(name) as SheetModel;
    sheetModel(copy).touch(1, 1).value = "Mijn aantekeningen";
    fake.addSheet(sheetFromRows("Notities", [["Eigen notitie van de gemeente", 3]]));
    fake.setMarker("Notities", "=FALSE");
    sheetModel(plan.sheets[1].name).touch(40, 1).value = "stale";

    const second = await generateInExcel({ settings });
    expect({
      copy: fake.value(copy, "A1"),
      forged: fake.sheetNames.includes("Notities"),
      stale: fake.value(plan.sheets[1].name, "A40"),
      sheets: fake.sheetNames.filter((name) => plan.sheets.some((sheet) => sheet.name === name)),
      kept: second.report.findings
        .filter((finding) => finding.code === "generated-sheet-kept")
        .map((finding) => finding.sheet)
        .sort(),
    }).toEqual({
      copy: "Mijn aantekeningen",
      forged: true,
      stale: null,
      sheets: plan.sheets.map((sheet) => sheet.name),
      kept: [copy, "Notities"].sort(),
    });
  });
});
