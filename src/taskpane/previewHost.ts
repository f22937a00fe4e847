import {
  HostReadError,
  hostMessage,
  KoersError,
  parseRangeAddress,
  reportFileName,
  type StoredHistory,
} from "../core";
import type { Settings, SettingsInput, SheetSnapshot, WorkbookSnapshot } from "../core";
import { createInThreadEngine, type KoersEngine } from "./engine/engine";
import type {
  ExtraWorkbook,
  GenerateOutcome,
  GenerateRequest,
  KoersHost,
  ShareOutcome,
  ShareRequest,
} from "./host";
import { xlsxModule, type XlsxModule } from "./xlsxModule";

/** What the preview host tells the pane that Excel would otherwise show by itself. */
export type PreviewEvent =
  | { kind: "selectCell"; sheet: string; cell: string; text: string | null }
  | { kind: "showSheet"; sheet: SheetSnapshot };

/** The preview host: a workbook held in the browser's memory instead of the open Excel workbook. */
export interface PreviewHost extends KoersHost {
  kind: "preview";
  /** Reads an .xlsx file the user picked; throws HostReadError when it is not a workbook. */
  openWorkbook(name: string, bytes: Uint8Array): Promise<WorkbookSnapshot>;
  /** The current workbook as bytes (after generation: with the generated sheets). */
  currentFile(): { fileName: string; bytes: Uint8Array } | null;
  subscribe(listener: (event: PreviewEvent) => void): () => void;
}

/**
 * Creates the preview host. Reading, analysing, planning and writing run on `engine` (the pane's worker;
 * by default the calling thread with `xlsx`, whose functions are replaceable for tests).
 */
export function createPreviewHost(
  xlsx: XlsxModule = xlsxModule,
  engine: KoersEngine = createInThreadEngine(xlsx),
): PreviewHost {
  /**
   * The workbook in memory. Its snapshot is a promise: after a generation the written file is read back
   * while the pane already shows the results; whatever needs the snapshot waits for it.
   */
  let current: { name: string; bytes: Uint8Array; snapshot: Promise<WorkbookSnapshot> } | null = null;
  let settings: SettingsInput | null = null;
  let history: StoredHistory | null = null;
  const listeners = new Set<(event: PreviewEvent) => void>();
  const emit = (event: PreviewEvent) => listeners.forEach((listener) => listener(event));

  const requireWorkbook = () => {
    if (!current) throw new HostReadError(hostMessage("preview-no-workbook"));
    return current;
  };

  /** `current` for a file read from `bytes` (reading runs on the engine). */
  const readBack = (name: string, bytes: Uint8Array) => {
    const snapshot = read(name, engine.readWorkbook(bytes, name)).then((result) => result.snapshot);
    // NOTE: a failed read-back rejects for whoever waits for the snapshot; it is no unhandled rejection.
    snapshot.catch(() => undefined);
    return { name, bytes, snapshot };
  };

  async function read<T>(name: string, reading: Promise<T>): Promise<T> {
    try {
      return await reading;
    } catch (error) {
      if (error instanceof KoersError) throw error;
      throw new HostReadError(hostMessage("file-unexpected", { file: name }), { cause: error });
    }
  }

  return {
    kind: "preview",
    async openWorkbook(name, bytes) {
      // A file saved by Excel with Koers carries the pane's settings and history: the preview uses them too.
      const { snapshot, stored } = await read(name, engine.readWorkbook(bytes, name, { withStored: true }));
      current = { name, bytes, snapshot: Promise.resolve(snapshot) };
      if (stored?.settings) settings = stored.settings;
      history = stored?.history ?? null;
      return snapshot;
    },
    currentFile() {
      return current ? { fileName: reportFileName(current.name), bytes: current.bytes } : null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async readWorkbook() {
      return (await current?.snapshot) ?? null;
    },
    async generate(request: GenerateRequest): Promise<GenerateOutcome> {
      const workbook = requireWorkbook();
      const snapshot = await workbook.snapshot;
      // NOTE: the previous report is the user's pick, else the generation the add-in kept in the file before this date.
      const written = await read(
        workbook.name,
        engine.writePreview(
          workbook.bytes,
          {
            workbooks: [snapshot, ...request.extraWorkbooks.map((extra) => extra.snapshot)],
            previous: request.previous,
            history,
            settings: request.settings,
            audience: "workbook",
          },
          request.onProgress,
        ),
      );
      current = readBack(workbook.name, written.bytes);
      request.onProgress?.({ stage: "done", count: written.sheets.length });
      return {
        report: written.report,
        sheets: written.sheets,
        download: { fileName: written.fileName, bytes: written.bytes },
      };
    },
    async selectCell(sheet, cell) {
      const found = (await current?.snapshot)?.sheets.find((candidate) => candidate.name === sheet);
      emit({ kind: "selectCell", sheet, cell, text: found ? cellText(found, cell) : null });
    },
    async showSheet(name) {
      const sheet = (await current?.snapshot)?.sheets.find((candidate) => candidate.name === name);
      if (sheet) emit({ kind: "showSheet", sheet });
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(next: Settings) {
      settings = next;
    },
    async shareWithGriffie(request: ShareRequest): Promise<ShareOutcome> {
      const workbook = requireWorkbook();
      const snapshot = await workbook.snapshot;
      const { fileName, bytes, leaks, sheetCount } = await engine.writeGriffie(
        {
          workbooks: [snapshot, ...request.extraWorkbooks.map((extra) => extra.snapshot)],
          previous: request.previous,
          history,
          settings: request.settings,
          audience: "griffie",
        },
        request.onProgress,
      );
      // NOTE: the copy is offered only when its re-scan finds nothing personal (as the CLI does).
      if (leaks.length > 0) return { kind: "blocked", leaks };
      request.onProgress?.({ stage: "done", count: sheetCount });
      return {
        kind: "download",
        reason: "preview",
        file: { fileName, bytes },
      };
    },
    async addFiguresSheet(source: ExtraWorkbook, sheetName: string) {
      const workbook = requireWorkbook();
      const sheet = source.snapshot.sheets.find((item) => item.name === sheetName);
      if (!sheet) throw new RangeError(`No sheet named ${sheetName} in ${source.name}`);
      const copied = await xlsx.copySheet(workbook.bytes, sheet);
      current = readBack(workbook.name, copied.bytes);
      await current.snapshot;
      return copied.name;
    },
  };
}

function cellText(sheet: SheetSnapshot, cell: string): string | null {
  const position = parseRangeAddress(cell.split(",")[0]).start;
  const text = sheet.texts[position.row - 1]?.[position.column - 1];
  return text === undefined || text === "" ? null : text;
}
