/**
 * Periods as rows: StatLine's table view, a row per period (and region), a column per category
 * ("Perioden | Totaal misdrijven | Woninginbraak | …"). Read as a long table: one series per category (× region).
 */
import { cellAddress, columnLetter } from "../../../address";
import type { FigureUnit } from "../../../datasets";
import { createFinding } from "../../../findings/finding";
import type { CellValue } from "../../../snapshot";
import { classifyMeasure } from "../../measures";
import type { SheetGrid } from "../../grid";
import { figureSynonyms, matchHeader } from "../../synonyms";
import { parseFigure, parsePeriod } from "../../values";
import { tableConfidence } from "../kernel";
import { titleRateUnit } from "../columns";
import { withoutFootnoteMark } from "../../text";
import { detectorIds, type DetectorContext, type TableDetector, type TableRead } from "../types";
import {
  isFigureData,
  longTableRead,
  lookahead,
  recordFigure,
  unitRowsBelow,
  walkPeriodRows,
  type LongSeries,
} from "./shared";
import { largest, smallest } from "../../../collections";

interface PeriodsAsRowsLayout {
  row: number;
  periodColumn: number;
  periodHeader: string;
  regionColumn: number | null;
  categories: { column: number; header: string; unit: FigureUnit }[];
  populationColumn: number | null;
  unused: { column: number; header: string; reason: "flag" | "code" | "measure" }[];
}

/** Rows under the header searched for a second label in a text column (a long table's categories). */
const labelSample = 500;

export const periodsAsRowsDetector: TableDetector = {
  id: detectorIds.figuresByPeriodRow,
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
    // NOTE: a period repeated within one region makes the table long (a row per category × period), not this.
    const seen = new Set<string>();
    const samples = new Map<number, CellValue[]>();
    const labels = new Map<number, Set<string>>();
    for (let below = row + 1; below <= lastRow; below++) {
      const period = parsePeriod(grid.value(below, periodColumn), grid.numberFormat(below, periodColumn));
      if (!period) continue;
      const key = `${period.year}-${period.part}\u0000${regionColumn === null ? "" : grid.text(below, regionColumn)}`;
      if (seen.has(key)) return null;
      seen.add(key);
      periods++;
      for (const column of others) {
        const value = grid.value(below, column);
        const figure = parseFigure(value);
        if (isFigureData(figure)) numeric.add(column);
        else if (figure.kind === "text") {
          const texts = labels.get(column) ?? new Set<string>();
          texts.add(grid.text(below, column));
          labels.set(column, texts);
        }
        samples.set(column, [...(samples.get(column) ?? []), value]);
      }
    }
    // NOTE: a column of labels that change from row to row (type codes, category names) makes the table
    // long, a row per category × period, even before a period repeats within the rows looked at.
    // A category runs over many rows (a hundred months of one code), so the labels are sampled further down.
    const labelRows = Math.min(grid.rowCount, row + labelSample);
    for (const [column, texts] of labels)
      for (let below = lastRow + 1; below <= labelRows && texts.size < 2; below++)
        if (parseFigure(grid.value(below, column)).kind === "text") texts.add(grid.text(below, column));
    if ([...labels.values()].some((texts) => texts.size >= 2)) return null;
    // Every numeric column is a measure: counts and rates are series, a population the denominator,
    // flags, codes and other measures are named as not used.
    let populationColumn: number | null = null;
    const unused: PeriodsAsRowsLayout["unused"] = [];
    const categories: PeriodsAsRowsLayout["categories"] = [];
    const titleUnit = titleRateUnit(grid, row);
    for (const column of others.filter((other) => numeric.has(other))) {
      const measure = classifyMeasure(grid.text(row, column), samples.get(column) ?? [], false, titleUnit);
      if (measure.kind === "count" || measure.kind === "rate")
        categories.push({ column, header: measure.header, unit: measure.unit });
      else if (measure.kind === "population" && populationColumn === null) populationColumn = column;
      else
        unused.push({
          column,
          header: measure.header,
          reason: measure.kind === "flag" || measure.kind === "code" ? measure.kind : "measure",
        });
    }
    if (periods === 0 || categories.length === 0) return null;
    const layout: PeriodsAsRowsLayout = {
      row,
      periodColumn,
      periodHeader: grid.text(row, periodColumn),
      regionColumn,
      categories,
      populationColumn,
      unused,
    };
    const score = Math.min(1, 0.65 + 0.05 * Math.min(4, categories.length) + (periods >= 2 ? 0.1 : 0));
    return {
      detector: detectorIds.figuresByPeriodRow,
      kind: "figures",
      row,
      score,
      read: (context) => readPeriodsAsRows(grid, layout, score, context),
    };
  },
};

function readPeriodsAsRows(
  grid: SheetGrid,
  layout: PeriodsAsRowsLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const categoryColumns = layout.categories.map((category) => category.column);
  const span = {
    firstColumn: Math.min(
      layout.periodColumn,
      layout.regionColumn ?? layout.periodColumn,
      smallest(categoryColumns),
    ),
    lastColumn: Math.max(layout.periodColumn, layout.regionColumn ?? 0, largest(categoryColumns)),
  };
  const byKey = new Map<string, LongSeries>();
  const years = new Set<number>();
  const provisional = new Set<number>();
  let cells = 0;
  let readable = 0;
  const unitRows = unitRowsBelow(grid, layout.row + 1, categoryColumns);
  const population = new Map<string, Map<number, number>>();
  const unitOf = (category: PeriodsAsRowsLayout["categories"][number]) => {
    const named = category.unit;
    const listed = unitRows.units.get(category.column);
    return named !== "count" || listed === undefined || listed === "other" ? named : listed;
  };
  const withCounts = layout.categories.some((category) => unitOf(category) === "count");
  const walk = walkPeriodRows(
    grid,
    context,
    layout.row + 1 + unitRows.rows.length,
    span,
    layout.periodColumn,
    (row, period) => {
      years.add(period.year);
      if (period.provisional) provisional.add(period.year);
      const region = layout.regionColumn === null ? null : grid.text(row, layout.regionColumn) || null;
      if (layout.populationColumn !== null) {
        const inhabitants = parseFigure(grid.value(row, layout.populationColumn)).value;
        const byYear = population.get(region ?? "") ?? new Map<number, number>();
        population.set(region ?? "", byYear);
        if (inhabitants !== null && period.grain === "year" && !byYear.has(period.year))
          byYear.set(period.year, inhabitants);
      }
      for (const category of layout.categories) {
        const key = `${category.header}\u0000${region ?? ""}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = {
            category: category.header,
            region,
            unit: unitOf(category),
            row,
            targetText: null,
            byYear: new Map(),
          };
          // A rate column beside count columns is a measure of its own ("Violent crime rate").
          if (entry.unit !== "count" && withCounts) entry.measure = category.header;
          byKey.set(key, entry);
        }
        const figure = parseFigure(grid.value(row, category.column));
        if (!recordFigure(entry, period, figure, cellAddress(row, category.column))) continue;
        cells++;
        if (isFigureData(figure)) readable++;
        if (figure.kind === "provisional") provisional.add(period.year);
      }
    },
  );
  if (walk.dataRows.length === 0 || readable === 0) return null;
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
    ...(layout.populationColumn !== null
      ? [
          {
            header: withoutFootnoteMark(grid.text(layout.row, layout.populationColumn)),
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
    entries: byKey.values(),
    years,
    provisional,
    leadingNotes: [
      { code: "periods-as-rows" },
      ...(unitRows.rows.length > 0 ? [{ code: "unit-row" as const, row: unitRows.rows[0] }] : []),
    ],
    notesAfterSkipped: [],
    columns,
    confidence: tableConfidence({
      manual: false,
      headerScore,
      quality: readable / cells,
      rows: walk.dataRows.length,
    }),
    duplicateHeaders: [],
  });
  if (population.size > 0)
    read.dataset.population = [...population].map(([region, byYear]) => ({
      region: region === "" ? null : region,
      values: read.dataset.years.map((year) => byYear.get(year) ?? null),
    }));
  for (const unused of layout.unused)
    read.findings.push(
      createFinding(
        "unused-column",
        { sheet: grid.name, cell: cellAddress(layout.row, unused.column) },
        { header: unused.header, column: columnLetter(unused.column), reason: unused.reason },
        context.language,
      ),
    );
  return read;
}
