import type { PlannedSheet } from "../../../src/core/plan/reportPlan";
import { chartPageBreaks, estimateRowHeights } from "../../../src/hosts/xlsx/pageBreaks";
import { samplePlan } from "./samplePlan";

function sheetWithChartAt(row: number, orientation: "portrait" | "landscape" = "portrait"): PlannedSheet {
  const base = samplePlan().sheets[0];
  return {
    ...base,
    charts: [{ ...base.charts[0], anchor: { from: { row, column: 1 }, to: { row: row + 18, column: 8 } } }],
    print: { ...base.print, orientation, printTitleRows: undefined },
  };
}

describe("chartPageBreaks", () => {
  it("puts no break above a chart that fits on the first page", () => {
    expect(chartPageBreaks(sheetWithChartAt(15))).toEqual([]);
  });

  it("puts a break above a chart that would cross the end of an A4 page", () => {
    // Portrait A4 holds about 46 rows of 15 pt at full scale; a chart from row 40 to 58 would be cut.
    expect(chartPageBreaks(sheetWithChartAt(40))).toEqual([40]);
  });

  it("breaks earlier in landscape, where a page holds fewer rows", () => {
    expect([
      chartPageBreaks(sheetWithChartAt(25, "portrait")),
      chartPageBreaks(sheetWithChartAt(25, "landscape")),
    ]).toEqual([[], [25]]);
  });

  it("gives no breaks for a sheet without charts", () => {
    expect(chartPageBreaks(samplePlan().sheets[3])).toEqual([]);
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
