/**
 * A recording fake of the Excel JavaScript API (Office.js) for tests and the sync-budget script.
 *
 * It behaves like Excel where the Office host depends on it: `Excel.run` and `context.sync()` batching,
 * PropertyNotLoaded before load + sync, *OrNullObject lookups, requirement sets (simulate Excel 2016
 * with `apiVersion: "1.4"`), protected sheets and read-only workbooks (AccessDenied), and Excel on the
 * web's 5 MB limit on every request and response (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). It counts syncs, the JSON bytes of every request (the queued
 * operations with their arguments) and response (the loaded results), and the cells whose contents were
 * loaded. Its used range with formats (getUsedRange(false)) and with values (getUsedRange(true)) differ as
 * Excel's do, so a fill at XFD1048576 makes a used range of 17 billion cells around ten values.
 *
 * office-addin-mock answers unloaded properties with sentinel strings instead of throwing, so it cannot
 * catch a missing load; this fake can.
 */
import { columnLetter, parseRangeAddress } from "../../../src/core/address";
import {
  generationId,
  generationRecordKey,
  markerValue,
  serializeGenerationRecord,
} from "../../../src/core/plan/generation";
import { date1904Offset } from "../../../src/core/dateSystem";
import { generatedMarker } from "../../../src/core/plan/reportPlan";
import { isDateFormat } from "../../../src/core/read/values";
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../../src/core/snapshot";
import { displayText } from "./cellText";
import {
  FakeExcelError,
  FakeRequestContext,
  payloadLimitBytes,
  type FakeRuntime,
  type SyncRecord,
} from "./client";
import {
  SheetModel,
  WorkbookModel,
  qualifiedAddress,
  rectAddress,
  type CellModel,
  type ScalarValue,
} from "./model";

export { FakeExcelError, payloadLimitBytes } from "./client";
export type { SyncRecord } from "./client";
export { SheetModel, WorkbookModel } from "./model";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set, "1.17" by default; "1.4" simulates Excel 2016 with updates. */
  apiVersion?: string;
  readOnly?: boolean;
  /** Payload limit per request and per response, 5 MB by default. */
  limitBytes?: number;
  /**
   * The workbook counts dates in the 1904 date system: `fromSnapshot` and `addSheet` store every date cell
   * (a number with a date format) 1462 lower, as Excel for Mac saved them, so the workbook shows the same dates.
   */
  date1904?: boolean;
  /** A test's bound on the cells loaded in all (see FakeRuntime.cellLoadLimit); none by default. */
  cellLoadLimit?: number;
  /** Decodes a base64 workbook for insertWorksheetsFromBase64 (tests pass one built on the xlsx host). */
  decodeWorkbook?: FakeRuntime["decodeWorkbook"];
}

/** A chart as the fake holds it, with ranges as "Sheet!A1:B2" text so tests can compare it. */
export interface ChartState {
  name: string;
  type: string;
  title: unknown;
  position: { start: string; end: string } | null;
  series: { name: string; values: string | null; xValues: string | null; config: Record<string, unknown> }[];
  config: Record<string, unknown>;
}

/** Everything a test may want to check on one sheet of the fake's workbook. */
export interface SheetState {
  name: string;
  position: number;
  visibility: SheetVisibility;
  generated: boolean;
  protected: boolean;
  tabColor: string;
  snapshot: SheetSnapshot;
  /** Formulas by A1 address; a report must write none. */
  formulas: Record<string, string>;
  /** Bold cells by A1 address. */
  bold: string[];
  hyperlinks: Record<string, { documentReference?: string; address?: string; screenTip?: string }>;
  charts: ChartState[];
  conditionalFormats: { type: string; range: string; config: Record<string, unknown> }[];
  /** Column widths in points by column letter. */
  columnWidths: Record<string, number>;
  /** Row heights in points by row number, where one was set. */
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: Record<string, unknown>;
  autoFilter: string | null;
}

const visibilityFromApi = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const visibilityToApi = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** The fake: a workbook model plus the `Excel` and `Office` globals that drive it. */
export class FakeExcel {
  readonly model: WorkbookModel;
  readonly runtime: FakeRuntime;
  /** Stands in for the global `Excel` namespace. */
  readonly Excel: {
    run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => Promise<T>;
    createWorkbook: (base64?: string) => Promise<void>;
    ErrorCodes: Record<string, string>;
  };
  /** Stands in for the global `Office` namespace. */
  readonly Office: {
    context: { requirements: { isSetSupported: (name: string, minVersion?: string | number) => boolean } };
    onReady: () => Promise<{ host: string; platform: string }>;
    HostType: { Excel: string };
  };

  constructor(name = "Werkmap.xlsx", options: FakeExcelOptions = {}) {
    this.model = new WorkbookModel(name);
    this.model.readOnly = options.readOnly ?? false;
    this.model.date1904 = options.date1904 ?? false;
    this.runtime = {
      model: this.model,
      apiMinor: minorOf(options.apiVersion ?? "1.17"),
      syncs: [],
      limitBytes: options.limitBytes ?? payloadLimitBytes,
      cellsLoaded: 0,
      cellLoadLimit: options.cellLoadLimit,
      faults: [],
      decodeWorkbook: options.decodeWorkbook,
    };
    const runtime = this.runtime;
    this.Excel = {
      run: async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
        const context = new FakeRequestContext(runtime);
        const result = await batch(context);
        if (context.hasPending) await context.sync();
        return result;
      },
      createWorkbook: async (base64?: string) => {
        if (runtime.apiMinor < 8)
          throw new FakeExcelError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8.");
        runtime.model.createdWorkbooks.push(base64 ?? "");
      },
      ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", apiNotFound: "ApiNotFound" },
    };
    this.Office = {
      context: {
        requirements: {
          isSetSupported: (setName: string, minVersion?: string | number) =>
            setName === "ExcelApi" && minorOf(String(minVersion ?? "1.1")) <= runtime.apiMinor,
        },
      },
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      HostType: { Excel: "Excel" },
    };
  }

  /**
   * Loads a snapshot: values, displayed texts, number formats, fills, merges and visibility. Its `generated`
   * sheets become Koers's sheets as a generation leaves them: each carries the marker with one generation id,
   * and the workbook's settings record that generation with the sheets' positions and names.
   */
  static fromSnapshot(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): FakeExcel {
    const fake = new FakeExcel(snapshot.name, options);
    for (const sheet of snapshot.sheets) fake.addSheet(sheet);
    const generated = snapshot.sheets.flatMap((sheet, position) =>
      sheet.generated ? [{ position, name: sheet.name }] : [],
    );
    if (generated.length > 0) {
      const id = generationId(["fake", ...generated.map((sheet) => sheet.name)]);
      for (const { name } of generated) fake.setMarker(name, `=${markerValue(id)}`);
      fake.model.settings.set(generationRecordKey, serializeGenerationRecord({ id, sheets: generated }));
    }
    fake.model.activeSheetId = fake.model.sheets.find((sheet) => sheet.visibility === "Visible")?.id ?? null;
    return fake;
  }

  /**
   * Adds a sheet from a SheetSnapshot (texts kept as given, so a read gives them back exactly; dates in core's
   * 1900 serials, stored in the workbook's own date system).
   */
  addSheet(snapshot: SheetSnapshot): SheetModel {
    const sheet = new SheetModel(this.model.newId("sheet"), snapshot.name);
    sheet.visibility = visibilityToApi[snapshot.visibility];
    for (let row = 0; row < snapshot.rowCount; row++) {
      for (let column = 0; column < snapshot.columnCount; column++) {
        const value = snapshot.values[row]?.[column] ?? null;
        const text = snapshot.texts[row]?.[column] ?? "";
        const numberFormat = snapshot.numberFormats[row]?.[column] ?? "General";
        const fill = snapshot.fills[row]?.[column] ?? null;
        if (value === null && text === "" && numberFormat === "General" && fill === null) continue;
        const stored =
          typeof value === "number" && this.model.date1904 && isDateFormat(numberFormat)
            ? value - date1904Offset
            : value;
        const cell: CellModel = { value: stored as ScalarValue | null, text };
        if (numberFormat !== "General") cell.numberFormat = numberFormat;
        if (fill !== null) cell.fill = fill.toUpperCase();
        sheet.cells.set((row + 1) * 20000 + column + 1, cell);
      }
    }
    for (const merge of snapshot.merges) {
      const { start, end } = parseRangeAddress(merge);
      sheet.merges.push({ r1: start.row, c1: start.column, r2: end.row, c2: end.column });
    }
    this.model.sheets.push(sheet);
    return sheet;
  }

  /** Gives a sheet the sheet-scoped marker name with the given formula ("=TRUE", '="k1-…"'), as a user could. */
  setMarker(sheetName: string, formula: string): void {
    this.requireSheet(sheetName).names.set(generatedMarker.toLowerCase(), {
      name: generatedMarker,
      formula,
      visible: false,
      comment: "",
    });
  }

  /**
   * Excel's "Move or Copy" with "Create a copy": a new sheet "<name> (2)" right after the original (or, with
   * `toEnd`, "(move to end)"), with its cells, merges and sheet-scoped names (the marker included).
   */
  copySheet(sourceName: string, toEnd = false): string {
    const source = this.requireSheet(sourceName);
    let name = `${source.name} (2)`;
    for (let suffix = 3; this.model.sheet(name); suffix++) name = `${source.name} (${suffix})`;
    const copy = new SheetModel(this.model.newId("sheet"), name);
    for (const [key, cell] of source.cells) copy.cells.set(key, structuredClone(cell));
    copy.merges = source.merges.map((merge) => ({ ...merge }));
    for (const [key, item] of source.names) copy.names.set(key, { ...item });
    copy.visibility = source.visibility;
    if (toEnd) this.model.sheets.push(copy);
    else this.model.sheets.splice(this.model.sheets.indexOf(source) + 1, 0, copy);
    return name;
  }

  /** Installs `Excel`, `Office` and `OfficeExtension` as globals, as office.js does; returns the undo. */
  install(): () => void {
    const globals = globalThis as Record<string, unknown>;
    const previous = {
      Excel: globals.Excel,
      Office: globals.Office,
      OfficeExtension: globals.OfficeExtension,
    };
    globals.Excel = this.Excel;
    globals.Office = this.Office;
    globals.OfficeExtension = { Error: FakeExcelError };
    return () => {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete globals[key];
        else globals[key] = value;
      }
    };
  }

  /** Marks a sheet protected: every write to it throws AccessDenied. */
  protectSheet(name: string): void {
    this.requireSheet(name).protected = true;
  }

  get syncs(): SyncRecord[] {
    return this.runtime.syncs;
  }

  get syncCount(): number {
    return this.runtime.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.runtime.syncs.map((sync) => sync.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.runtime.syncs.map((sync) => sync.responseBytes));
  }

  /**
   * Makes Excel fail: at the start of a sync (`at: "sync"`) or when an operation whose location matches runs
   * (`/\.load$/`, `/\.values$/`), in syncs after the first `afterSyncs`, `times` times (once by default).
   * `error` is what Excel throws: a FakeExcelError with an Office code, or an engine's TypeError.
   */
  fail(fault: { at: "sync" | RegExp; error: () => unknown; afterSyncs?: number; times?: number }): void {
    this.runtime.faults.push({ afterSyncs: 0, times: 1, ...fault });
  }

  /** Cells whose contents were loaded in all syncs (one per cell of each grid property read). */
  get cellsLoaded(): number {
    return this.runtime.cellsLoaded;
  }

  resetStats(): void {
    this.runtime.syncs.length = 0;
    this.runtime.cellsLoaded = 0;
  }

  get sheetNames(): string[] {
    return this.model.sheets.map((sheet) => sheet.name);
  }

  get activeSheet(): string | null {
    return this.model.sheets.find((sheet) => sheet.id === this.model.activeSheetId)?.name ?? null;
  }

  /** The workbook as a WorkbookSnapshot, read straight from the model (no Office.js involved). */
  toSnapshot(): WorkbookSnapshot {
    return { name: this.model.name, sheets: this.model.sheets.map((sheet) => sheetSnapshot(sheet)) };
  }

  sheet(name: string): SheetState {
    const sheet = this.requireSheet(name);
    const formulas: Record<string, string> = {};
    const bold: string[] = [];
    const hyperlinks: SheetState["hyperlinks"] = {};
    for (const [key, cell] of sheet.cells) {
      const address = `${columnLetter(key % 20000)}${Math.floor(key / 20000)}`;
      if (cell.formula) formulas[address] = cell.formula;
      if (cell.font?.bold) bold.push(address);
      if (cell.hyperlink) hyperlinks[address] = cell.hyperlink;
    }
    return {
      name: sheet.name,
      position: this.model.sheets.indexOf(sheet),
      visibility: visibilityFromApi[sheet.visibility],
      generated: sheet.names.has(generatedMarker.toLowerCase()),
      protected: sheet.protected,
      tabColor: sheet.tabColor,
      snapshot: sheetSnapshot(sheet),
      formulas,
      bold,
      hyperlinks,
      rowHeights: Object.fromEntries(sheet.rowHeights),
      charts: sheet.charts.map((chart) => ({
        name: chart.name,
        type: chart.type,
        title: chart.config["title.text"] ?? null,
        position: chart.position,
        config: chart.config,
        series: chart.series.map((series) => ({
          name: series.name,
          values: series.values ? qualifiedAddress(series.values) : null,
          xValues: series.xValues ? qualifiedAddress(series.xValues) : null,
          config: series.config,
        })),
      })),
      conditionalFormats: sheet.conditionalFormats.map((format) => ({ ...format })),
      columnWidths: Object.fromEntries(
        [...sheet.columnWidths]
          .sort(([a], [b]) => a - b)
          .map(([column, width]) => [columnLetter(column), width]),
      ),
      freeze: sheet.freeze,
      pageLayout: sheet.pageLayout,
      autoFilter: sheet.autoFilter,
    };
  }

  /** A cell's value as a CellValue, or undefined when the sheet has no such cell. */
  value(sheetName: string, address: string): CellValue {
    const { start } = parseRangeAddress(address);
    const value = this.requireSheet(sheetName).cell(start.row, start.column)?.value ?? null;
    return value as CellValue;
  }

  private requireSheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet)
      throw new Error(`The fake workbook has no sheet '${name}' (has ${this.sheetNames.join(", ")}).`);
    return sheet;
  }
}

function sheetSnapshot(sheet: SheetModel): SheetSnapshot {
  const rect = sheet.usedRect(false);
  const rowCount = rect?.r2 ?? 0;
  const columnCount = rect?.c2 ?? 0;
  const grid = <T>(read: (cell: CellModel | undefined) => T): T[][] =>
    Array.from({ length: rowCount }, (_, row) =>
      Array.from({ length: columnCount }, (_, column) => read(sheet.cell(row + 1, column + 1))),
    );
  const snapshot: SheetSnapshot = {
    name: sheet.name,
    visibility: visibilityFromApi[sheet.visibility],
    rowCount,
    columnCount,
    values: grid((cell) =>
      cell?.value === undefined || cell.value === "" ? null : (cell.value as CellValue),
    ),
    texts: grid((cell) => (cell ? displayText(cell) : "")),
    numberFormats: grid((cell) => cell?.numberFormat ?? "General"),
    fills: grid((cell) => cell?.fill ?? null),
    merges: sheet.merges.map((merge) => rectAddress(merge)),
  };
  if (sheet.names.has(generatedMarker.toLowerCase())) snapshot.generated = true;
  return snapshot;
}

function minorOf(version: string): number {
  const match = /^1\.(\d+)$/.exec(version.trim());
  if (!match) throw new Error(`Not an ExcelApi version: ${version}`);
  return Number(match[1]);
}
