import type { FiguresDataset } from "../../../../../src/core/datasets";
import { analyzeWorkbooks } from "../../../../../src/core/pipeline";
import { detectDatasets } from "../../../../../src/core/read/detect";
import { parseSettings } from "../../../../../src/core/settings";
import type { CellValue } from "../../../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2023-06-01" });

/** Sum of the rows named, year by year, plus a gap per year (CBS rounds the total on its own). */
const sum = (rows: number[][], gaps: number[] = [0, 0, 0, 0]) =>
  rows[0].map((_, year) => rows.reduce((total, row) => total + row[year], 0) + gaps[year]);

/**
 * A CBS StatLine export of "Geregistreerde criminaliteit; soort misdrijf, regio" as it is downloaded:
 * a title block, the periods over a unit row ("Soort misdrijf | aantal | …"), categories numbered without
 * dots ("1", "11", "111"), every cell rounded to a multiple of 5, source and footnotes below.
 */
function statlineWide(options: { brokenSubtotal?: boolean } = {}) {
  const withViolence = [1235, 1180, 1090, 1045];
  const withoutViolence = [2480, 2390, 2215, 2150];
  const fraud = [905, 1010, 1240, 1385];
  // Rounding: "11" is 5 more than its parts in 2020, "1" 5 less than its parts in 2021.
  const theft = sum([withViolence, withoutViolence], [0, 5, 0, 0]);
  const property = sum([theft, fraud], [0, 0, -5, 0]);
  const vandalism = [640, 615, 590, 600];
  const publicOrder = [310, 295, 330, 305];
  const destruction = sum([vandalism, publicOrder], [0, 0, options.brokenSubtotal ? 50 : 0, 0]);
  const total = sum([property, destruction]);
  const rows: CellValue[][] = [
    ["Geregistreerde criminaliteit; soort misdrijf, regio"],
    ["Regio's: Flevoland (PV)"],
    [],
    [null, "2019", "2020", "2021", "2022*"],
    ["Soort misdrijf", "aantal", "aantal", "aantal", "aantal"],
    ["Totaal misdrijven", ...total],
    ["1 Vermogensmisdrijven", ...property],
    ["11 Diefstal/verduistering en inbraak", ...theft],
    ["111 Diefstal met geweld", ...withViolence],
    ["112 Diefstal zonder geweld", ...withoutViolence],
    ["12 Bedrog", ...fraud],
    ["2 Vernielingen en misdrijven tegen de openbare orde", ...destruction],
    ["21 Vernieling en beschadiging", ...vandalism],
    ["22 Openbare orde", ...publicOrder],
    [],
    ["Bron: CBS, Geregistreerde criminaliteit"],
    ["* Voorlopige cijfers"],
  ];
  return workbookFromSheets("statline.xlsx", sheetFromRows("Cijfers", rows));
}

describe("wide CBS StatLine export", () => {
  it("reads the unit row as the unit, not as a category, and stops at the source line", () => {
    const result = detectDatasets(statlineWide(), settings);
    const dataset = result.datasets[0] as FiguresDataset;
    expect({
      categories: dataset.series.map((series) => series.category),
      units: [...new Set(dataset.series.map((series) => series.unit))],
      years: dataset.years,
      provisional: dataset.provisionalYears,
      notes: dataset.explanation.notes,
    }).toEqual({
      categories: [
        "Totaal misdrijven",
        "1 Vermogensmisdrijven",
        "11 Diefstal/verduistering en inbraak",
        "111 Diefstal met geweld",
        "112 Diefstal zonder geweld",
        "12 Bedrog",
        "2 Vernielingen en misdrijven tegen de openbare orde",
        "21 Vernieling en beschadiging",
        "22 Openbare orde",
      ],
      units: ["count"],
      years: [2019, 2020, 2021, 2022],
      provisional: [2022],
      notes: ["title-above", "unit-row:5", "provisional:2022", "footnote:16"],
    });
  });

  it("gives no 'not a number' warning for the unit row", () => {
    const { report } = analyzeWorkbooks({ workbooks: [statlineWide()], settings });
    expect(report.findings.filter((finding) => finding.code === "not-a-number")).toEqual([]);
  });

  it("reads codes without dots as a hierarchy: total, subtotals and the leaves under them", () => {
    const { report } = analyzeWorkbooks({ workbooks: [statlineWide()], settings });
    const roles = Object.fromEntries(
      report.figures[0].series.map((series) => [series.category.split(" ")[0], series.role]),
    );
    expect(roles).toEqual({
      Totaal: "total",
      "1": "subtotal",
      "11": "subtotal",
      "111": "leaf",
      "112": "leaf",
      "12": "leaf",
      "2": "subtotal",
      "21": "leaf",
      "22": "leaf",
    });
    expect(
      report.figures[0].series
        .filter((series) => series.role === "subtotal")
        .map((series) => [
          series.category.split(" ")[0],
          series.subtotalOf?.map((part) => part.split(" ")[0]),
        ]),
    ).toEqual([
      ["1", ["11", "12"]],
      ["11", ["111", "112"]],
      ["2", ["21", "22"]],
    ]);
  });

  it("takes a gap within CBS rounding (2.5 × the parts) for rounding, and a larger one for an error", () => {
    const rounded = analyzeWorkbooks({ workbooks: [statlineWide()], settings }).report;
    const broken = analyzeWorkbooks({ workbooks: [statlineWide({ brokenSubtotal: true })], settings }).report;
    const mismatches = (report: typeof rounded) =>
      report.findings
        .filter((finding) => finding.code === "subtotal-mismatch")
        .map((finding) => [finding.parameters.category, finding.parameters.year]);
    expect({
      rounded: mismatches(rounded),
      holds: rounded.figures[0].series
        .filter((series) => series.role === "subtotal")
        .map((s) => s.subtotalHolds),
      broken: mismatches(broken),
    }).toEqual({
      rounded: [],
      holds: [true, true, true],
      broken: [["2 Vernielingen en misdrijven tegen de openbare orde", 2021]],
    });
  });
});

describe("wide table with footnote digits glued to its year headers", () => {
  // A police region's table pasted from a PDF: "2012" carries footnote 4 ("20124"), the category header
  // footnote 1; the footnotes follow the table.
  const rows: CellValue[][] = [
    ["Misdrijven per jaar, politie-eenheid Oost-Nederland"],
    ["Soort misdrijf1", "2011", "20124", "2013", "2014"],
    ["Woninginbraak", 1180, 1045, 985, 910],
    ["Fietsdiefstal", 2410, 2380, 2255, 2190],
    ["Zakkenrollerij", 305, 290, 240, 255],
    [],
    ["1 Indeling volgens de Standaardclassificatie Misdrijven"],
    ["4 Vanaf 2012 nieuwe registratie"],
  ];
  const detection = detectDatasets(workbookFromSheets("oost.xlsx", sheetFromRows("Cijfers", rows)), settings);
  const dataset = detection.datasets[0] as FiguresDataset;

  it("reads 20124 as 2012, so no year goes missing, and says so in an info finding", () => {
    expect({
      years: dataset.years,
      burglary: dataset.series.find((series) => series.category === "Woninginbraak")?.values,
      categoryHeader: dataset.explanation.columns.find((column) => column.field === "category")?.header,
      footnotes: detection.findings
        .filter((finding) => finding.code === "footnote-year")
        .map((finding) => [finding.cell, finding.severity]),
    }).toEqual({
      years: [2011, 2012, 2013, 2014],
      burglary: [1180, 1045, 985, 910],
      categoryHeader: "Soort misdrijf1",
      footnotes: [["C2", "info"]],
    });
  });

  it("compares the last year with the one before it, not with a year further back", () => {
    const { report } = analyzeWorkbooks({
      workbooks: [workbookFromSheets("oost.xlsx", sheetFromRows("Cijfers", rows))],
      settings,
    });
    const burglary = report.figures[0].series.find((series) => series.category === "Woninginbraak");
    expect(burglary?.lastChangePct).toBeCloseTo(((910 - 985) / 985) * 100, 1);
  });

  it("leaves a five-digit count that is no year beside it alone", () => {
    const counts: CellValue[][] = [
      ["Soort misdrijf", "2011", "2012", "Totaal"],
      ["Woninginbraak", 1180, 1045, 20135],
      ["Fietsdiefstal", 2410, 2380, 4790],
    ];
    const read = detectDatasets(workbookFromSheets("x.xlsx", sheetFromRows("Cijfers", counts)), settings);
    expect((read.datasets[0] as FiguresDataset).years).toEqual([2011, 2012]);
  });
});
