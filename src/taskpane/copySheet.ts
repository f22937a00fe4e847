import ExcelJS from "exceljs";

/**
 * Copies a sheet (values, number formats, fonts and fills, column widths, merges) from one workbook into
 * another under a name that is free there ("Cijfers", "Cijfers (2)", …), and drops `dropSheets` (Koers'
 * generated sheets, which the next generation writes again). Only for preview mode: the Office host
 * copies with Excel's own API. Loaded through xlsxModule's dynamic import.
 * NOTE: the target goes through an ExcelJS round trip, which keeps values and formats but not every part
 * (charts in the user's own sheets, for instance); acceptable for the in-browser preview copy only.
 */
export async function copySheet(
  target: Uint8Array,
  source: Uint8Array,
  sheetName: string,
  dropSheets: string[] = [],
): Promise<{ bytes: Uint8Array; name: string }> {
  const targetBook = new ExcelJS.Workbook();
  await targetBook.xlsx.load(asArrayBuffer(target));
  for (const name of dropSheets) {
    const sheet = targetBook.getWorksheet(name);
    if (sheet) targetBook.removeWorksheet(sheet.id);
  }
  const sourceBook = new ExcelJS.Workbook();
  await sourceBook.xlsx.load(asArrayBuffer(source));
  const from = sourceBook.getWorksheet(sheetName);
  if (!from) throw new RangeError(`No sheet named ${sheetName}`);
  const name = freeName(sheetName, new Set(targetBook.worksheets.map((sheet) => sheet.name.toLowerCase())));
  const to = targetBook.addWorksheet(name);
  from.columns?.forEach((column, index) => {
    if (column.width) to.getColumn(index + 1).width = column.width;
  });
  from.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const copy = to.getCell(rowNumber, columnNumber);
      // Formulas become their cached result: the copy must not point into the other file.
      const value = cell.value;
      copy.value =
        value && typeof value === "object" && "formula" in value
          ? ((value as { result?: ExcelJS.CellValue }).result ?? null)
          : value;
      copy.numFmt = cell.numFmt;
      copy.font = cell.font;
      copy.fill = cell.fill;
      copy.alignment = cell.alignment;
    });
  });
  const merges = (from.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) to.mergeCells(range);
  const written = await targetBook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(written as ArrayBuffer), name };
}

function freeName(base: string, taken: Set<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let number = 2; ; number += 1) {
    const suffix = ` (${number})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function asArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
