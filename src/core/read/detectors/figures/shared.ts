/** What the figures layouts share: reading figure cells, the period-row walk, series and the dataset. */
import type {
  DetectionExplanation,
  DetectionNote,
  FigureSeries,
  FigureUnit,
  FiguresDataset,
} from "../../../datasets";
import { cellAddress } from "../../../address";
import { createFinding } from "../../../findings/finding";
import { isFootnoteText, type SheetGrid } from "../../grid";
import {
  footnotedYear,
  parsePeriod,
  parseYear,
  periodsPerYear,
  unitCellUnit,
  type ParsedFigure,
  type ParsedPeriod,
} from "../../values";
import { isPseudoRegion } from "../../regions";
import { blankRowFindings, hasTitleAbove, headerFindings } from "../columns";
import { cellsIn, explanationOf, NoteList, walkTable, type RowWalk } from "../kernel";
import type { DetectorContext, TableRead } from "../types";
import { largest } from "../../../collections";

/** How many rows under a header detection looks at to find the category column and a first data row. */
export const lookahead = 30;

/** Kinds of figure cell that are data (a number or a CBS symbol), as opposed to text, errors or blanks. */
export function isFigureData(parsed: ParsedFigure): boolean {
  return parsed.kind !== "text" && parsed.kind !== "blank" && parsed.kind !== "error";
}

export interface YearColumn {
  column: number;
  year: number;
  provisional: boolean;
  header: string;
  /** The footnote digit glued to the year in the header ("20124" → 2012, "4"), when there was one. */
  footnoteMark?: string;
}

/**
 * The year cells of a header row (each year once) and its other filled columns. A header with a footnote
 * digit glued to its year ("2011 | 20124 | 2013") is that year when the year columns beside it leave no
 * doubt (footnotedYear); `footnoteMark` says so.
 */
export function yearHeader(grid: SheetGrid, row: number): { years: YearColumn[]; others: number[] } {
  const years: YearColumn[] = [];
  const others: number[] = [];
  const filled = grid.filledColumns(row);
  const parsedYears = filled.map((column) => parseYear(grid.value(row, column)));
  filled.forEach((column, index) => {
    let parsed: { year: number; provisional: boolean; footnoteMark?: string } | null = parsedYears[index];
    if (!parsed) {
      const footnoted =
        footnotedYear(grid.value(row, column), parsedYears[index - 1]?.year ?? null) ??
        footnotedYear(grid.value(row, column), parsedYears[index + 1]?.year ?? null);
      if (footnoted) parsed = { year: footnoted.year, provisional: false, footnoteMark: footnoted.mark };
    }
    if (parsed && !years.some((year) => year.year === parsed.year)) {
      years.push({ column, ...parsed, header: grid.text(row, column) });
    } else {
      others.push(column);
    }
  });
  return { years, others };
}

/** Years of a real header run one way (2016, 2017, 2018 or the reverse); counts that look like years do not. */
export function monotonic(years: number[]): boolean {
  const rising = years.every((year, index) => index === 0 || year > years[index - 1]);
  const falling = years.every((year, index) => index === 0 || year < years[index - 1]);
  return rising || falling;
}

/** Unit rows found under a header: their rows and the unit each value column names. */
export interface UnitRows {
  rows: number[];
  units: Map<number, FigureUnit | "other">;
}

/**
 * The unit rows right under a header (at most two): rows whose value cells all name a unit ("Soort
 * misdrijf | aantal | aantal", StatLine's "| | per 1 000 inwoners") and whose other cells hold no number.
 * They are the table's units, never a category.
 */
export function unitRowsBelow(grid: SheetGrid, firstRow: number, valueColumns: number[]): UnitRows {
  const result: UnitRows = { rows: [], units: new Map() };
  const valueSet = new Set(valueColumns);
  for (let row = firstRow; row <= Math.min(grid.rowCount, firstRow + 1); row++) {
    if (grid.isBlankRow(row)) break;
    const units = new Map<number, FigureUnit | "other">();
    let unitRow = true;
    for (const column of grid.filledColumns(row)) {
      const value = grid.value(row, column);
      if (typeof value !== "string") {
        unitRow = false;
        break;
      }
      if (!valueSet.has(column)) continue;
      const unit = unitCellUnit(value);
      if (unit === null) {
        unitRow = false;
        break;
      }
      units.set(column, unit);
    }
    if (!unitRow || units.size === 0) break;
    result.rows.push(row);
    for (const [column, unit] of units) if (!result.units.has(column)) result.units.set(column, unit);
  }
  return result;
}

/** The one unit all `columns` share in the unit rows, when it is a FigureUnit; else null. */
export function sharedUnit(unitRows: UnitRows, columns: number[]): FigureUnit | null {
  const units = new Set(
    columns.map((column) => unitRows.units.get(column)).filter((unit) => unit !== undefined),
  );
  if (units.size !== 1) return null;
  const [unit] = units;
  return unit === "other" ? null : unit!;
}

/** One category × region of a table read row by row, its values per year. */
export interface LongSeries {
  category: string;
  region: string | null;
  unit: FigureUnit;
  row: number;
  targetText: string | null;
  byYear: Map<number, { figure: ParsedFigure; cell: string }>;
  /** For months or quarters added up to years: the parts with a value per year. */
  partsByYear?: Map<number, Set<number>>;
  /** The measure column it was read from, beside the table's count (FigureSeries.measure). */
  measure?: string;
}

/**
 * Records a figure for a period: a year's figure once (false for a repeated year); a month's or
 * quarter's figure added to its year (false for a repeated part). The cell is that of the first part.
 */
export function recordFigure(
  entry: LongSeries,
  period: ParsedPeriod,
  figure: ParsedFigure,
  cell: string,
): boolean {
  const current = entry.byYear.get(period.year);
  if (period.grain === "year") {
    if (current) return false;
    entry.byYear.set(period.year, { figure, cell });
    return true;
  }
  entry.partsByYear ??= new Map();
  const parts = entry.partsByYear.get(period.year) ?? new Set<number>();
  entry.partsByYear.set(period.year, parts);
  if (parts.has(period.part)) return false;
  if (figure.value !== null) parts.add(period.part);
  const sum =
    current?.figure.value !== null && current?.figure.value !== undefined
      ? current.figure.value + (figure.value ?? 0)
      : figure.value;
  entry.byYear.set(period.year, {
    figure: { value: sum, kind: sum === null ? figure.kind : "number", symbol: null },
    cell: current?.cell ?? cell,
  });
  return true;
}

/** Years with fewer parts than a whole year in every series (months or quarters added up). */
export function incompleteYears(entries: Iterable<LongSeries>, grain: "quarter" | "month"): number[] {
  const most = new Map<number, number>();
  for (const entry of entries)
    for (const [year, parts] of entry.partsByYear ?? [])
      most.set(year, Math.max(most.get(year) ?? 0, parts.size));
  return [...most]
    .filter(([, count]) => count < periodsPerYear[grain])
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

/** A year read from a cell with a footnote digit glued to it ("20013" → 2001). */
export interface FootnotedYear {
  row: number;
  column: number;
  value: string;
  year: number;
  mark: string;
}

/** What a walk over period rows found besides the rows: footnoted years and the finest grain. */
export interface PeriodWalk extends RowWalk {
  footnotedYears: FootnotedYear[];
  grain: ParsedPeriod["grain"];
}

/**
 * Walks the rows under a table with a period column: a row with a period (a year, quarter or month, or
 * a year with a footnote digit when the year above it leaves no doubt) is data and goes to `read`; a
 * lone footnote or a new header ends the table; other rows are skipped.
 */
export function walkPeriodRows(
  grid: SheetGrid,
  context: DetectorContext,
  firstRow: number,
  span: { firstColumn: number; lastColumn: number },
  periodColumn: number,
  read: (row: number, period: ParsedPeriod) => void,
): PeriodWalk {
  let period: ParsedPeriod | null = null;
  let previousYear: number | null = null;
  const footnotedYears: FootnotedYear[] = [];
  const grains = new Set<ParsedPeriod["grain"]>();
  // A long table repeats the same few periods on every row: each distinct cell is parsed once. Keyed by
  // format, then by the value itself (2024 and "2024" are different keys), so no key is built per row.
  const parsed = new Map<string, Map<string | number, ParsedPeriod | null>>();
  const periodOf = (value: ReturnType<SheetGrid["value"]>, format: string): ParsedPeriod | null => {
    if (typeof value !== "string" && typeof value !== "number") return parsePeriod(value, format);
    let byValue = parsed.get(format);
    if (byValue === undefined) parsed.set(format, (byValue = new Map()));
    let period = byValue.get(value);
    if (period === undefined) byValue.set(value, (period = parsePeriod(value, format)));
    return period;
  };
  const walk = walkTable(
    grid,
    firstRow,
    cellsIn(grid, span),
    (row, filled) => {
      const value = grid.value(row, periodColumn);
      period = periodOf(value, grid.numberFormat(row, periodColumn));
      if (!period) {
        const footnoted = footnotedYear(value, previousYear);
        if (footnoted) {
          period = { year: footnoted.year, provisional: false, grain: "year", part: 0 };
          footnotedYears.push({
            row,
            column: periodColumn,
            value: grid.text(row, periodColumn),
            ...footnoted,
          });
        }
      }
      if (period) {
        previousYear = period.grain === "year" ? period.year : null;
        return "data";
      }
      if (filled.length === 1 && isFootnoteText(grid.text(row, filled[0]))) return "footnote";
      return context.isHeaderRow(row) ? "end" : "skip";
    },
    (row) => {
      grains.add(period!.grain);
      read(row, period!);
    },
  );
  const grain = grains.has("month") ? "month" : grains.has("quarter") ? "quarter" : "year";
  return { ...walk, footnotedYears, grain };
}

/** One FigureSeries per category × region, with a value (or null) for every year the table has. */
export function seriesFromEntries(
  entries: Iterable<LongSeries>,
  years: Set<number>,
): { sortedYears: number[]; series: FigureSeries[] } {
  const sortedYears = [...years].sort((a, b) => a - b);
  const series: FigureSeries[] = [...entries].map((entry) => ({
    category: entry.category,
    region: entry.region,
    unit: entry.unit,
    values: sortedYears.map((year) => entry.byYear.get(year)?.figure.value ?? null),
    cells: sortedYears.map((year) => entry.byYear.get(year)?.cell ?? null),
    symbols: sortedYears.map((year) => entry.byYear.get(year)?.figure.symbol ?? null),
    row: entry.row,
    targetText: entry.targetText,
    ...(isPseudoRegion(entry.region) ? { pseudoRegion: true } : {}),
    ...(entry.measure !== undefined ? { measure: entry.measure } : {}),
  }));
  return { sortedYears, series };
}

/** What the layouts read row by row (long, periods as rows) know once their rows are read. */
export interface LongTableParts {
  headerRow: number;
  span: { firstColumn: number; lastColumn: number };
  walk: PeriodWalk;
  entries: Iterable<LongSeries>;
  years: Set<number>;
  provisional: Set<number>;
  /** Notes before the shared ones, and notes between "skipped-rows" and "blank-rows". */
  leadingNotes: DetectionNote[];
  notesAfterSkipped: DetectionNote[];
  columns: DetectionExplanation["columns"];
  confidence: number;
  duplicateHeaders: { column: number; header: string }[];
  /** The first header row when the header spans rows (title-above is looked for above it). */
  firstHeaderRow?: number;
  /** Columns whose blank header cell is no blank-header (a row label under a header of two rows). */
  blankHeaderExempt?: number[];
}

/** The dataset, structural findings and extent of a table read row by row. */
export function longTableRead(
  grid: SheetGrid,
  context: DetectorContext,
  parts: LongTableParts,
): TableRead & { dataset: FiguresDataset } {
  const entryList = [...parts.entries];
  const { sortedYears, series } = seriesFromEntries(entryList, parts.years);
  const { dataRows, blankRowsInside, footnoteRow, skipped, lastRow } = parts.walk;
  const regions = new Set(series.map((item) => item.region).filter((region) => region !== null));
  const provisionalYears = [...parts.provisional].sort((a, b) => a - b);
  const notes = new NoteList();
  for (const note of parts.leadingNotes) notes.add(note);
  notes
    .add({ code: "title-above" }, hasTitleAbove(grid, parts.firstHeaderRow ?? parts.headerRow))
    .add({ code: "regions", count: regions.size }, regions.size > 1)
    .add({ code: "provisional", years: provisionalYears })
    .add({ code: "skipped-rows", count: skipped });
  for (const note of parts.notesAfterSkipped) notes.add(note);
  notes
    .add({ code: "blank-rows", count: blankRowsInside.length })
    .add({ code: "footnote", row: footnoteRow ?? 0 }, footnoteRow !== null);
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: grid.name,
    layout: "long",
    headerRow: parts.headerRow,
    years: sortedYears,
    provisionalYears,
    series,
    confidence: parts.confidence,
    explanation: explanationOf(grid.name, parts.headerRow, parts.columns, notes.notes),
  };
  const findings = [
    ...headerFindings(
      grid,
      parts.headerRow,
      parts.span,
      dataRows,
      parts.duplicateHeaders,
      context.language,
      parts.blankHeaderExempt,
    ),
    ...blankRowFindings(grid, blankRowsInside, parts.span.firstColumn, context.language),
  ];
  for (const footnoted of parts.walk.footnotedYears)
    findings.push(
      createFinding(
        "footnote-year",
        { sheet: grid.name, cell: cellAddress(footnoted.row, footnoted.column) },
        { value: footnoted.value, year: footnoted.year, mark: footnoted.mark },
        context.language,
      ),
    );
  const grain = parts.walk.grain;
  if (grain !== "year") {
    const periodColumn =
      parts.columns.find((column) => column.field === "period")?.column ?? parts.span.firstColumn;
    const incomplete = incompleteYears(entryList, grain);
    dataset.periodGrain = grain;
    if (incomplete.length > 0) dataset.incompleteYears = incomplete;
    findings.push(
      createFinding(
        "aggregated-periods",
        { sheet: grid.name, cell: cellAddress(parts.headerRow, periodColumn) },
        { grain },
        context.language,
      ),
    );
    for (const year of incomplete) {
      const periods = largest(entryList.map((entry) => entry.partsByYear?.get(year)?.size ?? 0));
      findings.push(
        createFinding(
          "incomplete-year",
          { sheet: grid.name, cell: cellAddress(parts.headerRow, periodColumn) },
          { year, periods, of: periodsPerYear[grain] },
          context.language,
        ),
      );
    }
  }
  // NOTE: never silent: rows inside the table that were not read are named (the first, and how many).
  const firstSkipped = parts.walk.firstSkipped;
  if (firstSkipped !== null && firstSkipped < lastRow)
    findings.push(
      createFinding(
        "unused-rows",
        { sheet: grid.name, cell: cellAddress(firstSkipped, parts.span.firstColumn) },
        { count: skipped, row: firstSkipped },
        context.language,
      ),
    );
  return { dataset, findings, lastRow: Math.max(lastRow, footnoteRow ?? 0) };
}
