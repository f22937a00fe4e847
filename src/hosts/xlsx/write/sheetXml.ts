import {
  blockCellStyle,
  cellAddress,
  columnLetter,
  estimateRowHeights,
  headerFooterCode,
  parseRangeAddress,
  quoteSheetName,
} from "../../../core";
import type { CellStyle, ConditionalFormat, PlannedSheet, PlanValue } from "../../../core";
import { argb, type StyleSheetMerger } from "./styles";
import { escapeXml, xmlDeclaration } from "../package/xml";

/** What the worksheet writer needs of a sheet: a planned sheet, or a sheet copied from another workbook. */
export type SheetContent = Omit<PlannedSheet, "key">;

const mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetWriteOptions {
  /** Relationship id of the sheet's drawing part, when the sheet has charts. */
  drawingRelationshipId?: string;
  /** Sheets a hyperlink may point at; links to other sheets are left out (they would be dead). */
  linkTargets: ReadonlySet<string> | null;
  /** Applied to every text before it is written (the griffie copy redacts personal data). */
  transformText?: (text: string) => string;
  /** Marks the sheet as the selected tab (only in a new workbook: a user's sheet may be selected too). */
  selected?: boolean;
}

/**
 * The worksheet part for one planned sheet, as one text (copySheet, tests). Children follow the schema
 * order of CT_Worksheet; see worksheetXmlChunks.
 */
export function worksheetXml(
  sheet: SheetContent,
  styles: StyleSheetMerger,
  options: SheetWriteOptions,
): string {
  let xml = "";
  for (const chunk of worksheetXmlChunks(sheet, styles, options)) xml += chunk;
  return xml;
}

/** Size from which the sheet data is handed on as a chunk (characters). */
const chunkCharacters = 64 * 1024;

/**
 * The worksheet part for one planned sheet as a sequence of text chunks, each ending between two elements
 * (never inside a text, so each chunk encodes to UTF-8 on its own), so a writer can deflate a sheet of
 * 30,000 rows without holding its whole text. Children follow the schema order of CT_Worksheet
 * (sheetPr … sheetData … mergeCells, conditionalFormatting, hyperlinks, printOptions, pageMargins,
 * pageSetup, headerFooter … drawing). Texts are inline strings, so the workbook's shared string part,
 * a source part, is never touched; a text that starts with = + - @ stays text.
 * NOTE: styles are merged in the order the cells come, then the conditional formats': consume the chunks
 * of one sheet to the end before starting the next, or the style indexes change.
 */
export function* worksheetXmlChunks(
  sheet: SheetContent,
  styles: StyleSheetMerger,
  options: SheetWriteOptions,
): Generator<string> {
  const cells = indexCells(sheet);
  // NOTE: rows without wrapped text get their height written, so Excel and LibreOffice (which sizes
  // rows by its own font metrics) paginate alike; wrapped rows are left to the renderer's autofit.
  const heights = estimateRowHeights(sheet);
  for (const row of heights.keys()) if (!cells.byRow.has(row)) cells.byRow.set(row, []);
  const rows = [...cells.byRow.keys()].sort((a, b) => a - b);
  let lastRow = 1;
  let lastColumn = 1;
  for (const row of rows) {
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, cells.byRow.get(row)!.length - 1);
  }

  const sheetProperties =
    "<sheetPr>" +
    (sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "") +
    (sheet.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "") +
    "</sheetPr>";
  const dimension = `<dimension ref="${lastRow === 1 && lastColumn === 1 ? "A1" : `A1:${cellAddress(lastRow, lastColumn)}`}"/>`;
  const columns =
    sheet.columnWidths.length > 0
      ? "<cols>" +
        sheet.columnWidths
          .map(
            (width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
          )
          .join("") +
        "</cols>"
      : "";
  let chunk =
    xmlDeclaration +
    `<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    sheetProperties +
    dimension +
    `<sheetViews>${sheetView(sheet, options.selected === true)}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15" customHeight="1"/>' +
    columns +
    "<sheetData>";
  const letters: string[] = [];
  const writer = { styles, options, letters };
  for (const row of rows) {
    const slots = cells.byRow.get(row)!;
    let cellXml = "";
    for (let column = 1; column < slots.length; column++) {
      const cell = slots[column];
      if (cell === undefined) continue;
      letters[column] ??= columnLetter(column);
      cellXml += cellToXml(row, column, cells.values[cell], cells.styles[cell], writer);
    }
    const estimate = heights.get(row);
    const heightAttributes =
      estimate === undefined || estimate.wrapped
        ? ""
        : ` ht="${estimate.height}"${estimate.explicit ? ' customHeight="1"' : ""}`;
    if (cellXml || heightAttributes) chunk += `<row r="${row}"${heightAttributes}>${cellXml}</row>`;
    if (chunk.length >= chunkCharacters) {
      yield chunk;
      chunk = "";
    }
  }

  const merges =
    sheet.merges.length > 0
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((range) => `<mergeCell ref="${escapeXml(range)}"/>`).join("")}</mergeCells>`
      : "";
  const conditional = conditionalFormatsXml(sheet.conditionalFormats, styles);
  const links = sheet.hyperlinks
    .filter((link) => options.linkTargets?.has(link.target.sheet))
    .map(
      (link) =>
        `<hyperlink ref="${escapeXml(link.cell)}" location="${escapeXml(`${quoteSheetName(link.target.sheet)}!${link.target.cell}`)}"` +
        (link.tooltip ? ` tooltip="${escapeXml(link.tooltip)}"` : "") +
        "/>",
    )
    .join("");
  const header = headerFooterCode(sheet.print.header);
  const footer = headerFooterCode(sheet.print.footer);
  yield (
    chunk +
    "</sheetData>" +
    (sheet.autoFilter ? `<autoFilter ref="${escapeXml(sheet.autoFilter)}"/>` : "") +
    merges +
    conditional +
    (links ? `<hyperlinks>${links}</hyperlinks>` : "") +
    '<pageMargins left="0.6" right="0.6" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9"${sheet.print.fitToWidth ? "" : ` scale="${sheet.print.scale ?? 100}"`} orientation="${sheet.print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    "<headerFooter>" +
    (header ? `<oddHeader>${escapeXml(header)}</oddHeader>` : "") +
    (footer ? `<oddFooter>${escapeXml(footer)}</oddFooter>` : "") +
    "</headerFooter>" +
    breaksXml("rowBreaks", sheet.print.rowBreaks ?? [], 16383) +
    breaksXml("colBreaks", sheet.print.columnBreaks ?? [], 1048575) +
    (options.drawingRelationshipId ? `<drawing r:id="${options.drawingRelationshipId}"/>` : "") +
    "</worksheet>"
  );
}

/**
 * Manual breaks before the given rows or columns (brk id = the last row or column of the page before,
 * 1-based; 0-based the first of the next page).
 */
function breaksXml(tag: "rowBreaks" | "colBreaks", starts: number[], max: number): string {
  if (starts.length === 0) return "";
  const breaks = starts.map((start) => `<brk id="${start - 1}" max="${max}" man="1"/>`).join("");
  return `<${tag} count="${starts.length}" manualBreakCount="${starts.length}">${breaks}</${tag}>`;
}

/**
 * The sheet's cells by row: per row a sparse array from column to the cell's index in `values` and
 * `styles` (a later block's cell replaces an earlier one's). Parallel arrays rather than an object per
 * cell: a Trends sheet of 30,000 rows has half a million cells.
 */
interface CellIndex {
  byRow: Map<number, number[]>;
  values: PlanValue[];
  styles: CellStyle[];
}

function indexCells(sheet: SheetContent): CellIndex {
  const byRow = new Map<number, number[]>();
  const values: PlanValue[] = [];
  const styles: CellStyle[] = [];
  for (const block of sheet.blocks) {
    const styleOf = blockCellStyle(block);
    block.values.forEach((rowValues, rowOffset) => {
      const row = block.row + rowOffset;
      let slots = byRow.get(row);
      if (!slots) byRow.set(row, (slots = []));
      for (let columnOffset = 0; columnOffset < rowValues.length; columnOffset++) {
        const value = rowValues[columnOffset];
        // A hole in a sparse row is no cell (as forEach skips it).
        if (value === undefined) continue;
        slots[block.column + columnOffset] = values.length;
        values.push(value);
        styles.push(styleOf(rowOffset, columnOffset));
      }
    });
  }
  return { byRow, values, styles };
}

interface CellWriter {
  styles: StyleSheetMerger;
  options: SheetWriteOptions;
  /** Column letters by column number, filled as columns come. */
  letters: string[];
}

function cellToXml(
  row: number,
  column: number,
  value: PlanValue,
  style: CellStyle,
  writer: CellWriter,
): string {
  const reference = writer.letters[column] + row;
  const styleId = writer.styles.cellFormat(style);
  const styleAttribute = styleId === 0 ? "" : ` s="${styleId}"`;
  if (value === null || (typeof value === "number" && !Number.isFinite(value))) {
    return styleId === 0 ? "" : `<c r="${reference}"${styleAttribute}/>`;
  }
  if (typeof value === "number") return `<c r="${reference}"${styleAttribute}><v>${value}</v></c>`;
  if (typeof value === "boolean")
    return `<c r="${reference}"${styleAttribute} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = writer.options.transformText ? writer.options.transformText(value) : value;
  return `<c r="${reference}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function sheetView(sheet: SheetContent, selected: boolean): string {
  const attributes = (selected ? ' tabSelected="1"' : "") + ' workbookViewId="0"';
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return `<sheetView${attributes}/>`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = cellAddress(freeze.rows + 1, freeze.columns + 1);
  return (
    `<sheetView${attributes}>` +
    "<pane" +
    (freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "") +
    (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "") +
    ` topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView>"
  );
}

function conditionalFormatsXml(formats: ConditionalFormat[], styles: StyleSheetMerger): string {
  return formats
    .map((format, index) => {
      const priority = index + 1;
      const range = escapeXml(format.range);
      switch (format.kind) {
        case "cellValue": {
          const formulas = format.formulas
            .map((formula) => `<formula>${escapeXml(formula)}</formula>`)
            .join("");
          return (
            `<conditionalFormatting sqref="${range}">` +
            `<cfRule type="cellIs" dxfId="${styles.differentialFormat(format.style)}" priority="${priority}" operator="${format.operator}">` +
            formulas +
            "</cfRule></conditionalFormatting>"
          );
        }
        case "textContains": {
          const topLeft = cellAddress(
            parseRangeAddress(format.range.split(" ")[0]).start.row,
            parseRangeAddress(format.range.split(" ")[0]).start.column,
          );
          const literal = format.text.replace(/"/g, '""');
          return (
            `<conditionalFormatting sqref="${range}">` +
            `<cfRule type="containsText" dxfId="${styles.differentialFormat(format.style)}" priority="${priority}" operator="containsText" text="${escapeXml(format.text)}">` +
            `<formula>${escapeXml(`NOT(ISERROR(SEARCH("${literal}",${topLeft})))`)}</formula>` +
            "</cfRule></conditionalFormatting>"
          );
        }
        case "expression":
          return (
            `<conditionalFormatting sqref="${range}">` +
            `<cfRule type="expression" dxfId="${styles.differentialFormat(format.style)}" priority="${priority}">` +
            `<formula>${escapeXml(format.formula.replace(/^=/, ""))}</formula>` +
            "</cfRule></conditionalFormatting>"
          );
        case "iconSet":
          return (
            `<conditionalFormatting sqref="${range}">` +
            `<cfRule type="iconSet" priority="${priority}">` +
            `<iconSet iconSet="${format.iconSet}"${format.reverse ? ' reverse="1"' : ""}>` +
            '<cfvo type="percent" val="0"/>' +
            `<cfvo type="num" val="${format.thresholds[0]}"/><cfvo type="num" val="${format.thresholds[1]}"/>` +
            "</iconSet></cfRule></conditionalFormatting>"
          );
      }
    })
    .join("");
}
