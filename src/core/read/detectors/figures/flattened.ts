/**
 * Flattened multi-dimension headers: a StatLine or open-data export whose dimensions are glued into one
 * header per column ("Nederland_Totaal geregistreerde misdrijven_2016*", "Utrecht - Woninginbraak - 2023",
 * "Diefstal|2022KW01"), one separator used throughout. Each header splits into a period (the part that
 * reads as one in every header) and one or two other parts: with two, the first is the region and the
 * second the category (StatLine's order: region, subject, period); with one, it is the category. A row
 * label left of the columns is the region when the headers name none. Read as a long table.
 */
import type { SheetGrid } from "../../grid";
import { parseFigure, parsePeriod, type ParsedPeriod } from "../../values";
import { detectorIds, type TableDetector } from "../types";
import { mappedLabel, readHeaderDimensions, type DimensionLayout } from "./headerDimensions";
import { isFigureData } from "./shared";

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
  fields: ["category", "region"],
  fromMapping(grid, row, mapping) {
    const label = mappedLabel(mapping);
    const layout = flattenedLayout(grid, row);
    if (!layout || !label || label.field === "period") return null;
    const mapped = layout.columns.filter((column) => column.column !== label.column);
    if (mapped.length === 0) return null;
    const dimensionsOf: DimensionLayout = {
      ...dimensions({ ...layout, columns: mapped, labelColumn: label.column }),
      manual: true,
    };
    // The user's word decides what the label is: the region (unless the headers name one) or the category.
    // Beside headers that name the region, the label is the category and the headers' subjects its measures.
    if (dimensionsOf.labelRole !== "category")
      dimensionsOf.labelRole = label.field === "region" && mapped[0].region === null ? "region" : "qualifier";
    return {
      detector: detectorIds.figuresFlattened,
      kind: "figures",
      row,
      score: 1,
      read: (context) => readHeaderDimensions(grid, dimensionsOf, 1, context),
    };
  },
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
      read: (context) => readHeaderDimensions(grid, dimensions(layout), score, context),
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

/**
 * The flattened layout as header dimensions. A row label beside headers that name only subject and period
 * is the region. Beside headers that name region, subject and period (StatLine: "Nederland_Totaal
 * geregistreerde misdrijven_2016*") the row label is the category ("Totaal verkeersmisdrijven") and the
 * header's middle part the subject, what is measured: the first subject gives the category's series, a
 * further one ("… per 1000 inwoners") a series of its own in its unit.
 */
function dimensions(layout: FlattenedLayout): DimensionLayout {
  const named = layout.columns[0].region !== null;
  if (named && layout.labelColumn !== null)
    return {
      row: layout.row,
      columns: layout.columns.map((column) => ({ ...column, category: null, subject: column.category })),
      labelColumn: layout.labelColumn,
      labelRole: "category",
      note: { code: "flattened-header" },
    };
  return {
    row: layout.row,
    columns: layout.columns,
    labelColumn: layout.labelColumn,
    labelRole: layout.labelColumn === null ? null : "region",
    note: { code: "flattened-header" },
  };
}
