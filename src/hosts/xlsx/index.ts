/**
 * The xlsx host (a workbook file at package level: JSZip in the browser, Node's zlib in the CLI). Everything
 * outside this folder imports it through its role files — `read`, `write`, `stored`, `generate` and this
 * index — never its parts (rule `xlsx-host-through-role-files`); only `node/` uses Node's built-ins.
 *
 * - read: readWorkbookSnapshot, inspectWorkbookFile, scanGriffieCopy
 * - write: writeReportIntoWorkbook, writeGriffieWorkbook, copySheetIntoWorkbook
 * - stored: readStoredData / storedDataOf (the settings and history the Office host keeps in a file)
 * - generate: generateFromFiles (read → core's generateReport → write, for the CLI)
 */
export * from "./generate";
export * from "./read";
export * from "./stored";
export * from "./write";
