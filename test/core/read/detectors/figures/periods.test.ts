import type { FiguresDataset } from "../../../../../src/core/datasets";
import { detectDatasets } from "../../../../../src/core/read/detect";
import { parseSettings } from "../../../../../src/core/settings";
import type { CellValue } from "../../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-01" });

function read(rows: CellValue[][], name = "Blad") {
  const detection = detectDatasets(workbookFromSheets("cijfers.xlsx", sheetFromRows(name, rows)), settings);
  return {
    dataset: detection.datasets[0] as FiguresDataset,
    findings: detection.findings,
    count: detection.datasets.length,
  };
}

describe("years as rows with footnote marks (a national crime table saved as CSV)", () => {
  // Years 1998–2004 with footnote digits glued to 2001 and 2003, a population column with a footnote mark,
  // a rate column whose unit the header does not give, and counts.
  const rows: CellValue[][] = [
    ["Year", "Population1", "Violent crime2", "Violent crime rate", "Burglary"],
    [1998, 270248003, 1533887, 567.6, 2332735],
    [1999, 272690813, 1426044, 523.0, 2100739],
    [2000, 281421906, 1425486, 506.5, 2050992],
    ["20013", 285317559, 1439480, 504.5, 2116531],
    [2002, 287973924, 1423677, 494.4, 2151252],
    ["20034", 290788976, 1383676, 475.8, 2154834],
    [2004, 293656842, 1360088, 463.2, 2144446],
    ["1 Populations are U.S. Census Bureau provisional estimates."],
  ];
  const { dataset, findings } = read(rows);

  it("strips the footnote digit where the years around it leave no doubt, with an info finding", () => {
    expect({
      years: dataset.years,
      footnotes: findings
        .filter((finding) => finding.code === "footnote-year")
        .map((finding) => [finding.cell, finding.severity, finding.message]),
    }).toEqual({
      years: [1998, 1999, 2000, 2001, 2002, 2003, 2004],
      footnotes: [
        ["A5", "info", "'20013' gelezen als het jaar 2001 (voetnootcijfer 3 weggelaten)."],
        ["A7", "info", "'20034' gelezen als het jaar 2003 (voetnootcijfer 4 weggelaten)."],
      ],
    });
  });

  it("reads 'Population1' as the population, and names a rate without a unit as not used", () => {
    expect({
      series: dataset.series.map((series) => [series.category, series.unit]),
      population: dataset.population?.[0].values[3],
      unused: findings
        .filter((finding) => finding.code === "unused-column")
        .map((finding) => finding.parameters.header),
    }).toEqual({
      series: [
        ["Violent crime", "count"],
        ["Burglary", "count"],
      ],
      population: 285317559,
      unused: ["Violent crime rate"],
    });
  });
});

describe("provisional years and StatLine period codes", () => {
  it("reads 2023JJ00, '2024*' and '2024**' as years, the starred ones provisional", () => {
    const { dataset } = read([
      ["Perioden", "Totaal misdrijven", "Woninginbraak"],
      ["2022JJ00", 1310, 81],
      ["2023*", 1295, 79],
      ["2024**", 1280, 77],
    ]);
    expect([dataset.years, dataset.provisionalYears]).toEqual([
      [2022, 2023, 2024],
      [2023, 2024],
    ]);
  });

  it("adds StatLine quarters up to years and marks the incomplete last year", () => {
    const rows: CellValue[][] = [["Soort misdrijf", "Perioden", "Geregistreerde misdrijven"]];
    for (const [year, quarters] of [
      [2022, 4],
      [2023, 4],
      [2024, 2],
    ])
      for (let quarter = 1; quarter <= quarters; quarter++)
        rows.push(["Woninginbraak", `${year}KW0${quarter}`, 20 + quarter]);
    const { dataset, findings } = read(rows);
    expect({
      years: dataset.years,
      values: dataset.series[0].values,
      grain: dataset.periodGrain,
      incomplete: dataset.incompleteYears,
      findings: findings.map((finding) => [finding.code, finding.message]),
    }).toEqual({
      years: [2022, 2023, 2024],
      // 21 + 22 + 23 + 24 = 90 per whole year; 21 + 22 = 43 for the first half of 2024.
      values: [90, 90, 43],
      grain: "quarter",
      incomplete: [2024],
      findings: [
        ["aggregated-periods", "De tabel geeft cijfers per kwartaal; Koers telt ze op tot jaren."],
        [
          "incomplete-year",
          "2024 is onvolledig (2 van de 4 perioden); Koers vergelijkt het niet met een heel jaar.",
        ],
      ],
    });
  });
});

describe("monthly tables", () => {
  /** A monthly police table: one row per category × month, months as 'jan 2023', 'feb 2023', …, or as StatLine codes. */
  function monthly(label: (year: number, month: number) => string, lastMonths = 5) {
    const names = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    const rows: CellValue[][] = [["Soort misdrijf", "Maand", "Aantal"]];
    for (const category of ["Fietsendiefstal", "Woninginbraak"])
      for (const year of [2022, 2023])
        for (let month = 1; month <= (year === 2023 ? lastMonths : 12); month++)
          rows.push([
            category,
            label(year, month).replace("{name}", names[month - 1]),
            category === "Woninginbraak" ? 5 : 10,
          ]);
    return rows;
  }

  it.each([
    ["'jan 2023'", (year: number) => `{name} ${year}`],
    ["StatLine codes", (year: number, month: number) => `${year}MM${String(month).padStart(2, "0")}`],
    ["ISO months", (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`],
  ])("adds months given as %s up to years and marks the year that has only five", (_name, label) => {
    const { dataset, count } = read(monthly(label));
    expect({
      count,
      years: dataset.years,
      series: dataset.series.map((series) => [series.category, series.values]),
      grain: dataset.periodGrain,
      incomplete: dataset.incompleteYears,
    }).toEqual({
      count: 1,
      years: [2022, 2023],
      series: [
        ["Fietsendiefstal", [120, 50]],
        ["Woninginbraak", [60, 25]],
      ],
      grain: "month",
      incomplete: [2023],
    });
  });
});
