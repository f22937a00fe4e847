import { changeChartSeries, trendChartSeries } from "../../../src/core/plan/chartSelection";
import type { FiguresReport } from "../../../src/core/report";
import { drontenFigures, seriesReport } from "./reportFixtures";

const names = (table: FiguresReport, limit?: number) =>
  trendChartSeries(table, limit).map((series) => series.category);

describe("trendChartSeries", () => {
  it("leaves out a grand total by size and name when the report has no roles", () => {
    const table = drontenFigures();
    table.series = table.series.map(({ role: _role, ...series }) => series);
    expect(names(table, 3)).toEqual(["vernielingen", "geweld: totaal", "brom-,snor-,fietsdiefstal"]);
  });

  it("leaves out a series the analysis calls a total, whatever its size", () => {
    const table: FiguresReport = {
      ...drontenFigures(),
      series: [
        seriesReport("diefstal", [50, 40, 30]),
        seriesReport("vermogensmisdrijven totaal", [60, 50, 40], { role: "total" }),
        seriesReport("vernielingen", [20, 25, 30]),
      ],
    };
    expect(names(table)).toEqual(["diefstal", "vernielingen"]);
  });

  it("draws one region and only counts", () => {
    const table: FiguresReport = {
      ...drontenFigures(),
      series: [
        seriesReport("diefstal", [50, 40, 30], { region: "Dronten" }),
        seriesReport("diefstal", [500, 400, 300], { region: "Flevoland" }),
        seriesReport("aangiftebereidheid", [60, 62, 65], { region: "Dronten", unit: "percent" }),
      ],
    };
    expect(trendChartSeries(table).map((series) => [series.category, series.region])).toEqual([
      ["diefstal", "Dronten"],
    ]);
  });
});

describe("changeChartSeries", () => {
  it("keeps the largest categories with a real percentage, in table order", () => {
    const table: FiguresReport = {
      ...drontenFigures(),
      series: [
        seriesReport("fietsdiefstal", [143, 54, 46]),
        seriesReport("bromfiets diefstal", [5, 9, 9]),
        seriesReport("straatroof", [5, 0, 3]),
        seriesReport("nieuw", [null, 0, 20]),
        seriesReport("autokraak", [78, 74, 75]),
        seriesReport("zakkenrollen", [88, 91, 68]),
      ],
    };
    expect(changeChartSeries(table, 2).map((series) => series.category)).toEqual([
      "fietsdiefstal",
      "zakkenrollen",
    ]);
    expect(changeChartSeries(table).map((series) => series.category)).toEqual([
      "fietsdiefstal",
      "autokraak",
      "zakkenrollen",
    ]);
  });
});
