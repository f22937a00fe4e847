import type { ReportPlan } from "../core/plan/reportPlan";
import type { WorkbookSnapshot } from "../core/snapshot";

/**
 * The parts of src/hosts/xlsx the pane uses, each loaded by dynamic import only: the Office bundle never
 * downloads them unless the user picks a file in the pane. Reading and writing are JSZip-based; copying
 * a sheet in preview mode needs ExcelJS, which therefore sits in its own async chunk.
 */
export interface XlsxModule {
  readWorkbookSnapshot(data: Uint8Array, name: string): Promise<WorkbookSnapshot>;
  /** The original workbook plus the generated sheets (replacing earlier generated ones). */
  writeReportIntoWorkbook(original: Uint8Array, plan: ReportPlan): Promise<Uint8Array>;
  /** A new workbook with only the plan's sheets: the griffie copy. */
  writeGriffieWorkbook(plan: ReportPlan): Promise<Uint8Array>;
  /** Copies one sheet's values, number formats, widths and merges from `source` into `target`. */
  copySheet(
    target: Uint8Array,
    source: Uint8Array,
    sheetName: string,
    dropSheets?: string[],
  ): Promise<{ bytes: Uint8Array; name: string }>;
}

/** The xlsx host's functions, each fetching its chunk on first use. */
export const xlsxModule: XlsxModule = {
  async readWorkbookSnapshot(data, name) {
    const reader = await import(/* webpackChunkName: "xlsx-read" */ "../hosts/xlsx/readSnapshot");
    return reader.readWorkbookSnapshot(data, name);
  },
  async writeReportIntoWorkbook(original, plan) {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ "../hosts/xlsx/writeWorkbook");
    return toBytes(await writer.writeReportIntoWorkbook(original, plan));
  },
  async writeGriffieWorkbook(plan) {
    const writer = await import(/* webpackChunkName: "xlsx-write" */ "../hosts/xlsx/writeWorkbook");
    return toBytes(await writer.writeGriffieWorkbook(plan));
  },
  async copySheet(target, source, sheetName, dropSheets) {
    const copier = await import(/* webpackChunkName: "exceljs-copy" */ "./copySheet");
    return copier.copySheet(target, source, sheetName, dropSheets);
  },
};

/** Normalises what a writer returns (Buffer, ArrayBuffer, Uint8Array) to a Uint8Array. */
export function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
