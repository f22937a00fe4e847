import type { ReportPlan } from "../core/plan/reportPlan";
import type { WorkbookSnapshot } from "../core/snapshot";

/**
 * The parts of src/hosts/xlsx (ExcelJS) the pane uses. Loaded only by dynamic import, so ExcelJS lands in
 * an async chunk: the Office bundle never downloads it unless the user picks a file in the pane.
 */
export interface XlsxModule {
  readWorkbookSnapshot(data: Uint8Array, name: string): Promise<WorkbookSnapshot>;
  /** The original workbook plus the generated sheets (replacing earlier generated ones). */
  writeReportIntoWorkbook(original: Uint8Array, plan: ReportPlan): Promise<Uint8Array>;
  /** A new workbook with only the plan's sheets: the griffie copy. */
  writeGriffieWorkbook(plan: ReportPlan): Promise<Uint8Array>;
  /** Copies one sheet's values, number formats, widths and merges from `source` into `target`. */
  copySheet(target: Uint8Array, source: Uint8Array, sheetName: string): Promise<{ bytes: Uint8Array; name: string }>;
}

let loading: Promise<XlsxModule> | null = null;

/** Loads the xlsx host once (async chunk "xlsx"). */
export function loadXlsxModule(): Promise<XlsxModule> {
  loading ??= Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../hosts/xlsx/readSnapshot"),
    import(/* webpackChunkName: "xlsx" */ "../hosts/xlsx/writeWorkbook"),
    import(/* webpackChunkName: "xlsx" */ "./copySheet"),
  ]).then(([reader, writer, copier]) => ({
    readWorkbookSnapshot: async (data, name) => reader.readWorkbookSnapshot(data, name),
    writeReportIntoWorkbook: async (original, plan) => toBytes(await writer.writeReportIntoWorkbook(original, plan)),
    writeGriffieWorkbook: async (plan) => toBytes(await writer.writeGriffieWorkbook(plan)),
    copySheet: copier.copySheet,
  }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Normalises what a writer returns (Buffer, ArrayBuffer, Uint8Array) to a Uint8Array. */
export function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
