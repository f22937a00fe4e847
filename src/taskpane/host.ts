import type { PrivacyHit, Report, Settings, SettingsInput, WorkbookSnapshot } from "../core";

/**
 * What the pane needs from the place it runs in. Two implementations: Office (delegates to
 * src/hosts/office and writes into the open workbook) and preview (a workbook held in the browser's
 * memory, written with src/hosts/xlsx loaded by dynamic import). The pane decides nothing per host
 * except what `kind` and the optional capabilities say.
 */
export interface KoersHost {
  kind: "office" | "preview";
  /** Reads the workbook the pane works on; null in preview mode before a file is opened. */
  readWorkbook(): Promise<WorkbookSnapshot | null>;
  /** Analyses, plans and writes the generated sheets; reports stages on the way. */
  generate(request: GenerateRequest): Promise<GenerateOutcome>;
  /** Selects a source cell so the user sees what a finding points at. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Shows a generated sheet (Office: activates it; preview: the pane shows its content). */
  showSheet(name: string): Promise<void>;
  loadSettings(): Promise<SettingsInput | null>;
  saveSettings(settings: Settings): Promise<void>;
  /** Builds the griffie copy (audience griffie, personal data removed) and opens or offers it. */
  shareWithGriffie(request: ShareRequest): Promise<ShareOutcome>;
  /** Copies a figures sheet from another workbook into this one, so the next run needs no second file. */
  addFiguresSheet(source: ExtraWorkbook, sheetName: string): Promise<string>;
}

/** A further workbook the user picked in the pane (read with readWorkbookSnapshot). */
export interface ExtraWorkbook {
  name: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
}

export type ProgressStage = "reading" | "checking" | "computing" | "writing" | "done";

export interface ProgressEvent {
  stage: ProgressStage;
  /** What the stage has counted so far: sheets read, findings, activities/categories, sheets written. */
  count?: number;
}

export interface GenerateRequest {
  settings: Settings;
  extraWorkbooks: ExtraWorkbook[];
  previous: WorkbookSnapshot | null;
  onProgress?: (event: ProgressEvent) => void;
}

export interface GenerateOutcome {
  report: Report;
  /** Names of the generated sheets, in workbook order. */
  sheets: string[];
  /** What this Excel could not do (Office host), in Dutch and English. */
  notices?: string[];
  /** Preview only: the written workbook, to download. */
  download?: DownloadableFile;
}

export interface ShareRequest {
  settings: Settings;
  extraWorkbooks: ExtraWorkbook[];
  previous: WorkbookSnapshot | null;
  /** Stages of making the copy (read, check, compute, write, done), as for generation. */
  onProgress?: (event: ProgressEvent) => void;
}

export type ShareOutcome =
  | { kind: "opened"; fileName: string }
  | { kind: "download"; file: DownloadableFile; reason: "preview" | "apiMissing" }
  /** The re-scan of the written copy found personal data: the copy is neither opened nor offered. */
  | { kind: "blocked"; leaks: CopyLeakShown[] };

/** Personal data left in a written copy, masked, with where it stands ("Koers Overzicht!B12", "creator"). */
export interface CopyLeakShown {
  kind: PrivacyHit["kind"];
  where: string;
  masked: string;
}

export interface DownloadableFile {
  fileName: string;
  bytes: Uint8Array;
}

export const xlsxMimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
