/**
 * The Office host (Office.js): the task pane and the ribbon command call only these. All Office.js
 * use stays in this folder; the xlsx host is never imported statically here.
 *
 * - readActiveWorkbook(onProgress?) → WorkbookSnapshot
 * - generateInExcel({settings, extraWorkbooks?, previous?, onProgress?}) → {report, plan, notices}
 * - selectCell(sheet, cell), activateSheet(name)
 * - loadSettings() / saveSettings(settings), loadPreviousSnapshot()
 * - createGriffieWorkbook(base64)  (UnsupportedApiError before ExcelApi 1.8: offer a download)
 * - insertFiguresSheet(base64, sheetName, values?) → name of the inserted sheet
 */
export {
  generateInExcel,
  type GenerateOptions,
  type GenerationResult,
  type GenerationStep,
} from "./generate";
export { loadPreviousSnapshot, loadSettings, saveSettings } from "./stored";
export {
  activateSheet,
  createGriffieWorkbook,
  insertFiguresSheet,
  readActiveWorkbook,
  selectCell,
} from "./workbook";
export { readWorkbookState, type SheetInfo, type WorkbookState } from "./read";
export { checkWritable, writePlan, type WriteResult } from "./write";
