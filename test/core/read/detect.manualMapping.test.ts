import type { FiguresDataset } from "../../../src/core/datasets";
import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

/** Detection of one sheet "Cijfers" with the user's column mapping for it (field → column letter). */
function mapped(rows: CellValue[][], mapping: Record<string, string>) {
  const detection = detectDatasets(
    workbookFromSheets("cijfers.xlsx", sheetFromRows("Cijfers", rows)),
    parseSettings({ reportDate: "2024-06-01", columnMapping: { Cijfers: mapping } }),
  );
  const dataset = detection.datasets.find((entry) => entry.kind === "figures") as FiguresDataset;
  return {
    count: detection.datasets.length,
    confidence: dataset?.confidence,
    manual: dataset?.explanation.notes.includes("manual-mapping"),
    years: dataset?.years,
    series: dataset?.series.map((series) => [series.category, series.region, series.values]),
  };
}

describe("a manual column mapping applies to every figures layout", () => {
  it("long: category, period, value and region columns whatever their headers", () => {
    // Headers Koers does not know; the user names every column.
    const rows: CellValue[][] = [
      ["kenmerk", "tijdvak", "gebied", "n"],
      ["Woninginbraak", "2022", "Almere", 410],
      ["Woninginbraak", "2023", "Almere", 385],
      ["Woninginbraak", "2022", "Lelystad", 205],
      ["Woninginbraak", "2023", "Lelystad", 190],
    ];
    expect(mapped(rows, { category: "A", period: "B", region: "C", value: "D" })).toEqual({
      count: 1,
      confidence: 1,
      manual: true,
      years: [2022, 2023],
      series: [
        ["Woninginbraak", "Almere", [410, 385]],
        ["Woninginbraak", "Lelystad", [205, 190]],
      ],
    });
  });

  it("periods as rows: the period and region columns and the one value column the user picked", () => {
    const rows: CellValue[][] = [
      ["Perioden", "Regio's", "Totaal misdrijven", "Woninginbraak"],
      ["2022", "Almere", 9_120, 410],
      ["2023", "Almere", 8_870, 385],
      ["2022", "Lelystad", 4_310, 205],
      ["2023", "Lelystad", 4_150, 190],
    ];
    expect(mapped(rows, { period: "A", region: "B", value: "D" })).toEqual({
      count: 1,
      confidence: 1,
      manual: true,
      years: [2022, 2023],
      series: [
        ["Woninginbraak", "Almere", [410, 385]],
        ["Woninginbraak", "Lelystad", [205, 190]],
      ],
    });
  });

  it("flattened headers: the row label column the user calls the region", () => {
    // Without a header the label column could be anything; the user says it is the region.
    const rows: CellValue[][] = [
      [null, "Woninginbraak_2022", "Woninginbraak_2023"],
      ["Almere", 410, 385],
      ["Lelystad", 205, 190],
    ];
    expect(mapped(rows, { region: "A" })).toEqual({
      count: 1,
      confidence: 1,
      manual: true,
      years: [2022, 2023],
      series: [
        ["Woninginbraak", "Almere", [410, 385]],
        ["Woninginbraak", "Lelystad", [205, 190]],
      ],
    });
  });

  it("two header rows: a label column the user calls the region turns the groups into subjects", () => {
    // Detected without a mapping, "Naam" is no region word: the groups are read as regions.
    const rows: CellValue[][] = [
      ["Naam", "Woninginbraak", null, "Fietsdiefstal", null],
      [null, "2022", "2023", "2022", "2023"],
      ["Centrum", 41, 38, 120, 131],
      ["Haven", 27, 25, 61, 57],
    ];
    expect(mapped(rows, {}).series?.[0]).toEqual(["Centrum", "Woninginbraak", [41, 38]]);
    expect(mapped(rows, { region: "A" })).toEqual({
      count: 1,
      confidence: 1,
      manual: true,
      years: [2022, 2023],
      series: [
        ["Woninginbraak", "Centrum", [41, 38]],
        ["Fietsdiefstal", "Centrum", [120, 131]],
        ["Woninginbraak", "Haven", [27, 25]],
        ["Fietsdiefstal", "Haven", [61, 57]],
      ],
    });
  });
});
