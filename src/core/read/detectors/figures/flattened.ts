/**
 * Flattened multi-dimension headers: a StatLine or open-data export whose dimensions are glued into one
 * header per column ("Nederland_Totaal geregistreerde misdrijven_2016*", "Utrecht - Woninginbraak - 2023",
 * "Diefstal|2022KW01"), one separator used throughout. Each header splits into a period (the part that
 * reads as one in every header) and one or two other parts: with two, the first is the region and the
 * second the category (StatLine's order: region, subject, period); with one, it is the category. A row
 * label left of the columns is the region when the headers name none. Read as a long table.
 */
import { cellAddress } from "../../../address";
import type { DetectionNote, FigureUnit } from "../../../datasets";
import { isFootnoteText, type SheetGrid } from "../../grid";
import { parseFigure, parsePeriod, unitFromText, type ParsedPeriod } from "../../values";
import { cellsIn, tableConfidence, walkTable } from "../kernel";
import { detectorIds, type DetectorContext, type TableDetector, type TableRead } from "../types";
import { isFigureData, longTableRead, recordFigure, unitRowsBelow, type LongSeries } from "./shared";

/** Separators tried, in this order; a header row uses one of them in every flattened header. */
const separators = ["_", " - ", " – ", "|", ";"] as const;

/** One column of a flattened header, split into its dimensions. */
interface FlattenedColumn {
  column: number;
  header: string;
  region: string | null;
  category: string;
  period: ParsedPeriod;
}

interface FlattenedLayout {
  row: number;
  separator: string;
  columns: FlattenedColumn[];
  /** A row label column left of the flattened columns, or null. */
  labelColumn: number | null;
}

/** Least number of flattened headers a row needs to read as such a header. */
const minimumColumns = 2;

export const flattenedFiguresDetector: TableDetector = {
  id: detectorIds.figuresFlattened,
  kind: "figures",
  fields: [],
  matchHeader(grid, row) {
    const layout = flattenedLayout(grid, row);
    if (!layout || !dataBelow(grid, layout)) return null;
    const share = layout.columns.length / grid.filledColumns(row).length;
    const score = Math.min(1, 0.6 + 0.1 * Math.min(2, layout.columns.length - 1) + 0.2 * share);
    return {
      detector: detectorIds.figuresFlattened,
      kind: "figures",
      row,
      score,
      read: (context) => readFlattened(grid, layout, score, context),
    };
  },
};

/** The row's headers split by the first separator that splits them all the same way, else null. */
function flattenedLayout(grid: SheetGrid, row: number): FlattenedLayout | null {
  const filled = grid.filledColumns(row);
  if (filled.length < minimumColumns) return null;
  const texts = filled.map((column) => {
    const value = grid.value(row, column);
    return typeof value === "string" ? value.trim() : "";
  });
  for (const separator of separators) {
    const split = texts.map((text) => (text.includes(separator) ? text.split(separator) : null));
    const first = split.findIndex((parts) => parts !== null);
    if (first === -1) continue;
    const width = split[first]!.length;
    if (width < 2 || width > 3) continue;
    // The headers before the first flattened one are row labels (at most one); all after it are flattened.
    if (first > 1 || split.slice(first).some((parts) => parts === null || parts.length !== width)) continue;
    const periodAt = periodPosition(split.slice(first) as string[][]);
    if (periodAt === null) continue;
    const columns = filled.slice(first).map((column, index) => {
      const parts = split[first + index]!.map((part) => part.trim());
      const period = parsePeriod(parts[periodAt])!;
      const rest = parts.filter((_, position) => position !== periodAt);
      return {
        column,
        header: texts[first + index],
        region: rest.length === 2 ? rest[0] : null,
        category: rest[rest.length - 1],
        period,
      };
    });
    if (columns.some((column) => column.category === "")) continue;
    // A row label column may have no header of its own (StatLine leaves that cell empty).
    const left = filled[0] - 1;
    const unlabelled = first === 0 && left >= 1 && typeof grid.value(row + 1, left) === "string";
    return { row, separator, columns, labelColumn: first === 1 ? filled[0] : unlabelled ? left : null };
  }
  return null;
}

/** The part position that reads as a period in every header, or null. */
function periodPosition(split: string[][]): number | null {
  for (let position = split[0].length - 1; position >= 0; position--)
    if (split.every((parts) => parsePeriod(parts[position].trim()) !== null)) return position;
  return null;
}

function dataBelow(grid: SheetGrid, layout: FlattenedLayout): boolean {
  for (let row = layout.row + 1; row <= Math.min(grid.rowCount, layout.row + 3); row++)
    if (layout.columns.some((column) => isFigureData(parseFigure(grid.value(row, column.column)))))
      return true;
  return false;
}

function readFlattened(
  grid: SheetGrid,
  layout: FlattenedLayout,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const valueColumns = layout.columns.map((column) => column.column);
  const span = {
    firstColumn: layout.labelColumn ?? valueColumns[0],
    lastColumn: valueColumns[valueColumns.length - 1],
  };
  const unitRows = unitRowsBelow(grid, layout.row + 1, valueColumns);
  const unitOf = (column: FlattenedColumn): FigureUnit => {
    const named = unitFromText(column.category);
    const listed = unitRows.units.get(column.column);
    return named !== "count" || listed === undefined || listed === "other" ? named : listed;
  };
  const byKey = new Map<string, LongSeries>();
  const years = new Set<number>();
  const provisional = new Set<number>();
  const grains = new Set<ParsedPeriod["grain"]>();
  let cells = 0;
  let readable = 0;
  const hasValues = (row: number) =>
    valueColumns.some((column) => isFigureData(parseFigure(grid.value(row, column))));
  const walk = walkTable(
    grid,
    layout.row + 1 + unitRows.rows.length,
    cellsIn(grid, span),
    (row, filled) => {
      if (hasValues(row)) return context.isHeaderRow(row) ? "end" : "data";
      if (filled.length === 1 && isFootnoteText(grid.text(row, filled[0]))) return "footnote";
      return context.isHeaderRow(row) ? "end" : "skip";
    },
    (row) => {
      const label = layout.labelColumn === null ? null : grid.text(row, layout.labelColumn) || null;
      for (const column of layout.columns) {
        // NOTE: a row label is the region when the headers name none; else it qualifies the category.
        const region = column.region ?? label;
        const category =
          column.region !== null && label !== null ? `${column.category} (${label})` : column.category;
        const key = `${category}\u0000${region ?? ""}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { category, region, unit: unitOf(column), row, targetText: null, byYear: new Map() };
          byKey.set(key, entry);
        }
        const figure = parseFigure(grid.value(row, column.column));
        if (!recordFigure(entry, column.period, figure, cellAddress(row, column.column))) continue;
        grains.add(column.period.grain);
        years.add(column.period.year);
        cells++;
        if (isFigureData(figure)) readable++;
        if (column.period.provisional || figure.kind === "provisional") provisional.add(column.period.year);
      }
    },
  );
  if (walk.dataRows.length === 0 || readable === 0) return null;
  const grain = grains.has("month") ? "month" : grains.has("quarter") ? "quarter" : "year";
  const leadingNotes: DetectionNote[] = [{ code: "flattened-header" }];
  if (unitRows.rows.length > 0) leadingNotes.push({ code: "unit-row", row: unitRows.rows[0] });
  const columns = [
    ...(layout.labelColumn !== null
      ? [
          {
            header: grid.text(layout.row, layout.labelColumn),
            field: layout.columns[0].region === null ? "region" : "category",
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
      manual: false,
      headerScore,
      quality: readable / cells,
      rows: walk.dataRows.length,
    }),
    duplicateHeaders: [],
  });
}
