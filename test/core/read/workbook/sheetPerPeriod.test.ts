import type { FiguresDataset } from "../../../../src/core/datasets";
import { analyzeWorkbooks } from "../../../../src/core/pipeline";
import { detectDatasets } from "../../../../src/core/read/detect";
import { periodInText } from "../../../../src/core/read/workbook/sheetPerPeriod";
import { parseSettings } from "../../../../src/core/settings";
import type { CellValue } from "../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-01" });

/** A municipality's safety-index sheet for one year: title, a header, a row per category, a source. */
function periodSheet(name: string, title: string | null, counts: number[], rates: number[]) {
  const categories = ["Woninginbraak", "Fietsdiefstal", "Geweld", "Niet in te delen"];
  const rows: CellValue[][] = [
    ...(title ? [[title]] : [["Veiligheidsindex"]]),
    [],
    ["Soort misdrijf", "Aantal", "Per 1.000 inwoners", "Opgehelderd"],
    ...categories.map((category, index) => [
      category,
      counts[index],
      rates[index],
      Math.round(counts[index] / 4),
    ]),
    [],
    ["Bron: politie, bewerking gemeente"],
  ];
  return sheetFromRows(name, rows);
}

describe("one sheet per period, combined into one series per category", () => {
  const workbook = workbookFromSheets(
    "veiligheidsindex.xlsx",
    periodSheet("2021", null, [410, 1_240, 330, 12], [3.2, 9.7, 2.6, 0.1]),
    periodSheet("Cijfers 2022", null, [385, 1_310, 352, 9], [3.0, 10.2, 2.7, 0.1]),
    periodSheet("Blad3", "Criminaliteit 2023", [350, 1_275, 361, 15], [2.7, 9.9, 2.8, 0.1]),
  );
  const detection = detectDatasets(workbook, settings);
  const dataset = detection.datasets[0] as FiguresDataset;

  it("reads periods from sheet names and title cells, and one series per category and measure", () => {
    expect({
      count: detection.datasets.length,
      sheet: dataset.sheet,
      sheets: dataset.sheets,
      years: dataset.years,
      series: dataset.series.map((series) => [
        series.category,
        series.unit,
        series.values,
        !!series.pseudoRegion,
      ]),
      notes: dataset.explanation.notes,
    }).toEqual({
      count: 1,
      sheet: "2021",
      sheets: ["2021", "Cijfers 2022", "Blad3"],
      years: [2021, 2022, 2023],
      series: [
        ["Woninginbraak", "count", [410, 385, 350], false],
        ["Woninginbraak (Per 1.000 inwoners)", "per1000", [3.2, 3.0, 2.7], false],
        ["Fietsdiefstal", "count", [1_240, 1_310, 1_275], false],
        ["Fietsdiefstal (Per 1.000 inwoners)", "per1000", [9.7, 10.2, 9.9], false],
        ["Geweld", "count", [330, 352, 361], false],
        ["Geweld (Per 1.000 inwoners)", "per1000", [2.6, 2.7, 2.8], false],
        ["Niet in te delen", "count", [12, 9, 15], false],
        ["Niet in te delen (Per 1.000 inwoners)", "per1000", [0.1, 0.1, 0.1], false],
      ],
      notes: ["sheets-combined:3"],
    });
  });

  it("says which sheets it combined and names the measure it did not use, on every sheet", () => {
    expect(
      detection.findings.map((finding) => [finding.code, finding.sheet, finding.cell, finding.severity]),
    ).toEqual([
      ["sheets-per-period", "2021", "A3", "info"],
      ["unused-column", "2021", "D3", "info"],
      ["unused-column", "Cijfers 2022", "D3", "info"],
      ["unused-column", "Blad3", "D3", "info"],
    ]);
    expect(detection.findings[0].message).toBe(
      "De bladen '2021', 'Cijfers 2022', 'Blad3' hebben elk één periode en dezelfde tabel; Koers leest ze samen als één tabel (3 perioden).",
    );
  });

  it("compares 2023 with 2022 in the analysis", () => {
    const { report } = analyzeWorkbooks({ workbooks: [workbook], settings });
    const burglary = report.figures[0].series.find((series) => series.category === "Woninginbraak")!;
    expect([burglary.previousYear, burglary.lastYear, burglary.lastChange]).toEqual([2022, 2023, -35]);
  });

  it("leaves sheets with different tables, or a single period, unread and says so", () => {
    const other = sheetFromRows("2022", [
      ["Wijk", "Meldingen", "Inwoners"],
      ["Centrum", 41, 5_200],
      ["Haven", 27, 3_100],
    ]);
    const single = detectDatasets(
      workbookFromSheets(
        "x.xlsx",
        periodSheet("2021", null, [410, 1_240, 330, 12], [3.2, 9.7, 2.6, 0.1]),
        other,
      ),
      settings,
    );
    expect([
      single.datasets.length,
      single.findings.filter((f) => f.code === "unread-sheet").map((f) => f.sheet),
    ]).toEqual([0, ["2021", "2022"]]);
  });

  it("finds the period in a sheet name or title", () => {
    expect(
      ["2021", "Cijfers 2022", "Criminaliteit 2023", "Q1 2023", "Blad1", "Criminaliteit per wijk"].map(
        (text) => periodInText(text)?.year ?? null,
      ),
    ).toEqual([2021, 2022, 2023, 2023, null, null]);
  });
});
