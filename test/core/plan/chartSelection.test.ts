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
  it("keeps leaves with a real percentage, both directions in turn, largest rise first", () => {
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
    // Small numbers (bromfiets, straatroof) and "nieuw" (from 0) are out; none is significant
    // (54 → 46: p = 0.48, 91 → 68: p = 0.08); the largest rise (autokraak +1) and fall (zakkenrollen −23).
    expect(changeChartSeries(table, 2).map((series) => series.category)).toEqual([
      "autokraak",
      "zakkenrollen",
    ]);
    expect(changeChartSeries(table).map((series) => series.category)).toEqual([
      "autokraak",
      "fietsdiefstal",
      "zakkenrollen",
    ]);
  });

  it("never shows a subtotal or total beside its parts, and puts significant changes first", () => {
    const table: FiguresReport = {
      ...drontenFigures(),
      series: [
        seriesReport("Criminaliteit totaal", [1697, 1530, 1283], { role: "total" }),
        seriesReport("woninginbraken", [121, 121, 79], {
          role: "subtotal",
          subtotalOf: ["woninginbraak: pogingen", "woninginbraak: geslaagd"],
        }),
        seriesReport("woninginbraak: pogingen", [37, 47, 22], { significant: true }),
        seriesReport("woninginbraak: geslaagd", [84, 74, 57]),
        seriesReport("huiselijk geweld", [42, 30, 44]),
        seriesReport("geweld: bedreiging", [39, 28, 39]),
        seriesReport("vernielingen", [171, 182, 157]),
      ],
    };
    // Limit 3: the significant fall (pogingen −25) first, then the largest rise (huiselijk geweld +14),
    // then the largest remaining fall (vernielingen −25); drawn from the largest rise to the largest fall.
    expect(changeChartSeries(table, 3).map((series) => series.category)).toEqual([
      "huiselijk geweld",
      "vernielingen",
      "woninginbraak: pogingen",
    ]);
  });

  it("draws the focus region and, in a table of totals only, the one largest total", () => {
    const table: FiguresReport = {
      ...drontenFigures(),
      focusRegion: "Lelystad",
      series: [
        seriesReport("Criminaliteit totaal", [900, 1000, 1100], { role: "total", region: "Dronten" }),
        seriesReport("Criminaliteit totaal", [2000, 2100, 1900], { role: "total", region: "Lelystad" }),
        seriesReport("Vermogen: totaal", [800, 850, 700], { role: "total", region: "Lelystad" }),
      ],
    };
    expect(changeChartSeries(table).map((series) => [series.category, series.region])).toEqual([
      ["Criminaliteit totaal", "Lelystad"],
    ]);
  });
});
