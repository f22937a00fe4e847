/**
 * Checks on a workbook as printed (LibreOffice → PDF → text per page), against the plan it was written from:
 * where each generated sheet prints, how many pages it may take, values cut off as "###", and tables split so
 * that a page holds only a handful of their rows. The render test applies them; renderChecks.test.ts shows each
 * one fails on pages printed from a broken plan.
 */
import { blockCellStyle } from "../../../../src/core/plan/cellStyles";
import {
  columnPoints,
  estimateRowHeights,
  fitScale,
  minimumRowsAtBreak,
  printableWidth,
} from "../../../../src/core/plan/pagination";
import type { PlannedSheet, PlanValue, ReportPlan } from "../../../../src/core/plan/reportPlan";
import { planCellMap } from "../../../support/planCellMap";
import { cellAddress } from "../../../../src/core/address";

export interface RenderedPage {
  /** pdftotext -layout of the page, header and footer included. */
  text: string;
  width: number;
  height: number;
}

/** The lines of a page between its header and its footer (the first and the last line with text). */
export function bodyLines(page: RenderedPage): string[] {
  const lines = page.text.split("\n");
  const filled = lines.map((line, index) => (line.trim() ? index : -1)).filter((index) => index >= 0);
  if (filled.length <= 2) return [];
  return lines.slice(filled[0] + 1, filled[filled.length - 1]);
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The first text cell of a sheet: its title. */
export function sheetTitle(sheet: PlannedSheet): string {
  for (const block of sheet.blocks)
    for (const row of block.values)
      for (const value of row) if (typeof value === "string" && value.trim()) return value;
  return sheet.name;
}

export interface SheetPages {
  sheet: PlannedSheet;
  /** Index of the sheet's first page, -1 when its title was not found. */
  first: number;
  /** Index of its last page (the page before the next sheet's first). */
  last: number;
  pages: RenderedPage[];
}

/**
 * Where each generated sheet prints. Sheets print in tab order after the user's own sheets, so each title is
 * looked for in the page bodies from the previous sheet's first page on; a sheet runs to the page before the
 * next sheet's title page.
 */
export function sheetPages(plan: ReportPlan, pages: RenderedPage[]): SheetPages[] {
  const bodies = pages.map((page) => squash(bodyLines(page).join(" ")));
  let from = 0;
  const firsts = plan.sheets.map((sheet) => {
    const title = squash(sheetTitle(sheet));
    const index = bodies.findIndex((body, page) => page >= from && body.includes(title));
    if (index >= 0) from = index + 1;
    return index;
  });
  return plan.sheets.map((sheet, index) => {
    const first = firsts[index];
    const next = firsts.slice(index + 1).find((page) => page >= 0);
    const last = first < 0 ? -1 : (next ?? pages.length) - 1;
    return { sheet, first, last, pages: first < 0 ? [] : pages.slice(first, last + 1) };
  });
}

/** 1-based numbers of the pages that show "###", a value too wide for its cell. */
export function pagesWithCutOffValues(pages: RenderedPage[]): number[] {
  return pages.flatMap((page, index) => (page.text.includes("###") ? [index + 1] : []));
}

/**
 * The most pages a sheet's content needs: the estimated printed height of its rows outside charts (rows as
 * the plan sizes them, at the fit-to-width scale) over the printable height of A4 in its orientation, plus a
 * page per chart (a chart is kept whole, so it may start a page of its own), each column page printing the
 * rows again when the sheet splits in column groups, plus one page for what the
 * page-break rules move on (a table kept whole starts a page early). The cover is one page.
 */
export function pageBound(sheet: PlannedSheet): number {
  if (sheet.key === "cover") return 1;
  const heights = estimateRowHeights(sheet);
  const chartRows = (row: number) =>
    sheet.charts.some((chart) => row >= chart.anchor.from.row && row < chart.anchor.to.row);
  const lastRow = Math.max(...heights.keys());
  let total = 0;
  for (let row = 1; row <= lastRow; row++) if (!chartRows(row)) total += heights.get(row)?.height ?? 15;
  const scale =
    sheet.print.scale !== undefined
      ? sheet.print.scale / 100
      : fitScale(sheet, printableWidth(sheet.print.orientation));
  const printableHeight = (sheet.print.orientation === "landscape" ? 595 : 842) - 2 * 0.75 * 72;
  return Math.ceil((total * scale) / printableHeight) * columnPages(sheet).length + sheet.charts.length + 1;
}

export interface TableOnPages {
  sheet: string;
  /** The table's section title (or header) as the plan has it. */
  table: string;
  /** Body rows per page of the sheet (0-based page within the sheet), in page order. */
  rowsPerPage: { page: number; rows: number }[];
  /** Body rows whose label was not found on the sheet's pages in order. */
  missing: string[];
}

function cellText(cells: Map<string, PlanValue>, row: number): string | null {
  for (let column = 1; column <= 16; column++) {
    const value = cells.get(cellAddress(row, column));
    if (value !== null && value !== undefined && value !== "")
      return typeof value === "string" ? value : null;
  }
  return null;
}

/**
 * Whether a printed line starts with a row's label, or with its first line when the label wraps (then the
 * line holds the label's first words, 10 characters or more, and the next cells after them).
 */
function startsWithLabel(line: string, label: string): boolean {
  const printed = squash(line);
  if (printed.startsWith(label)) return true;
  const words = printed.split(" ");
  for (let count = words.length; count >= 1; count--) {
    const start = words.slice(0, count).join(" ");
    if (start.length >= 10 && label.startsWith(start)) return true;
  }
  return false;
}

/**
 * On which of a sheet's pages each body row of each planned table printed: a row is found by its label (the
 * first text cell of the row) at the start of a printed line, in table order, each after the one before, so a
 * label repeated in another table or row is not taken for it. Rows labelled by a number are not looked for.
 */
export function tablesOnPages(printed: SheetPages): TableOnPages[] {
  const { sheet } = printed;
  const cells = planCellMap(sheet);
  const lines = printed.pages.flatMap((page, pageIndex) =>
    bodyLines(page).map((line) => ({ line, page: pageIndex })),
  );
  let cursor = 0;
  return (sheet.tables ?? []).map((table) => {
    const counts = new Map<number, number>();
    const missing: string[] = [];
    for (let row = table.firstBodyRow; row <= table.to; row++) {
      const label = cellText(cells, row);
      if (label === null) continue;
      const wanted = squash(label);
      const found = lines.findIndex((entry, index) => index >= cursor && startsWithLabel(entry.line, wanted));
      if (found < 0) {
        missing.push(label);
        continue;
      }
      cursor = found + 1;
      counts.set(lines[found].page, (counts.get(lines[found].page) ?? 0) + 1);
    }
    return {
      sheet: sheet.name,
      table: cellText(cells, table.from) ?? `rows ${table.from}–${table.to}`,
      rowsPerPage: [...counts.entries()].sort(([a], [b]) => a - b).map(([page, rows]) => ({ page, rows })),
      missing,
    };
  });
}

/**
 * Tables split over pages so that a page holds fewer than minimumRowsAtBreak of their body rows (a handful
 * of rows, or a lone total row, while the table continues on another page).
 */
export function strandedRows(tables: TableOnPages[]): TableOnPages[] {
  return tables.filter(
    (table) =>
      table.rowsPerPage.length > 1 && table.rowsPerPage.some(({ rows }) => rows < minimumRowsAtBreak),
  );
}

/** The scale a sheet prints at: its fixed scale, else the fit-to-width scale of its columns. */
export function printScale(sheet: PlannedSheet): number {
  if (!sheet.print.fitToWidth) return (sheet.print.scale ?? 100) / 100;
  return fitScale(sheet, printableWidth(sheet.print.orientation));
}

/**
 * The smallest font size on paper of any cell the sheet writes, in points: its size (11 pt unless styled)
 * times the print scale.
 */
export function smallestPrintedFont(sheet: PlannedSheet): number {
  let smallest = Infinity;
  for (const block of sheet.blocks) {
    const styleOf = blockCellStyle(block);
    block.values.forEach((values, rowOffset) =>
      values.forEach((value, columnOffset) => {
        if (value === null || value === "") return;
        smallest = Math.min(smallest, styleOf(rowOffset, columnOffset).size ?? 11);
      }),
    );
  }
  return (Number.isFinite(smallest) ? smallest : 11) * printScale(sheet);
}

/** Columns of a sheet's printed page, 1-based and inclusive. */
export interface ColumnPage {
  from: number;
  to: number;
}

/**
 * The column ranges a sheet prints in, page by page across: one range when it fits to width; at a fixed scale
 * a page ends at a manual column break or where the next column no longer fits the printable width (less the
 * repeated title columns on the pages after the first), as Excel and LibreOffice lay out columns.
 */
export function columnPages(sheet: PlannedSheet): ColumnPage[] {
  const lastColumn = Math.max(
    sheet.columnWidths.length,
    ...sheet.charts.map((chart) => chart.anchor.to.column - 1),
    ...sheet.blocks.map((block) => block.column + Math.max(0, ...block.values.map((row) => row.length)) - 1),
  );
  if (sheet.print.fitToWidth) return [{ from: 1, to: lastColumn }];
  const available = printableWidth(sheet.print.orientation) / printScale(sheet);
  const titles = sheet.print.printTitleColumns
    ? sheet.print.printTitleColumns
        .replace(/\$/g, "")
        .split(":")
        .map((letters) => [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0))
    : [];
  const titleWidth =
    titles.length === 2
      ? sheet.columnWidths
          .slice(titles[0] - 1, titles[1])
          .reduce((total, width) => total + columnPoints(width), 0)
      : 0;
  const breaks = new Set(sheet.print.columnBreaks ?? []);
  const pages: ColumnPage[] = [];
  let from = 1;
  let used = 0;
  for (let column = 1; column <= lastColumn; column++) {
    const width = columnPoints(sheet.columnWidths[column - 1]);
    if (column > from && (breaks.has(column) || used + width > available)) {
      pages.push({ from, to: column - 1 });
      from = column;
      used = titleWidth;
    }
    used += width;
  }
  pages.push({ from, to: lastColumn });
  return pages;
}

/**
 * Charts a printed column page cuts: a chart spans the columns from its anchor's first to the one before its
 * exclusive end, and prints in halves unless one column page holds all of them.
 */
export function chartsCutByColumnPages(sheet: PlannedSheet): string[] {
  const pages = columnPages(sheet);
  return sheet.charts
    .filter((chart) => {
      const last = Math.max(chart.anchor.from.column, chart.anchor.to.column - 1);
      return !pages.some((page) => page.from <= chart.anchor.from.column && last <= page.to);
    })
    .map((chart) => chart.title);
}
