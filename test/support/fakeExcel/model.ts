/**
 * The workbook state behind the fake Excel: plain data the proxies read and change at sync time.
 * Rows and columns are 1-based as in Excel.
 */
import { cellAddress, columnLetter, parseRangeAddress, quoteSheetName } from "../../../src/core/address";

export type ScalarValue = number | string | boolean | { error: string };

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value: ScalarValue | null;
  /** Displayed text when it was given explicitly (a snapshot loaded into the fake). */
  text?: string;
  formula?: string;
  numberFormat?: string;
  fill?: string | null;
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string; name?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
  hyperlink?: HyperlinkModel | null;
}

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export interface NameModel {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export interface SeriesModel {
  name: string;
  values: RangeTarget | null;
  xValues: RangeTarget | null;
  /** Everything else set on the series, by property path ("format.line.color"). */
  config: Record<string, unknown>;
}

export interface ChartModel {
  id: number;
  name: string;
  type: string;
  series: SeriesModel[];
  /** Everything set on the chart by property path ("title.text", "legend.visible", "axes.valueAxis.title.text"). */
  config: Record<string, unknown>;
  position: { start: string; end: string } | null;
}

export interface ConditionalFormatModel {
  type: string;
  range: string;
  /** Property path → value, e.g. "cellValue.rule" → {formula1, operator}. */
  config: Record<string, unknown>;
}

export class SheetModel {
  cells = new Map<number, CellModel>();
  merges: Rect[] = [];
  names = new Map<string, NameModel>();
  charts: ChartModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Column widths in points. */
  columnWidths = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  /** Row heights in points. */
  rowHeights = new Map<number, number>();
  /** Address of the range with an autofilter ("A9:F120"), null when none. */
  autoFilter: string | null = null;
  /** Manual page breaks: rows and columns (1-based) a new page starts at. */
  pageBreaks: { rows: number[]; columns: number[] } = { rows: [], columns: [] };
  /** Property path → value ("orientation", "headersFooters.defaultForAllPages.centerHeader", calls as "setPrintTitleRows()"). */
  pageLayout: Record<string, unknown> = {};
  tabColor = "";
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** The cell, created when missing. */
  touch(row: number, column: number): CellModel {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Smallest rectangle holding every cell with a value or a non-default format; null when there is none. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      if (!cellIsUsed(cell, valuesOnly)) continue;
      const row = Math.floor(key / columnSpan);
      const column = key % columnSpan;
      if (!rect) rect = { r1: row, c1: column, r2: row, c2: column };
      else {
        rect.r1 = Math.min(rect.r1, row);
        rect.c1 = Math.min(rect.c1, column);
        rect.r2 = Math.max(rect.r2, row);
        rect.c2 = Math.max(rect.c2, column);
      }
    }
    if (!valuesOnly) {
      for (const merge of this.merges) {
        if (!rect) rect = { ...merge };
        else rect = boundingRect(rect, merge);
      }
    }
    return rect;
  }
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names = new Map<string, NameModel>();
  settings = new Map<string, unknown>();
  /** Custom document properties (workbook.properties.custom, ExcelApi 1.7) by key. */
  customProperties = new Map<string, { key: string; value: unknown }>();
  customXmlParts: { id: string; namespaceUri: string; xml: string }[] = [];
  activeSheetId: string | null = null;
  readOnly = false;
  structureProtected = false;
  /** The workbook counts dates in the 1904 date system (Excel for Mac before 2011): serials 1462 lower. */
  date1904 = false;
  /** Workbooks opened with Excel.createWorkbook, as the base64 they were given. */
  createdWorkbooks: string[] = [];
  private nextId = 1;

  constructor(public name: string) {}

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }
}

const columnSpan = 20000;

function cellKey(row: number, column: number): number {
  return row * columnSpan + column;
}

function cellIsUsed(cell: CellModel, valuesOnly: boolean): boolean {
  if (cell.value !== null && cell.value !== "") return true;
  if (cell.formula) return true;
  if (valuesOnly) return false;
  return (
    (cell.fill ?? null) !== null ||
    (cell.numberFormat !== undefined && cell.numberFormat !== "General") ||
    cell.font !== undefined ||
    cell.borders !== undefined ||
    (cell.hyperlink !== undefined && cell.hyperlink !== null)
  );
}

export function boundingRect(first: Rect, second: Rect): Rect {
  return {
    r1: Math.min(first.r1, second.r1),
    c1: Math.min(first.c1, second.c1),
    r2: Math.max(first.r2, second.r2),
    c2: Math.max(first.c2, second.c2),
  };
}

export function intersectRect(first: Rect, second: Rect): Rect | null {
  const rect = {
    r1: Math.max(first.r1, second.r1),
    c1: Math.max(first.c1, second.c1),
    r2: Math.min(first.r2, second.r2),
    c2: Math.min(first.c2, second.c2),
  };
  return rect.r1 <= rect.r2 && rect.c1 <= rect.c2 ? rect : null;
}

/** "A1:B2", "$A$1", "A:A" (whole column) or "1:4" (whole rows) → rectangle. */
export function parseRect(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "");
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(clean);
  if (columns) {
    const { start } = parseRangeAddress(`${columns[1]}1`);
    const { start: end } = parseRangeAddress(`${columns[2]}1`);
    return { r1: 1, c1: start.column, r2: 1048576, c2: end.column };
  }
  const rows = /^(\d+):(\d+)$/.exec(clean);
  if (rows) return { r1: Number(rows[1]), c1: 1, r2: Number(rows[2]), c2: 16384 };
  const { start, end } = parseRangeAddress(clean);
  return {
    r1: Math.min(start.row, end.row),
    c1: Math.min(start.column, end.column),
    r2: Math.max(start.row, end.row),
    c2: Math.max(start.column, end.column),
  };
}

export function rectAddress(rect: Rect): string {
  const from = cellAddress(rect.r1, rect.c1);
  const to = cellAddress(rect.r2, rect.c2);
  return from === to ? from : `${from}:${to}`;
}

/** Address as Excel reports it: "Sheet1!A1:B2", "'Koers Overzicht'!A1". */
export function qualifiedAddress(target: RangeTarget): string {
  return `${quoteSheetName(target.sheet.name)}!${rectAddress(target.rect)}`;
}

export { columnLetter };
