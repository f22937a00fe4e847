import { analyzeInputs, parseSettings, planAnalysis, type Settings, type SettingsInput } from "../../core";
import type { Comparison, Report, ReportPlan, StoredHistory, WorkbookSnapshot } from "../../core";
import { writeGriffieWorkbook, writeReportIntoWorkbook } from "./write/workbook";
import type { OpenPackageStore } from "./package/parts";
import type { WorkbookFormat } from "./package/workbookPackage";

/** A workbook file as bytes, with its file name for messages. */
export interface WorkbookFile {
  name: string;
  data: Uint8Array | ArrayBuffer;
}

export type GenerateStep = "read" | "analyze" | "write" | "griffie";

export interface GenerateOptions {
  settings: SettingsInput;
  /** An older version of the first workbook, for "changes since the previous report". */
  previous?: WorkbookFile | null;
  /** The history stored in the first workbook; without `previous` its generation before the report date is compared with. */
  history?: StoredHistory | null;
  /** Also make the griffie copy. */
  griffie?: boolean;
  /** Called before each step, for progress lines or a spinner. */
  onProgress?: (step: GenerateStep, file?: string) => void;
  /** The snapshot reader; defaults to the xlsx host's. */
  readSnapshot?: (data: Uint8Array | ArrayBuffer, name: string) => Promise<WorkbookSnapshot>;
  /** How the writers open packages (default JSZip; the CLI passes its zlib store). */
  openPackageStore?: OpenPackageStore;
  /** The kind of file the workbook is saved as (WriteOptions.format); unset: as the first input is. */
  format?: WorkbookFormat;
}

export interface GenerateResult {
  report: Report;
  settings: Settings;
  plan: ReportPlan;
  /** The first workbook plus the generated sheets. */
  workbook: Uint8Array;
  griffiePlan: ReportPlan | null;
  griffie: Uint8Array | null;
  /** "<titel> <organisatie> <rapportagedatum> (griffie).xlsx" when the copy was made (core griffieFileName). */
  griffieFileName: string | null;
  /** What the report was compared with (the user's previous version or the stored baseline). */
  comparison: Comparison;
}

/**
 * The whole file flow of the CLI: read snapshots → generateReport → write. Further inputs add their datasets; the first one receives the sheets.
 * Throws HostReadError / HostWriteError for files it cannot read or write; data problems are findings.
 */
export async function generateFromFiles(
  inputs: WorkbookFile[],
  options: GenerateOptions,
): Promise<GenerateResult> {
  if (inputs.length === 0) throw new RangeError("generateFromFiles needs at least one workbook.");
  // NOTE: loaded on demand so a caller that brings its own reader does not load the package reader.
  const read = options.readSnapshot ?? (await import("./read/snapshot")).readWorkbookSnapshot;
  const settings = parseSettings(options.settings);
  const snapshots: WorkbookSnapshot[] = [];
  for (const input of inputs) {
    options.onProgress?.("read", input.name);
    snapshots.push(await read(input.data, input.name));
  }
  let previous: WorkbookSnapshot | undefined;
  if (options.previous) {
    options.onProgress?.("read", options.previous.name);
    previous = await read(options.previous.data, options.previous.name);
  }

  options.onProgress?.("analyze");
  const generation = { workbooks: snapshots, settings, previous, history: options.history };
  const analysis = analyzeInputs(generation);
  const { report, plan, comparison } = planAnalysis(analysis, generation);

  options.onProgress?.("write", inputs[0].name);
  const writeOptions = { openStore: options.openPackageStore };
  const workbook = await writeReportIntoWorkbook(inputs[0].data, plan, {
    ...writeOptions,
    format: options.format,
  });

  let griffiePlan: ReportPlan | null = null;
  let griffie: Uint8Array | null = null;
  let griffieFileName: string | null = null;
  if (options.griffie) {
    options.onProgress?.("griffie");
    // NOTE: `report.output` names the workbook's sheets, not the copy's.
    ({ plan: griffiePlan, fileName: griffieFileName } = planAnalysis(analysis, {
      ...generation,
      audience: "griffie",
    }));
    griffie = await writeGriffieWorkbook(griffiePlan, writeOptions);
  }
  return { report, settings, plan, workbook, griffiePlan, griffie, griffieFileName, comparison };
}
