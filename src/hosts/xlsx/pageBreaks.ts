import { parseRangeAddress } from "../../core";
import type { PlannedSheet } from "../../core";
import { blockCellStyle } from "./cellStyles";

/** The parts of a sheet that decide its printed layout. */
type SheetLayout = Pick<
  PlannedSheet,
  "blocks" | "charts" | "columnWidths" | "merges" | "print" | "rowHeights"
>;

/**
 * Manual page breaks that keep each chart whole on one printed A4 page. A chart cut in two by a page
 * break is unreadable on paper, and neither Excel nor LibreOffice avoids it by itself.
 *
 * NOTE: this estimates the printed height of rows (default 15 pt, the plan's explicit heights, larger
 * fonts, wrapped text) and the fit-to-width scale from the column widths, and puts a manual break above
 * a chart that would cross a page end. Renderers paginate differently (LibreOffice fits more rows on a
 * page than Excel), so the check runs for both; an unneeded break costs some white space, a missing one
 * cuts a chart.
 */
export function chartPageBreaks(sheet: SheetLayout): number[] {
  if (sheet.charts.length === 0) return [];
  const landscape = sheet.print.orientation === "landscape";
  // A4 is 595 × 842 pt; the writer's margins are 0.6 in left/right and 0.75 in top/bottom.
  const printableWidth = (landscape ? 842 : 595) - 2 * 0.6 * 72;
  const printableHeight = (landscape ? 595 : 842) - 2 * 0.75 * 72;
  const heights = new Map([...estimateRowHeights(sheet)].map(([row, estimate]) => [row, estimate.height]));
  const lastColumn = Math.max(
    sheet.columnWidths.length,
    ...sheet.charts.map((chart) => chart.anchor.to.column - 1),
    ...sheet.blocks.map((block) => block.column + Math.max(0, ...block.values.map((row) => row.length)) - 1),
  );
  const sheetWidth = Array.from({ length: lastColumn }, (_, index) =>
    columnPoints(sheet.columnWidths[index]),
  ).reduce((total, width) => total + width, 0);
  const scale = Math.max(0.1, Math.min(1, printableWidth / sheetWidth));
  const height = (row: number) => heights.get(row) ?? 15;
  const titleHeight = printTitleHeight(sheet.print.printTitleRows, height);
  // Keep 5% slack: a renderer that fits a little less than estimated would otherwise cut the chart.
  const firstCapacity = (0.95 * printableHeight) / scale;
  const laterCapacity = firstCapacity - titleHeight;

  const chartsByRow = new Map<number, number>();
  for (const chart of sheet.charts) {
    let chartHeight = 0;
    for (let row = chart.anchor.from.row; row < chart.anchor.to.row; row++) chartHeight += height(row);
    chartsByRow.set(
      chart.anchor.from.row,
      Math.max(chartsByRow.get(chart.anchor.from.row) ?? 0, chartHeight),
    );
  }
  const lastRow = Math.max(...sheet.charts.map((chart) => chart.anchor.to.row));
  // Two paginations: Excel's (15 pt rows at the estimated scale) and a denser one like LibreOffice's,
  // which sizes columns wider and so scales rows to about 70%. A chart that would cross a page end in
  // either gets a break above it; natural page ends are left to the renderer.
  const layouts = [1, 1 / 0.7].map((density) => ({ density, capacity: firstCapacity * density, used: 0 }));
  const breaks: number[] = [];
  for (let row = 1; row <= lastRow; row++) {
    const chartHeight = chartsByRow.get(row);
    if (
      chartHeight !== undefined &&
      chartHeight <= laterCapacity &&
      layouts.some((layout) => layout.used > 0 && layout.used + chartHeight > layout.capacity)
    ) {
      breaks.push(row);
      for (const layout of layouts)
        Object.assign(layout, { capacity: laterCapacity * layout.density, used: 0 });
    }
    for (const layout of layouts) {
      if (layout.used + height(row) > layout.capacity && layout.used > 0) {
        Object.assign(layout, { capacity: laterCapacity * layout.density, used: 0 });
      }
      layout.used += height(row);
    }
  }
  return breaks;
}

/** Printed width in points of a column of `characters` width (Excel: 7 px per character + 5 px padding). */
function columnPoints(characters: number | undefined): number {
  return ((characters ?? 8.43) * 7 + 5) * 0.75;
}

function printTitleHeight(rows: string | undefined, height: (row: number) => number): number {
  if (!rows) return 0;
  const [first, last] = rows.split(":").map(Number);
  let total = 0;
  for (let row = first; row <= (last || first); row++) total += height(row);
  return total;
}

export interface RowHeightEstimate {
  /** Points. */
  height: number;
  /** The height depends on wrapped text: a renderer should autofit it rather than take this number. */
  wrapped: boolean;
  /** The plan gave this height explicitly. */
  explicit: boolean;
}

/**
 * Estimated printed heights of the rows that hold cells: explicit heights from the plan, 15 pt or more
 * for larger fonts (as Excel sizes Calibri), and wrapped text by its length over the column width.
 */
export function estimateRowHeights(sheet: SheetLayout): Map<number, RowHeightEstimate> {
  const heights = new Map<number, RowHeightEstimate>();
  const mergedWidths = new Map<string, number>();
  for (const merge of sheet.merges) {
    const { start, end } = parseRangeAddress(merge);
    let characters = 0;
    for (let column = start.column; column <= end.column; column++)
      characters += sheet.columnWidths[column - 1] ?? 8.43;
    mergedWidths.set(`${start.row}:${start.column}`, characters);
  }
  for (const block of sheet.blocks) {
    const styleOf = blockCellStyle(block);
    block.values.forEach((values, rowOffset) => {
      const row = block.row + rowOffset;
      values.forEach((value, columnOffset) => {
        const column = block.column + columnOffset;
        const style = styleOf(rowOffset, columnOffset);
        const lineHeight = Math.max(15, Math.round((style.size ?? 11) * 1.35 * 4) / 4);
        const wrapped = style.wrap === true && typeof value === "string" && value.length > 0;
        let lines = 1;
        if (wrapped) {
          const width = mergedWidths.get(`${row}:${column}`) ?? sheet.columnWidths[column - 1] ?? 8.43;
          lines = Math.max(1, Math.ceil((value.length * 1.1) / Math.max(1, width)));
        }
        const previous = heights.get(row);
        heights.set(row, {
          height: Math.max(previous?.height ?? 15, lineHeight * lines),
          wrapped: (previous?.wrapped ?? false) || wrapped,
          explicit: false,
        });
      });
    });
  }
  for (const { row, height } of sheet.rowHeights ?? [])
    heights.set(row, { height, wrapped: false, explicit: true });
  return heights;
}
