import { analyzeWorkbooks } from "../../src/core/pipeline";
import { buildReportPlan } from "../../src/core";
import { planCellMap, planRangeValues } from "../support/planCellMap";
import type { ReportPlan } from "../../src/core/plan/reportPlan";
import { parseSettings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { drontenWide, lelystadActivityList } from "../support/fixtures";
import { rowFrom, sheetOf } from "./plan/planTestHelpers";

// The plan built from what the real read → analyze steps report for the two seeds, not a hand-made Report.
const workbook: WorkbookSnapshot = {
  name: "ivp.xlsx",
  sheets: [...lelystadActivityList().sheets, ...drontenWide().sheets],
};
const settings = parseSettings({ reportDate: "2025-03-01", organisation: "Gemeente Lelystad" });
const { report } = analyzeWorkbooks({ workbooks: [workbook], settings });
const userSheets = workbook.sheets.map((sheet) => sheet.name);

function everyChartMatchesItsCells(plan: ReportPlan): void {
  for (const sheet of plan.sheets) {
    const cells = planCellMap(sheet);
    for (const chart of sheet.charts) {
      expect(planRangeValues(cells, chart.categories.range).map(String)).toEqual(chart.categoryCache);
      for (const series of chart.series)
        expect(planRangeValues(cells, series.values.range)).toEqual(series.cache);
    }
  }
}

describe("buildReportPlan on the analysed seed workbook", () => {
  const plan = buildReportPlan(report, settings, userSheets);

  it("reports 89% of 117 activities and woninginbraken −34.7%", () => {
    const overview = planCellMap(sheetOf(plan, "overview"));
    const trends = planCellMap(sheetOf(plan, "trends"));
    expect(rowFrom(overview, "Aantal activiteiten", 2)).toEqual(["Aantal activiteiten", 117]);
    expect(rowFrom(overview, "Op koers (afgerond of loopt volgens planning)", 2)[1]).toBe(0.889);
    expect(rowFrom(trends, "woninginbraken", 7)).toEqual(["woninginbraken", 121, 121, 79, -42, -0.347, "▼"]);
  });

  it("draws three charts whose ranges hold exactly their cached values", () => {
    expect(sheetOf(plan, "overview").charts).toHaveLength(3);
    everyChartMatchesItsCells(plan);
  });

  it("shows no owner names, in the workbook nor in the griffie copy", () => {
    const griffie = buildReportPlan(report, settings, [], { audience: "griffie" });
    everyChartMatchesItsCells(griffie);
    for (const json of [JSON.stringify(plan), JSON.stringify(griffie)]) {
      expect(json).not.toMatch(/de Vries|Petra Jansen|M\. Bakker/);
    }
  });
});
