/**
 * Figures detectors. Wide: a row per category, a column per year (Dronten Tabel 2). Long: a CBS StatLine
 * export, one row per category × period × region.
 */
import { cellAddress } from "../../address";
import type {
  DetectionExplanation,
  FigureField,
  FigureSeries,
  FigureUnit,
  FiguresDataset,
} from "../../datasets";
import { isFootnoteText, type SheetGrid } from "../grid";
import { figureSynonyms, matchHeader } from "../synonyms";
import { parseFigure, parseYear, unitFromText, type ParsedFigure, type ParsedYear } from "../values";
import {
  blankRowFindings,
  columnLayout,
  hasTitleAbove,
  headerFindings,
  layoutFromMapping,
  round,
  type ColumnLayout,
} from "./columns";
import {
  minimumHeaderScore,
  type DetectorContext,
  type HeaderCandidate,
  type TableDetector,
  type TableRead,
} from "./types";

const figureFields: readonly FigureField[] = ["category", "period", "region", "value", "unit", "target"];

/** Kinds of figure cell that are data (a number or a CBS symbol), as opposed to text, errors or blanks. */
function isFigureData(parsed: ParsedFigure): boolean {
  return parsed.kind !== "text" && parsed.kind !== "blank" && parsed.kind !== "error";
}

interface WideLayout {
  row: number;
  categoryColumn: number;
  categoryHeader: string;
  /** A region column left of the years ("Gemeente | Delict | 2022 | 2023"), or null. */
  regionColumn: number | null;
  years: { column: number; year: number; provisional: boolean; header: string }[];
  targetColumn: number | null;
  lastColumn: number;
  /** True when the user mapped the columns by hand (confidence 1). */
  manual?: boolean;
}

/** How many rows under a header detection looks at to find the category column and a first data row. */
const lookahead = 30;

export const wideFiguresDetector: TableDetector = {
  id: "figuresWide",
  kind: "figures",
  fields: ["category", "region", "target"],
  matchHeader(grid, row) {
    const { years, others } = yearHeader(grid, row);
    if (years.length < 2 || !monotonic(years.map((year) => year.year))) return null;
    const firstYearColumn = years[0].column;
    const lastYearColumn = years[years.length - 1].column;
    if (others.some((column) => typeof grid.value(row, column) !== "string")) return null;
    const left = others.filter((column) => column < firstYearColumn);
    if (left.length > 2) return null;
    const categoryByHeader = left.find(
      (column) => matchHeader(grid.text(row, column), figureSynonyms)?.field === "category",
    );
    const regionColumn =
      left.find((column) => {
        const match = matchHeader(grid.text(row, column), figureSynonyms);
        return match?.field === "region" && match.score >= 0.8;
      }) ?? null;
    const categoryColumn = categoryByHeader ?? textColumnBelow(grid, row, firstYearColumn, regionColumn);
    if (categoryColumn === null) return null;
    const targetColumn =
      others.find(
        (column) =>
          column > firstYearColumn && matchHeader(grid.text(row, column), figureSynonyms)?.field === "target",
      ) ?? null;
    const layout: WideLayout = {
      row,
      categoryColumn,
      categoryHeader: grid.headerText(row, categoryColumn),
      regionColumn,
      years,
      targetColumn,
      lastColumn: Math.max(lastYearColumn, targetColumn ?? 0),
    };
    if (!hasDataBelow(grid, layout)) return null;
    const score = Math.min(
      1,
      0.6 + 0.1 * Math.min(3, years.length - 1) + (categoryByHeader !== undefined ? 0.1 : 0),
    );
    return {
      detector: "figuresWide",
      kind: "figures",
      row,
      score,
      read: (context) => readWide(grid, layout, score, context),
    };
  },
  fromMapping: wideFromMapping,
};

/**
 * A wide table from the user's mapping: the years still come from the header row (they are the table), the
 * category column (required), region and target columns from the mapping.
 */
function wideFromMapping(
  grid: SheetGrid,
  row: number,
  mapping: Record<string, number>,
): HeaderCandidate | null {
  const categoryColumn = mapping.category;
  if (categoryColumn === undefined) return null;
  const { years } = yearHeader(grid, row);
  const mapped = new Set(Object.values(mapping));
  const yearColumns = years.filter((year) => !mapped.has(year.column));
  if (yearColumns.length < 2 || !monotonic(yearColumns.map((year) => year.year))) return null;
  const targetColumn = mapping.target ?? null;
  const layout: WideLayout = {
    row,
    categoryColumn,
    categoryHeader: grid.headerText(row, categoryColumn),
    regionColumn: mapping.region ?? null,
    years: yearColumns,
    targetColumn,
    lastColumn: Math.max(yearColumns[yearColumns.length - 1].column, targetColumn ?? 0, categoryColumn),
    manual: true,
  };
  return {
    detector: "figuresWide",
    kind: "figures",
    row,
    score: 1,
    read: (context) => readWide(grid, layout, 1, context),
  };
}

/** The year cells of a header row (each year once) and its other filled columns. */
function yearHeader(grid: SheetGrid, row: number): { years: WideLayout["years"]; others: number[] } {
  const years: WideLayout["years"] = [];
  const others: number[] = [];
  for (const column of grid.filledColumns(row)) {
    const parsed = parseYear(grid.value(row, column));
    if (parsed && !years.some((year) => year.year === parsed.year)) {
      years.push({ column, ...parsed, header: grid.text(row, column) });
    } else {
      others.push(column);
    }
  }
  return { years, others };
}

/** Years of a real header run one way (2016, 2017, 2018 or the reverse); counts that look like years do not. */
function monotonic(years: number[]): boolean {
  const rising = years.every((year, index) => index === 0 || year > years[index - 1]);
  const falling = years.every((year, index) => index === 0 || year < years[index - 1]);
  return rising || falling;
}

/** The column left of the years with the most text cells under the header (the category column). */
function textColumnBelow(
  grid: SheetGrid,
  headerRow: number,
  firstYearColumn: number,
  regionColumn: number | null,
): number | null {
  let best: number | null = null;
  let bestCount = 0;
  const lastRow = Math.min(grid.rowCount, headerRow + lookahead);
  for (let column = 1; column < firstYearColumn; column++) {
    if (column === regionColumn) continue;
    let count = 0;
    for (let row = headerRow + 1; row <= lastRow; row++) {
      const value = grid.value(row, column);
      if (typeof value === "string" && value.trim() !== "" && parseFigure(value).kind === "text") count++;
    }
    if (count > bestCount) {
      best = column;
      bestCount = count;
    }
  }
  return best;
}

function hasDataBelow(grid: SheetGrid, layout: WideLayout): boolean {
  const lastRow = Math.min(grid.rowCount, layout.row + lookahead);
  for (let row = layout.row + 1; row <= lastRow; row++) {
    if (grid.isBlank(row, layout.categoryColumn)) continue;
    if (layout.years.some((year) => isFigureData(parseFigure(grid.value(row, year.column))))) return true;
  }
  return false;
}

function readWide(
  grid: SheetGrid,
  layout: WideLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const span = {
    firstColumn: Math.min(
      layout.categoryColumn,
      layout.regionColumn ?? layout.categoryColumn,
      layout.years[0].column,
    ),
    lastColumn: layout.lastColumn,
  };
  const order = [...layout.years].sort((a, b) => a.year - b.year);
  const series: FigureSeries[] = [];
  const provisional = new Set(order.filter((year) => year.provisional).map((year) => year.year));
  const insideBlanks: number[] = [];
  let pendingBlanks: number[] = [];
  let footnoteRow: number | null = null;
  let subheadings = 0;
  let dataCells = 0;
  let readableCells = 0;

  const valuesIn = (row: number) => order.some((year) => !grid.isBlank(row, year.column));
  const nextStartsData = (row: number): boolean => {
    for (let next = row + 1; next <= grid.rowCount; next++) {
      if (grid.isBlankRow(next)) continue;
      return valuesIn(next) && !context.isHeaderRow(next);
    }
    return false;
  };

  const bodyRow = grid.rowBelowHeader(layout.row, span.firstColumn, span.lastColumn);
  for (let row = bodyRow; row <= grid.rowCount; row++) {
    const filled = grid.isBlankRow(row) ? [] : grid.filledColumns(row, span.firstColumn, span.lastColumn);
    if (filled.length === 0) {
      pendingBlanks.push(row);
      continue;
    }
    if (!valuesIn(row)) {
      const text = grid.text(row, filled[0]);
      if (isFootnoteText(text) || !nextStartsData(row)) {
        footnoteRow = isFootnoteText(text) ? row : null;
        break;
      }
      subheadings++;
      insideBlanks.push(...pendingBlanks);
      pendingBlanks = [];
      continue;
    }
    // NOTE: a category with counts between 1950 and 2100 looks like a row of years; only a row without a
    // category of its own (or with a category header) can start the next table.
    const categoryCell = grid.text(row, layout.categoryColumn);
    const categoryMatch = matchHeader(categoryCell, figureSynonyms);
    const headerLike =
      categoryCell === "" || (categoryMatch?.field === "category" && categoryMatch.score === 1);
    if (headerLike && context.isHeaderRow(row)) break;
    insideBlanks.push(...pendingBlanks);
    pendingBlanks = [];
    const category = categoryCell;
    const parsed = order.map((year) => parseFigure(grid.value(row, year.column)));
    parsed.forEach((figure, index) => {
      if (figure.kind === "provisional") provisional.add(order[index].year);
      if (figure.kind !== "blank") {
        dataCells++;
        if (isFigureData(figure)) readableCells++;
      }
    });
    series.push({
      category,
      region: layout.regionColumn === null ? null : grid.text(row, layout.regionColumn) || null,
      unit: unitFromText(category),
      values: parsed.map((figure) => figure.value),
      cells: order.map((year) => cellAddress(row, year.column)),
      symbols: parsed.map((figure) => figure.symbol),
      row,
      targetText:
        layout.targetColumn !== null && !grid.isBlank(row, layout.targetColumn)
          ? grid.text(row, layout.targetColumn)
          : null,
    });
  }
  if (series.length === 0 || readableCells === 0) return null;
  const lastRow = series[series.length - 1].row;
  const reported = insideBlanks.filter((row) => row < lastRow);
  const notes: string[] = [];
  if (layout.manual) notes.push("manual-mapping");
  if (hasTitleAbove(grid, layout.row)) notes.push("title-above");
  if (subheadings > 0) notes.push(`subheadings:${subheadings}`);
  const units = [...new Set(series.map((item) => item.unit))].filter((unit) => unit !== "count");
  if (units.length > 0) notes.push(`units:${units.join(",")}`);
  if (provisional.size > 0) notes.push(`provisional:${[...provisional].sort().join(",")}`);
  if (reported.length > 0) notes.push(`blank-rows:${reported.length}`);
  if (footnoteRow !== null) notes.push(`footnote:${footnoteRow}`);
  const quality = dataCells === 0 ? 0 : readableCells / dataCells;
  const confidence = layout.manual
    ? 1
    : round((0.5 * headerScore + 0.5 * quality) * Math.min(1, 0.7 + 0.1 * series.length));
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: grid.name,
    layout: "wide",
    headerRow: layout.row,
    years: order.map((year) => year.year),
    provisionalYears: [...provisional].sort((a, b) => a - b),
    series,
    confidence,
    explanation: {
      sheet: grid.name,
      headerRow: layout.row,
      columns: [
        { header: layout.categoryHeader, field: "category", column: layout.categoryColumn },
        ...(layout.regionColumn !== null
          ? [
              {
                header: grid.text(layout.row, layout.regionColumn),
                field: "region",
                column: layout.regionColumn,
              },
            ]
          : []),
        ...layout.years.map((year) => ({ header: year.header, field: "year", column: year.column })),
        ...(layout.targetColumn !== null
          ? [
              {
                header: grid.text(layout.row, layout.targetColumn),
                field: "target",
                column: layout.targetColumn,
              },
            ]
          : []),
      ].sort((a, b) => a.column - b.column),
      notes,
    },
  };
  const findings = [
    ...headerFindings(
      grid,
      layout.row,
      span,
      series.map((item) => item.row),
      [],
      context.language,
      [layout.categoryColumn],
    ),
    ...blankRowFindings(grid, reported, span.firstColumn, context.language),
  ];
  return { dataset, findings, lastRow: Math.max(lastRow, footnoteRow ?? 0) };
}

export const longFiguresDetector: TableDetector = {
  id: "figuresLong",
  kind: "figures",
  fields: figureFields,
  matchHeader(grid, row) {
    const layout = columnLayout(grid, row, figureSynonyms);
    if (!layout || !layout.columns.period || !layout.columns.value) return null;
    if (!periodBelow(grid, layout)) return null;
    const weights: Record<FigureField, number> = {
      category: 1,
      period: 1,
      value: 1,
      region: 0.5,
      unit: 0.25,
      target: 0.25,
    };
    const matched = figureFields.filter((field) => layout.columns[field]);
    const weight = matched.reduce((sum, field) => sum + weights[field] * layout.columns[field]!.score, 0);
    const score = Math.min(1, weight / 3) * (0.8 + (0.2 * matched.length) / layout.cells.length);
    return score < minimumHeaderScore ? null : longCandidate(grid, layout, score);
  },
  fromMapping(grid, row, mapping) {
    const layout = layoutFromMapping(grid, row, mapping, figureFields);
    return layout.columns.period && layout.columns.value ? longCandidate(grid, layout, 1) : null;
  },
};

function longCandidate(grid: SheetGrid, layout: ColumnLayout<FigureField>, score: number): HeaderCandidate {
  return {
    detector: "figuresLong",
    kind: "figures",
    row: layout.row,
    score,
    read: (context) => readLong(grid, layout, score, context),
  };
}

function periodBelow(grid: SheetGrid, layout: ColumnLayout<FigureField>): boolean {
  const column = layout.columns.period!.column;
  const lastRow = Math.min(grid.rowCount, layout.row + lookahead);
  for (let row = layout.bodyRow; row <= lastRow; row++) if (parseYear(grid.value(row, column))) return true;
  return false;
}

interface LongSeries {
  category: string;
  region: string | null;
  unit: FigureUnit;
  row: number;
  targetText: string | null;
  byYear: Map<number, { figure: ParsedFigure; cell: string }>;
}

/** What a walk over the rows under a header found. */
interface PeriodRows {
  dataRows: number[];
  /** Blank rows between data rows (not the ones after the last data row). */
  blankRowsInside: number[];
  footnoteRow: number | null;
  skipped: number;
  lastRow: number;
}

/**
 * Walks the rows under a long table's header: a row with a period in `periodColumn` is data and goes to
 * `read`; blank rows are remembered; a footnote or a new header ends the table; other rows are skipped.
 */
function scanPeriodRows(
  grid: SheetGrid,
  context: DetectorContext,
  firstRow: number,
  span: { firstColumn: number; lastColumn: number },
  periodColumn: number,
  read: (row: number, period: ParsedYear) => void,
): PeriodRows {
  const dataRows: number[] = [];
  const insideBlanks: number[] = [];
  let pendingBlanks: number[] = [];
  let footnoteRow: number | null = null;
  let skipped = 0;
  for (let row = firstRow; row <= grid.rowCount; row++) {
    const filled = grid.isBlankRow(row) ? [] : grid.filledColumns(row, span.firstColumn, span.lastColumn);
    if (filled.length === 0) {
      pendingBlanks.push(row);
      continue;
    }
    const period = parseYear(grid.value(row, periodColumn));
    if (!period) {
      if (filled.length === 1 && isFootnoteText(grid.text(row, filled[0]))) {
        footnoteRow = row;
        break;
      }
      if (context.isHeaderRow(row)) break;
      skipped++;
      continue;
    }
    insideBlanks.push(...pendingBlanks);
    pendingBlanks = [];
    dataRows.push(row);
    read(row, period);
  }
  const lastRow = dataRows[dataRows.length - 1];
  return {
    dataRows,
    blankRowsInside: insideBlanks.filter((row) => row < lastRow),
    footnoteRow,
    skipped,
    lastRow,
  };
}

/** One FigureSeries per category × region, with a value (or null) for every year the table has. */
function seriesFromEntries(
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
  }));
  return { sortedYears, series };
}

/** What both long layouts know once their rows are read. */
interface LongTableParts {
  headerRow: number;
  span: { firstColumn: number; lastColumn: number };
  scan: PeriodRows;
  entries: Iterable<LongSeries>;
  years: Set<number>;
  provisional: Set<number>;
  /** Notes before the shared ones, and notes between "skipped-rows" and "blank-rows". */
  leadingNotes: string[];
  notesAfterSkipped: string[];
  columns: DetectionExplanation["columns"];
  confidence: number;
  duplicateHeaders: { column: number; header: string }[];
}

/** The dataset, structural findings and extent of a long table (CBS export or periods as rows). */
function longTableRead(grid: SheetGrid, context: DetectorContext, parts: LongTableParts): TableRead {
  const { sortedYears, series } = seriesFromEntries(parts.entries, parts.years);
  const { dataRows, blankRowsInside, footnoteRow, skipped, lastRow } = parts.scan;
  const regions = new Set(series.map((item) => item.region).filter((region) => region !== null));
  const notes = [...parts.leadingNotes];
  if (hasTitleAbove(grid, parts.headerRow)) notes.push("title-above");
  if (regions.size > 1) notes.push(`regions:${regions.size}`);
  if (parts.provisional.size > 0) notes.push(`provisional:${[...parts.provisional].sort().join(",")}`);
  if (skipped > 0) notes.push(`skipped-rows:${skipped}`);
  notes.push(...parts.notesAfterSkipped);
  if (blankRowsInside.length > 0) notes.push(`blank-rows:${blankRowsInside.length}`);
  if (footnoteRow !== null) notes.push(`footnote:${footnoteRow}`);
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: grid.name,
    layout: "long",
    headerRow: parts.headerRow,
    years: sortedYears,
    provisionalYears: [...parts.provisional].sort((a, b) => a - b),
    series,
    confidence: parts.confidence,
    explanation: { sheet: grid.name, headerRow: parts.headerRow, columns: parts.columns, notes },
  };
  const findings = [
    ...headerFindings(grid, parts.headerRow, parts.span, dataRows, parts.duplicateHeaders, context.language),
    ...blankRowFindings(grid, blankRowsInside, parts.span.firstColumn, context.language),
  ];
  return { dataset, findings, lastRow: Math.max(lastRow, footnoteRow ?? 0) };
}

function readLong(
  grid: SheetGrid,
  layout: ColumnLayout<FigureField>,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const columns = layout.columns;
  const periodColumn = columns.period!.column;
  const valueColumn = columns.value!.column;
  const span = { firstColumn: layout.firstColumn, lastColumn: layout.lastColumn };
  const valueHeaderUnit = unitFromText(columns.value!.header);
  const byKey = new Map<string, LongSeries>();
  const years = new Set<number>();
  const provisional = new Set<number>();
  let duplicates = 0;
  let readable = 0;

  const text = (field: FigureField, row: number): string | null => {
    const column = columns[field]?.column;
    if (column === undefined) return null;
    const value = grid.text(row, column);
    return value === "" ? null : value;
  };

  const scan = scanPeriodRows(grid, context, layout.bodyRow, span, periodColumn, (row, period) => {
    const category = text("category", row) ?? columns.value!.header;
    const region = text("region", row);
    const unitText = text("unit", row);
    const unit =
      unitText !== null
        ? unitFromText(unitText)
        : unitFromText(category) !== "count"
          ? unitFromText(category)
          : valueHeaderUnit;
    const key = `${category}\u0000${region ?? ""}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { category, region, unit, row, targetText: null, byYear: new Map() };
      byKey.set(key, entry);
    }
    entry.targetText ??= text("target", row);
    if (entry.byYear.has(period.year)) {
      duplicates++;
      return;
    }
    const figure = parseFigure(grid.value(row, valueColumn));
    if (isFigureData(figure)) readable++;
    if (period.provisional || figure.kind === "provisional") provisional.add(period.year);
    years.add(period.year);
    entry.byYear.set(period.year, { figure, cell: cellAddress(row, valueColumn) });
  });
  if (byKey.size === 0 || readable === 0) return null;
  const quality = readable / (scan.dataRows.length + scan.skipped);
  return longTableRead(grid, context, {
    headerRow: layout.row,
    span,
    scan,
    entries: byKey.values(),
    years,
    provisional,
    leadingNotes: layout.manual ? ["manual-mapping"] : [],
    notesAfterSkipped: duplicates > 0 ? [`duplicate-periods:${duplicates}`] : [],
    columns: layout.cells
      .filter((cell) => cell.field !== null)
      .map((cell) => ({ header: cell.header, field: cell.field as string, column: cell.column })),
    confidence: layout.manual
      ? 1
      : round((0.5 * headerScore + 0.5 * quality) * Math.min(1, 0.7 + 0.1 * scan.dataRows.length)),
    duplicateHeaders: layout.duplicates,
  });
}

interface TransposedLayout {
  row: number;
  periodColumn: number;
  periodHeader: string;
  regionColumn: number | null;
  categories: { column: number; header: string }[];
}

/**
 * StatLine's table view: a row per period (and region), a column per category ("Perioden | Totaal
 * misdrijven | Woninginbraak | …"). Read as a long table: one series per category (× region).
 */
export const transposedFiguresDetector: TableDetector = {
  id: "figuresByPeriodRow",
  kind: "figures",
  fields: [],
  matchHeader(grid, row) {
    const filled = grid.filledColumns(row);
    if (filled.length < 2) return null;
    let periodColumn: number | null = null;
    let regionColumn: number | null = null;
    const others: number[] = [];
    for (const column of filled) {
      if (typeof grid.value(row, column) !== "string") return null;
      const match = matchHeader(grid.text(row, column), figureSynonyms);
      if (match?.field === "period" && match.score === 1 && periodColumn === null) periodColumn = column;
      else if (match?.field === "region" && match.score === 1 && regionColumn === null) regionColumn = column;
      else if ((match?.field === "value" || match?.field === "category") && match.score === 1) return null;
      else others.push(column);
    }
    if (periodColumn === null || others.length === 0) return null;
    const lastRow = Math.min(grid.rowCount, row + lookahead);
    let periods = 0;
    const numeric = new Set<number>();
    for (let below = row + 1; below <= lastRow; below++) {
      if (!parseYear(grid.value(below, periodColumn))) continue;
      periods++;
      for (const column of others)
        if (isFigureData(parseFigure(grid.value(below, column)))) numeric.add(column);
    }
    const categories = others
      .filter((column) => numeric.has(column))
      .map((column) => ({ column, header: grid.text(row, column) }));
    if (periods === 0 || categories.length === 0) return null;
    const layout: TransposedLayout = {
      row,
      periodColumn,
      periodHeader: grid.text(row, periodColumn),
      regionColumn,
      categories,
    };
    const score = Math.min(1, 0.65 + 0.05 * Math.min(4, categories.length) + (periods >= 2 ? 0.1 : 0));
    return {
      detector: "figuresByPeriodRow",
      kind: "figures",
      row,
      score,
      read: (context) => readTransposed(grid, layout, score, context),
    };
  },
};

function readTransposed(
  grid: SheetGrid,
  layout: TransposedLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const span = {
    firstColumn: Math.min(
      layout.periodColumn,
      layout.regionColumn ?? layout.periodColumn,
      ...layout.categories.map((category) => category.column),
    ),
    lastColumn: Math.max(
      layout.periodColumn,
      layout.regionColumn ?? 0,
      ...layout.categories.map((category) => category.column),
    ),
  };
  const byKey = new Map<string, LongSeries>();
  const years = new Set<number>();
  const provisional = new Set<number>();
  let cells = 0;
  let readable = 0;
  const scan = scanPeriodRows(grid, context, layout.row + 1, span, layout.periodColumn, (row, period) => {
    years.add(period.year);
    if (period.provisional) provisional.add(period.year);
    const region = layout.regionColumn === null ? null : grid.text(row, layout.regionColumn) || null;
    for (const category of layout.categories) {
      const key = `${category.header}\u0000${region ?? ""}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          category: category.header,
          region,
          unit: unitFromText(category.header),
          row,
          targetText: null,
          byYear: new Map(),
        };
        byKey.set(key, entry);
      }
      if (entry.byYear.has(period.year)) continue;
      const figure = parseFigure(grid.value(row, category.column));
      cells++;
      if (isFigureData(figure)) readable++;
      if (figure.kind === "provisional") provisional.add(period.year);
      entry.byYear.set(period.year, { figure, cell: cellAddress(row, category.column) });
    }
  });
  if (scan.dataRows.length === 0 || readable === 0) return null;
  const columns = [
    { header: layout.periodHeader, field: "period", column: layout.periodColumn },
    ...(layout.regionColumn !== null
      ? [{ header: grid.text(layout.row, layout.regionColumn), field: "region", column: layout.regionColumn }]
      : []),
    ...layout.categories.map((category) => ({
      header: category.header,
      field: "category",
      column: category.column,
    })),
  ].sort((a, b) => a.column - b.column);
  return longTableRead(grid, context, {
    headerRow: layout.row,
    span,
    scan,
    entries: byKey.values(),
    years,
    provisional,
    leadingNotes: ["periods-as-rows"],
    notesAfterSkipped: [],
    columns,
    confidence: round(
      (0.5 * headerScore + 0.5 * (readable / cells)) * Math.min(1, 0.7 + 0.1 * scan.dataRows.length),
    ),
    duplicateHeaders: [],
  });
}
