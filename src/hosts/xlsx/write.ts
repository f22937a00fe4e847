/**
 * The xlsx host's writing role: a ReportPlan into the user's workbook beside its own parts, which keep their
 * bytes (`write/workbook.ts`), the griffie copy as a new workbook, and a sheet copied in from another
 * workbook (`write/copySheet.ts`). Browser-safe; the pane loads it as its "xlsx-write" chunk.
 */
export { copySheetIntoWorkbook } from "./write/copySheet";
export { type WorkbookFormat } from "./package/workbookPackage";
export { writeGriffieWorkbook, writeReportIntoWorkbook } from "./write/workbook";
