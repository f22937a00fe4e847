import type { FiguresDataset } from "../../../src/core/datasets";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2024-06-15", language: "nl" });

/**
 * A monthly police open-data file (long: period code, category, count) for 2021–2023 and January to May
 * 2024: the last year has run five months, so its sum is far below a whole year's.
 */
function monthlyWorkbook() {
  const perMonth: Record<string, number[]> = {
    Woninginbraak: [40, 45, 52, 50],
    Fietsdiefstal: [120, 110, 95, 100],
    Zakkenrollerij: [20, 22, 26, 30],
  };
  const rows: CellValue[][] = [["Perioden", "Soort misdrijf", "Geregistreerde misdrijven"]];
  [2021, 2022, 2023, 2024].forEach((year, yearIndex) => {
    const months = year === 2024 ? 5 : 12;
    for (let month = 1; month <= months; month++)
      for (const [category, levels] of Object.entries(perMonth))
        rows.push([`${year}MM${String(month).padStart(2, "0")}`, category, levels[yearIndex]]);
  });
  return workbookFromSheets("maanden.xlsx", sheetFromRows("Politie", rows));
}

describe("analysis of a table whose last year is incomplete", () => {
  const { report, datasets } = analyzeWorkbooks({ workbooks: [monthlyWorkbook()], settings });
  const table = report.figures[0];
  const burglary = table.series.find((series) => series.category === "Woninginbraak")!;

  it("compares the last two whole years, never five months of 2024 with all of 2023", () => {
    expect({
      incomplete: (datasets[0] as FiguresDataset).incompleteYears,
      years: table.years,
      values: burglary.values,
      compared: [burglary.previousYear, burglary.lastYear],
      change: burglary.lastChange,
      pct: burglary.lastChangePct,
      direction: burglary.direction,
    }).toEqual({
      incomplete: [2024],
      years: [2021, 2022, 2023, 2024],
      values: [480, 540, 624, 250],
      compared: [2022, 2023],
      change: 84,
      pct: 15.6,
      direction: "up",
    });
  });

  it("leaves the incomplete year out of the trend", () => {
    // 480, 540, 624 rise every year; with 250 for 2024 Sen's slope would be far lower.
    expect(burglary.trend.senSlope).toBe(72);
  });

  it("says in the headline which years it compared, and in a finding why", () => {
    const incomplete = report.findings.find((finding) => finding.code === "incomplete-year");
    expect({
      headline: report.summary.headline,
      lines: report.summary.lines.filter((line) => line.includes("2024")),
      finding: [incomplete?.severity, incomplete?.message, incomplete?.hint],
    }).toEqual({
      headline:
        "Van de 3 categorieën daalde er 1 en stegen er 2 in 2023 ten opzichte van 2022. Significant: Woninginbraak (stijging), Fietsdiefstal (daling).",
      lines: [],
      finding: [
        "info",
        "2024 is onvolledig (5 van de 12 perioden); Koers vergelijkt het niet met een heel jaar.",
        "De vergelijking met het vorige jaar gebruikt de laatste twee volledige jaren.",
      ],
    });
  });

  it("compares the last two years as before when every year is whole", () => {
    const whole = analyzeWorkbooks({
      workbooks: [
        workbookFromSheets(
          "jaren.xlsx",
          sheetFromRows("Cijfers", [
            ["Soort misdrijf", "2022", "2023", "2024"],
            ["Woninginbraak", 540, 624, 600],
            ["Fietsdiefstal", 1320, 1140, 1200],
          ]),
        ),
      ],
      settings,
    }).report.figures[0].series[0];
    expect([whole.previousYear, whole.lastYear, whole.lastChange]).toEqual([2023, 2024, -24]);
  });
});
