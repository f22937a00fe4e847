/** Long figures tables: a CBS StatLine export, one row per category × period (× region) with a value column. */
import { cellAddress } from "../../../address";
import type { DetectionNote, FigureField } from "../../../datasets";
import type { SheetGrid } from "../../grid";
import { figureSynonyms } from "../../synonyms";
import { parseFigure, parseYear, unitFromText } from "../../values";
import { columnLayout, layoutFromMapping, mappedCells, type ColumnLayout } from "../columns";
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
  sharedUnit,
  unitRowsBelow,
  walkPeriodRows,
  type LongSeries,
} from "./shared";

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

export const longFiguresDetector: TableDetector = {
  id: detectorIds.figuresLong,
  kind: "figures",
  fields: figureFields,
  matchHeader(grid, row) {
    const layout = columnLayout(grid, row, figureSynonyms);
    if (!layout || !layout.columns.period || !layout.columns.value) return null;
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
    const layout = layoutFromMapping(grid, row, mapping, figureFields);
    return layout.columns.period && layout.columns.value ? longCandidate(grid, layout, 1) : null;
  },
};

function longCandidate(grid: SheetGrid, layout: ColumnLayout<FigureField>, score: number): HeaderCandidate {
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
  for (let row = layout.bodyRow; row <= lastRow; row++) if (parseYear(grid.value(row, column))) return true;
  return false;
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
  const unitRows = unitRowsBelow(grid, layout.bodyRow, [valueColumn]);
  const headerUnit = unitFromText(columns.value!.header);
  const valueHeaderUnit =
    headerUnit !== "count" ? headerUnit : (sharedUnit(unitRows, [valueColumn]) ?? "count");
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
    },
  );
  if (byKey.size === 0 || readable === 0) return null;
  const leadingNotes: DetectionNote[] = layout.manual ? [{ code: "manual-mapping" }] : [];
  if (unitRows.rows.length > 0) leadingNotes.push({ code: "unit-row", row: unitRows.rows[0] });
  return longTableRead(grid, context, {
    headerRow: layout.row,
    span,
    walk,
    entries: byKey.values(),
    years,
    provisional,
    leadingNotes,
    notesAfterSkipped: [{ code: "duplicate-periods", count: duplicates }],
    columns: mappedCells(layout),
    confidence: tableConfidence({
      manual: layout.manual,
      headerScore,
      quality: readable / (walk.dataRows.length + walk.skipped),
      rows: walk.dataRows.length,
    }),
    duplicateHeaders: layout.duplicates,
  });
}
