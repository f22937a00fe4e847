import type { FiguresDataset } from "../../../../../src/core/datasets";
import { describeDetection } from "../../../../../src/core/read/explain";
import { detectDatasets } from "../../../../../src/core/read/detect";
import { parseSettings } from "../../../../../src/core/settings";
import type { CellValue } from "../../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-01" });

function read(rows: CellValue[][]) {
  const detection = detectDatasets(workbookFromSheets("export.xlsx", sheetFromRows("Data", rows)), settings);
  return {
    datasets: detection.datasets as FiguresDataset[],
    findings: detection.findings,
  };
}

/** Series as [category, region, unit, values] in reading order. */
const seriesOf = (dataset: FiguresDataset) =>
  dataset.series.map((series) => [series.category, series.region, series.unit, series.values]);

describe("flattened headers: region, subject and period glued into one header per column", () => {
  it("splits StatLine's 'Region_Subject_Period' into region, category and a provisional year", () => {
    // A StatLine "one row" export: two regions × two subjects × three years, the last provisional.
    const regions = ["Nederland", "Flevoland (PV)"];
    const subjects = ["Totaal geregistreerde misdrijven", "Woninginbraak"];
    const years = ["2016", "2017", "2018*"];
    const header = regions.flatMap((region) =>
      subjects.flatMap((subject) => years.map((year) => `${region}_${subject}_${year}`)),
    );
    const values = [
      [1_090_195, 1_025_400, 977_305],
      [59_540, 48_750, 44_070],
      [23_410, 22_015, 21_130],
      [1_205, 1_010, 905],
    ].flat();
    const { datasets, findings } = read([
      ["Geregistreerde criminaliteit; soort misdrijf, regio"],
      [],
      header,
      values,
      [],
      ["Bron: CBS"],
    ]);
    expect(datasets).toHaveLength(1);
    const [dataset] = datasets;
    expect({
      years: dataset.years,
      provisional: dataset.provisionalYears,
      series: seriesOf(dataset),
      notes: dataset.explanation.notes,
      errors: findings.filter((finding) => finding.severity !== "info").map((finding) => finding.code),
    }).toEqual({
      years: [2016, 2017, 2018],
      provisional: [2018],
      series: [
        ["Totaal geregistreerde misdrijven", "Nederland", "count", [1_090_195, 1_025_400, 977_305]],
        ["Woninginbraak", "Nederland", "count", [59_540, 48_750, 44_070]],
        ["Totaal geregistreerde misdrijven", "Flevoland (PV)", "count", [23_410, 22_015, 21_130]],
        ["Woninginbraak", "Flevoland (PV)", "count", [1_205, 1_010, 905]],
      ],
      notes: ["flattened-header", "title-above", "regions:2", "provisional:2018", "footnote:6"],
      errors: [],
    });
    expect(describeDetection(dataset, "nl")).toContain("gesplitst in regio, categorie en periode");
  });

  it("takes the region from the row label when the headers name only subject and period (' - ')", () => {
    const { datasets } = read([
      [
        "Gemeente",
        "Woninginbraak - 2022",
        "Woninginbraak - 2023",
        "Fietsdiefstal - 2022",
        "Fietsdiefstal - 2023",
      ],
      ["Almere", 410, 385, 1_240, 1_310],
      ["Lelystad", 205, 190, 610, 575],
      ["Niet in te delen", 5, 10, 15, 10],
    ]);
    const [dataset] = datasets;
    expect({
      series: seriesOf(dataset),
      pseudo: dataset.series.filter((series) => series.pseudoRegion).map((series) => series.region),
      columns: dataset.explanation.columns.map((column) => column.field),
    }).toEqual({
      series: [
        ["Woninginbraak", "Almere", "count", [410, 385]],
        ["Fietsdiefstal", "Almere", "count", [1_240, 1_310]],
        ["Woninginbraak", "Lelystad", "count", [205, 190]],
        ["Fietsdiefstal", "Lelystad", "count", [610, 575]],
        ["Woninginbraak", "Niet in te delen", "count", [5, 10]],
        ["Fietsdiefstal", "Niet in te delen", "count", [15, 10]],
      ],
      pseudo: ["Niet in te delen", "Niet in te delen"],
      columns: ["region", "value", "value", "value", "value"],
    });
  });

  it("adds up quarters given as 'Subject|2023KW01' to years, the last year marked incomplete", () => {
    const quarters = ["2022KW01", "2022KW02", "2022KW03", "2022KW04", "2023KW01", "2023KW02"];
    const { datasets, findings } = read([
      quarters.map((quarter) => `Zakkenrollerij|${quarter}`),
      [30, 25, 35, 40, 20, 25],
    ]);
    const [dataset] = datasets;
    expect({
      series: seriesOf(dataset),
      grain: dataset.periodGrain,
      incomplete: dataset.incompleteYears,
      codes: findings.map((finding) => finding.code),
    }).toEqual({
      series: [["Zakkenrollerij", null, "count", [130, 45]]],
      grain: "quarter",
      incomplete: [2023],
      codes: ["aggregated-periods", "incomplete-year"],
    });
  });

  it("does not read headers whose separators split them unevenly, or without a period, as flattened", () => {
    const uneven = read([
      ["Nederland_Woninginbraak_2022", "Woninginbraak_2023", "Nederland_Fietsdiefstal_2023"],
      [59_540, 48_750, 44_070],
    ]);
    const noPeriod = read([
      ["Nederland_Woninginbraak", "Nederland_Fietsdiefstal"],
      [59_540, 48_750],
    ]);
    expect([uneven.datasets.length, noPeriod.datasets.length]).toEqual([0, 0]);
  });
});
