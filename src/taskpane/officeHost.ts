import { UnsupportedApiError } from "../core";
import type { Settings } from "../core";
import * as office from "../hosts/office";
import { createInThreadEngine, type KoersEngine } from "./engine/engine";
import type {
  ExtraWorkbook,
  GenerateOutcome,
  GenerateRequest,
  KoersHost,
  ShareOutcome,
  ShareRequest,
} from "./host";
import type { OfficeEnvironment } from "./officeLoader";
import { xlsxModule, type XlsxModule } from "./xlsxModule";

/**
 * The Office host of the pane: delegates to src/hosts/office, which reads and writes the open workbook
 * through Office.js. The griffie copy is written in the pane (xlsx writer, dynamic import) and opened
 * with Excel.createWorkbook, or offered as a download where that API is missing. Analysis, plan and the
 * griffie copy's writing run on `engine` (the pane's worker); Office.js calls stay in the pane's thread.
 */
export function createOfficeHost(
  _environment: OfficeEnvironment,
  xlsx: XlsxModule = xlsxModule,
  engine: KoersEngine = createInThreadEngine(xlsx),
): KoersHost {
  return {
    kind: "office",
    readWorkbook: () => office.readActiveWorkbook(),
    async generate(request: GenerateRequest): Promise<GenerateOutcome> {
      const result = await office.generateInExcel({
        settings: request.settings,
        extraWorkbooks: request.extraWorkbooks.map((extra) => extra.snapshot),
        // undefined: the Office host compares with the snapshot it stored at the last generation.
        previous: request.previous ?? undefined,
        onProgress: (step) => request.onProgress?.({ stage: step.phase, count: step.done ?? step.total }),
        generate: (inputs) => engine.plan(inputs),
      });
      return {
        report: result.report,
        sheets: result.plan.sheets.map((sheet) => sheet.name),
        notices: result.notices,
      };
    },
    selectCell: (sheet, cell) => office.selectCell(sheet, cell),
    showSheet: (name) => office.activateSheet(name),
    loadSettings: () => office.loadSettings(),
    saveSettings: (settings: Settings) => office.saveSettings(settings),
    async shareWithGriffie(request: ShareRequest): Promise<ShareOutcome> {
      const workbook = await office.readActiveWorkbook();
      // The same comparison as generateInExcel: the stored generation before this report's date (after a
      // generation the latest stored one is this report itself, which would show no changes).
      const previous = request.previous ?? (await office.loadPreviousSnapshot(request.settings.reportDate));
      const { fileName, bytes, leaks, sheetCount } = await engine.writeGriffie(
        {
          workbooks: [workbook, ...request.extraWorkbooks.map((extra) => extra.snapshot)],
          previous,
          settings: request.settings,
          audience: "griffie",
        },
        request.onProgress,
      );
      // NOTE: the copy is opened or offered only when its re-scan finds nothing personal (as the CLI does).
      if (leaks.length > 0) return { kind: "blocked", leaks };
      request.onProgress?.({ stage: "done", count: sheetCount });
      try {
        await office.createGriffieWorkbook(toBase64(bytes));
        return { kind: "opened", fileName };
      } catch (error) {
        if (error instanceof UnsupportedApiError)
          return { kind: "download", reason: "apiMissing", file: { fileName, bytes } };
        throw error;
      }
    },
    async addFiguresSheet(source: ExtraWorkbook, sheetName: string): Promise<string> {
      const values = source.snapshot.sheets.find((sheet) => sheet.name === sheetName)?.values;
      return office.insertFiguresSheet(toBase64(source.bytes), sheetName, values);
    },
  };
}

/** Bytes → base64 in chunks (String.fromCharCode on a whole workbook would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk));
  }
  return btoa(binary);
}
