import type { PlannedSheet, ReportPlan } from "../../../../src/core/plan/reportPlan";
import {
  pageBound,
  pagesWithCutOffValues,
  sheetPages,
  strandedRows,
  tablesOnPages,
  type RenderedPage,
} from "./renderChecks";

/** A sheet with a title and one table of `rows` body rows labelled "thema 1" …. */
function sheetWithTable(rows: number): PlannedSheet {
  return {
    key: "trends",
    name: "Koers Trends",
    columnWidths: [20, 10],
    blocks: [
      { row: 1, column: 1, values: [["Trends in de cijfers"]] },
      { row: 3, column: 1, values: [["Categorie", "Aantal"]] },
      {
        row: 4,
        column: 1,
        values: [
          ...Array.from({ length: rows - 1 }, (_, index) => [`thema ${index + 1}`, index]),
          ["Totaal", 99],
        ],
      },
    ],
    merges: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
    tables: [{ from: 3, firstBodyRow: 4, to: 3 + rows }],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true, header: {}, footer: {} },
  };
}

/** Pages as pdftotext -layout prints them: a header line, the body lines, a footer line. */
function page(...lines: string[]): RenderedPage {
  return {
    text: ["Voortgang   Concept   Pagina 1", ...lines, "Rapportagedatum 1 maart 2025"].join("\n"),
    width: 595,
    height: 842,
  };
}

const rowsOf = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `thema ${from + index}        ${from + index - 1}`);

describe("render checks on pages printed from a plan", () => {
  const sheet = sheetWithTable(12);
  const plan = { sheets: [sheet] } as unknown as ReportPlan;

  it("accept a table kept whole, or split with 5 rows or more on each page", () => {
    const whole = sheetPages(plan, [
      page("Trends in de cijfers", "Categorie  Aantal", ...rowsOf(1, 11), "Totaal  99"),
    ]);
    const split = sheetPages(plan, [
      page("Trends in de cijfers", ...rowsOf(1, 6)),
      page("Categorie  Aantal", ...rowsOf(7, 11), "Totaal   99"),
    ]);
    expect([strandedRows(tablesOnPages(whole[0])), strandedRows(tablesOnPages(split[0]))]).toEqual([[], []]);
    expect(tablesOnPages(split[0])[0].rowsPerPage).toEqual([
      { page: 0, rows: 6 },
      { page: 1, rows: 6 },
    ]);
  });

  it("report a lone total row, or a handful of rows, on a page of its own", () => {
    const loneTotal = sheetPages(plan, [page("Trends in de cijfers", ...rowsOf(1, 11)), page("Totaal   99")]);
    const handful = sheetPages(plan, [
      page("Trends in de cijfers", ...rowsOf(1, 3)),
      page(...rowsOf(4, 11), "Totaal 99"),
    ]);
    expect([
      strandedRows(tablesOnPages(loneTotal[0])).map((table) => table.rowsPerPage),
      strandedRows(tablesOnPages(handful[0])).map((table) => table.rowsPerPage),
    ]).toEqual([
      [
        [
          { page: 0, rows: 11 },
          { page: 1, rows: 1 },
        ],
      ],
      [
        [
          { page: 0, rows: 3 },
          { page: 1, rows: 9 },
        ],
      ],
    ]);
  });

  it("report rows that did not print, a sheet whose title did not print, and values cut off as ###", () => {
    const missingRows = sheetPages(plan, [page("Trends in de cijfers", ...rowsOf(1, 5), "Totaal 99")]);
    expect({
      missing: tablesOnPages(missingRows[0])[0].missing,
      title: sheetPages(plan, [page(...rowsOf(1, 11))])[0].first,
      cutOff: pagesWithCutOffValues([page("thema 1   12"), page("thema 2   ###")]),
    }).toEqual({
      missing: ["thema 6", "thema 7", "thema 8", "thema 9", "thema 10", "thema 11"],
      title: -1,
      cutOff: [2],
    });
  });

  it("bound a sheet by its content: 12 rows take one A4 page, plus one for a moved table", () => {
    expect([pageBound(sheet), pageBound(sheetWithTable(120))]).toEqual([2, 4]);
  });
});
