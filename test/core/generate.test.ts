import {
  analyzeInputs,
  chooseComparison,
  generateReport,
  griffieFileName,
  localIsoDate,
  parseSettings,
  planAnalysis,
  reportFileName,
  type WorkbookSnapshot,
} from "../../src/core";
import { drontenWide, lelystadActivityList, lelystadReportDate } from "../support/fixtures";
import { earlierLelystadHistory } from "../support/savedSettings";
import { sheetFromRows, workbookFromSheets } from "../support/snapshotBuilder";

const settings = parseSettings({ reportDate: lelystadReportDate });

function typicalWorkbook(): WorkbookSnapshot {
  return workbookFromSheets("lelystad-ivp.xlsx", ...lelystadActivityList().sheets, ...drontenWide().sheets);
}

function statusChanges(report: ReturnType<typeof generateReport>["report"]): string[] {
  return (report.activities?.changes?.statusChanged ?? []).map((change) => change.name);
}

describe("generateReport", () => {
  it("names the plan's sheets and charts in the report's output", () => {
    const { report, plan } = generateReport({ workbooks: [typicalWorkbook()], settings });
    const charts = plan.sheets.flatMap((sheet) => sheet.charts);
    expect(charts.length).toBeGreaterThan(0);
    expect(report.output).toEqual({
      sheets: ["Koers Overzicht", "Koers Trends", "Koers Aandachtspunten", "Koers Toelichting"],
      charts: charts.length,
    });
  });

  it("compares with the stored generation before the report date when the user picked nothing", () => {
    const { history, changedName } = earlierLelystadHistory("2024-09-30");
    const stored = generateReport({ workbooks: [typicalWorkbook()], settings, history });
    const none = generateReport({ workbooks: [typicalWorkbook()], settings, history, previous: null });
    expect({
      baseline: stored.comparison.baseline?.reportDate,
      changed: statusChanges(stored.report),
      withoutComparison: none.report.activities?.changes ?? null,
    }).toEqual({ baseline: "2024-09-30", changed: [changedName], withoutComparison: null });
  });

  it("compares with the user's previous version rather than the stored history", () => {
    const { history } = earlierLelystadHistory("2024-09-30");
    const picked = typicalWorkbook();
    const { comparison, report } = generateReport({
      workbooks: [typicalWorkbook()],
      settings,
      history,
      previous: picked,
    });
    expect({ baseline: comparison.baseline, changed: statusChanges(report) }).toEqual({
      baseline: null,
      changed: [],
    });
  });

  it("stores this generation's activity list as the current one and keeps the one it compared with", () => {
    const { history } = earlierLelystadHistory("2024-09-30");
    const { nextHistory } = generateReport({ workbooks: [typicalWorkbook()], settings, history });
    expect({
      current: nextHistory.current.reportDate,
      sheets: nextHistory.current.sheets.map((sheet) => sheet.name),
      baseline: nextHistory.baseline?.reportDate,
    }).toEqual({ current: lelystadReportDate, sheets: ["Activiteiten"], baseline: "2024-09-30" });
  });

  it("gives a generated sheet another name where the user's own sheet holds it, but not in the griffie copy", () => {
    const own = sheetFromRows("Koers Overzicht", [["Mijn eigen aantekeningen"]]);
    const workbook = workbookFromSheets("plan.xlsx", ...typicalWorkbook().sheets, own);
    const mine = generateReport({ workbooks: [workbook], settings });
    const griffie = generateReport({ workbooks: [workbook], settings, audience: "griffie" });
    expect({
      workbook: mine.plan.sheets.map((sheet) => sheet.name).includes("Koers Overzicht"),
      griffie: griffie.plan.sheets.map((sheet) => sheet.name).includes("Koers Overzicht"),
      names: [mine.fileName, griffie.fileName],
    }).toEqual({
      workbook: false,
      griffie: true,
      names: ["plan (Koers).xlsx", griffieFileName(griffie.plan.properties.title, settings)],
    });
  });

  it("plans one analysis for both audiences without changing it", () => {
    const inputs = { workbooks: [typicalWorkbook()], settings };
    const analysis = analyzeInputs(inputs);
    const workbook = planAnalysis(analysis, inputs);
    const griffie = planAnalysis(analysis, { ...inputs, audience: "griffie" });
    expect({
      analysed: analysis.report.output,
      workbook: workbook.report.output?.sheets.length,
      griffie: griffie.report.output?.sheets[0],
    }).toEqual({ analysed: null, workbook: 4, griffie: "Voorblad" });
  });

  it("refuses to generate without a workbook", () => {
    expect(() => generateReport({ workbooks: [], settings })).toThrow(RangeError);
  });
});

describe("chooseComparison", () => {
  it("compares a report of the same date again with the same baseline", () => {
    const { history } = earlierLelystadHistory("2025-03-01");
    expect([
      chooseComparison(undefined, history, "2025-09-30").baseline?.reportDate,
      chooseComparison(undefined, history, "2025-03-01").baseline,
      chooseComparison(undefined, null, "2025-09-30").snapshot,
    ]).toEqual(["2025-03-01", null, null]);
  });
});

describe("file names", () => {
  it("names the copy '<titel> <organisatie> <rapportagedatum> (griffie).xlsx' without characters a file name cannot hold", () => {
    const lelystad = { organisation: "Gemeente Lelystad", reportDate: "2025-03-01", language: "nl" as const };
    expect([
      griffieFileName("Voortgang IVP 2023/2026", lelystad),
      griffieFileName("Voortgang IVP", { ...lelystad, reportDate: "2025-09-01", language: "en" }),
      griffieFileName("Plan\u0007:IVP"),
      griffieFileName("  "),
    ]).toEqual([
      "Voortgang IVP 2023 2026 Gemeente Lelystad 1 maart 2025 (griffie).xlsx",
      "Voortgang IVP Gemeente Lelystad 1 September 2025 (griffie).xlsx",
      "Plan IVP (griffie).xlsx",
      "Koers (griffie).xlsx",
    ]);
  });

  it("names the user's workbook with the generated sheets '<name> (Koers).xlsx'", () => {
    expect([reportFileName("Voortgang IVP.xlsx"), reportFileName("lijst.XLSX")]).toEqual([
      "Voortgang IVP (Koers).xlsx",
      "lijst (Koers).xlsx",
    ]);
  });
});

describe("localIsoDate", () => {
  it("gives the date where the host is, not in UTC", () => {
    expect([localIsoDate(new Date(2025, 0, 5, 23, 59)), localIsoDate(new Date(2026, 11, 31, 0, 1))]).toEqual([
      "2025-01-05",
      "2026-12-31",
    ]);
  });
});
