import JSZip from "jszip";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { buildReportPlan } from "../../../src/core";
import { planCellMap, planRangeValues } from "../../support/planCellMap";
import type { ChartSpec } from "../../../src/core/plan/reportPlan";
import { parseSettings } from "../../../src/core/settings";
import { generateFromFiles } from "../../../src/hosts/xlsx/generate";
import { drontenWideSheet, toXlsxBuffer } from "../../support/fixtures";
import { workbookFromSheets } from "../../support/snapshotBuilder";
import { longRegionsSheet, wideMarginSheet } from "../../support/surveyWorkbooks";
import { plainParser } from "../../hosts/xlsx/packageInspection";
import { rowFrom, sheetOf, textsOf } from "./planTestHelpers";

const settings = parseSettings({ reportDate: "2025-03-01" });
const workbooks = [
  workbookFromSheets("veiligheidsmonitor.xlsx", wideMarginSheet(), longRegionsSheet()),
  workbookFromSheets("dronten-cijfers.xlsx", drontenWideSheet()),
];
const { report } = analyzeWorkbooks({ workbooks, settings });
const plan = buildReportPlan(report, settings, ["Veiligheidsmonitor", "VM per regio"]);

function surveyCharts(): ChartSpec[] {
  return sheetOf(plan, "survey").charts.filter((chart) => chart.id.startsWith("survey-"));
}

describe("survey indicators in the plan", () => {
  it("lists each indicator with its values, margins, change in points and verdict on the survey sheet", () => {
    const trends = planCellMap(sheetOf(plan, "survey"));
    expect(rowFrom(trends, "Rapportcijfer veiligheid in de buurt", 13)).toEqual([
      "Rapportcijfer veiligheid in de buurt",
      "rapportcijfer (1–10)",
      7.3,
      7.3,
      7.1,
      0.04,
      0.05,
      0.04,
      -0.2,
      0.06,
      "ja",
      "< 0,001",
      "slechter",
    ]);
    expect(rowFrom(trends, "Sociale cohesie (schaalscore)", 14)[13]).toBe(
      "Onbekend of hoger beter is; kies het in de instellingen.",
    );
  });

  it("draws the survey in its own line charts, one per unit and table, with error bars from the margin cells", () => {
    const trends = planCellMap(sheetOf(plan, "survey"));
    const charts = surveyCharts();
    expect(charts.map((chart) => [chart.kind, chart.categoryCache, chart.series.length])).toEqual([
      ["line", ["2019", "2021", "2023"], 5],
      ["line", ["2019", "2021", "2023"], 1],
      ["line", ["2019", "2021", "2023"], 1],
      ["line", ["2019", "2021", "2023"], 1],
      ["line", ["2019", "2021", "2023"], 1],
    ]);
    for (const chart of charts) {
      expect(planRangeValues(trends, chart.categories.range).map(String)).toEqual(chart.categoryCache);
      for (const series of chart.series) {
        expect(planRangeValues(trends, series.values.range)).toEqual(series.cache);
        expect(planRangeValues(trends, series.errorBars!.values.range)).toEqual(series.errorBars!.cache);
      }
    }
    expect(charts[1].series[0]).toMatchObject({
      name: "Rapportcijfer veiligheid in de buurt",
      cache: [7.3, 7.3, 7.1],
      errorBars: { cache: [0.04, 0.05, 0.04] },
    });
  });

  it("puts the survey on a landscape sheet of its own, after Trends, which keeps only the registered figures", () => {
    expect(plan.sheets.map((sheet) => sheet.key)).toEqual([
      "overview",
      "trends",
      "survey",
      "findings",
      "notes",
    ]);
    expect(textsOf(sheetOf(plan, "trends"))).not.toContain("Voelt zich wel eens onveilig (%)");
    expect(sheetOf(plan, "survey").print.orientation).toBe("landscape");
  });

  it("stands the charts two side by side within the sheet's printed width, so two rows share a page", () => {
    const survey = sheetOf(plan, "survey");
    const anchors = surveyCharts().map((chart) => chart.anchor);
    const lastColumn = survey.print.fitToWidth
      ? survey.columnWidths.length
      : survey.print.columnBreaks![0] - 1;
    expect(anchors.map((anchor) => anchor.from.row)).toEqual([
      anchors[0].from.row,
      anchors[0].from.row,
      anchors[2].from.row,
      anchors[3].from.row,
      anchors[3].from.row,
    ]);
    expect(anchors.every((anchor) => anchor.to.column - 1 <= lastColumn)).toBe(true);
    expect(anchors[1].from.column).toBe(anchors[0].to.column);
    const height = anchors[0].to.row - anchors[0].from.row;
    expect(2 * height * 15 + 15).toBeLessThanOrEqual(0.95 * (595 - 108));
  });

  it("writes no Trends sheet for a survey alone", () => {
    const alone = analyzeWorkbooks({ workbooks: workbooks.slice(0, 1), settings }).report;
    expect(buildReportPlan(alone, settings, []).sheets.map((sheet) => sheet.key)).toEqual([
      "overview",
      "survey",
      "findings",
      "notes",
    ]);
  });

  it("draws the long table's chart for its focus region only", () => {
    const regional = surveyCharts()[3];
    expect(regional.title).toBe("Wat inwoners ervaren (% inwoners, Dronten), met 95%-marge");
    expect(regional.series.map((series) => series.name)).toEqual(["Voelt zich wel eens onveilig (%)"]);
  });

  it("keeps the overview's crime charts on the registered figures, even when the survey comes first", () => {
    const overview = sheetOf(plan, "overview");
    expect(overview.charts.map((chart) => chart.id)).toEqual(["crime-trend", "change-vs-previous-year"]);
    expect(overview.charts.flatMap((chart) => chart.series).some((series) => series.errorBars)).toBe(false);
    expect(textsOf(overview)).toContain(
      "Wat inwoners ervaren (enquête, met marges en grafieken): zie het blad 'Koers Veiligheidsmonitor'.",
    );
  });

  it("keeps the error bars, on cells that hold the margins, in the griffie copy", () => {
    const griffie = buildReportPlan(report, settings, [], { audience: "griffie" });
    const survey = sheetOf(griffie, "survey");
    const cells = planCellMap(survey);
    const bars = survey.charts.flatMap((chart) => chart.series).map((series) => series.errorBars!);
    expect(bars).toHaveLength(9);
    for (const bar of bars) {
      expect(bar.values.sheet).toBe(survey.name);
      expect(planRangeValues(cells, bar.values.range)).toEqual(bar.cache);
    }
  });

  it("explains on the Toelichting how survey changes are judged and why there is no verdict without margins", () => {
    const notes = textsOf(sheetOf(plan, "notes"));
    expect(notes).toContain("Zonder marges");
    expect(notes.some((text) => text.includes("se = marge / 1,96"))).toBe(true);
  });
});

describe("survey charts in the written file", () => {
  it("writes native custom error bars whose amounts are the margin cells", async () => {
    const files = await Promise.all(
      workbooks.map(async (workbook) => ({ name: workbook.name, data: await toXlsxBuffer(workbook) })),
    );
    const result = await generateFromFiles(files, { settings: { reportDate: "2025-03-01" } });
    const zip = await JSZip.loadAsync(result.workbook);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const withBars = charts.filter((xml) => xml.includes("<c:errBars>"));
    const mark = withBars
      .map((xml) => plainParser.parse(xml)["c:chartSpace"]["c:chart"]["c:plotArea"]["c:lineChart"]["c:ser"])
      .find(
        (series) =>
          !Array.isArray(series) && series["c:tx"]["c:v"] === "Rapportcijfer veiligheid in de buurt",
      );
    const bars = mark["c:errBars"];
    const points = (side: string) =>
      [bars[side]["c:numRef"]["c:numCache"]["c:pt"]].flat().map((point: { "c:v": number }) => point["c:v"]);
    expect({
      charts: withBars.length,
      direction: bars["c:errDir"].val,
      type: bars["c:errBarType"].val,
      valueType: bars["c:errValType"].val,
      plus: points("c:plus"),
      minus: points("c:minus"),
      formula: bars["c:plus"]["c:numRef"]["c:f"],
      axisFormat: plainParser.parse(withBars[1])["c:chartSpace"]["c:chart"]["c:plotArea"]["c:valAx"][
        "c:numFmt"
      ].formatCode,
    }).toEqual({
      charts: 5,
      direction: "y",
      type: "both",
      valueType: "cust",
      plus: [0.04, 0.05, 0.04],
      minus: [0.04, 0.05, 0.04],
      formula: expect.stringMatching(/^'Koers Veiligheidsmonitor'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/),
      axisFormat: "0.0",
    });
  });
});
