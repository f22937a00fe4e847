/**
 * The Office host's write: applies a ReportPlan to the open workbook with as few syncs as possible.
 *
 * Safety, as in the xlsx host: only Koers's sheets by core's ownership rule (readWorkbook's `generated`:
 * the marker holds the recorded generation's id, at its position and name) are replaced; a user's sheet,
 * a copy of a Koers sheet or a sheet with a forged marker is never touched. Each written sheet's marker
 * holds the new generation's id (planGenerationRecord), and the swap batch records that generation in the
 * custom document property `KoersGeneration` (what the file host reads first) and in the add-in setting of
 * that key (which keeps a record too long for desktop Excel's 255-character custom property). Nothing is half written: every planned sheet is first built in a new
 * temporary sheet ("Koers~1", ...) and only when all of them are complete does one last batch delete
 * the old generated sheets, rename the new ones and activate the overview. If building fails, the
 * temporary sheets are removed again and the workbook is as it was.
 *
 * Budget: one sync builds all sheets of a typical report (values and number formats per block, styles
 * per block/column, not per cell; screen updating and calculation suspended), one sync swaps them in
 * and stores Koers' settings. Large blocks are split into row chunks and the queue is synced whenever
 * its request would pass `requestBudgetBytes`, well under Excel's 5 MB limit.
 */
import {
  type CellBlock,
  type CellStyle,
  type ChartSpec,
  columnLetter,
  type ConditionalFormat,
  generatedMarker,
  type GenerationRecord,
  generationRecordKey,
  HostWriteError,
  markerValue,
  planGenerationRecord,
  serializeGenerationRecord,
  hostMessage,
  bilingual,
  parseRangeAddress,
  planInDateSystem,
  type PlannedSheet,
  quoteSheetName,
  type RangeRef,
  type ReportPlan,
  storageKeys,
} from "../../core";
import { applyStyle, cellInput, columnWidthPoints, hasVisualStyle, mergeStyles } from "./cellInput";
import { requireExcelApi, requirement, supportsExcelApi, writeFailure } from "./officeRuntime";
import type { SheetInfo } from "./read";

/** The queue is synced before its estimated request passes this many bytes (Excel's limit is 5 MB). */
export const requestBudgetBytes = 2_500_000;
/** A block's values are sent in row chunks of about this many bytes of JSON. */
export const chunkBytes = 1_000_000;
/** Rough JSON size of one queued property write or method call without data. */
const operationBytes = 160;

/** What the write needs to know about the workbook, as read by readWorkbookState. */
export interface WorkbookFacts {
  sheets: SheetInfo[];
  readOnly: boolean;
  structureProtected: boolean;
  /** The workbook counts dates in the 1904 date system: the plan's date cells are written in it. */
  date1904?: boolean;
}

export interface WriteOptions {
  /** Koers' settings and previous-snapshot JSON, stored in the same batch that swaps the sheets in. */
  storage?: { settings: string; previous: string | null };
  onProgress?: (step: { phase: "writing"; done?: number; total?: number }) => void;
}

export interface WriteResult {
  sheets: string[];
  charts: number;
  /** Syncs the write used (building, swapping). */
  syncs: number;
  /** Parts this Excel could not do (print setup before ExcelApi 1.9, ...), nl + en. */
  notices: string[];
}

/**
 * Throws a HostWriteError or UnsupportedApiError, before anything is written, when the plan cannot be
 * applied: Excel older than ExcelApi 1.7, a read-only workbook, protected structure, a protected
 * generated sheet, or a planned name taken by a user's own sheet.
 */
export function checkWritable(plan: ReportPlan, facts: WorkbookFacts): void {
  requireExcelApi(requirement.write, {
    nl: "Overzichtsbladen met grafieken schrijven",
    en: "Writing summary sheets with charts",
  });
  if (facts.readOnly) {
    throw new HostWriteError(hostMessage("workbook-read-only"));
  }
  if (facts.structureProtected) {
    throw new HostWriteError(hostMessage("structure-protected"));
  }
  for (const sheet of facts.sheets) {
    if (sheet.generated && sheet.protected) {
      throw new HostWriteError(hostMessage("koers-sheet-protected", { sheet: sheet.name }));
    }
  }
  for (const planned of plan.sheets) {
    const owner = facts.sheets.find((sheet) => sheet.name.toLowerCase() === planned.name.toLowerCase());
    if (owner && !owner.generated) {
      throw new HostWriteError(hostMessage("user-sheet-in-the-way", { sheet: owner.name }));
    }
  }
}

/** Queues Office.js work and syncs whenever the estimated request would grow too large. */
class WriteQueue {
  private bytes = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly onSync: (syncs: number) => void,
  ) {
    this.begin();
  }

  /** Suspensions last until the next sync, so every batch starts with them. */
  private begin(): void {
    this.bytes = operationBytes;
    if (supportsExcelApi(requirement.cellProperties))
      this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
    if (supportsExcelApi(requirement.conditionalFormats))
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
  }

  /**
   * Counts the estimated bytes of the operation about to be queued, syncing first when they would not fit:
   * every operation of the build goes through here, so no request passes the budget whatever the plan
   * holds (150,000 hyperlinks or row heights of an overdue list included).
   */
  async take(bytes = operationBytes): Promise<void> {
    if (this.bytes + bytes > requestBudgetBytes && this.bytes > operationBytes) await this.sync();
    this.bytes += bytes;
  }

  /** Syncs; unless it is the last, the next batch starts (with its suspensions). */
  async sync(last = false): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.onSync(this.syncs);
    if (!last) this.begin();
  }
}

/**
 * Applies a plan inside an Excel.run batch. `facts` come from readWorkbookState (same batch or a fresh
 * read). The plan's dates are written in the workbook's date system (`facts.date1904`). Returns the sheets
 * written; throws HostWriteError / UnsupportedApiError with nothing changed.
 */
export async function writePlan(
  context: Excel.RequestContext,
  given: ReportPlan,
  facts: WorkbookFacts,
  options: WriteOptions = {},
): Promise<WriteResult> {
  checkWritable(given, facts);
  // The plan's dates are 1900-system serials; a 1904-system workbook needs its own (core's dateSystem).
  const plan = planInDateSystem(given, facts.date1904 ?? false);
  const notices: string[] = [];
  const printable = supportsExcelApi(requirement.cellProperties);
  if (!printable && plan.sheets.length > 0) {
    notices.push(bilingual(hostMessage("no-page-setup")));
  }
  const taken = new Set(facts.sheets.map((sheet) => sheet.name.toLowerCase()));
  const temporary = new Map<string, { name: string; sheet: Excel.Worksheet }>();
  let counter = 1;
  for (const planned of plan.sheets) {
    let name = `Koers~${counter++}`;
    while (taken.has(name.toLowerCase())) name = `Koers~${counter++}`;
    taken.add(name.toLowerCase());
    temporary.set(planned.name, { name, sheet: null as unknown as Excel.Worksheet });
  }

  // worksheets.add appends, and the swap deletes only Koers's sheets: the new ones follow the user's.
  const record = planGenerationRecord(plan, facts.sheets.filter((sheet) => !sheet.generated).length);
  const queue = new WriteQueue(context, (done) => options.onProgress?.({ phase: "writing", done }));
  try {
    for (const planned of plan.sheets) {
      const entry = temporary.get(planned.name) as { name: string; sheet: Excel.Worksheet };
      await queue.take();
      entry.sheet = context.workbook.worksheets.add(entry.name);
      await writeSheet(context, queue, entry.sheet, planned, temporary, printable, markerValue(record.id));
    }
    await queue.sync();
  } catch (error) {
    await removeSheets(
      context,
      [...temporary.values()].map((entry) => entry.name),
    ).catch(() => undefined);
    throw writeFailure(error);
  }

  try {
    for (const sheet of facts.sheets) {
      if (sheet.generated) context.workbook.worksheets.getItem(sheet.name).delete();
    }
    for (const planned of plan.sheets)
      (temporary.get(planned.name) as { sheet: Excel.Worksheet }).sheet.name = planned.name;
    const active = temporary.get(plan.activeSheet);
    if (active) active.sheet.activate();
    storeGenerationRecord(context, record);
    const storage = options.storage && supportsExcelApi(requirement.names) ? options.storage : null;
    const storageBytes = storage ? storage.settings.length + (storage.previous?.length ?? 0) : 0;
    // NOTE: a large stored history goes in a sync of its own after the swap, so the swap stays small.
    const separateStorage = storageBytes > chunkBytes;
    if (storage && !separateStorage) storeSettings(context, storage);
    await queue.sync(!(storage && separateStorage));
    if (storage && separateStorage) {
      storeSettings(context, storage);
      await queue.sync(true);
    }
  } catch (error) {
    // NOTE: the swap batch holds only deletes, renames and settings whose preconditions were checked
    // above; if Excel still refuses it midway, the message says so rather than claim nothing changed.
    const failure = writeFailure(error);
    throw new HostWriteError(
      hostMessage("swap-unfinished", {
        cause: failure.texts ?? { nl: failure.message, en: failure.message },
      }),
      { cause: error },
    );
  }
  return {
    sheets: plan.sheets.map((sheet) => sheet.name),
    charts: plan.sheets.reduce((count, sheet) => count + sheet.charts.length, 0),
    syncs: queue.syncs,
    notices,
  };
}

/**
 * Longest text desktop Excel keeps in a custom document property; a longer record is kept in the add-in
 * setting alone, and the property is emptied so no older record there outranks it.
 */
const customPropertyLimit = 255;

/** Records the generation (see the module comment); needs ExcelApi 1.7, which writing requires anyway. */
function storeGenerationRecord(context: Excel.RequestContext, record: GenerationRecord): void {
  const text = serializeGenerationRecord(record);
  context.workbook.properties.custom.add(generationRecordKey, text.length <= customPropertyLimit ? text : "");
  context.workbook.settings.add(generationRecordKey, text);
}

function storeSettings(
  context: Excel.RequestContext,
  storage: { settings: string; previous: string | null },
): void {
  context.workbook.settings.add(storageKeys.settings, storage.settings);
  if (storage.previous !== null) context.workbook.settings.add(storageKeys.history, storage.previous);
}

/** Deletes the named sheets where they exist (used to undo a failed build). */
async function removeSheets(context: Excel.RequestContext, names: string[]): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  let any = false;
  for (const sheet of sheets.items) {
    if (wanted.has(sheet.name.toLowerCase())) {
      sheet.delete();
      any = true;
    }
  }
  if (any) await context.sync();
}

async function writeSheet(
  context: Excel.RequestContext,
  queue: WriteQueue,
  sheet: Excel.Worksheet,
  planned: PlannedSheet,
  temporary: Map<string, { name: string; sheet: Excel.Worksheet }>,
  printable: boolean,
  marker: string,
): Promise<void> {
  if (planned.tabColor) {
    await queue.take();
    sheet.tabColor = planned.tabColor;
  }
  await writeColumnWidths(sheet, planned.columnWidths, queue);
  for (const block of planned.blocks) await writeBlock(queue, sheet, block);
  for (const merge of planned.merges) {
    await queue.take();
    sheet.getRange(merge).merge(false);
  }
  for (const { first, last, height } of rowHeightRuns(planned.rowHeights ?? [])) {
    await queue.take();
    sheet.getRange(`${first}:${last}`).format.rowHeight = height;
  }
  if (planned.freeze && (planned.freeze.rows > 0 || planned.freeze.columns > 0)) {
    const { rows, columns } = planned.freeze;
    await queue.take();
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else sheet.freezePanes.freezeColumns(columns);
  }
  for (const format of planned.conditionalFormats) {
    await queue.take(operationBytes * 4);
    writeConditionalFormat(sheet, format);
  }
  const rangeOf = (ref: RangeRef): Excel.Range => {
    const target = temporary.get(ref.sheet)?.sheet ?? context.workbook.worksheets.getItem(ref.sheet);
    return target.getRange(ref.range);
  };
  for (const chart of planned.charts) {
    await queue.take(operationBytes * (6 + chart.series.length * 4));
    writeChart(sheet, chart, rangeOf);
  }
  for (const link of planned.hyperlinks) {
    // NOTE: documentReference is text, so it names the final sheet names; they exist once the swap is done.
    const hyperlink: Excel.RangeHyperlink = {
      documentReference: `${quoteSheetName(link.target.sheet)}!${link.target.cell}`,
      ...(link.tooltip ? { screenTip: link.tooltip } : {}),
    };
    await queue.take(operationBytes + link.cell.length + JSON.stringify(hyperlink).length);
    sheet.getRange(link.cell).hyperlink = hyperlink;
  }
  if (printable) {
    await queue.take(operationBytes * 8);
    writePrintSetup(sheet, planned);
    if (planned.autoFilter) {
      await queue.take();
      sheet.autoFilter.apply(sheet.getRange(planned.autoFilter));
    }
  }
  await queue.take(operationBytes * 2);
  const name = sheet.names.add(generatedMarker, `=${marker}`);
  name.visible = false;
}

async function writeColumnWidths(sheet: Excel.Worksheet, widths: number[], queue: WriteQueue): Promise<void> {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (widths[start] > 0) {
      await queue.take();
      sheet.getRange(`${columnLetter(start + 1)}:${columnLetter(end + 1)}`).format.columnWidth =
        columnWidthPoints(widths[start]);
    }
    start = end + 1;
  }
}

/** Values and number formats in row chunks (one call each per chunk), styles per block, column and cell. */
async function writeBlock(queue: WriteQueue, sheet: Excel.Worksheet, block: CellBlock): Promise<void> {
  const width = block.values.reduce((max, row) => Math.max(max, row.length), 0);
  const height = block.values.length;
  if (width === 0 || height === 0) return;
  const columnStyle = (column: number) => mergeStyles(block.style, block.columnStyles?.[column]);
  const cellFormats = new Map<string, string>();
  for (const { row, column, style } of block.cellStyles ?? []) {
    if (style.numberFormat !== undefined) cellFormats.set(`${row},${column}`, style.numberFormat);
  }
  const columnFormats = Array.from(
    { length: width },
    (_, column) => columnStyle(column).numberFormat ?? "General",
  );
  const needsFormats = cellFormats.size > 0 || columnFormats.some((format) => format !== "General");

  let start = 0;
  while (start < height) {
    let end = start;
    let bytes = 0;
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    while (end < height && (end === start || bytes < chunkBytes)) {
      const row = Array.from({ length: width }, (_, column) => cellInput(block.values[end][column] ?? null));
      values.push(row);
      const rowBytes = JSON.stringify(row).length;
      bytes += rowBytes;
      if (needsFormats) {
        const formatRow = columnFormats.map(
          (format, column) => cellFormats.get(`${end},${column}`) ?? format,
        );
        formats.push(formatRow);
        bytes += JSON.stringify(formatRow).length;
      }
      end++;
    }
    await queue.take(bytes + operationBytes * 2);
    const range = sheet.getRangeByIndexes(block.row - 1 + start, block.column - 1, end - start, width);
    if (needsFormats) range.numberFormat = formats;
    range.values = values;
    start = end;
  }

  if (block.style && hasVisualStyle(block.style)) {
    await queue.take(operationBytes * 4);
    applyStyle(sheet.getRangeByIndexes(block.row - 1, block.column - 1, height, width), block.style);
  }
  for (const [column, style] of (block.columnStyles ?? []).entries()) {
    if (!style || !hasVisualStyle(style) || column >= width) continue;
    await queue.take(operationBytes * 4);
    applyStyle(sheet.getRangeByIndexes(block.row - 1, block.column - 1 + column, height, 1), style);
  }
  for (const { row, column, style } of block.cellStyles ?? []) {
    if (!hasVisualStyle(style)) continue;
    await queue.take(operationBytes * 4);
    applyStyle(sheet.getRangeByIndexes(block.row - 1 + row, block.column - 1 + column, 1, 1), style);
  }
}

/** Row heights as runs of consecutive rows of one height: one range write each instead of one per row. */
function rowHeightRuns(heights: readonly { row: number; height: number }[]) {
  const runs: { first: number; last: number; height: number }[] = [];
  for (const { row, height } of heights) {
    const run = runs[runs.length - 1];
    if (run && run.last + 1 === row && run.height === height) run.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

const cellValueOperators = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  between: "Between",
  equal: "EqualTo",
} as const;
const iconSets = { "3Arrows": "ThreeArrows", "3TrafficLights1": "ThreeTrafficLights1" } as const;

function formula(text: string): string {
  return text.startsWith("=") ? text : `=${text}`;
}

function applyConditionalStyle(format: Excel.ConditionalRangeFormat, style: CellStyle): void {
  if (style.color !== undefined) format.font.color = style.color;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fill !== undefined) format.fill.color = style.fill;
}

function writeConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormat): void {
  const range = sheet.getRange(rule.range);
  switch (rule.kind) {
    case "cellValue": {
      const format = range.conditionalFormats.add("CellValue");
      applyConditionalStyle(format.cellValue.format, rule.style);
      format.cellValue.rule = {
        formula1: formula(rule.formulas[0] ?? "0"),
        ...(rule.formulas[1] !== undefined ? { formula2: formula(rule.formulas[1]) } : {}),
        operator: cellValueOperators[rule.operator],
      };
      return;
    }
    case "textContains": {
      const format = range.conditionalFormats.add("ContainsText");
      applyConditionalStyle(format.textComparison.format, rule.style);
      format.textComparison.rule = { operator: "Contains", text: rule.text };
      return;
    }
    case "iconSet": {
      const format = range.conditionalFormats.add("IconSet");
      format.iconSet.style = iconSets[rule.iconSet];
      format.iconSet.reverseIconOrder = rule.reverse;
      format.iconSet.criteria = [
        {} as Excel.ConditionalIconCriterion,
        { type: "Number", operator: "GreaterThanOrEqual", formula: formula(String(rule.thresholds[0])) },
        { type: "Number", operator: "GreaterThanOrEqual", formula: formula(String(rule.thresholds[1])) },
      ];
      return;
    }
    case "expression": {
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = formula(rule.formula);
      applyConditionalStyle(format.custom.format, rule.style);
      return;
    }
  }
}

const chartTypes = {
  barStacked: "BarStacked",
  bar: "BarClustered",
  line: "Line",
  column: "ColumnClustered",
} as const;

function seriesBy(range: string): "Rows" | "Columns" {
  const { start, end } = parseRangeAddress(range.replace(/\$/g, ""));
  return end.column - start.column > end.row - start.row ? "Rows" : "Columns";
}

/**
 * Adds a chart from the first series' range, then sets every series' name, values and categories
 * explicitly (ChartSeries.setValues / setXAxisValues, ExcelApi 1.7) so the chart shows exactly the plan.
 * NOTE: a series' errorBars (survey margins) are not drawn: Office.js's ChartErrorBars (ExcelApi 1.9) has no
 * custom plus/minus amounts, and the margins differ per point; the margins stand in the table (docs/survey.md).
 */
function writeChart(sheet: Excel.Worksheet, spec: ChartSpec, rangeOf: (ref: RangeRef) => Excel.Range): void {
  if (spec.series.length === 0) return;
  const chart = sheet.charts.add(
    chartTypes[spec.kind],
    rangeOf(spec.series[0].values),
    seriesBy(spec.series[0].values.range),
  );
  chart.name = spec.id;
  chart.title.text = spec.title;
  // NOTE: Office.js has no alt text on Excel.Chart (only Shape.altTextDescription, and a chart is not reachable
  // as a Shape); the plan's altText reaches the griffie copy, which the file host writes.
  chart.legend.visible = spec.showLegend;
  if (spec.showLegend) chart.legend.position = "Bottom";
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  spec.series.forEach((series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    if (index === 0) target.name = series.name;
    else target.setValues(rangeOf(series.values));
    target.setXAxisValues(rangeOf(spec.categories));
    if (series.color) {
      if (spec.kind === "line") target.format.line.color = series.color;
      else target.format.fill.setSolidColor(series.color);
    }
    series.pointColors?.forEach((color, point) => {
      if (color) target.points.getItemAt(point).format.fill.setSolidColor(color);
    });
  });
  const { from, to } = spec.anchor;
  const start = `${columnLetter(from.column)}${from.row}`;
  const end = `${columnLetter(Math.max(from.column, to.column - 1))}${Math.max(from.row, to.row - 1)}`;
  chart.setPosition(start, end);
}

/** A4, orientation, fit to one page wide, print titles, header and footer (ExcelApi 1.9). */
function writePrintSetup(sheet: Excel.Worksheet, planned: PlannedSheet): void {
  const layout = sheet.pageLayout;
  const print = planned.print;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // NOTE: verticalFitToPages 0 means "as many pages tall as needed", as fitToHeight="0" in the file
  // format; fitting to one page tall would shrink a long list to unreadable size.
  layout.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: print.scale ?? 100 };
  if (print.printTitleRows) {
    const rows = print.printTitleRows.replace(/\$/g, "").split(":");
    layout.setPrintTitleRows(`$${rows[0]}:$${rows[1] ?? rows[0]}`);
  }
  if (print.printTitleColumns) {
    const columns = print.printTitleColumns.replace(/\$/g, "").split(":");
    layout.setPrintTitleColumns(`$${columns[0]}:$${columns[1] ?? columns[0]}`);
  }
  // The plan's page breaks: charts whole, tables never split leaving fewer than 5 rows (core pagination).
  for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
  for (const column of print.columnBreaks ?? []) sheet.verticalPageBreaks.add(`${columnLetter(column)}1`);
  const pages = layout.headersFooters.defaultForAllPages;
  const { header, footer } = print;
  if (header.left) pages.leftHeader = header.left;
  if (header.center) pages.centerHeader = header.center;
  if (header.right) pages.rightHeader = header.right;
  if (footer.left) pages.leftFooter = footer.left;
  if (footer.center) pages.centerFooter = footer.center;
  if (footer.right) pages.rightFooter = footer.right;
}
