/**
 * Tables whose column headers carry the dimensions (flattened headers, two header rows): each value
 * column names some of region, category and period, and a row label left of them names the one missing
 * (the region or category of the row, or its period). Read as a long table: a series per category × region.
 */
import { cellAddress } from "../../../address";
import type { DetectionNote, FigureUnit } from "../../../datasets";
import { isFootnoteText, type SheetGrid } from "../../grid";
import { parseFigure, parsePeriod, unitFromText, type ParsedPeriod } from "../../values";
import { cellsIn, tableConfidence, walkTable } from "../kernel";
import type { DetectorContext, TableRead } from "../types";
import { isFigureData, longTableRead, recordFigure, unitRowsBelow, type LongSeries } from "./shared";

/** A value column and the dimensions its header names (null: the row label names it). */
export interface DimensionColumn {
  column: number;
  header: string;
  region: string | null;
  category: string | null;
  period: ParsedPeriod | null;
  /**
   * The subject the header names when the row label is the category (StatLine's "Onderwerp": "Totaal
   * geregistreerde misdrijven", "Geregistreerde misdrijven per 1000 inwoners"): what is measured, not
   * what is counted. The first subject gives the row's series; every other one a series of its own.
   */
  subject?: string;
}

/**
 * What the row label holds: the region or category the headers leave open, the period (headers give
 * region and category), or a qualifier of a category the headers name in full ("Woninginbraak (poging)").
 */
export type LabelRole = "region" | "category" | "period" | "qualifier";

export interface DimensionLayout {
  /** The (last) header row; data start below it. */
  row: number;
  columns: DimensionColumn[];
  labelColumn: number | null;
  labelRole: LabelRole | null;
  /** The note that says how the header was read. */
  note: DetectionNote;
  /** The upper header row when the header spans two rows. */
  firstHeaderRow?: number;
  /** True when the user mapped the label column by hand (confidence 1). */
  manual?: boolean;
}

/**
 * The label column and its role from a manual mapping: `category`, `region` or `period` names the row
 * label column; null when the mapping names none of them, or several.
 */
export function mappedLabel(
  mapping: Record<string, number>,
): { column: number; field: "category" | "region" | "period" } | null {
  const named = (["category", "region", "period"] as const).filter((field) => mapping[field] !== undefined);
  return named.length === 1 ? { column: mapping[named[0]], field: named[0] } : null;
}

/** Reads the rows under a header whose columns carry the dimensions; null when no figure is read. */
export function readHeaderDimensions(
  grid: SheetGrid,
  layout: DimensionLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const valueColumns = layout.columns.map((column) => column.column);
  const span = {
    firstColumn: Math.min(layout.labelColumn ?? valueColumns[0], valueColumns[0]),
    lastColumn: valueColumns[valueColumns.length - 1],
  };
  const unitRows = unitRowsBelow(grid, layout.row + 1, valueColumns);
  const unitOf = (column: DimensionColumn, category: string): FigureUnit => {
    const named = unitFromText(category);
    const listed = unitRows.units.get(column.column);
    return named !== "count" || listed === undefined || listed === "other" ? named : listed;
  };
  const byKey = new Map<string, LongSeries>();
  const firstSubject = layout.columns.find((column) => column.subject !== undefined)?.subject;
  const years = new Set<number>();
  const provisional = new Set<number>();
  const grains = new Set<ParsedPeriod["grain"]>();
  let cells = 0;
  let readable = 0;
  const labelOf = (row: number) =>
    layout.labelColumn === null ? null : grid.text(row, layout.labelColumn) || null;
  const periodOf = (row: number) =>
    layout.labelColumn === null
      ? null
      : parsePeriod(grid.value(row, layout.labelColumn), grid.numberFormat(row, layout.labelColumn));
  const hasValues = (row: number) =>
    valueColumns.some((column) => isFigureData(parseFigure(grid.value(row, column))));
  const walk = walkTable(
    grid,
    layout.row + 1 + unitRows.rows.length,
    cellsIn(grid, span),
    (row, filled) => {
      if (hasValues(row) && (layout.labelRole !== "period" || periodOf(row) !== null))
        return context.isHeaderRow(row) ? "end" : "data";
      if (filled.length === 1 && isFootnoteText(grid.text(row, filled[0]))) return "footnote";
      return context.isHeaderRow(row) ? "end" : "skip";
    },
    (row) => {
      const label = labelOf(row);
      const rowPeriod = layout.labelRole === "period" ? periodOf(row) : null;
      for (const column of layout.columns) {
        const period = column.period ?? rowPeriod;
        if (period === null) continue;
        const region = column.region ?? (layout.labelRole === "region" ? label : null);
        let category = column.category ?? (layout.labelRole === "category" ? label : null);
        if (category === null) continue;
        if (layout.labelRole === "qualifier" && label !== null) category = `${category} (${label})`;
        const measure =
          column.subject !== undefined && column.subject !== firstSubject ? column.subject : undefined;
        if (measure !== undefined) category = `${category} (${measure})`;
        const key = `${category}\u0000${region ?? ""}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = {
            category,
            region,
            unit: unitOf(column, column.subject ?? category),
            row,
            targetText: null,
            byYear: new Map(),
          };
          if (measure !== undefined) entry.measure = measure;
          byKey.set(key, entry);
        }
        const figure = parseFigure(grid.value(row, column.column));
        if (!recordFigure(entry, period, figure, cellAddress(row, column.column))) continue;
        grains.add(period.grain);
        years.add(period.year);
        cells++;
        if (isFigureData(figure)) readable++;
        if (period.provisional || figure.kind === "provisional") provisional.add(period.year);
      }
    },
  );
  if (walk.dataRows.length === 0 || readable === 0) return null;
  const grain = grains.has("month") ? "month" : grains.has("quarter") ? "quarter" : "year";
  const leadingNotes: DetectionNote[] = layout.manual
    ? [{ code: "manual-mapping" }, layout.note]
    : [layout.note];
  if (unitRows.rows.length > 0) leadingNotes.push({ code: "unit-row", row: unitRows.rows[0] });
  const labelField = layout.labelRole === "qualifier" ? "category" : layout.labelRole;
  const columns = [
    ...(layout.labelColumn !== null && labelField !== null
      ? [
          {
            header: labelHeader(grid, layout, layout.labelColumn),
            field: labelField,
            column: layout.labelColumn,
          },
        ]
      : []),
    ...layout.columns.map((column) => ({ header: column.header, field: "value", column: column.column })),
  ];
  return longTableRead(grid, context, {
    headerRow: layout.row,
    span,
    walk: { ...walk, footnotedYears: [], grain },
    entries: byKey.values(),
    years,
    provisional,
    leadingNotes,
    notesAfterSkipped: [],
    columns,
    confidence: tableConfidence({
      manual: layout.manual === true,
      headerScore,
      quality: cells === 0 ? 0 : readable / cells,
      rows: walk.dataRows.length,
    }),
    duplicateHeaders: [],
    firstHeaderRow: layout.firstHeaderRow,
    blankHeaderExempt: layout.labelColumn !== null ? [layout.labelColumn] : [],
  });
}

/** The label column's header: its cell in the (last) header row, else in the row above it. */
function labelHeader(grid: SheetGrid, layout: DimensionLayout, column: number): string {
  const own = grid.text(layout.row, column);
  return own !== "" || layout.firstHeaderRow === undefined ? own : grid.text(layout.firstHeaderRow, column);
}
