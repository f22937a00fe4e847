import type { GenerateInputs, GeneratedReport, Report, StoredData, WorkbookSnapshot } from "../../core";
import type { CopyLeakShown, ProgressEvent } from "../host";
import { xlsxModule, type XlsxModule } from "../xlsxModule";

/** What the pane shows before generating: the report of the analysis (its datasets stay where it ran). */
export interface PaneAnalysis {
  report: Report;
}

/** A workbook file read into a snapshot, with what Koers kept in it (null when unreadable or not asked). */
export interface ReadWorkbook {
  snapshot: WorkbookSnapshot;
  stored: StoredData | null;
}

/** A report planned for the Office host: the parts it writes and stores (never the analysis' datasets). */
export type PlannedReport = Pick<GeneratedReport, "report" | "plan" | "nextHistory" | "fileName">;

/** The preview's generation: the original workbook with the generated sheets. */
export interface PreviewWritten {
  report: Report;
  /** Names of the generated sheets, in workbook order. */
  sheets: string[];
  fileName: string;
  bytes: Uint8Array;
}

/** The griffie copy, written and re-scanned: `leaks` empty means nothing personal is left in `bytes`. */
export interface GriffieWritten {
  fileName: string;
  sheetCount: number;
  bytes: Uint8Array;
  leaks: CopyLeakShown[];
}

export type ProgressListener = (event: ProgressEvent) => void;

/**
 * Where the pane runs core and the xlsx package code: in a Web Worker (engine/client.ts) so the pane stays
 * responsive on a large workbook, or in the pane's own thread (createInThreadEngine) where no worker is
 * available. Both give the same results; Office.js calls never go through the engine (they must stay on
 * the pane's thread). Failures reject with the same KoersError classes, code and texts either way.
 */
export interface KoersEngine {
  /** Reads an .xlsx file; `withStored` also reads the settings and history Koers kept in it. */
  readWorkbook(bytes: Uint8Array, name: string, options?: { withStored?: boolean }): Promise<ReadWorkbook>;
  /** The analysis half of core's generateReport, for what the pane shows before generating. */
  analyze(inputs: GenerateInputs): Promise<PaneAnalysis>;
  /** Core's generateReport for the Office host, reporting its stages. */
  plan(inputs: GenerateInputs, onProgress?: ProgressListener): Promise<PlannedReport>;
  /** Plans the report and writes it into `original` (the preview's workbook). */
  writePreview(
    original: Uint8Array,
    inputs: GenerateInputs,
    onProgress?: ProgressListener,
  ): Promise<PreviewWritten>;
  /** Plans the griffie copy (audience griffie), writes it as a new workbook and re-scans it. */
  writeGriffie(inputs: GenerateInputs, onProgress?: ProgressListener): Promise<GriffieWritten>;
}

/** Core's analysis and plan, loaded on first use: the pane's first script carries none of it. */
const generation = () => import(/* webpackChunkName: "koers-core" */ "../generation");

/** The engine in the calling thread: the worker runs this same engine, so both compute alike. */
export function createInThreadEngine(xlsx: XlsxModule = xlsxModule): KoersEngine {
  const plan = async (inputs: GenerateInputs, onProgress?: ProgressListener) =>
    (await generation()).planReport(inputs, onProgress);
  return {
    async readWorkbook(bytes, name, options = {}) {
      const snapshot = await xlsx.readWorkbookSnapshot(bytes, name);
      const stored = options.withStored ? await xlsx.readStoredData(bytes).catch(() => null) : null;
      return { snapshot, stored };
    },
    async analyze(inputs) {
      return (await generation()).analyzeForPane(inputs);
    },
    async plan(inputs, onProgress) {
      const { report, plan: planned, nextHistory, fileName } = await plan(inputs, onProgress);
      return { report, plan: planned, nextHistory, fileName };
    },
    async writePreview(original, inputs, onProgress) {
      const generated = await plan(inputs, onProgress);
      const bytes = await xlsx.writeReportIntoWorkbook(original, generated.plan);
      return {
        report: generated.report,
        sheets: generated.plan.sheets.map((sheet) => sheet.name),
        fileName: generated.fileName,
        bytes,
      };
    },
    async writeGriffie(inputs, onProgress) {
      const generated = await plan({ ...inputs, audience: "griffie" }, onProgress);
      const bytes = await xlsx.writeGriffieWorkbook(generated.plan);
      const leaks = await xlsx.scanGriffieCopy(bytes);
      return { fileName: generated.fileName, sheetCount: generated.plan.sheets.length, bytes, leaks };
    },
  };
}

/** The engine of a pane started without one (jsdom tests): core in the calling thread. */
export const inThreadEngine: KoersEngine = createInThreadEngine();
