import { cellAddress, parseCellAddress, rangeAddress } from "../address";
import { blockCellStyle } from "./cellStyles";
import type {
  CellBlock,
  CellStyle,
  ChartSpec,
  ConditionalFormat,
  Hyperlink,
  PlannedSheet,
  PlannedSheetKey,
  PlannedTable,
  PlanValue,
  PrintSetup,
} from "./reportPlan";
import { pageBreaks } from "./pagination";
import { lineCount, lineHeight } from "./textMetrics";
import { largest } from "../collections";

/** Where a written block landed, 1-based and inclusive. */
export interface BlockPosition {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
  /** A1 range of the whole block. */
  range: string;
}

/** Where a table landed: its header row and its body rows (firstRow > lastRow when the table is empty). */
export interface TablePosition {
  headerRow: number;
  firstRow: number;
  lastRow: number;
  column: number;
  lastColumn: number;
  /** A1 range of the body cells of the table's nth column (0-based); null when the table has no rows. */
  bodyColumn(index: number): string | null;
  /** A1 range of the body cells of one body row (0-based) from column index `from` to `to` (inclusive). */
  bodyRow(index: number, from: number, to: number): string;
  /** A1 address of a body cell, 0-based row and column within the body. */
  cell(row: number, column: number): string;
  /** A1 range of header plus body, for autofilters. */
  range: string;
  /** A1 range of the body; null when the table has no rows. */
  bodyRange: string | null;
}

export interface BlockOptions {
  column?: number;
  /** Leave row heights alone (the caller sets them, e.g. for merged cells). */
  skipHeights?: boolean;
  style?: CellStyle;
  columnStyles?: (CellStyle | undefined)[];
  cellStyles?: CellBlock["cellStyles"];
}

export interface TableOptions {
  column?: number;
  header: PlanValue[];
  rows: PlanValue[][];
  headerStyle?: CellStyle;
  bodyStyle?: CellStyle;
  columnStyles?: (CellStyle | undefined)[];
  cellStyles?: CellBlock["cellStyles"];
  /** Light fill on every other body row, as a conditional format (one rule, cheap for thousands of rows). */
  banded?: boolean;
}

export interface SheetMeta {
  key: PlannedSheetKey;
  name: string;
  tabColor?: string;
  /**
   * Column widths in characters; with `fitColumns` the most each column gets, and the widths are sized to
   * content (fitColumnWidths).
   */
  columnWidths: number[];
  /** Size the columns to their content (at most `columnWidths`), then the wrapped rows to their text. */
  fitColumns?: boolean;
  freeze?: { rows: number; columns: number };
  print: PrintSetup;
  autoFilter?: string;
}

export const palette = {
  title: "#1F3864",
  headerFill: "#1F3864",
  headerText: "#FFFFFF",
  sectionText: "#1F3864",
  band: "#F2F2F2",
  muted: "#595959",
  // 4.9:1 on the banded rows (#F2F2F2); #00843D read 4.3:1 there.
  better: "#007A33",
  worse: "#C00000",
  same: "#595959",
  green: "#C6EFCE",
  amber: "#FFEB9C",
  red: "#FFC7CE",
  status: {
    done: "#00843D",
    onTrack: "#70AD47",
    delayed: "#ED7D31",
    notStarted: "#A5A5A5",
    unknown: "#D9D9D9",
  },
  lines: ["#1F4E79", "#C00000", "#548235", "#BF8F00", "#7030A0", "#2E75B6"],
} as const;

export const styles = {
  title: { bold: true, size: 16, color: palette.title } satisfies CellStyle,
  section: { bold: true, size: 12, color: palette.sectionText, borderBottom: "thin" } satisfies CellStyle,
  header: {
    bold: true,
    color: palette.headerText,
    fill: palette.headerFill,
    wrap: true,
    verticalAlignment: "center",
  } satisfies CellStyle,
  note: { italic: true, color: palette.muted } satisfies CellStyle,
  label: { bold: true } satisfies CellStyle,
};

/**
 * Appends blocks to a sheet top-down and says where they landed, so sheet modules read as a list of
 * sections. Each table becomes two blocks (header, body) with one style each, which keeps hosts at one
 * values call and one format call per block.
 */
export class SheetBuilder {
  private nextRow = 1;
  private columnWidths: number[];
  private readonly blocks: CellBlock[] = [];
  private readonly merges: string[] = [];
  private readonly conditionalFormats: ConditionalFormat[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly hyperlinks: Hyperlink[] = [];
  private readonly rowHeights = new Map<number, number>();
  private readonly tables: PlannedTable[] = [];
  private readonly paragraphs: {
    row: number;
    text: string;
    style: CellStyle;
    column: number;
    lastColumn: number;
  }[] = [];
  private readonly fixedHeightBlocks = new Set<CellBlock>();
  private lastSectionRow = 0;

  /** Column widths (characters, index 0 = column A) are needed to estimate the height of wrapped rows. */
  constructor(columnWidths: number[] = []) {
    this.columnWidths = columnWidths;
  }

  setColumnWidths(columnWidths: number[]): void {
    this.columnWidths = columnWidths;
  }

  /** The row the next block goes to. */
  get row(): number {
    return this.nextRow;
  }

  skip(rows = 1): void {
    this.nextRow += rows;
  }

  /** Writes a rectangular block at the current row (rows are padded with null) and moves below it. */
  write(values: PlanValue[][], options: BlockOptions = {}): BlockPosition {
    const column = options.column ?? 1;
    const width = values.reduce((max, row) => Math.max(max, row.length), 0);
    const rectangle = values.map((row) =>
      row.length === width ? row : [...row, ...Array(width - row.length).fill(null)],
    );
    const row = this.nextRow;
    const block: CellBlock = { row, column, values: rectangle };
    if (options.style) block.style = options.style;
    if (options.columnStyles && options.columnStyles.some((style) => style !== undefined)) {
      block.columnStyles = options.columnStyles;
    }
    if (options.cellStyles && options.cellStyles.length > 0) block.cellStyles = options.cellStyles;
    if (rectangle.length > 0 && width > 0) {
      this.blocks.push(block);
      if (options.skipHeights) this.fixedHeightBlocks.add(block);
    }
    this.nextRow += rectangle.length;
    const lastRow = row + Math.max(rectangle.length, 1) - 1;
    const lastColumn = column + Math.max(width, 1) - 1;
    return {
      row,
      column,
      lastRow,
      lastColumn,
      range: rangeAddress({ row, column }, { row: lastRow, column: lastColumn }),
    };
  }

  /** One cell of text (or a value) on its own row; a section title is kept on the page of the table under it. */
  line(value: PlanValue, style?: CellStyle, column = 1): BlockPosition {
    if (style === styles.section) this.lastSectionRow = this.nextRow;
    return this.write([[value]], { style, column });
  }

  /** A text that wraps over the columns from `column` to `lastColumn`: merged, with an estimated row height. */
  paragraph(
    text: string,
    widthInCharacters: number,
    lastColumn: number,
    style: CellStyle = {},
    column = 1,
  ): BlockPosition {
    const merged: CellStyle = { ...style, wrap: true, verticalAlignment: "top" };
    const position = this.write([[text]], { style: merged, column, skipHeights: true });
    if (lastColumn > column) {
      this.merges.push(
        rangeAddress({ row: position.row, column }, { row: position.row, column: lastColumn }),
      );
    }
    this.fitRow(position.row, lineCount(text, widthInCharacters, merged), merged);
    this.paragraphs.push({ row: position.row, text, style: merged, column, lastColumn });
    return position;
  }

  /** A header row and a body block; the body may be empty. */
  table(options: TableOptions): TablePosition {
    const column = options.column ?? 1;
    const width = Math.max(options.header.length, largest(options.rows.map((row) => row.length)));
    const header = this.write([options.header], { column, style: options.headerStyle ?? styles.header });
    this.write(options.rows, {
      column,
      style: options.bodyStyle,
      columnStyles: options.columnStyles,
      cellStyles: options.cellStyles,
    });
    const firstRow = header.row + 1;
    const lastRow = header.row + options.rows.length;
    const lastColumn = column + width - 1;
    // NOTE: a section title at most two rows up (a legend line may stand between) belongs to the table.
    const from =
      this.lastSectionRow > 0 && header.row - this.lastSectionRow <= 2 ? this.lastSectionRow : header.row;
    if (options.rows.length > 0) this.tables.push({ from, firstBodyRow: firstRow, to: lastRow });
    if (options.banded && options.rows.length > 1) {
      this.band(rangeAddress({ row: firstRow, column }, { row: lastRow, column: lastColumn }));
    }
    return {
      headerRow: header.row,
      firstRow,
      lastRow,
      column,
      lastColumn,
      bodyColumn: (index) =>
        lastRow < firstRow
          ? null
          : rangeAddress({ row: firstRow, column: column + index }, { row: lastRow, column: column + index }),
      bodyRow: (index, from, to) =>
        rangeAddress(
          { row: firstRow + index, column: column + from },
          { row: firstRow + index, column: column + to },
        ),
      cell: (row, columnIndex) => cellAddress(firstRow + row, column + columnIndex),
      bodyRange:
        lastRow < firstRow
          ? null
          : rangeAddress({ row: firstRow, column }, { row: lastRow, column: lastColumn }),
      range: rangeAddress(
        { row: header.row, column },
        { row: Math.max(lastRow, header.row), column: lastColumn },
      ),
    };
  }

  /** Keeps `rows` empty rows for a chart and returns its drawing anchor (bottom-right exclusive). */
  reserve(rows: number, fromColumn: number, toColumn: number): ChartSpec["anchor"] {
    const anchor = {
      from: { row: this.nextRow, column: fromColumn },
      to: { row: this.nextRow + rows, column: toColumn },
    };
    this.nextRow += rows;
    return anchor;
  }

  /**
   * NOTE: Excel does not grow a row for wrapped text written by a file (and never for merged cells), so
   * rows whose wrapped text needs more than one line get an estimated height.
   */
  private fitWrappedRows(block: CellBlock): void {
    // NOTE: blockCellStyle merges style, column style and the cell's overrides as a spread over them
    // would, once per distinct style (a Trends sheet of 30,000 rows made an object per text cell here).
    const styleOf = blockCellStyle(block);
    block.values.forEach((values, rowOffset) => {
      let lines = 1;
      let tallest: CellStyle = {};
      values.forEach((value, columnOffset) => {
        if (typeof value !== "string") return;
        const style = styleOf(rowOffset, columnOffset);
        if (!style.wrap) return;
        const cellLines = lineCount(value, this.widthOf(block.column + columnOffset), style);
        if (cellLines > lines) {
          lines = cellLines;
          tallest = style;
        }
      });
      this.fitRow(block.row + rowOffset, lines, tallest);
    });
  }

  private fitRow(row: number, lines: number, style: CellStyle): void {
    if (lines <= 1) return;
    const height = Math.ceil(lines * lineHeight(style));
    this.rowHeights.set(row, Math.max(this.rowHeights.get(row) ?? 0, height));
  }

  private widthOf(column: number): number {
    return this.columnWidths[column - 1] ?? defaultColumnWidth;
  }

  /**
   * Light fill on every other row of a range. Conditional formats added earlier take precedence, so add
   * rules that colour single cells (severity, status) before banding the table.
   */
  band(range: string): void {
    this.conditionalFormats.push({
      kind: "expression",
      range,
      formula: "MOD(ROW(),2)=0",
      style: { fill: palette.band },
    });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  conditionalFormat(format: ConditionalFormat): void {
    this.conditionalFormats.push(format);
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  hyperlink(link: Hyperlink): void {
    this.hyperlinks.push(link);
  }

  build(meta: SheetMeta): PlannedSheet {
    let columnWidths = meta.columnWidths;
    // NOTE: wrapped rows are sized here, once, for the final widths (a narrower column wraps more, a wider
    // one less): the overdue list of a 20,000-row workbook was measured twice when sized on writing too.
    if (meta.fitColumns) {
      columnWidths = fitColumnWidths(this.blocks, this.merges, meta.columnWidths);
      this.columnWidths = columnWidths;
      this.rowHeights.clear();
    }
    for (const block of this.blocks) if (!this.fixedHeightBlocks.has(block)) this.fitWrappedRows(block);
    if (meta.fitColumns) {
      for (const paragraph of this.paragraphs) {
        let width = 0;
        for (let column = paragraph.column; column <= paragraph.lastColumn; column++)
          width += this.widthOf(column);
        this.fitRow(paragraph.row, lineCount(paragraph.text, width, paragraph.style), paragraph.style);
      }
    }
    const sheet: PlannedSheet = {
      key: meta.key,
      name: meta.name,
      columnWidths,
      blocks: this.blocks,
      merges: this.merges,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      hyperlinks: this.hyperlinks,
      print: meta.print,
    };
    if (meta.tabColor) sheet.tabColor = meta.tabColor;
    if (meta.freeze) sheet.freeze = meta.freeze;
    if (meta.autoFilter) sheet.autoFilter = meta.autoFilter;
    if (this.rowHeights.size > 0) {
      sheet.rowHeights = [...this.rowHeights.entries()]
        .sort(([a], [b]) => a - b)
        .map(([row, height]) => ({ row, height }));
    }
    if (this.tables.length > 0) sheet.tables = this.tables;
    const rowBreaks = pageBreaks(sheet);
    if (rowBreaks.length > 0) sheet.print = { ...sheet.print, rowBreaks };
    return sheet;
  }
}

const defaultColumnWidth = 8.43;

/** Fewest characters a sized column gets. */
const minimumColumnWidth = 6;

/**
 * Column widths from content: per column the widest cell of the sheet's tables and label blocks — a wrapped
 * text by its longest word, other text and numbers whole — with room for the cell padding, at least
 * minimumColumnWidth and at most `maximum` (index 0 = column A). Single cells on their own row (titles, notes,
 * section titles) spill over empty neighbours and merged cells span several columns, so neither sizes one.
 */
export function fitColumnWidths(blocks: CellBlock[], merges: string[], maximum: number[]): number[] {
  const merged = new Set<string>();
  for (const range of merges) {
    const [from, to] = range.split(":");
    const start = parseCellAddress(from);
    const end = parseCellAddress(to ?? from);
    for (let row = start.row; row <= end.row; row++)
      for (let column = start.column; column <= end.column; column++) merged.add(`${row}:${column}`);
  }
  const needed = maximum.map(() => minimumColumnWidth);
  for (const block of blocks) {
    const width = Math.max(0, largest(block.values.map((row) => row.length)));
    if (block.values.length === 1 && width === 1) continue;
    const styleOf = blockCellStyle(block);
    block.values.forEach((values, rowOffset) =>
      values.forEach((value, columnOffset) => {
        const row = block.row + rowOffset;
        const column = block.column + columnOffset;
        if (value === null || column > maximum.length) return;
        if (merged.size > 0 && merged.has(`${row}:${column}`)) return;
        const characters = cellCharacters(value, styleOf(rowOffset, columnOffset));
        needed[column - 1] = Math.max(needed[column - 1], characters);
      }),
    );
  }
  return needed.map((width, index) => Math.min(maximum[index], Math.ceil(width * 2) / 2));
}

/** Characters a cell needs to show without cutting a word: its longest word when wrapped, else all of it. */
function cellCharacters(value: string | number | boolean, style: CellStyle): number {
  const scale = ((style.size ?? 11) / 11) * (style.bold ? 1.1 : 1);
  const padding = 1.5;
  if (typeof value === "boolean") return 5 * scale + padding;
  if (typeof value === "number") return numberCharacters(value, style.numberFormat) * scale + padding;
  const text = style.wrap ? longestWord(value) : longestLine(value);
  return text * scale + padding;
}

/** Length of the longest run between white space (as split(/\s+/) finds them). */
function longestWord(text: string): number {
  let longest = 0;
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // NOTE: beyond ASCII, \s has more spaces (no-break, ideographic …): the regular expression decides.
    if (code > 127) return Math.max(0, largest(text.split(/[\s\n]+/).map((word) => word.length)));
    if (code === 32 || (code >= 9 && code <= 13)) {
      longest = Math.max(longest, run);
      run = 0;
    } else run++;
  }
  return Math.max(longest, run);
}

/** Length of the longest line. */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return Math.max(longest, text.length - start);
}

/** What numberCharacters reads of a format, per format code. */
const numberFormatShapes = new Map<
  string,
  { date: boolean; percent: boolean; decimals: number | undefined; grouped: boolean; plus: boolean }
>();

function numberFormatShape(format: string | undefined) {
  const code = format ?? "";
  let shape = numberFormatShapes.get(code);
  if (!shape) {
    shape = {
      date: format !== undefined && /m{3,}/.test(format),
      percent: format?.includes("%") ?? false,
      decimals: /0\.(0+)/.exec(code)?.[1].length,
      grouped: format?.includes(",") ?? false,
      plus: format?.startsWith("+") ?? false,
    };
    numberFormatShapes.set(code, shape);
  }
  return shape;
}

/** Characters of a number as its format shows it ("#,##0" → 1.697, "0.0%" → 88,9%, a long date → 17). */
function numberCharacters(value: number, format: string | undefined): number {
  const shape = numberFormatShape(format);
  if (shape.date) return 17;
  const percent = shape.percent;
  const decimals = shape.decimals ?? (Number.isInteger(value) ? 0 : 2);
  const shown = Math.abs(percent ? value * 100 : value);
  const digits = Math.max(1, Math.floor(Math.log10(Math.max(1, shown))) + 1);
  const separators = shape.grouped ? Math.floor((digits - 1) / 3) : 0;
  const sign = value < 0 || shape.plus ? 1 : 0;
  return digits + separators + (decimals > 0 ? decimals + 1 : 0) + (percent ? 1 : 0) + sign;
}
