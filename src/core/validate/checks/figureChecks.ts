import { cellAddress } from "../../address";
import type { FigureSeries, FigureUnit, FiguresDataset } from "../../datasets";
import { createFinding, type Finding } from "../../findings/finding";
import { formatNumber } from "../../i18n/language";
import type { SheetSnapshot } from "../../snapshot";
import { unitFromText } from "../../read/values";
import type { Check, DatasetCheckContext } from "../check";
import { cellValueAt, errorValueOf, excerpt, safeCellPosition, validCell } from "../cells";

type FiguresContext = DatasetCheckContext<FiguresDataset>;

/** CBS symbols for "unknown" (.) and "secret" (x); ".." is the older StatLine spelling. */
const unknownSymbols: ReadonlySet<string> = new Set([".", "..", "…", "x", "X"]);
/** CBS nil: the value is 0, not a problem. */
const nilSymbols: ReadonlySet<string> = new Set(["-", "–", "—"]);
const provisionalSymbol = /\*+\s*$/;

/** Fewest values a series needs before Koers calls one of them an outlier. */
export const outlierMinimumValues = 5;
/** Robust z-score above which a value is an outlier (Iglewicz and Hoaglin's 3.5). */
export const outlierThreshold = 3.5;

/** The column of the category labels, from the detection explanation; column A when it names none. */
function categoryColumn(dataset: FiguresDataset): number {
  const mapped = dataset.explanation?.columns?.find((column) => column.field === "category");
  return mapped && Number.isInteger(mapped.column) && mapped.column >= 1 ? mapped.column : 1;
}

function categoryCell(dataset: FiguresDataset, series: FigureSeries): string | null {
  return Number.isInteger(series.row) && series.row >= 1
    ? cellAddress(series.row, categoryColumn(dataset))
    : null;
}

/**
 * The unit of a series as the table shows it: the detected unit, or a percent number format on its
 * cells, or "%", "per 1.000" in its label. Readers may leave "count" where the sheet says otherwise.
 */
export function effectiveUnit(series: FigureSeries, sheet: SheetSnapshot | null): FigureUnit {
  if (series.unit !== "count") return series.unit;
  const fromLabel = unitFromText(series.category ?? "");
  if (fromLabel !== "count") return fromLabel;
  if (sheet) {
    for (const address of series.cells ?? []) {
      const position = safeCellPosition(address);
      if (!position) continue;
      const format = sheet.numberFormats[position.row - 1]?.[position.column - 1];
      if (typeof format === "string" && format.includes("%")) return "percent";
    }
  }
  return "count";
}

/** Calls `visit` for every value slot of every series, with its year and cell. */
function eachValue(
  dataset: FiguresDataset,
  visit: (series: FigureSeries, index: number, year: number | undefined, cell: string | null) => void,
): void {
  for (const series of dataset.series) {
    const length = Math.max(series.values.length, series.symbols?.length ?? 0);
    for (let index = 0; index < length; index++)
      visit(series, index, dataset.years[index], validCell(series.cells?.[index]));
  }
}

function holdsErrorValue(sheet: SheetSnapshot | null, cell: string | null): boolean {
  const position = safeCellPosition(cell);
  return position !== null && errorValueOf(cellValueAt(sheet, position.row, position.column)) !== null;
}

/** not-a-number: text in a figure cell that is neither a number nor a CBS symbol ("n.b.", "?"). */
function notNumbers({ dataset, sheet, language }: FiguresContext): Finding[] {
  const findings: Finding[] = [];
  eachValue(dataset, (series, index, _year, cell) => {
    const symbol = series.symbols?.[index];
    const value = series.values[index];
    if (typeof symbol !== "string" || (value !== null && value !== undefined)) return;
    const trimmed = symbol.trim();
    if (trimmed === "" || unknownSymbols.has(trimmed) || nilSymbols.has(trimmed)) return;
    if (errorValueOf(trimmed) !== null || holdsErrorValue(sheet, cell)) return;
    findings.push(
      createFinding("not-a-number", { sheet: dataset.sheet, cell }, { value: excerpt(trimmed) }, language),
    );
  });
  return findings;
}

/** unknown-figure: the CBS symbols "." (unknown) and "x" (secret) are information, not errors. */
function unknownFigures({ dataset, language }: FiguresContext): Finding[] {
  const findings: Finding[] = [];
  eachValue(dataset, (series, index, _year, cell) => {
    const symbol = series.symbols?.[index]?.trim();
    const value = series.values[index];
    if (symbol === undefined || !unknownSymbols.has(symbol) || (value !== null && value !== undefined))
      return;
    findings.push(
      createFinding("unknown-figure", { sheet: dataset.sheet, cell }, { value: symbol }, language),
    );
  });
  return findings;
}

/**
 * provisional-figure: one finding per provisional year, where the "*" is written (the year's header
 * "2023*", the period cell of a long table, or the first value "44*" of that year), and one per value
 * marked "*" in a year that is not provisional as a whole.
 */
function provisionalFigures({ dataset, sheet, language }: FiguresContext): Finding[] {
  const findings: Finding[] = [];
  const provisionalYears = new Set(dataset.provisionalYears ?? []);
  for (const year of provisionalYears) {
    const cell = provisionalYearCell(dataset, sheet, year);
    const written = cell ? textAt(sheet, cell) : "";
    findings.push(
      createFinding(
        "provisional-figure",
        { sheet: dataset.sheet, cell },
        { year, value: written.includes("*") ? excerpt(written) : `${year}*` },
        language,
      ),
    );
  }
  eachValue(dataset, (series, index, year, cell) => {
    const symbol = series.symbols?.[index];
    const value = series.values[index];
    if (typeof symbol !== "string" || !provisionalSymbol.test(symbol)) return;
    if (value === null || value === undefined || (year !== undefined && provisionalYears.has(year))) return;
    const written = cell ? textAt(sheet, cell) : "";
    findings.push(
      createFinding(
        "provisional-figure",
        { sheet: dataset.sheet, cell },
        { year: year ?? "?", value: excerpt(written.includes("*") ? written : symbol.trim()) },
        language,
      ),
    );
  });
  return findings;
}

/** The text a cell shows (displayed text, else the value written out); "" outside the sheet. */
function textAt(sheet: SheetSnapshot | null, address: string): string {
  const position = safeCellPosition(address);
  if (!sheet || !position) return "";
  const shown = sheet.texts?.[position.row - 1]?.[position.column - 1];
  if (typeof shown === "string" && shown.trim() !== "") return shown.trim();
  const value = cellValueAt(sheet, position.row, position.column);
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

function provisionalYearCell(
  dataset: FiguresDataset,
  sheet: SheetSnapshot | null,
  year: number,
): string | null {
  const index = dataset.years.indexOf(year);
  if (index < 0) return null;
  const valueCells: { cell: string; symbol: string | null }[] = [];
  for (const series of dataset.series) {
    const cell = validCell(series.cells?.[index]);
    if (cell !== null) valueCells.push({ cell, symbol: series.symbols?.[index] ?? null });
  }
  const first = valueCells[0];
  if (!first) return null;
  const position = safeCellPosition(first.cell) as { row: number; column: number };
  if (dataset.layout === "long") {
    const period = dataset.explanation?.columns?.find((column) => column.field === "period");
    return period && period.column >= 1 ? cellAddress(position.row, period.column) : first.cell;
  }
  const header = dataset.headerRow >= 1 ? cellAddress(dataset.headerRow, position.column) : null;
  if (header && textAt(sheet, header).includes("*")) return header;
  const marked = valueCells.find(
    (entry) => typeof entry.symbol === "string" && provisionalSymbol.test(entry.symbol),
  );
  return marked?.cell ?? header ?? first.cell;
}

/** negative-count: a count below zero, usually a pasted minus sign or a change column read as a count. */
function negativeCounts({ dataset, sheet, language }: FiguresContext): Finding[] {
  const findings: Finding[] = [];
  for (const series of dataset.series) {
    if (effectiveUnit(series, sheet) !== "count") continue;
    series.values.forEach((value, index) => {
      if (typeof value !== "number" || !(value < 0)) return;
      findings.push(
        createFinding(
          "negative-count",
          { sheet: dataset.sheet, cell: validCell(series.cells?.[index]) },
          {
            value: formatNumber(value, language, Number.isInteger(value) ? 0 : 1),
            category: excerpt(series.category),
          },
          language,
        ),
      );
    });
  }
  return findings;
}

/**
 * duplicate-category: the same category (and region) twice in a table; each row names the other.
 * A long table has one series per category, so its repeats are found among the rows of the sheet.
 */
function duplicateCategories(context: FiguresContext): Finding[] {
  const { dataset, language } = context;
  const table: KeyedRows =
    dataset.layout === "long"
      ? longTableRows(context)
      : {
          rows: dataset.series.map((series, index) => ({
            key: `${normaliseLabel(series.category)}|${normaliseLabel(series.region ?? "")}`,
            row: series.row,
            index,
          })),
          describe: ({ index }) => ({
            label: dataset.series[index].category,
            cell: categoryCell(dataset, dataset.series[index]),
          }),
        };
  const firstByKey = new Map<string, KeyedRow>();
  const reportedFirst = new Set<string>();
  const findings: Finding[] = [];
  const report = (entry: KeyedRow, otherRow: number) => {
    const { label, cell } = table.describe(entry);
    findings.push(
      createFinding(
        "duplicate-category",
        { sheet: dataset.sheet, cell },
        { value: excerpt(label), otherRow },
        language,
      ),
    );
  };
  for (const entry of table.rows) {
    if (entry.key.startsWith("|")) continue;
    const first = firstByKey.get(entry.key);
    if (!first) {
      firstByKey.set(entry.key, entry);
      continue;
    }
    if (!reportedFirst.has(entry.key)) {
      reportedFirst.add(entry.key);
      report(first, entry.row);
    }
    report(entry, first.row);
  }
  return findings;
}

/** A table's rows by key; `index` is the series (wide) or the row (long) that `describe` names. */
interface KeyedRow {
  key: string;
  row: number;
  index: number;
}

/**
 * Rows by key, and the label and cell of one for a finding: made only when a finding names the row (a long
 * table of 300,000 rows has few repeats, if any).
 */
interface KeyedRows {
  rows: KeyedRow[];
  describe: (entry: KeyedRow) => { label: string; cell: string | null };
}

function normaliseLabel(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Rows of a long table as category × region × period keys, read from the sheet between header and last value. */
function longTableRows({ dataset, sheet }: FiguresContext): KeyedRows {
  const columns = dataset.explanation?.columns ?? [];
  const category = columns.find((column) => column.field === "category")?.column;
  const period = columns.find((column) => column.field === "period")?.column;
  const region = columns.find((column) => column.field === "region")?.column;
  const none: KeyedRows = { rows: [], describe: () => ({ label: "", cell: null }) };
  if (!sheet || category === undefined || period === undefined || category < 1 || period < 1) return none;
  let lastRow = dataset.headerRow;
  for (const series of dataset.series) {
    for (const address of series.cells ?? []) {
      const position = safeCellPosition(address);
      if (position && position.row > lastRow) lastRow = position.row;
    }
  }
  const text = (row: number, column: number | undefined) => {
    if (column === undefined) return "";
    const value = cellValueAt(sheet, row, column);
    return typeof value === "string" || typeof value === "number" ? String(value) : "";
  };
  // NOTE: the same few hundred labels, regions and periods repeat over the rows: each is normalised once and
  // stands in the keys as a short id, so 300,000 keys are built and hashed from a few characters each.
  const idOfLabel = new Map<string, string>();
  const idOfNormalised = new Map<string, string>();
  const normalise = (label: string) => {
    let id = idOfLabel.get(label);
    if (id === undefined) {
      const normalised = normaliseLabel(label);
      id = idOfNormalised.get(normalised);
      if (id === undefined) idOfNormalised.set(normalised, (id = idOfNormalised.size.toString(36)));
      idOfLabel.set(label, id);
    }
    return id;
  };
  const rows: KeyedRow[] = [];
  for (let row = dataset.headerRow + 1; row <= Math.min(lastRow, sheet.rowCount); row++) {
    const label = text(row, category);
    const periodText = text(row, period);
    if (label.trim() === "" || periodText.trim() === "") continue;
    rows.push({
      key: `${normalise(label)}|${normalise(text(row, region))}|${normalise(periodText)}`,
      row,
      index: row,
    });
  }
  return {
    rows,
    describe: ({ index: row }) => ({
      label: `${text(row, category).trim()} (${text(row, period).trim()})`,
      cell: cellAddress(row, category),
    }),
  };
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The indexes of a series' outliers by the robust z-score 0.6745·(x − median) / MAD (Iglewicz and
 * Hoaglin). When more than half the values are equal (MAD = 0) the mean absolute deviation stands in
 * (z = (x − median) / (1.2533·meanAD)). For positive series a value must also be at least twice or at
 * most half the median: a real fall in crime (121, 121, 79, 80, 75) is a trend, not an outlier, while a
 * typo (200, 210, 2100, 190) is.
 */
export function outlierIndexes(values: readonly (number | null)[]): number[] {
  const present = values.filter(
    (value): value is number => typeof value === "number" && Number.isFinite(value),
  );
  if (present.length < outlierMinimumValues) return [];
  const sorted = [...present].sort((a, b) => a - b);
  const center = median(sorted);
  const deviations = present.map((value) => Math.abs(value - center)).sort((a, b) => a - b);
  const mad = median(deviations);
  const meanDeviation = deviations.reduce((sum, value) => sum + value, 0) / deviations.length;
  const scale = mad > 0 ? mad / 0.6745 : meanDeviation * 1.253314;
  if (!(scale > 0) || !Number.isFinite(scale)) return [];
  const indexes: number[] = [];
  values.forEach((value, index) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return;
    const distance = Math.abs(value - center);
    if (distance / scale > outlierThreshold && farFromCenter(value, center)) indexes.push(index);
  });
  return indexes;
}

function farFromCenter(value: number, center: number): boolean {
  if (center <= 0 || value <= 0) return true;
  return Math.max(value, center) / Math.min(value, center) >= 2;
}

/**
 * outlier: a value far outside the rest of its series (information; it may be right). A year with months
 * or quarters missing (the current year, running to May) is low by nature and never an outlier, nor does it
 * weigh in the median of the others.
 */
function outliers({ dataset, language }: FiguresContext): Finding[] {
  const findings: Finding[] = [];
  const incomplete = new Set(dataset.incompleteYears ?? []);
  const whole = (values: (number | null)[]) =>
    incomplete.size === 0
      ? values
      : values.map((value, index) => (incomplete.has(dataset.years[index]) ? null : value));
  for (const series of dataset.series) {
    const values = whole(series.values);
    const indexes = outlierIndexes(values);
    if (indexes.length === 0) continue;
    const sorted = values
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value))
      .sort((a, b) => a - b);
    const center = median(sorted);
    const digits = (value: number) => (Number.isInteger(value) ? 0 : 1);
    for (const index of indexes) {
      const value = series.values[index] as number;
      findings.push(
        createFinding(
          "outlier",
          { sheet: dataset.sheet, cell: validCell(series.cells?.[index]) },
          {
            value: formatNumber(value, language, digits(value)),
            category: excerpt(series.category),
            median: formatNumber(center, language, digits(center)),
            year: dataset.years[index] ?? "?",
          },
          language,
        ),
      );
    }
  }
  return findings;
}

/**
 * mixed-units: a table of counts that also holds rates or percentages; each such row is named. A series
 * read from a measure column of its own (a rate beside the count, FigureSeries.measure) has the unit the
 * table declares for it, and is not named.
 */
function mixedUnits({ dataset, sheet, language }: FiguresContext): Finding[] {
  const units = dataset.series.map((series) => effectiveUnit(series, sheet));
  if (!units.includes("count") || units.every((unit) => unit === "count")) return [];
  const present = [...new Set(units)].join(", ");
  const findings: Finding[] = [];
  dataset.series.forEach((series, index) => {
    if (units[index] === "count" || series.measure !== undefined) return;
    findings.push(
      createFinding(
        "mixed-units",
        { sheet: dataset.sheet, cell: categoryCell(dataset, series) },
        { units: present, category: excerpt(series.category) },
        language,
      ),
    );
  });
  return findings;
}

/** Checks on figures tables, in report order. */
export const figureChecks: readonly Check[] = [
  { id: "not-a-number", appliesTo: "figures", run: notNumbers },
  { id: "negative-count", appliesTo: "figures", run: negativeCounts },
  { id: "duplicate-category", appliesTo: "figures", run: duplicateCategories },
  { id: "mixed-units", appliesTo: "figures", run: mixedUnits },
  { id: "outlier", appliesTo: "figures", run: outliers },
  { id: "provisional-figure", appliesTo: "figures", run: provisionalFigures },
  { id: "unknown-figure", appliesTo: "figures", run: unknownFigures },
];
