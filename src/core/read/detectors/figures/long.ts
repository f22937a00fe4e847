/**
 * Long figures tables: one row per category × period (× region) with a value column: a CBS StatLine
 * export ("Soort misdrijf | Perioden | Regio's | Geregistreerde misdrijven (aantal)") or a tidy open-data
 * file whatever its columns are called ("incident_type_code | year | incident_count | population | covid").
 * Columns the header words leave open are classified by their values: a column of years is the period,
 * numeric columns are measures (measures.ts): the first count is the value, rates become series of
 * their own with their unit, a population the denominator for rates; flags, codes and other measures are
 * named in an unused-column finding.
 */
import { cellAddress, columnLetter } from "../../../address";
import type { DetectionNote, FigureField, FigureUnit } from "../../../datasets";
import { createFinding, type Finding } from "../../../findings/finding";
import type { SheetGrid } from "../../grid";
import { classifyMeasure, type Measure } from "../../measures";
import { figureSynonyms, matchHeader } from "../../synonyms";
import { parseFigure, parsePeriod, unitFromText } from "../../values";
import { columnLayout, layoutFromMapping, mappedCells, titleRateUnit, type ColumnLayout } from "../columns";
import { tableConfidence } from "../kernel";
import {
  detectorIds,
  minimumHeaderScore,
  type DetectorContext,
  type HeaderCandidate,
  type TableDetector,
  type TableRead,
} from "../types";
import {
  isFigureData,
  longTableRead,
  lookahead,
  recordFigure,
  sharedUnit,
  unitRowsBelow,
  walkPeriodRows,
  type LongSeries,
} from "./shared";
import { appendAll } from "../../../collections";

const figureFields: readonly FigureField[] = ["category", "period", "region", "value", "unit", "target"];

/** How much each recognised header counts towards "this is a long figures table". */
const fieldWeights: Record<FigureField, number> = {
  category: 1,
  period: 1,
  value: 1,
  region: 0.5,
  unit: 0.25,
  target: 0.25,
};

/** The score of a field found by its values rather than its header. */
const inferredScore = 0.5;

/** Rows under the header sampled to classify columns by their values. */
const sampleSize = 500;

type UnusedReason = "flag" | "measure" | "code" | "text" | "region";

/** A long layout: the mapped fields plus what the other columns hold. */
interface LongLayout extends ColumnLayout<FigureField> {
  /** Rate columns besides the value: each gives a series per category × region. */
  rates: { column: number; header: string; unit: FigureUnit }[];
  populationColumn: number | null;
  unused: { column: number; header: string; reason: UnusedReason }[];
}

export const longFiguresDetector: TableDetector = {
  id: detectorIds.figuresLong,
  kind: "figures",
  fields: figureFields,
  matchHeader(grid, row) {
    const plain = columnLayout(grid, row, figureSynonyms);
    if (!plain) return null;
    const layout = completeLayout(grid, plain);
    if (!layout.columns.period || !layout.columns.value) return null;
    if (!periodBelow(grid, layout)) return null;
    const matched = figureFields.filter((field) => layout.columns[field]);
    const weight = matched.reduce(
      (sum, field) => sum + fieldWeights[field] * layout.columns[field]!.score,
      0,
    );
    const score = Math.min(1, weight / 3) * (0.8 + (0.2 * matched.length) / layout.cells.length);
    return score < minimumHeaderScore ? null : longCandidate(grid, layout, score);
  },
  fromMapping(grid, row, mapping) {
    const layout = completeLayout(grid, layoutFromMapping(grid, row, mapping, figureFields));
    return layout.columns.period && layout.columns.value ? longCandidate(grid, layout, 1) : null;
  },
};

function longCandidate(grid: SheetGrid, layout: LongLayout, score: number): HeaderCandidate {
  return {
    detector: detectorIds.figuresLong,
    kind: "figures",
    row: layout.row,
    score,
    read: (context) => readLong(grid, layout, score, context),
  };
}

function periodBelow(grid: SheetGrid, layout: ColumnLayout<FigureField>): boolean {
  const column = layout.columns.period!.column;
  const lastRow = Math.min(grid.rowCount, layout.row + lookahead);
  for (let row = layout.bodyRow; row <= lastRow; row++)
    if (parsePeriod(grid.value(row, column), grid.numberFormat(row, column))) return true;
  return false;
}

interface ColumnSample {
  values: ReturnType<SheetGrid["value"]>[];
  years: number;
  numbers: number;
  texts: number;
  filled: number;
  distinctTexts: number;
}

function sampleColumn(grid: SheetGrid, layout: ColumnLayout<FigureField>, column: number): ColumnSample {
  const sample: ColumnSample = { values: [], years: 0, numbers: 0, texts: 0, filled: 0, distinctTexts: 0 };
  const texts = new Set<string>();
  const lastRow = Math.min(grid.rowCount, layout.bodyRow + sampleSize - 1);
  for (let row = layout.bodyRow; row <= lastRow; row++) {
    if (grid.isBlank(row, column)) continue;
    const value = grid.value(row, column);
    sample.filled++;
    sample.values.push(value);
    if (parsePeriod(value, grid.numberFormat(row, column))) sample.years++;
    const figure = parseFigure(value);
    if (figure.kind === "text") {
      sample.texts++;
      texts.add(grid.text(row, column));
    } else if (isFigureData(figure)) sample.numbers++;
  }
  sample.distinctTexts = texts.size;
  return sample;
}

/**
 * Fills in what the header words left open, from the values under the header: a column of years is the
 * period; numeric columns are classified as measures (the first count is the value unless a header
 * named one); a text column, else a code column, is the category. A manual mapping's fields stay as
 * mapped; only the other columns are classified.
 */
function completeLayout(grid: SheetGrid, layout: ColumnLayout<FigureField>): LongLayout {
  const columns = { ...layout.columns };
  const cells = layout.cells.map((cell) => ({ ...cell }));
  const result: LongLayout = { ...layout, columns, cells, rates: [], populationColumn: null, unused: [] };
  const assign = (field: FigureField, cell: (typeof cells)[number]) => {
    columns[field] = { column: cell.column, header: cell.header, score: layout.manual ? 1 : inferredScore };
    cell.field = field;
  };
  const open = cells.filter((cell) => cell.field === null);
  const titleUnit = titleRateUnit(grid, layout.row);
  const samples = new Map(open.map((cell) => [cell.column, sampleColumn(grid, layout, cell.column)]));
  if (!columns.period && !layout.manual) {
    const years = open.find((cell) => {
      const sample = samples.get(cell.column)!;
      return sample.filled > 0 && sample.years >= 0.8 * sample.filled;
    });
    if (years) assign("period", years);
  }
  const codes: (typeof cells)[number][] = [];
  const texts: (typeof cells)[number][] = [];
  for (const cell of cells) {
    if (cell.field !== null) continue;
    const sample = samples.get(cell.column)!;
    if (sample.filled === 0) continue;
    if (sample.texts > sample.numbers) {
      texts.push(cell);
      continue;
    }
    const countHeader = matchHeader(cell.header, figureSynonyms)?.field === "value";
    const measure: Measure = classifyMeasure(cell.header, sample.values, countHeader, titleUnit);
    if (measure.kind === "count" && !columns.value && !layout.manual) assign("value", cell);
    else if (measure.kind === "rate")
      result.rates.push({ column: cell.column, header: cell.header, unit: measure.unit });
    else if (measure.kind === "population" && result.populationColumn === null)
      result.populationColumn = cell.column;
    else if (measure.kind === "code") codes.push(cell);
    else
      result.unused.push({
        column: cell.column,
        header: cell.header,
        reason: measure.kind === "flag" ? "flag" : "measure",
      });
  }
  const labels = texts.filter((cell) => samples.get(cell.column)!.distinctTexts >= 2);
  if (!columns.category && !layout.manual) {
    const category = labels[0] ?? codes[0];
    if (category) assign("category", category);
  }
  for (const cell of [...texts, ...codes]) {
    if (cell.field !== null) continue;
    result.unused.push({
      column: cell.column,
      header: cell.header,
      reason: codes.includes(cell) ? "code" : "text",
    });
  }
  result.unused.sort((a, b) => a.column - b.column);
  return result;
}

function readLong(
  grid: SheetGrid,
  layout: LongLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const columns = layout.columns;
  const periodColumn = columns.period!.column;
  const valueColumn = columns.value!.column;
  const span = { firstColumn: layout.firstColumn, lastColumn: layout.lastColumn };
  const unitRows = unitRowsBelow(grid, layout.bodyRow, [
    valueColumn,
    ...layout.rates.map((rate) => rate.column),
  ]);
  const headerUnit = unitFromText(columns.value!.header);
  const valueHeaderUnit =
    headerUnit !== "count" ? headerUnit : (sharedUnit(unitRows, [valueColumn]) ?? "count");
  // NOTE: series by category, then region, then rate column: keyed by the cell texts themselves (the same few
  // strings on every row), not by a key string built per row; `entries` keeps their order of first sight.
  const byCategory = new Map<string, Map<string, Map<number, LongSeries>>>();
  const entries: LongSeries[] = [];
  const population = new Map<string, Map<number, number>>();
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
  // Units per distinct text, once: a long table repeats the same few category names on every row.
  const units = new Map<string, FigureUnit>();
  const unitOfText = (value: string): FigureUnit => {
    let unit = units.get(value);
    if (unit === undefined) units.set(value, (unit = unitFromText(value)));
    return unit;
  };
  const unitOfCategory = (category: string): FigureUnit | null => {
    const unit = unitOfText(category);
    return unit === "count" ? null : unit;
  };
  /** The series of a category and region: of the value column, or with `rate` of that rate column. */
  const entryFor = (
    category: string,
    region: string | null,
    unit: FigureUnit,
    row: number,
    rate?: LongLayout["rates"][number],
  ) => {
    let byRegion = byCategory.get(category);
    if (byRegion === undefined) byCategory.set(category, (byRegion = new Map()));
    let byRate = byRegion.get(region ?? "");
    if (byRate === undefined) byRegion.set(region ?? "", (byRate = new Map()));
    let entry = byRate.get(rate?.column ?? 0);
    if (!entry) {
      entry = rate
        ? {
            category: `${category} (${rate.header})`,
            region,
            unit: rate.unit,
            row,
            targetText: null,
            byYear: new Map(),
          }
        : { category, region, unit, row, targetText: null, byYear: new Map() };
      if (rate) entry.measure = rate.header;
      byRate.set(rate?.column ?? 0, entry);
      entries.push(entry);
    }
    return entry;
  };

  const walk = walkPeriodRows(
    grid,
    context,
    layout.bodyRow + unitRows.rows.length,
    span,
    periodColumn,
    (row, period) => {
      const category = text("category", row) ?? columns.value!.header;
      const region = text("region", row);
      const unitText = text("unit", row);
      const unit = unitText !== null ? unitOfText(unitText) : (unitOfCategory(category) ?? valueHeaderUnit);
      const entry = entryFor(category, region, unit, row);
      entry.targetText ??= text("target", row);
      const figure = parseFigure(grid.value(row, valueColumn));
      if (!recordFigure(entry, period, figure, cellAddress(row, valueColumn))) {
        duplicates++;
        return;
      }
      if (isFigureData(figure)) readable++;
      if (period.provisional || figure.kind === "provisional") provisional.add(period.year);
      years.add(period.year);
      for (const rate of layout.rates) {
        const rateEntry = entryFor(category, region, rate.unit, row, rate);
        recordFigure(
          rateEntry,
          period,
          parseFigure(grid.value(row, rate.column)),
          cellAddress(row, rate.column),
        );
      }
      if (layout.populationColumn !== null) {
        const inhabitants = parseFigure(grid.value(row, layout.populationColumn)).value;
        const byYear = population.get(region ?? "") ?? new Map<number, number>();
        population.set(region ?? "", byYear);
        if (inhabitants !== null && !byYear.has(period.year)) byYear.set(period.year, inhabitants);
      }
    },
  );
  if (entries.length === 0 || readable === 0) return null;
  const leadingNotes: DetectionNote[] = layout.manual ? [{ code: "manual-mapping" }] : [];
  if (unitRows.rows.length > 0) leadingNotes.push({ code: "unit-row", row: unitRows.rows[0] });
  const explained = [
    ...mappedCells(layout),
    ...layout.rates.map((rate) => ({ header: rate.header, field: "value", column: rate.column })),
    ...(layout.populationColumn !== null
      ? [
          {
            header: grid.text(layout.row, layout.populationColumn),
            field: "population",
            column: layout.populationColumn,
          },
        ]
      : []),
  ].sort((a, b) => a.column - b.column);
  const read = longTableRead(grid, context, {
    headerRow: layout.row,
    span,
    walk,
    entries,
    years,
    provisional,
    leadingNotes,
    notesAfterSkipped: [{ code: "duplicate-periods", count: duplicates }],
    columns: explained,
    confidence: tableConfidence({
      manual: layout.manual,
      headerScore,
      quality: readable / (walk.dataRows.length + walk.skipped),
      rows: walk.dataRows.length,
    }),
    duplicateHeaders: layout.duplicates,
  });
  if (population.size > 0)
    read.dataset.population = [...population].map(([region, byYear]) => ({
      region: region === "" ? null : region,
      values: read.dataset.years.map((year) => byYear.get(year) ?? null),
    }));
  appendAll(read.findings, unusedColumnFindings(grid, layout, context));
  return read;
}

/** One info finding per column of the table that is not used, with the reason. */
function unusedColumnFindings(grid: SheetGrid, layout: LongLayout, context: DetectorContext): Finding[] {
  return layout.unused.map((unused) =>
    createFinding(
      "unused-column",
      { sheet: grid.name, cell: cellAddress(layout.row, unused.column) },
      { header: unused.header, column: columnLetter(unused.column), reason: unused.reason },
      context.language,
    ),
  );
}
