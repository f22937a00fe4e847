import type { ReportPlan, SheetSnapshot, StoredData, WorkbookSnapshot } from "../core";
import type { CopyLeakShown } from "./host";

/**
 * The parts of src/hosts/xlsx the pane uses, each loaded by dynamic import only: the Office bundle never
 * downloads them unless the user picks a file in the pane. Reading, writing and copying a sheet all work
 * on the package with JSZip.
 */
export interface XlsxModule {
  readWorkbookSnapshot(data: Uint8Array, name: string): Promise<WorkbookSnapshot>;
  /** What the add-in kept in the workbook in Excel: the pane's settings and the history of generations. */
  readStoredData(data: Uint8Array): Promise<StoredData>;
  /** The original workbook plus the generated sheets (replacing earlier generated ones). */
  writeReportIntoWorkbook(original: Uint8Array, plan: ReportPlan): Promise<Uint8Array>;
  /** A new workbook with only the plan's sheets: the griffie copy. */
  writeGriffieWorkbook(plan: ReportPlan): Promise<Uint8Array>;
  /** Re-scans a written griffie copy in every part; an empty list means no personal data is left. */
  scanGriffieCopy(bytes: Uint8Array): Promise<CopyLeakShown[]>;
  /** Adds a copy of another workbook's sheet (values, number formats, fills, merges) to `target`. */
  copySheet(target: Uint8Array, sheet: SheetSnapshot): Promise<{ bytes: Uint8Array; name: string }>;
}

/** The xlsx host's functions, each fetching its chunk on first use. */
export const xlsxModule: XlsxModule = {
  async readWorkbookSnapshot(data, name) {
    const reader = await import(/* webpackChunkName: "xlsx-read" */ "../hosts/xlsx/read");
    return reader.readWorkbookSnapshot(data, name);
  },
  async readStoredData(data) {
    const reader = await import(/* webpackChunkName: "xlsx-read" */ "../hosts/xlsx/stored");
    return reader.storedDataOf(data);
  },
  async writeReportIntoWorkbook(original, plan) {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ "../hosts/xlsx/write");
    // NOTE: the preview's download is always an .xlsx (reportFileName), so a macro-enabled input is written as one.
    return toBytes(await writer.writeReportIntoWorkbook(original, plan, { format: "xlsx" }));
  },
  async writeGriffieWorkbook(plan) {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ "../hosts/xlsx/write");
    return toBytes(await writer.writeGriffieWorkbook(plan));
  },
  async scanGriffieCopy(bytes) {
    const scanner = await import(/* webpackChunkName: "xlsx-read" */ "../hosts/xlsx/read");
    return scanner.scanGriffieCopy(bytes);
  },
  async copySheet(target, sheet) {
    const copier = await import(/* webpackChunkName: "xlsx-write" */ "../hosts/xlsx/write");
    return copier.copySheetIntoWorkbook(target, sheet);
  },
};

/** Normalises what a writer returns (Buffer, ArrayBuffer, Uint8Array) to a Uint8Array. */
export function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
