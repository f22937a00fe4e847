import type { PlannedSheet } from "../../../src/core/plan/reportPlan";
import {
  columnGroupScale,
  estimateRowHeights,
  fitScale,
  pageBreaks,
  printableWidth,
} from "../../../src/core/plan/pagination";
import { samplePlan } from "../../hosts/xlsx/samplePlan";

function sheetWithChartAt(row: number, orientation: "portrait" | "landscape" = "portrait"): PlannedSheet {
  const base = samplePlan().sheets[0];
  return {
    ...base,
    charts: [{ ...base.charts[0], anchor: { from: { row, column: 1 }, to: { row: row + 18, column: 8 } } }],
    tables: [],
    print: { ...base.print, orientation, printTitleRows: undefined },
  };
}

describe("pageBreaks", () => {
  it("puts no break above a chart that fits on the first page", () => {
    expect(pageBreaks(sheetWithChartAt(15))).toEqual([]);
  });

  it("puts a break above a chart that would cross the end of an A4 page", () => {
    // Portrait A4 holds about 46 rows of 15 pt at full scale; a chart from row 40 to 58 would be cut.
    expect(pageBreaks(sheetWithChartAt(40))).toEqual([40]);
  });

  it("breaks earlier in landscape, where a page holds fewer rows", () => {
    expect([
      pageBreaks(sheetWithChartAt(25, "portrait")),
      pageBreaks(sheetWithChartAt(25, "landscape")),
    ]).toEqual([[], [25]]);
  });

  it("gives no breaks for a sheet without charts", () => {
    expect(pageBreaks(samplePlan().sheets[3])).toEqual([]);
  });
});

describe("estimateRowHeights", () => {
  it("sizes rows by font, wrapped text and the plan's explicit heights", () => {
    const findings = samplePlan().sheets[2];
    const heights = estimateRowHeights({
      ...findings,
      blocks: [
        ...findings.blocks,
        { row: 10, column: 4, values: [["Een lange melding ".repeat(8)]], style: { wrap: true } },
      ],
    });
    expect([1, 3, 4, 10].map((row) => heights.get(row))).toEqual([
      { height: 24, wrapped: false, explicit: true },
      { height: 15, wrapped: true, explicit: false },
      { height: 15, wrapped: true, explicit: false },
      { height: 45, wrapped: true, explicit: false },
    ]);
  });
});

describe("estimateRowHeights for wrapped cells", () => {
  function rowHeightOf(text: string, width: number, style = {}) {
    const base = samplePlan().sheets[3];
    return estimateRowHeights({
      ...base,
      columnWidths: [width],
      merges: [],
      rowHeights: [],
      blocks: [{ row: 1, column: 1, values: [[text]], style: { wrap: true, ...style } }],
    }).get(1)?.height;
  }

  it("gives a wrapped text that fits its column one line, as the writers leave it (no blank band)", () => {
    // The Trends sheet's "te weinig jaren" in its 16-character column: 89 of 112 px.
    expect(rowHeightOf("te weinig jaren", 16)).toBe(15);
  });

  it("counts lines in Calibri's widths, as SheetBuilder sizes the row", () => {
    const remark =
      "de rijen eronder (geweld: zeden + geweld: openlijk geweld + geweld: bedreiging + geweld: mishandeling + geweld: straatroof + geweld: overval) dekken 94–97% van het totaal";
    expect([rowHeightOf(remark, 27.5), rowHeightOf(remark, 27.5, { size: 22 })]).toEqual([90, 450]);
  });
});

describe("pageBreaks for tables", () => {
  /** A portrait sheet of 15 pt rows: `before` rows of text, then a titled table with `bodyRows` rows. */
  function sheetWithTable(before: number, bodyRows: number): PlannedSheet {
    const base = samplePlan().sheets[3];
    const title = before + 1;
    return {
      ...base,
      columnWidths: [10, 10],
      charts: [],
      merges: [],
      rowHeights: [],
      blocks: [
        { row: 1, column: 1, values: Array.from({ length: before }, (_, index) => [`regel ${index + 1}`]) },
        { row: title, column: 1, values: [["Voortgang per prioriteit"]] },
        { row: title + 1, column: 1, values: [["Prioriteit", "Aantal"]] },
        {
          row: title + 2,
          column: 1,
          values: Array.from({ length: bodyRows }, (_, index) => [`thema ${index + 1}`, index]),
        },
      ],
      tables: [{ from: title, firstBodyRow: title + 2, to: title + 1 + bodyRows }],
      print: { ...base.print, orientation: "portrait", printTitleRows: undefined },
    };
  }

  it("moves a table to the next page, with its title, when the page would hold fewer than 5 of its rows", () => {
    // A portrait page holds about 46 rows of 15 pt in Excel: rows 41–46 leave 4 body rows.
    expect(pageBreaks(sheetWithTable(40, 10))).toEqual([41]);
  });

  it("moves a table that would leave fewer than 5 rows (or a lone total) for the next page", () => {
    expect(pageBreaks(sheetWithTable(34, 12))).toEqual([35]);
  });

  it("breaks a long table at each page end for every renderer, and early enough that its last page holds 5 rows", () => {
    // 46 rows a page: a renderer that fits more would otherwise run on and leave fewer rows for the last page.
    expect(pageBreaks(sheetWithTable(0, 97))).toEqual([47, 93]);
    expect(pageBreaks(sheetWithTable(0, 93))).toEqual([47, 91]);
  });

  it("leaves the page ends of a very long listing to the renderer after 60 breaks, but still keeps 5 rows at its end", () => {
    // Body rows 3–5063: after the 60th break (row 2761) the renderer's own page ends fall every 46 rows,
    // the last one at row 5061, which would leave 3 rows; the table breaks at 5059 instead.
    const breaks = pageBreaks(sheetWithTable(0, 5061));
    expect({ count: breaks.length, sixtieth: breaks[59], last: breaks.at(-1) }).toEqual({
      count: 61,
      sixtieth: 47 + 59 * 46,
      last: 5063 - 4,
    });
  });
});

describe("columnGroupScale", () => {
  // Landscape A4 prints 755.6 pt: about 142 characters of columns at 100%.
  it("prints at the scale of the widest group, so that no group runs over its page", () => {
    const title = [20];
    const narrow = [10, 10, 10];
    const wide = Array.from({ length: 16 }, () => 10);
    const scale = columnGroupScale([...title, ...narrow, ...wide], 1, [5], "landscape");
    const widest = fitScale(
      { blocks: [], charts: [], columnWidths: [...title, ...wide] },
      printableWidth("landscape"),
    );
    expect(scale).toBe(Math.floor(widest * 100));
    expect(scale).toBeLessThan(100);
  });

  it("never prints below 8 pt, and never above 100%", () => {
    const wide = Array.from({ length: 40 }, () => 10);
    expect(columnGroupScale([20, ...wide], 1, [20], "landscape")).toBe(73);
    expect(columnGroupScale([20, 10, 10, 10], 1, [3], "landscape")).toBe(100);
  });
});
