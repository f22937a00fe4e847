import type { FiguresDataset } from "../../../../../src/core/datasets";
import { analyzeWorkbooks } from "../../../../../src/core/pipeline";
import { detectDatasets } from "../../../../../src/core/read/detect";
import { parseSettings } from "../../../../../src/core/settings";
import type { CellValue } from "../../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-01" });
const years = [2018, 2019, 2020, 2021, 2022, 2023];
const inhabitants = [52100, 52600, 53300, 53900, 54500, 55100];

/**
 * A tidy file built from police open data as analysts share it: one row per offence type × year, the
 * type as a numeric code, the count, the population, a rate per 100,000 and a 0/1 COVID flag; column
 * names in snake_case English.
 */
function tidyOpenData() {
  const types: [number, number[]][] = [
    [1101, [310, 295, 240, 228, 260, 251]],
    [1201, [88, 92, 61, 70, 85, 90]],
    [2101, [1405, 1380, 1190, 1210, 1302, 1333]],
    [3101, [45, 39, 51, 48, 47, 55]],
  ];
  const rows: CellValue[][] = [
    ["incident_type_code", "year", "incident_count", "population", "rate_per_100k", "covid"],
  ];
  for (const [code, counts] of types)
    counts.forEach((count, index) => {
      const rate = Math.round((count / inhabitants[index]) * 100000 * 10) / 10;
      rows.push([
        code,
        years[index],
        count,
        inhabitants[index],
        rate,
        years[index] === 2020 || years[index] === 2021 ? 1 : 0,
      ]);
    });
  return workbookFromSheets("opendata.xlsx", sheetFromRows("data", rows));
}

describe("tidy long table with arbitrary column names", () => {
  const detection = detectDatasets(tidyOpenData(), settings);
  const dataset = detection.datasets[0] as FiguresDataset;

  it("reads one series per type code, the rate as its own series with its unit", () => {
    expect({
      count: detection.datasets.length,
      layout: dataset.layout,
      years: dataset.years,
      series: dataset.series.map((series) => [series.category, series.unit]),
      first: dataset.series[0].values,
    }).toEqual({
      count: 1,
      layout: "long",
      years,
      series: [
        ["1101", "count"],
        ["1101 (rate_per_100k)", "per100000"],
        ["1201", "count"],
        ["1201 (rate_per_100k)", "per100000"],
        ["2101", "count"],
        ["2101 (rate_per_100k)", "per100000"],
        ["3101", "count"],
        ["3101 (rate_per_100k)", "per100000"],
      ],
      first: [310, 295, 240, 228, 260, 251],
    });
  });

  it("takes the population column as the table's population and says the flag is not used", () => {
    expect({
      population: dataset.population,
      fields: dataset.explanation.columns.map((column) => [column.header, column.field]),
      findings: detection.findings.map((finding) => [finding.code, finding.cell, finding.message]),
    }).toEqual({
      population: [{ region: null, values: inhabitants }],
      fields: [
        ["incident_type_code", "category"],
        ["year", "period"],
        ["incident_count", "value"],
        ["population", "population"],
        ["rate_per_100k", "value"],
      ],
      findings: [
        ["unused-column", "F1", "Kolom 'covid' (F) bevat alleen 0 en 1 en is geen aantal; niet gebruikt."],
      ],
    });
  });

  it("never tests a rate as a count and computes rates per 1,000 from the table's population", () => {
    const { report } = analyzeWorkbooks({ workbooks: [tidyOpenData()], settings });
    const series = report.figures[0].series;
    const rate = series.find((entry) => entry.unit === "per100000")!;
    const count = series.find((entry) => entry.category === "2101")!;
    expect({
      rate: [rate.pValue, rate.significant, rate.ratePer1000],
      countTested: count.pValue !== null,
      // 1333 / 55,100 × 1,000 = 24.19
      countRate2023: count.ratePer1000?.[5],
    }).toEqual({ rate: [null, null, null], countTested: true, countRate2023: 24.19 });
  });
});

describe("CBS StatLine long export", () => {
  function statlineLong() {
    const rows: CellValue[][] = [
      ["Geregistreerde criminaliteit; soort misdrijf, regio"],
      [],
      [
        "ID",
        "Soort misdrijf",
        "Perioden",
        "Regio's",
        "Geregistreerde misdrijven (aantal)",
        "Geregistreerde misdrijven per 1 000 inwoners",
      ],
    ];
    let id = 0;
    for (const region of ["Almere", "Lelystad"])
      for (const [category, base] of [
        ["Woninginbraak", 400],
        ["Fietsendiefstal", 900],
      ] as const)
        for (const [index, period] of ["2022", "2023*"].entries())
          rows.push([
            ++id,
            category,
            period,
            region,
            base + index * 10 + (region === "Almere" ? 100 : 0),
            2.5 + index,
          ]);
    rows.push([], ["Bron: CBS"]);
    return workbookFromSheets("statline.xlsx", sheetFromRows("CBS", rows));
  }

  it("reads counts and rates per region and names the ID column as not used", () => {
    const detection = detectDatasets(statlineLong(), settings);
    const dataset = detection.datasets[0] as FiguresDataset;
    expect({
      series: dataset.series.map((series) => [series.category, series.region, series.unit]),
      provisional: dataset.provisionalYears,
      findings: detection.findings.map((finding) => [finding.code, finding.parameters.reason]),
    }).toEqual({
      series: [
        ["Woninginbraak", "Almere", "count"],
        ["Woninginbraak (Geregistreerde misdrijven per 1 000 inwoners)", "Almere", "per1000"],
        ["Fietsendiefstal", "Almere", "count"],
        ["Fietsendiefstal (Geregistreerde misdrijven per 1 000 inwoners)", "Almere", "per1000"],
        ["Woninginbraak", "Lelystad", "count"],
        ["Woninginbraak (Geregistreerde misdrijven per 1 000 inwoners)", "Lelystad", "per1000"],
        ["Fietsendiefstal", "Lelystad", "count"],
        ["Fietsendiefstal (Geregistreerde misdrijven per 1 000 inwoners)", "Lelystad", "per1000"],
      ],
      provisional: [2023],
      findings: [["unused-column", "code"]],
    });
  });
});

describe("pseudo-regions", () => {
  it("marks 'Niet in te delen', 'Onbekend' and 'Buitenland' on their series and keeps them", () => {
    const rows: CellValue[][] = [["Soort misdrijf", "Perioden", "Regio's", "Geregistreerde misdrijven"]];
    for (const region of ["Almere", "Niet in te delen", "Onbekend (PV)", "Buitenland", "Overig"])
      for (const period of ["2022", "2023"]) rows.push(["Woninginbraak", period, region, 100]);
    const dataset = detectDatasets(workbookFromSheets("cbs.xlsx", sheetFromRows("CBS", rows)), settings)
      .datasets[0] as FiguresDataset;
    expect(dataset.series.map((series) => [series.region, series.pseudoRegion === true])).toEqual([
      ["Almere", false],
      ["Niet in te delen", true],
      ["Onbekend (PV)", true],
      ["Buitenland", true],
      ["Overig", true],
    ]);
  });
});
