/**
 * The xlsx host's reading role: a workbook file into a WorkbookSnapshot (`read/snapshot.ts`), what kind of
 * file it is before that (`package/fileKind.ts`), and the re-scan of a written griffie copy in every part
 * (`read/scanCopy.ts`). Browser-safe; the pane loads it as its "xlsx-read" chunk.
 */
export { inspectWorkbookFile } from "./package/fileKind";
export { scanGriffieCopy, type CopyLeak } from "./read/scanCopy";
export { readWorkbookSnapshot } from "./read/snapshot";
