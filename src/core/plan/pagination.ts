import { parseRangeAddress } from "../address";
import { blockCellStyle } from "./cellStyles";
import type { PlannedSheet, PrintSetup } from "./reportPlan";
import { lineCount, lineHeight } from "./textMetrics";
import { largest, smallest } from "../collections";

/** The parts of a sheet that decide its printed layout. */
type SheetLayout = Pick<
  PlannedSheet,
  "blocks" | "charts" | "columnWidths" | "merges" | "rowHeights" | "tables"
> & {
  print: Pick<PrintSetup, "orientation" | "printTitleRows" | "scale">;
};

/** Smallest print scale that keeps 11 pt text at 8 pt or more on paper. */
export const minimumPrintScale = 8 / 11;

/** Printable width of an A4 page in points, with the writers' margins of 0.6 in left and right. */
export function printableWidth(orientation: PrintSetup["orientation"]): number {
  return (orientation === "landscape" ? 842 : 595) - 2 * 0.6 * 72;
}

/** Fewest body rows of a table a page may hold on either side of a break. */
export const minimumRowsAtBreak = 5;

/**
 * Most manual page breaks a sheet gets at the estimated page ends of its tables: a few pages' worth for a
 * report, far under Excel's limit of 1,026 per sheet, and few enough for the Office host's batch. A longer
 * listing runs on with the renderer's own page ends.
 */
const maximumManualBreaks = 60;

/**
 * Manual page breaks (the rows that start a new page) that keep each chart whole on one A4 page and never
 * split a table leaving fewer than minimumRowsAtBreak rows (or a lone total) on either side: a table that
 * would be split so moves to the next page with its title, and a long table breaks at each estimated page
 * end (for every renderer alike) and early enough that its last page holds 5 rows.
 * A chart or a table cut badly by a page break reads poorly on paper, and neither Excel nor LibreOffice
 * avoids it by itself.
 *
 * NOTE: this estimates the printed height of rows (default 15 pt, the plan's explicit heights, larger
 * fonts, wrapped text) and the fit-to-width scale from the column widths. Renderers paginate differently
 * (LibreOffice fits more rows on a page than Excel), so the rules are checked for both; an unneeded break
 * costs some white space, a missing one cuts a chart or strands a few rows.
 */
export function pageBreaks(sheet: SheetLayout): number[] {
  const tables = sheet.tables ?? [];
  if (sheet.charts.length === 0 && tables.length === 0) return [];
  // A4 is 595 × 842 pt; the writers' margins are 0.6 in left/right and 0.75 in top/bottom.
  const width = printableWidth(sheet.print.orientation);
  const printableHeight = (sheet.print.orientation === "landscape" ? 595 : 842) - 2 * 0.75 * 72;
  const heights = new Map([...estimateRowHeights(sheet)].map(([row, estimate]) => [row, estimate.height]));
  const scale = sheet.print.scale !== undefined ? sheet.print.scale / 100 : fitScale(sheet, width);
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
  const tablesByRow = new Map(tables.map((table) => [table.from, table]));
  const span = (from: number, to: number) => {
    let total = 0;
    for (let row = from; row <= to; row++) total += height(row);
    return total;
  };
  const lastRow = Math.max(
    0,
    largest(sheet.charts.map((chart) => chart.anchor.to.row)),
    largest(tables.map((table) => table.to)),
  );
  // Two paginations: Excel's (15 pt rows at the estimated scale) and a denser one like LibreOffice's,
  // which sizes columns wider and so scales rows to about 70%. A rule broken in either gets a break;
  // natural page ends are left to the renderer.
  const layouts = [1, 1 / 0.7].map((density) => ({ density, capacity: firstCapacity * density, used: 0 }));
  const breaks: number[] = [];
  const breakAt = (row: number) => {
    breaks.push(row);
    for (const layout of layouts)
      Object.assign(layout, { capacity: laterCapacity * layout.density, used: 0 });
  };
  /** Rows from `from` that still fit on the layout's current page. */
  const rowsThatFit = (layout: (typeof layouts)[number], from: number, to: number) => {
    let used = layout.used;
    let rows = 0;
    for (let row = from; row <= to; row++) {
      used += height(row);
      if (used > layout.capacity) break;
      rows++;
    }
    return rows;
  };
  for (let row = 1; row <= lastRow; row++) {
    const chartHeight = chartsByRow.get(row);
    if (
      chartHeight !== undefined &&
      chartHeight <= laterCapacity &&
      layouts.some((layout) => layout.used > 0 && layout.used + chartHeight > layout.capacity)
    ) {
      breakAt(row);
    }
    const table = tablesByRow.get(row);
    if (table) {
      const bodyRows = table.to - table.firstBodyRow + 1;
      const leading = table.firstBodyRow - table.from;
      // Split here, the page would hold fewer than 5 of its rows, or leave fewer than 5 for the next.
      const fitsOnAPage = span(table.from, table.to) <= laterCapacity;
      const badSplit = layouts.some((layout) => {
        if (layout.used === 0) return false;
        const fitting = rowsThatFit(layout, table.from, table.to) - leading;
        if (fitting >= bodyRows) return false;
        // A table longer than a page runs on; its last page keeps 5 rows by the page-end rule below.
        return fitting < minimumRowsAtBreak || (fitsOnAPage && bodyRows - fitting < minimumRowsAtBreak);
      });
      if (badSplit) breakAt(row);
    }
    const ending = layouts.filter((layout) => layout.used > 0 && layout.used + height(row) > layout.capacity);
    if (ending.length > 0) {
      // A page end inside a table becomes a manual break for every renderer, 5 rows before the table's end
      // when fewer would remain: a denser renderer would otherwise run on and strand a few rows (or a lone
      // total) on the next page. Past maximumManualBreaks only the 5-rows-earlier breaks are made.
      const inTable = tables.find((candidate) => row > candidate.firstBodyRow && row <= candidate.to);
      const at = inTable ? Math.min(row, inTable.to - minimumRowsAtBreak + 1) : row;
      if (
        inTable &&
        at >= inTable.firstBodyRow + minimumRowsAtBreak &&
        (at < row || breaks.length < maximumManualBreaks)
      ) {
        breaks.push(at);
        for (const layout of layouts)
          Object.assign(layout, { capacity: laterCapacity * layout.density, used: span(at, row - 1) });
      } else
        for (const layout of ending)
          Object.assign(layout, { capacity: laterCapacity * layout.density, used: 0 });
    }
    for (const layout of layouts) layout.used += height(row);
  }
  return [...new Set(breaks)].sort((a, b) => a - b);
}

/** The fit-to-width scale of a sheet: printable width over the width of its columns, at most 1. */
export function fitScale(
  sheet: Pick<SheetLayout, "blocks" | "charts" | "columnWidths">,
  printableWidth: number,
): number {
  const lastColumn = Math.max(
    sheet.columnWidths.length,
    largest(sheet.charts.map((chart) => chart.anchor.to.column - 1)),
    largest(
      sheet.blocks.map(
        (block) => block.column + Math.max(0, largest(block.values.map((row) => row.length))) - 1,
      ),
    ),
  );
  const sheetWidth = Array.from({ length: lastColumn }, (_, index) =>
    columnPoints(sheet.columnWidths[index]),
  ).reduce((total, width) => total + width, 0);
  return Math.max(0.1, Math.min(1, printableWidth / sheetWidth));
}

/**
 * The print scale in percent at which every column group prints on one page's width, with the title columns repeated before
 * each: the smallest of the groups' fit scales (a larger one would let the widest group run over its page),
 * at most 1 and never below minimumPrintScale. `columnWidths` in characters, index 0 = column A; the first
 * `titleColumns` columns are the repeated ones, each group starts at a 1-based column of `groupStarts`.
 */
export function columnGroupScale(
  columnWidths: number[],
  titleColumns: number,
  groupStarts: number[],
  orientation: PrintSetup["orientation"],
): number {
  const titleWidth = columnWidths.slice(0, titleColumns);
  const starts = [titleColumns + 1, ...groupStarts];
  const scales = starts.map((start, index) => {
    const end = index + 1 < starts.length ? starts[index + 1] - 1 : columnWidths.length;
    const group = [...titleWidth, ...columnWidths.slice(start - 1, end)];
    return fitScale({ blocks: [], charts: [], columnWidths: group }, printableWidth(orientation));
  });
  // Whole percents, as Excel stores the scale: rounded down so the groups fit, but never under 8 pt.
  return Math.max(Math.ceil(minimumPrintScale * 100), Math.floor(Math.min(1, smallest(scales)) * 100));
}

/** Printed width in points of a column of `characters` width (Excel: 7 px per character + 5 px padding). */
export function columnPoints(characters: number | undefined): number {
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
 * for larger fonts (as Excel sizes Calibri), and wrapped text by the lines it takes in its column
 * (lineCount, measured in Calibri's widths) — the same estimate SheetBuilder writes as row heights.
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
  // NOTE: one estimate per row, made once the row's cells are measured (a Trends sheet of 30,000 rows has
  // half a million cells).
  const hasMerges = mergedWidths.size > 0;
  const planned = new Set((sheet.rowHeights ?? []).map(({ row }) => row));
  for (const block of sheet.blocks) {
    const styleOf = blockCellStyle(block);
    block.values.forEach((values, rowOffset) => {
      const row = block.row + rowOffset;
      // NOTE: a row the plan gave a height (SheetBuilder's fit of its wrapped text) keeps that height below.
      if (planned.has(row)) return;
      let height = 15;
      let wrappedRow = false;
      let cells = 0;
      values.forEach((value, columnOffset) => {
        cells++;
        const column = block.column + columnOffset;
        const style = styleOf(rowOffset, columnOffset);
        const oneLine = Math.max(15, Math.round((style.size ?? 11) * 1.35 * 4) / 4);
        const wrapped = style.wrap === true && typeof value === "string" && value.length > 0;
        let cellHeight = oneLine;
        if (wrapped) {
          const width =
            (hasMerges ? mergedWidths.get(`${row}:${column}`) : undefined) ??
            sheet.columnWidths[column - 1] ??
            8.43;
          const lines = lineCount(value, width, style);
          if (lines > 1) cellHeight = Math.ceil(lines * lineHeight(style));
        }
        height = Math.max(height, cellHeight);
        wrappedRow ||= wrapped;
      });
      if (cells === 0) return;
      const estimate = heights.get(row);
      if (estimate === undefined) heights.set(row, { height, wrapped: wrappedRow, explicit: false });
      else {
        estimate.height = Math.max(estimate.height, height);
        estimate.wrapped ||= wrappedRow;
      }
    });
  }
  for (const { row, height } of sheet.rowHeights ?? [])
    heights.set(row, { height, wrapped: false, explicit: true });
  return heights;
}
