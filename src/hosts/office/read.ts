/**
 * The Office host's read: the open workbook as a WorkbookSnapshot, the same shape the xlsx host reads
 * from a file, plus what the write needs to know (which sheets are Koers' own, protection, read-only)
 * and Koers' stored settings — for a typical workbook in one sync.
 *
 * How one sync is possible without knowing the sheet names: the batch walks the sheets with
 * worksheets.getFirst() / getNextOrNullObject() (ExcelApi 1.5) and, per sheet, loads the used range's
 * address plus values, text, number formats, value types, fills (getCellProperties, 1.9) and merged
 * areas (getMergedAreasOrNullObject, 1.13) of the window A1:T250 clipped to the used range. Sheets
 * after the first six (or all sheets, before ExcelApi 1.5) get the same probe by name in a second
 * sync. Sheets that reach beyond the window are read afterwards in row chunks of at most
 * `cellsPerRequest` cells per sync, halved whenever Excel says the response is too large, so no
 * response passes Excel's 5 MB limit.
 * Grids are then cut to the last row and column with a value or a fill, as the xlsx host reads files
 * (Excel's used range also counts cells that only carry a format). What a sheet may cost is bounded by the
 * cells present, not by its used range's area (takeProbe): a fill or a value at XFD1048576 never makes the
 * read load the grid up to it. The first batch also asks the workbook's
 * date system (usesDate1904); a 1904-system workbook's date cells are read as core's 1900 serials.
 * Which sheets are Koers's follows core's one rule (sheetOwnership), as in the file host: the sheet's
 * `KoersGenerated` marker must hold the id of the generation recorded in the workbook (custom document
 * property `KoersGeneration`, else the add-in setting of that key) at that sheet's position and name. A copy
 * (Move or Copy keeps sheet-scoped names), a renamed sheet or a forged marker is the user's (`markedCopy`).
 * NOTE: office.js does not document chaining calls on a null object (getNextOrNullObject past the last
 * sheet); if that first batch fails for any reason the read falls back to the plain path (sheet list
 * first, then chunks), which costs one more sync but never a wrong result.
 */
import {
  appendAll,
  bilingual,
  boundGrid,
  cellAddress,
  type CellValue,
  columnLetter,
  hostMessage,
  emptySheet,
  isDateFormat,
  generatedMarker,
  generationRecordKey,
  gridCellBudget,
  type MarkedSheet,
  omittedCells,
  parseGenerationRecord,
  parseRangeAddress,
  serialFromDateSystem,
  serialInDateSystem,
  sheetOwnership,
  storedGenerationRecord,
  type SheetSnapshot,
  type SheetVisibility,
  parseStoredData,
  storageKeys,
  type StoredData,
  type WorkbookSnapshot,
} from "../../core";
import { officeErrorCode, requirement, supportsExcelApi } from "./officeRuntime";

/** What the write needs to know about a sheet that is already there. */
export interface SheetInfo {
  name: string;
  position: number;
  visibility: SheetVisibility;
  /** Koers's by the ownership rule (marker of the recorded generation, at its position and name): Koers may replace it. */
  generated: boolean;
  /** Carries a Koers marker but is the user's (a copy, renamed, a forged or old marker): kept, never replaced. */
  markedCopy?: boolean;
  protected: boolean;
}

export interface WorkbookState {
  snapshot: WorkbookSnapshot;
  sheets: SheetInfo[];
  readOnly: boolean;
  structureProtected: boolean;
  /** Koers's settings, history and generation record in the workbook (the record decides which sheets are Koers's). */
  stored: StoredData;
  /**
   * The workbook counts dates in the 1904 date system. The snapshot's dates are already core's 1900 serials;
   * the write moves the plan's dates into this system (planInDateSystem).
   */
  date1904: boolean;
  /** What the read had to leave out in this Excel (no fills before ExcelApi 1.9, ...), nl + en. */
  notices: string[];
}

export interface ReadOptions {
  /** Also load Koers' stored settings and previous snapshot (same sync). */
  includeStored?: boolean;
  onProgress?: (step: { phase: "reading"; done?: number; total?: number }) => void;
}

/** Sheets probed in the first batch, and the window read there per sheet. */
export const readWindow = { sheets: 6, rows: 250, columns: 20 } as const;
/**
 * Cells per chunked read request. A cell costs about 100 bytes of response (value, text, format, type
 * and the fill's JSON), so this stays near 2.5 MB, half the limit, for ordinary cell contents.
 */
export const cellsPerRequest = 25_000;

interface Capabilities {
  functions: boolean;
  names: boolean;
  specialCells: boolean;
  chain: boolean;
  fills: boolean;
  merges: boolean;
  readOnly: boolean;
  workbookExtras: boolean;
}

function capabilities(): Capabilities {
  return {
    functions: supportsExcelApi(requirement.functions),
    names: supportsExcelApi(requirement.names),
    specialCells: supportsExcelApi(requirement.cellProperties),
    chain: supportsExcelApi(requirement.sheetChain),
    fills: supportsExcelApi(requirement.cellProperties),
    merges: supportsExcelApi(requirement.mergedAreas),
    readOnly: supportsExcelApi(requirement.createWorkbook),
    workbookExtras: supportsExcelApi(requirement.write),
  };
}

interface GridRequest {
  range: Excel.Range;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merges: Excel.RangeAreas | null;
}

interface Probe {
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  marker: Excel.NamedItem | null;
  /** The used range with formats (what Excel calls used), and with values only. */
  used: Excel.Range;
  usedValues: Excel.Range;
  grid: GridRequest;
}

interface SheetPlan {
  info: SheetInfo;
  rowCount: number;
  columnCount: number;
  /** The marker name's formula text ('="k1-…"', "=TRUE"), null without a marker. */
  marker: string | null;
  /** The first batch's window grid when the sheet fits in it. */
  window: GridRequest | null;
  /** The first batch's window grid, kept until the sheet's extent is known. */
  probeGrid: GridRequest | null;
  /** The used range reaches past the cell budget with values: where they stand is asked first (locateValues). */
  locate: boolean;
  /** Cells left out by the bound, as the snapshot reports them. */
  omitted?: SheetSnapshot["omitted"];
  /** Filled grids (0-based rows) and merges, once read. */
  snapshot: SheetSnapshot | null;
  /** The workbook's date system: its date cells are read as core's 1900 serials. */
  date1904: boolean;
}

/**
 * Reads the open workbook inside an Excel.run batch. One sync for a typical workbook (up to six
 * sheets within A1:T250); more, chunked, for larger ones.
 */
export async function readWorkbookState(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookState> {
  const capability = capabilities();
  const notices: string[] = [];
  if (!capability.fills) {
    notices.push(bilingual(hostMessage("no-fills")));
  }
  if (!capability.merges) {
    notices.push(bilingual(hostMessage("no-merges")));
  }
  let syncs = 0;
  const progress = () => options.onProgress?.({ phase: "reading", done: ++syncs });

  let first = queueFirstBatch(context, capability, options.includeStored ?? false, capability.chain);
  try {
    await context.sync();
  } catch (error) {
    if (first.probes.length === 0) throw error;
    first = queueFirstBatch(context, capability, options.includeStored ?? false, false);
    await context.sync();
  }
  progress();

  const workbookName = capability.workbookExtras ? context.workbook.name : "";
  const readOnly = capability.readOnly ? context.workbook.readOnly : false;
  const structureProtected = first.workbookProtection ? first.workbookProtection.protected : false;
  const date1904 = usesDate1904(first.dateProbe);

  const plans: SheetPlan[] = [];
  const late: { plan: SheetPlan; probe: Probe }[] = [];
  const probesByName = new Map<string, Probe>();
  for (const probe of first.probes) if (!probe.sheet.isNullObject) probesByName.set(probe.sheet.name, probe);

  first.sheets.items.forEach((item, index) => {
    const info: SheetInfo = {
      name: item.name,
      position: index,
      visibility: visibilityFromApi(item.visibility),
      generated: false,
      protected: false,
    };
    const plan: SheetPlan = {
      info,
      rowCount: 0,
      columnCount: 0,
      marker: null,
      window: null,
      probeGrid: null,
      locate: false,
      snapshot: null,
      date1904,
    };
    plans.push(plan);
    const probe = probesByName.get(item.name);
    if (probe) takeProbe(plan, probe, capability, notices);
    else late.push({ plan, probe: queueProbe(context.workbook.worksheets.getItem(item.name), capability) });
  });

  if (late.length > 0) {
    await context.sync();
    progress();
    for (const { plan, probe } of late) takeProbe(plan, probe, capability, notices);
  }

  const locating = plans.filter((plan) => plan.locate);
  if (locating.length > 0) {
    await locateValues(context, locating, notices);
    progress();
  }

  const generation = storedGenerationRecord(
    first.customGeneration && !first.customGeneration.isNullObject
      ? String(first.customGeneration.value ?? "")
      : null,
    parseGenerationRecord(settingValue(first.storedGeneration)),
  );
  const marked: MarkedSheet[] = plans.map((plan) => ({
    name: plan.info.name,
    position: plan.info.position,
    marker: plan.marker,
  }));
  const ownership = sheetOwnership(marked, generation);
  for (const position of ownership.owned) plans[position].info.generated = true;
  for (const kept of ownership.kept) plans[kept.position].info.markedCopy = true;
  for (const plan of plans) {
    if (plan.window)
      plan.snapshot = assembleSheet(
        plan.info,
        plan,
        [{ startRow: 0, request: plan.window }],
        plan.window.merges,
      );
  }

  const pending = plans.filter((plan) => plan.snapshot === null);
  if (pending.length > 0) await readInChunks(context, pending, capability, progress);

  return {
    snapshot: { name: workbookName, sheets: plans.map((plan) => plan.snapshot as SheetSnapshot) },
    sheets: plans.map((plan) => plan.info),
    readOnly,
    structureProtected,
    stored: {
      ...parseStoredData({
        settings: settingValue(first.storedSettings),
        history: settingValue(first.storedPrevious),
      }),
      generation,
    },
    date1904,
    notices,
  };
}

interface FirstBatch {
  sheets: Excel.WorksheetCollection;
  probes: Probe[];
  workbookProtection: Excel.WorkbookProtection | null;
  storedSettings: Excel.Setting | null;
  storedPrevious: Excel.Setting | null;
  storedGeneration: Excel.Setting | null;
  customGeneration: Excel.CustomProperty | null;
  /** DATE(2000, 1, 1) in the workbook (see usesDate1904), null before ExcelApi 1.2. */
  dateProbe: Excel.FunctionResult<number> | null;
}

function queueFirstBatch(
  context: Excel.RequestContext,
  capability: Capabilities,
  includeStored: boolean,
  withChain: boolean,
): FirstBatch {
  const workbook = context.workbook;
  const workbookProperties = [
    capability.workbookExtras ? "name" : "",
    capability.readOnly ? "readOnly" : "",
  ].filter(Boolean);
  if (workbookProperties.length > 0) workbook.load(workbookProperties.join(", "));
  const workbookProtection = capability.workbookExtras ? workbook.protection.load("protected") : null;
  const sheets = workbook.worksheets.load("items/name, items/visibility, items/position");
  const storedSettings =
    includeStored && capability.names
      ? workbook.settings.getItemOrNullObject(storageKeys.settings).load("value")
      : null;
  const storedPrevious =
    includeStored && capability.names
      ? workbook.settings.getItemOrNullObject(storageKeys.history).load("value")
      : null;
  // The generation record is read on every read: which sheets are Koers's decides what is data.
  const storedGeneration = capability.names
    ? workbook.settings.getItemOrNullObject(generationRecordKey).load("value")
    : null;
  const customGeneration = capability.workbookExtras
    ? workbook.properties.custom.getItemOrNullObject(generationRecordKey).load("value")
    : null;
  const dateProbe = capability.functions ? workbook.functions.date(2000, 1, 1).load("value") : null;
  const probes: Probe[] = [];
  if (withChain) {
    let sheet = workbook.worksheets.getFirst();
    for (let index = 0; index < readWindow.sheets; index++) {
      if (index > 0) sheet = sheet.getNextOrNullObject();
      sheet.load("name");
      probes.push(queueProbe(sheet, capability));
    }
  }
  return {
    sheets,
    probes,
    workbookProtection,
    storedSettings,
    storedPrevious,
    storedGeneration,
    customGeneration,
    dateProbe,
  };
}

/** Core's 1900-system serial of 2000-01-01; the same date is 1462 lower in a 1904-system workbook. */
const probeSerial1900 = 36526;

/**
 * True when the workbook counts dates in the 1904 date system. Office.js names the setting only in its
 * preview API (`Workbook.use1904DateSystem`, "ExcelApi BETA (PREVIEW ONLY)", in no released requirement
 * set), so the read asks Excel itself: DATE(2000, 1, 1) is 36526 in the 1900 system and 35064 in the
 * 1904 system (workbook.functions, ExcelApi 1.2).
 * NOTE: without ExcelApi 1.2 (no Excel that runs this add-in lacks it) or when DATE gives an error, the
 * workbook is taken to use the 1900 system, Excel's default.
 */
function usesDate1904(probe: Excel.FunctionResult<number> | null): boolean {
  if (!probe) return false;
  const value = safeRead(() => probe.value);
  return value === serialInDateSystem(probeSerial1900, true);
}

/** Protection, marker, used range and the window A1:T250 (clipped to the used range) of one sheet. */
function queueProbe(sheet: Excel.Worksheet, capability: Capabilities): Probe {
  const window = `A1:${columnLetter(readWindow.columns)}${readWindow.rows}`;
  const used = sheet.getUsedRange(false).load("address");
  // NOTE: on a sheet without values Excel gives A1, which reads as an empty sheet.
  const usedValues = sheet.getUsedRange(true).load("address");
  const clipped = sheet.getRange("A1").getBoundingRect(used).getIntersection(sheet.getRange(window));
  return {
    sheet,
    protection: sheet.protection.load("protected"),
    // NamedItem.formula (ExcelApi 1.7) gives the marker as stored ('="k1-…"'); before it only the value.
    marker: capability.names
      ? sheet.names.getItemOrNullObject(generatedMarker).load(capability.workbookExtras ? "formula" : "value")
      : null,
    used,
    usedValues,
    grid: queueGrid(clipped, capability, true),
  };
}

/**
 * Takes what a probe found and bounds the sheet's extent by `gridCellBudget` cells: the used range as Excel
 * gives it when it is within the budget (formats and fills count, as the file host counts fill-only cells);
 * else the range of the cells with values (a fill or format far away, say at XFD1048576, is left out, and a
 * notice says so); when even that is beyond the budget, where the values stand is asked first
 * (locateValues), or without ExcelApi 1.9 a bounded part is read (partExtent).
 * The sheet is complete when its extent fits the window, else it is read in chunks.
 */
function takeProbe(plan: SheetPlan, probe: Probe, capability: Capabilities, notices: string[]): void {
  plan.info.protected = probe.protection.protected;
  plan.marker = markerText(probe.marker);
  plan.probeGrid = probe.grid;
  const used = rangeEnd(probe.used.address);
  const values = rangeEnd(probe.usedValues.address);
  if (used.row * used.column <= gridCellBudget) setExtent(plan, used);
  else if (values.row * values.column <= gridCellBudget) {
    setExtent(plan, values);
    notices.push(
      bilingual(
        hostMessage("sheet-formatted-far", {
          sheet: plan.info.name,
          end: cellAddress(used.row, used.column),
          read: `A1:${cellAddress(values.row, values.column)}`,
        }),
      ),
    );
  } else if (capability.specialCells) {
    setExtent(plan, values);
    plan.locate = true;
    return;
  } else setPartExtent(plan, values, notices);
  takeWindow(plan);
}

/** The window grid is the sheet's whole grid when the extent fits in it. */
function takeWindow(plan: SheetPlan): void {
  if (plan.rowCount <= readWindow.rows && plan.columnCount <= readWindow.columns)
    plan.window = plan.probeGrid;
}

/** Go To Special areas above this many cells are not expanded to cells: the sheet is read in part instead. */
const locateCellLimit = 4 * gridCellBudget;

/**
 * For sheets whose values reach past the cell budget: one sync asks which cells hold a constant or a formula
 * (Range.getSpecialCellsOrNullObject, ExcelApi 1.9; addresses only, no contents), and core's `boundGrid`
 * bounds the grid by those cells as the file host bounds its sparse cells: a lone value at XFD1048576 is
 * omitted (reported as `cells-omitted`) and the grid is its table. When Excel cannot answer (too many areas,
 * a response too large) or the cells are too many to place, the sheet is read in part (setPartExtent).
 */
async function locateValues(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  notices: string[],
): Promise<void> {
  const requests = plans.map((plan) => {
    const range = context.workbook.worksheets
      .getItem(plan.info.name)
      .getRangeByIndexes(0, 0, plan.rowCount, plan.columnCount);
    return {
      plan,
      areas: [
        range.getSpecialCellsOrNullObject("Constants"),
        range.getSpecialCellsOrNullObject("Formulas"),
      ].map((areas) => areas.load("address")),
    };
  });
  let answered = true;
  try {
    await context.sync();
  } catch {
    answered = false;
  }
  for (const { plan, areas } of requests) {
    plan.locate = false;
    const rectangles = answered
      ? areas.flatMap((found) => (found.isNullObject ? [] : areaRectangles(found.address)))
      : null;
    const cells = rectangles?.reduce((sum, area) => sum + area.rows * area.columns, 0) ?? Infinity;
    if (!rectangles || cells > locateCellLimit) {
      setPartExtent(plan, { row: plan.rowCount, column: plan.columnCount }, notices);
    } else {
      const rows = new Int32Array(cells);
      const columns = new Int32Array(cells);
      let index = 0;
      for (const area of rectangles)
        for (let row = area.row; row < area.row + area.rows; row++)
          for (let column = area.column; column < area.column + area.columns; column++) {
            rows[index] = row;
            columns[index++] = column;
          }
      const bound = boundGrid(rows, columns, cells);
      plan.rowCount = bound.lastRow;
      plan.columnCount = bound.lastColumn;
      plan.omitted = omittedCells(bound, 0);
    }
    takeWindow(plan);
  }
}

/** Areas of a RangeAreas address ("Blad1!A1:H200, Blad1!XFD1048576"), 1-based. */
function areaRectangles(address: string): { row: number; column: number; rows: number; columns: number }[] {
  const pattern = /(?:'(?:[^']|'')*'|[^',!]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  return [...address.matchAll(pattern)].map((match) => {
    const { start, end } = parseRangeAddress(match[1].replace(/\$/g, ""));
    return {
      row: start.row,
      column: start.column,
      rows: end.row - start.row + 1,
      columns: end.column - start.column + 1,
    };
  });
}

/** Columns a sheet read in part keeps (Excel 2003's IV): any table Koers reads fits in them. */
const partColumns = 256;

/**
 * The bounded part of a sheet whose values could not be placed: its first `partColumns` columns and as many
 * rows as the cell budget allows, with a notice naming what was read.
 */
function setPartExtent(plan: SheetPlan, values: { row: number; column: number }, notices: string[]): void {
  const columns = Math.min(values.column, partColumns);
  const rows = Math.min(values.row, Math.floor(gridCellBudget / columns));
  setExtent(plan, { row: rows, column: columns });
  notices.push(
    bilingual(
      hostMessage("sheet-too-large", {
        sheet: plan.info.name,
        end: cellAddress(values.row, values.column),
        read: `A1:${cellAddress(rows, columns)}`,
      }),
    ),
  );
}

function queueGrid(range: Excel.Range, capability: Capabilities, withMerges: boolean): GridRequest {
  range.load("values, text, numberFormat, valueTypes");
  const fills = capability.fills
    ? range.getCellProperties({ format: { fill: { color: true, pattern: true } } })
    : null;
  const merges = withMerges && capability.merges ? range.getMergedAreasOrNullObject().load("address") : null;
  return { range, fills, merges };
}

/**
 * Reads the sheets that did not fit the first batch, in row chunks packed into requests of at most
 * `cellsPerRequest` cells; when Excel still answers "response too large" (long texts), the budget is
 * halved and the same chunks are asked again.
 */
async function readInChunks(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  capability: Capabilities,
  progress: () => void,
): Promise<void> {
  interface Chunk {
    plan: SheetPlan;
    startRow: number;
    rowCount: number;
    withMerges: boolean;
  }
  const grids = new Map<SheetPlan, { startRow: number; request: GridRequest }[]>();
  const merges = new Map<SheetPlan, Excel.RangeAreas | null>();
  let budget = cellsPerRequest;
  let queue: Chunk[] = [];
  const chunksFor = (plan: SheetPlan, startRow: number, endRow: number, withMerges: boolean): Chunk[] => {
    const rowsPerChunk = Math.max(1, Math.floor(budget / Math.max(1, plan.columnCount)));
    const chunks: Chunk[] = [];
    for (let row = startRow; row < endRow; row += rowsPerChunk) {
      chunks.push({
        plan,
        startRow: row,
        rowCount: Math.min(rowsPerChunk, endRow - row),
        withMerges: withMerges && row === startRow,
      });
    }
    return chunks;
  };
  for (const plan of plans) {
    grids.set(plan, []);
    if (plan.rowCount === 0) continue;
    appendAll(queue, chunksFor(plan, 0, plan.rowCount, true));
  }
  while (queue.length > 0) {
    const batch: Chunk[] = [];
    let cells = 0;
    while (
      queue.length > 0 &&
      (batch.length === 0 || cells + queue[0].rowCount * queue[0].plan.columnCount <= budget)
    ) {
      const chunk = queue.shift() as Chunk;
      batch.push(chunk);
      cells += chunk.rowCount * chunk.plan.columnCount;
    }
    const requests = batch.map((chunk) => {
      const sheet = context.workbook.worksheets.getItem(chunk.plan.info.name);
      const range = sheet.getRangeByIndexes(chunk.startRow, 0, chunk.rowCount, chunk.plan.columnCount);
      const request = queueGrid(range, capability, false);
      const mergeAreas =
        chunk.withMerges && capability.merges
          ? sheet
              .getRangeByIndexes(0, 0, chunk.plan.rowCount, chunk.plan.columnCount)
              .getMergedAreasOrNullObject()
              .load("address")
          : null;
      return { chunk, request, mergeAreas };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of chunks sized under Excel's 5 MB response limit: the loop is the chunking
      await context.sync();
    } catch (error) {
      const tooLarge = officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";
      const single = batch.length === 1 && batch[0].rowCount === 1;
      if (!tooLarge || single) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      queue = [
        ...batch.flatMap((chunk) =>
          chunksFor(chunk.plan, chunk.startRow, chunk.startRow + chunk.rowCount, chunk.withMerges),
        ),
        ...queue,
      ];
      continue;
    }
    progress();
    for (const { chunk, request, mergeAreas } of requests) {
      grids.get(chunk.plan)?.push({ startRow: chunk.startRow, request });
      if (chunk.withMerges) merges.set(chunk.plan, mergeAreas);
    }
  }
  for (const plan of plans) {
    plan.snapshot = assembleSheet(plan.info, plan, grids.get(plan) ?? [], merges.get(plan) ?? null);
  }
}

/** The last cell (1-based) of a range address as Excel gives it ("Blad1!$A$1:$XFD$1048576"). */
function rangeEnd(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  return parseRangeAddress(local).end;
}

function setExtent(plan: SheetPlan, end: { row: number; column: number }): void {
  plan.rowCount = end.row;
  plan.columnCount = end.column;
}

function assembleSheet(
  info: SheetInfo,
  plan: SheetPlan,
  grids: { startRow: number; request: GridRequest }[],
  mergeAreas: Excel.RangeAreas | null,
): SheetSnapshot {
  const { rowCount, columnCount } = plan;
  const sheet: SheetSnapshot = {
    name: info.name,
    visibility: info.visibility,
    rowCount,
    columnCount,
    values: [],
    texts: [],
    numberFormats: [],
    fills: [],
    merges: mergeAreas && !mergeAreas.isNullObject ? parseAreas(mergeAreas.address) : [],
  };
  for (const { startRow, request } of grids.sort((a, b) => a.startRow - b.startRow)) {
    const { values, text, numberFormat, valueTypes } = request.range;
    const fills = request.fills?.value ?? null;
    values.forEach((row, rowIndex) => {
      const target = startRow + rowIndex;
      if (target >= rowCount) return;
      const formats = numberFormat[rowIndex].slice(0, columnCount).map((format) => String(format));
      sheet.values[target] = row
        .slice(0, columnCount)
        .map((value, column) =>
          dateInSystem1900(cellValue(value, valueTypes[rowIndex][column]), formats[column], plan.date1904),
        );
      sheet.texts[target] = text[rowIndex].slice(0, columnCount).map(String);
      sheet.numberFormats[target] = formats;
      sheet.fills[target] = Array.from({ length: Math.min(columnCount, row.length) }, (_, column) =>
        fillColor(fills?.[rowIndex]?.[column]),
      );
    });
  }
  trimToContent(sheet);
  const omission = plan.omitted ? { omitted: plan.omitted } : {};
  if (sheet.rowCount === 0) {
    const blank = { ...emptySheet(info.name, info.visibility), ...omission };
    return info.generated
      ? { ...blank, generated: true }
      : info.markedCopy
        ? { ...blank, markedCopy: true }
        : blank;
  }
  if (plan.omitted) sheet.omitted = plan.omitted;
  if (info.generated) sheet.generated = true;
  else if (info.markedCopy) sheet.markedCopy = true;
  return sheet;
}

/**
 * Cuts the grids to the last row and column holding a value or a fill, as the xlsx host does: Excel's
 * used range also counts cells that only carry a number format or a border, which are no content.
 */
function trimToContent(sheet: SheetSnapshot): void {
  let rows = 0;
  let columns = 0;
  for (let row = 0; row < sheet.values.length; row++) {
    for (let column = 0; column < (sheet.values[row]?.length ?? 0); column++) {
      if (sheet.values[row][column] !== null || sheet.fills[row][column] !== null) {
        rows = Math.max(rows, row + 1);
        columns = Math.max(columns, column + 1);
      }
    }
  }
  if (rows === sheet.rowCount && columns === sheet.columnCount) return;
  sheet.rowCount = rows;
  sheet.columnCount = columns;
  for (const grid of [sheet.values, sheet.texts, sheet.numberFormats, sheet.fills] as unknown[][][]) {
    grid.length = rows;
    for (let row = 0; row < rows; row++) grid[row] = grid[row].slice(0, columns);
  }
}

/** A date cell of a 1904-system workbook as core's 1900-system serial, as the xlsx host reads files. */
function dateInSystem1900(value: CellValue, format: string, date1904: boolean): CellValue {
  return typeof value === "number" && date1904 && isDateFormat(format)
    ? serialFromDateSystem(value, true)
    : value;
}

/** Uses valueTypes to tell an error ("#DIV/0!") from the same text typed in a cell. */
function cellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Double":
    case "Integer":
      return typeof value === "number" ? value : Number(value);
    case "Boolean":
      return typeof value === "boolean" ? value : String(value).toUpperCase() === "TRUE";
    default:
      return value === null || value === undefined
        ? null
        : typeof value === "object"
          ? String(value)
          : (value as string | number | boolean);
  }
}

function fillColor(properties: Excel.CellProperties | undefined): string | null {
  const fill = properties?.format?.fill;
  if (!fill || !fill.color || fill.pattern === "None") return null;
  return fill.color.toUpperCase();
}

/** "Blad1!A5:F5, Blad1!A9:F9" or "'Mijn blad'!$A$5:$F$5" → ["A5:F5", "A9:F9"]. */
export function parseAreas(address: string): string[] {
  const areas: string[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^',!]+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (const match of address.matchAll(pattern)) {
    const area = match[1].replace(/\$/g, "");
    if (!areas.includes(area)) areas.push(area);
  }
  return areas;
}

/**
 * The marker as core's markerId reads it: the formula text, or before ExcelApi 1.7 the value (a text value is
 * quoted back into the constant it came from; TRUE, FALSE or a number stay what they are: no id).
 */
function markerText(marker: Excel.NamedItem | null): string | null {
  if (!marker || marker.isNullObject) return null;
  const loaded = marker as unknown as { formula?: unknown; value?: unknown };
  const formula = safeRead(() => loaded.formula);
  if (typeof formula === "string") return formula;
  const value = safeRead(() => loaded.value);
  return typeof value === "string" ? `"${value}"` : String(value);
}

/** A loaded property, or undefined when it was not loaded (Office.js throws PropertyNotLoaded). */
function safeRead(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function settingValue(setting: Excel.Setting | null): string | null {
  if (!setting || setting.isNullObject) return null;
  const value = setting.value as unknown;
  return typeof value === "string"
    ? value
    : value === null || value === undefined
      ? null
      : JSON.stringify(value);
}

function visibilityFromApi(visibility: string): SheetVisibility {
  if (visibility === "Hidden") return "hidden";
  if (visibility === "VeryHidden") return "veryHidden";
  return "visible";
}
