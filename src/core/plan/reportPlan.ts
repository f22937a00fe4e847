/**
 * ReportPlan: the declarative description of the generated sheets (docs/contracts.md "ReportPlan"). Both hosts
 * apply the same plan and decide nothing themselves. Rows and columns are 1-based.
 *
 * Blocks carry one style each (plus optional per-column and per-cell overrides) so that a host can
 * write a whole block with one values call and one format call instead of per-cell work.
 */

/** A value to write. Strings are always written as text, even when they start with = + - @. */
export type PlanValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** "#RRGGBB" */
  color?: string;
  fill?: string;
  numberFormat?: string;
  horizontalAlignment?: "left" | "center" | "right";
  verticalAlignment?: "top" | "center" | "bottom";
  wrap?: boolean;
  /** Thin border below the cells (table headers, totals). */
  borderBottom?: "thin" | "medium";
  borderTop?: "thin" | "medium";
}

export interface CellBlock {
  row: number;
  column: number;
  values: PlanValue[][];
  style?: CellStyle;
  /** Per column of the block (index 0 = block.column), merged over `style`. */
  columnStyles?: (CellStyle | undefined)[];
  /** Sparse overrides, relative to the block (0-based row/column offsets), merged last. */
  cellStyles?: { row: number; column: number; style: CellStyle }[];
}

export interface RangeRef {
  sheet: string;
  /** A1 range without sheet, e.g. "B5:B20". */
  range: string;
}

export interface ChartSeries {
  name: string;
  values: RangeRef;
  /** Cached values so viewers show the chart without recalculating. */
  cache: (number | null)[];
  color?: string;
  /** Per data point fill (bar/column charts), e.g. green for better and red for worse; null keeps `color`. */
  pointColors?: (string | null)[];
  /**
   * Native error bars on the values (line and column charts): the same amount above and below each point,
   * e.g. a survey estimate's 95% margin; null where unknown (no bar). The file host writes them as custom
   * error bars (c:errBars); the Office host cannot (Office.js sets no custom amounts), see src/hosts/office/write.ts.
   */
  errorBars?: { values: RangeRef; cache: (number | null)[] };
}

export interface ChartSpec {
  id: string;
  /** barStacked and bar are horizontal; column is vertical. */
  kind: "barStacked" | "bar" | "line" | "column";
  title: string;
  /**
   * Alternative text: the chart's type, what it shows and its main figures (chartAltText), for screen
   * readers; the file host writes it as the drawing's description.
   */
  altText: string;
  /** Top-left and bottom-right cells the chart covers (1-based, bottom-right exclusive like a drawing anchor). */
  anchor: { from: { row: number; column: number }; to: { row: number; column: number } };
  categories: RangeRef;
  categoryCache: string[];
  series: ChartSeries[];
  /** Horizontal bars for barStacked; vertical columns for column. */
  yAxisTitle?: string;
  /** Hide the legend when there is only one series. */
  showLegend: boolean;
  /** Number format of the value axis; "#,##0" (counts) when absent. */
  valueFormat?: string;
}

export type ConditionalFormat =
  | {
      kind: "cellValue";
      range: string;
      operator: "greaterThan" | "lessThan" | "between" | "equal";
      formulas: string[];
      style: CellStyle;
    }
  | { kind: "textContains"; range: string; text: string; style: CellStyle }
  | {
      kind: "iconSet";
      range: string;
      iconSet: "3Arrows" | "3TrafficLights1";
      reverse: boolean;
      thresholds: [number, number];
    }
  /**
   * A formula rule evaluated per cell, e.g. banded rows "MOD(ROW(),2)=0". The formula is written without
   * the leading "=" (as SpreadsheetML stores it); the Office host prefixes "=".
   */
  | { kind: "expression"; range: string; formula: string; style: CellStyle };

export interface Hyperlink {
  /** Cell on the plan sheet that carries the link. */
  cell: string;
  target: { sheet: string; cell: string };
  tooltip?: string;
}

/**
 * The three sections of a page header or footer, each may hold Excel header codes (&P page, &N pages, &D date;
 * a literal "&" is written "&&"). Hosts write the sections as they are: the plan keeps the whole text of
 * header and footer within Excel's 255 characters (headerFooterCode).
 */
export interface HeaderFooterParts {
  left?: string;
  center?: string;
  right?: string;
}

/** Longest header or footer Excel accepts, counted over its code text ("&L…&C…&R…"). */
export const headerFooterLimit = 255;

/** The one text of a header or footer in SpreadsheetML's code form: "&Lleft&Ccenter&Rright". */
export function headerFooterCode(parts: HeaderFooterParts): string {
  return (
    (parts.left ? `&L${parts.left}` : "") +
    (parts.center ? `&C${parts.center}` : "") +
    (parts.right ? `&R${parts.right}` : "")
  );
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /**
   * Fit to one page wide (as many pages tall as needed). False when that would print text below 8 pt: then
   * `scale` holds and the columns split over pages at `columnBreaks`, repeating `printTitleColumns`.
   */
  fitToWidth: boolean;
  /** Fixed print scale in percent, when not fitting to width. */
  scale?: number;
  /** Rows repeated at the top of every printed page, e.g. "1:4". */
  printTitleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:A". */
  printTitleColumns?: string;
  /** Rows that start a new printed page (manual breaks): charts stay whole, tables split well (pageBreaks). */
  rowBreaks?: number[];
  /** Columns (1-based) that start a new printed page when the sheet splits in column groups. */
  columnBreaks?: number[];
  /** Page header and footer in the report's language, each within headerFooterLimit as code text. */
  header: HeaderFooterParts;
  footer: HeaderFooterParts;
}

export type PlannedSheetKey = "cover" | "overview" | "trends" | "survey" | "findings" | "notes";

export interface PlannedSheet {
  key: PlannedSheetKey;
  name: string;
  tabColor?: string;
  /** Column widths in characters, index 0 = column A. */
  columnWidths: number[];
  blocks: CellBlock[];
  merges: string[];
  freeze?: { rows: number; columns: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  hyperlinks: Hyperlink[];
  print: PrintSetup;
  /** Range of a table header plus its rows that gets an autofilter, e.g. "A9:F120". */
  autoFilter?: string;
  /** Explicit row heights in points, for rows with wrapped text in merged cells (Excel cannot autofit those). */
  rowHeights?: { row: number; height: number }[];
  /**
   * The sheet's tables for pagination: from its title row (`from`) over its header to its last row (`to`);
   * `firstBodyRow` is the first row under the header.
   */
  tables?: PlannedTable[];
}

export interface PlannedTable {
  from: number;
  firstBodyRow: number;
  to: number;
}

export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  company: string;
  keywords: string;
  /** ISO date of the report. */
  reportDate: string;
  status: "Concept" | "Definitief";
}

/** A generated sheet that got another name because a user's own sheet already has the wanted name. */
export interface SheetRename {
  key: PlannedSheetKey;
  wanted: string;
  actual: string;
}

/** The BCP 47 tag a written copy declares as its language (dc:language), so screen readers read it right. */
export const documentLanguageTags = { nl: "nl-NL", en: "en-GB" } as const;

export interface ReportPlan {
  language: "nl" | "en";
  sheets: PlannedSheet[];
  properties: DocumentProperties;
  /** Sheet to activate after writing. */
  activeSheet: string;
  /** Who the plan is for: the user's own workbook, or the griffie copy (no cell references, no personal data). */
  audience?: "workbook" | "griffie";
  /** Generated sheets that could not get their fixed name; empty when none was renamed. */
  renamed?: SheetRename[];
}

/** Name of the hidden defined name / custom property that marks a sheet as generated by Koers. */
export const generatedMarker = "KoersGenerated";
