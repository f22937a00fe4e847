/**
 * The smaller entry points of the Office host: reading the open workbook, navigating to a cell or
 * sheet, opening the griffie copy, and copying a figures sheet in from another workbook.
 */
import { freeSheetName, HostReadError, hostMessage } from "../../core";
import type { CellValue, WorkbookSnapshot } from "../../core";
import { cellInput } from "./cellInput";
import {
  officeErrorCode,
  readFailure,
  requireExcelApi,
  requirement,
  runInExcel,
  supportsExcelApi,
  writeFailure,
} from "./officeRuntime";
import { readWorkbookState, type ReadOptions } from "./read";
import { chunkBytes, requestBudgetBytes } from "./write";

/**
 * Reads the open workbook as a WorkbookSnapshot (the same shape the xlsx host reads from a file):
 * one sync for a typical workbook, chunked below Excel's 5 MB payload limit for large ones.
 * Throws HostReadError outside Excel or when Excel fails.
 */
export async function readActiveWorkbook(onProgress?: ReadOptions["onProgress"]): Promise<WorkbookSnapshot> {
  return runInExcel(async (context) => {
    try {
      return (await readWorkbookState(context, { onProgress })).snapshot;
    } catch (error) {
      throw readFailure(error);
    }
  });
}

/** Longest multi-area address sent to getRanges; a scattered finding selects its first areas. */
const maxSelectionAddress = 2000;

/**
 * Activates `sheet` and selects `cell`: one cell ("B12"), a range ("D2:D20001") or a finding's multi-area
 * range ("E4,E9:E12", through RangeAreas, ExcelApi 1.9; without it the first area).
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runInExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    const areas = cell.split(",");
    const multiArea =
      areas.length > 1 &&
      // NOTE: a feature test of a method (no property read from Excel): hosts without RangeAreas lack it.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      typeof worksheet.getRanges === "function" &&
      supportsExcelApi(9);
    if (multiArea) {
      let address = areas[0];
      for (const area of areas.slice(1)) {
        if (address.length + area.length + 1 > maxSelectionAddress) break;
        address += `,${area}`;
      }
      worksheet.getRanges(address).select();
    } else worksheet.getRange(areas[0]).select();
    try {
      await context.sync();
    } catch (error) {
      throw navigationFailure(error, sheet);
    }
  });
}

/** Brings a sheet to the front (e.g. "Koers Overzicht" after generating). */
export async function activateSheet(name: string): Promise<void> {
  await runInExcel(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    try {
      await context.sync();
    } catch (error) {
      throw navigationFailure(error, name);
    }
  });
}

function navigationFailure(error: unknown, sheet: string): Error {
  if (officeErrorCode(error) === "ItemNotFound") {
    return new HostReadError(hostMessage("sheet-gone", { sheet }), { cause: error });
  }
  return readFailure(error);
}

/**
 * Opens the griffie copy (an .xlsx as base64) as a new workbook with Excel.createWorkbook (ExcelApi
 * 1.8). Where that is missing it throws UnsupportedApiError, so the pane offers a download instead.
 */
export async function createGriffieWorkbook(base64: string): Promise<void> {
  await runInExcel(async () => {
    requireExcelApi(requirement.createWorkbook, {
      nl: "Een nieuwe werkmap openen",
      en: "Opening a new workbook",
    });
    try {
      await Excel.createWorkbook(base64);
    } catch (error) {
      throw writeFailure(error);
    }
  }, writeFailure);
}

/**
 * Copies the sheet `sheetName` of another workbook (an .xlsx as base64) into the open workbook, at
 * the end, and returns the name it got. With ExcelApi 1.13 Excel inserts the sheet itself
 * (insertWorksheetsFromBase64, formats included); otherwise its values are written into a new sheet —
 * `values` when the caller has them, else read from the file with the xlsx host's reader (loaded on demand).
 */
export async function insertFiguresSheet(
  base64: string,
  sheetName: string,
  values?: CellValue[][],
): Promise<string> {
  if (supportsExcelApi(requirement.mergedAreas)) {
    return runInExcel(async (context) => {
      const inserted = context.workbook.insertWorksheetsFromBase64(base64, {
        sheetNamesToInsert: [sheetName],
        positionType: "End",
      });
      try {
        await context.sync();
        const sheet = context.workbook.worksheets.getItem(inserted.value[0]).load("name");
        await context.sync();
        return sheet.name;
      } catch (error) {
        throw writeFailure(error);
      }
    }, writeFailure);
  }
  const rows = values ?? (await readSheetValues(base64, sheetName));
  return runInExcel(async (context) => {
    requireExcelApi(requirement.names, { nl: "Een cijferblad toevoegen", en: "Adding a figures sheet" });
    const existing = context.workbook.worksheets.load("items/name");
    try {
      await context.sync();
      const taken = new Set(existing.items.map((sheet) => sheet.name.toLowerCase()));
      const name = freeSheetName(sheetName, taken);
      const sheet = context.workbook.worksheets.add(name);
      const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
      let bytes = 0;
      let start = 0;
      while (start < rows.length && width > 0) {
        const chunk: (string | number | boolean)[][] = [];
        let chunkSize = 0;
        while (start + chunk.length < rows.length && (chunk.length === 0 || chunkSize < chunkBytes)) {
          const row = Array.from({ length: width }, (_, column) =>
            inputFor(rows[start + chunk.length][column] ?? null),
          );
          chunkSize += JSON.stringify(row).length;
          chunk.push(row);
        }
        if (bytes + chunkSize > requestBudgetBytes && bytes > 0) {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- flushes a request that would pass Excel's 5 MB payload limit; one sync per full chunk
          await context.sync();
          bytes = 0;
        }
        sheet.getRangeByIndexes(start, 0, chunk.length, width).values = chunk;
        bytes += chunkSize;
        start += chunk.length;
      }
      await context.sync();
      return name;
    } catch (error) {
      throw writeFailure(error);
    }
  }, writeFailure);
}

function inputFor(value: CellValue): string | number | boolean {
  if (value !== null && typeof value === "object") return value.error;
  return cellInput(value);
}

/** Values of one sheet of an .xlsx, via the xlsx host's reader, loaded only when this fallback runs. */
async function readSheetValues(base64: string, sheetName: string): Promise<CellValue[][]> {
  const { readWorkbookSnapshot } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/read");
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const sheet = (await readWorkbookSnapshot(bytes, "figures.xlsx")).sheets.find(
    (item) => item.name === sheetName,
  );
  if (!sheet) {
    throw new HostReadError(hostMessage("sheet-not-found", { sheet: sheetName }));
  }
  return sheet.values;
}
