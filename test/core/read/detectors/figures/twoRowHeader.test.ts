import type { FiguresDataset } from "../../../../../src/core/datasets";
import { detectDatasets } from "../../../../../src/core/read/detect";
import { parseSettings } from "../../../../../src/core/settings";
import type { CellValue } from "../../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-01" });

function read(rows: CellValue[][], merges: string[] = []) {
  const sheet = { ...sheetFromRows("Cijfers", rows), merges };
  const detection = detectDatasets(workbookFromSheets("regio.xlsx", sheet), settings);
  return { datasets: detection.datasets as FiguresDataset[], findings: detection.findings };
}

const seriesOf = (dataset: FiguresDataset) =>
  dataset.series.map((series) => [series.category, series.region, series.values]);

describe("two header rows: a group header over a period or category header", () => {
  it("reads regions merged over their years, categories down, with a unit row and a source below", () => {
    const { datasets, findings } = read(
      [
        ["Geregistreerde misdrijven per gemeente"],
        [],
        ["Soort misdrijf", "Almere", null, null, "Lelystad", null, null],
        [null, "2022", "2023", "2024*", "2022", "2023", "2024*"],
        ["Woninginbraak", 410, 385, 350, 205, 190, 200],
        ["Fietsdiefstal", 1_240, 1_310, 1_275, 610, 575, 560],
        ["Zakkenrollerij", 95, 80, "x", 40, 35, 30],
        [],
        ["Bron: politie, bewerking gemeente"],
      ],
      ["B3:D3", "E3:G3"],
    );
    expect(datasets).toHaveLength(1);
    const [dataset] = datasets;
    expect({
      headerRow: dataset.headerRow,
      years: dataset.years,
      provisional: dataset.provisionalYears,
      series: seriesOf(dataset),
      notes: dataset.explanation.notes,
      label: dataset.explanation.columns[0],
      codes: findings.map((finding) => finding.code),
    }).toEqual({
      headerRow: 4,
      years: [2022, 2023, 2024],
      provisional: [2024],
      series: [
        ["Woninginbraak", "Almere", [410, 385, 350]],
        ["Woninginbraak", "Lelystad", [205, 190, 200]],
        ["Fietsdiefstal", "Almere", [1_240, 1_310, 1_275]],
        ["Fietsdiefstal", "Lelystad", [610, 575, 560]],
        ["Zakkenrollerij", "Almere", [95, 80, null]],
        ["Zakkenrollerij", "Lelystad", [40, 35, 30]],
      ],
      notes: ["two-row-header", "title-above", "regions:2", "provisional:2024", "footnote:9"],
      label: { header: "Soort misdrijf", field: "category", column: 1 },
      codes: [],
    });
  });

  it("reads subjects over years when the label column names the regions (group only in its first column)", () => {
    const { datasets } = read([
      ["Regio", "Woninginbraak", null, "Fietsdiefstal", null],
      [null, 2023, 2024, 2023, 2024],
      ["Almere", 385, 350, 1_310, 1_275],
      ["Lelystad", 190, 200, 575, 560],
    ]);
    expect(seriesOf(datasets[0])).toEqual([
      ["Woninginbraak", "Almere", [385, 350]],
      ["Fietsdiefstal", "Almere", [1_310, 1_275]],
      ["Woninginbraak", "Lelystad", [190, 200]],
      ["Fietsdiefstal", "Lelystad", [575, 560]],
    ]);
  });

  it("reads regions over categories with a row per year", () => {
    const { datasets } = read([
      ["Perioden", "Almere", null, "Lelystad", null],
      [null, "Woninginbraak", "Fietsdiefstal", "Woninginbraak", "Fietsdiefstal"],
      ["2022", 410, 1_240, 205, 610],
      ["2023", 385, 1_310, 190, 575],
      ["2024*", 350, 1_275, 200, 560],
    ]);
    const [dataset] = datasets;
    expect({
      years: dataset.years,
      provisional: dataset.provisionalYears,
      series: seriesOf(dataset),
    }).toEqual({
      years: [2022, 2023, 2024],
      provisional: [2024],
      series: [
        ["Woninginbraak", "Almere", [410, 385, 350]],
        ["Fietsdiefstal", "Almere", [1_240, 1_310, 1_275]],
        ["Woninginbraak", "Lelystad", [205, 190, 200]],
        ["Fietsdiefstal", "Lelystad", [610, 575, 560]],
      ],
    });
  });

  it("leaves a plain wide table with a title line above it to the wide reader", () => {
    const { datasets } = read([
      ["Tabel 2", null, "Bron: politie"],
      ["Soort misdrijf", "2022", "2023", "2024"],
      ["Woninginbraak", 410, 385, 350],
      ["Fietsdiefstal", 1_240, 1_310, 1_275],
    ]);
    expect([datasets[0].layout, datasets[0].explanation.notes[0], datasets[0].series.length]).toEqual([
      "wide",
      "title-above",
      2,
    ]);
  });
});
