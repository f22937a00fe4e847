import { HostWriteError, UnsupportedApiError } from "../../../src/core/errors";
import { generateReport, type GenerateInputs } from "../../../src/core/generate";
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
import type { SheetModel } from "../../support/fakeExcel";
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
