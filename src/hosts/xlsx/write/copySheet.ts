import { freeSheetName, isCellError, parseRangeAddress, type SheetSnapshot } from "../../../core";
import type { CellStyle, PlanValue } from "../../../core";
import { worksheetXml, type SheetContent } from "./sheetXml";
import { StyleSheetMerger } from "./styles";
import { WorkbookPackage, worksheetContentType } from "../package/workbookPackage";
import { ensureStylesPart } from "./workbook";

/** The narrowest and widest column a copied sheet gets, in characters. */
const columnWidthRange = { min: 8, max: 60 };

/**
 * Adds a sheet of another workbook, as read into a SheetSnapshot, to `target` at package level and returns
 * the new file and the sheet's name: the snapshot's name, or "Name (2)", … when the target has it.
 * Copied are values (formulas as their cached results, error values as their text), number formats,
 * fills and merges; column widths follow the longest displayed text. Every part of the target except the
 * workbook part, its relationships, the content types and the styles keeps its exact bytes, so the
 * user's charts, pivot tables and images survive (a round trip through a workbook library would drop them).
 * Throws HostWriteError when `target` is not a workbook.
 */
export async function copySheetIntoWorkbook(
  target: Uint8Array | ArrayBuffer,
  sheet: SheetSnapshot,
): Promise<{ bytes: Uint8Array; name: string }> {
  const workbook = await WorkbookPackage.open(target);
  const date = new Date();
  const name = freeSheetName(sheet.name, new Set(workbook.sheets().map((item) => item.name.toLowerCase())));
  const stylesPath = await ensureStylesPart(workbook, date);
  const styles = new StyleSheetMerger((await workbook.readPart(stylesPath))!);
  const sheetPath = workbook.nextPartPath("xl/worksheets", "sheet", new Set());
  workbook.writePart(sheetPath, worksheetXml(sheetContent(sheet, name), styles, { linkTargets: null }), date);
  workbook.addContentTypeOverride(sheetPath, worksheetContentType);
  workbook.addSheet(name, sheetPath);
  workbook.writePart(stylesPath, styles.toXml(), date);
  return { bytes: await workbook.save(date), name };
}

function sheetContent(sheet: SheetSnapshot, name: string): SheetContent {
  const cellStyles: { row: number; column: number; style: CellStyle }[] = [];
  const values: PlanValue[][] = sheet.values.map((row, rowIndex) =>
    row.map((value, columnIndex) => {
      const style: CellStyle = {};
      const numberFormat = sheet.numberFormats[rowIndex]?.[columnIndex];
      const fill = sheet.fills[rowIndex]?.[columnIndex];
      if (numberFormat && numberFormat !== "General") style.numberFormat = numberFormat;
      if (fill) style.fill = fill;
      if (style.numberFormat || style.fill) cellStyles.push({ row: rowIndex, column: columnIndex, style });
      return isCellError(value) ? value.error : value;
    }),
  );
  return {
    name,
    columnWidths: columnWidths(sheet),
    blocks: values.length > 0 ? [{ row: 1, column: 1, values, cellStyles }] : [],
    merges: sheet.merges,
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true, header: {}, footer: {} },
  };
}

/** Widths by the longest displayed text per column; a title merged over several columns widens none. */
function columnWidths(sheet: SheetSnapshot): number[] {
  const spanning = new Set(
    sheet.merges
      .map((merge) => parseRangeAddress(merge))
      .filter(({ start, end }) => end.column > start.column)
      .map(({ start }) => `${start.row - 1}:${start.column - 1}`),
  );
  const widths = Array.from({ length: sheet.columnCount }, () => columnWidthRange.min);
  sheet.texts.forEach((row, rowIndex) => {
    row.forEach((text, column) => {
      if (spanning.has(`${rowIndex}:${column}`)) return;
      widths[column] = Math.max(widths[column], Math.min(columnWidthRange.max, text.length + 2));
    });
  });
  return widths;
}
