/**
 * Two header rows: a group header (a region or a subject, merged over its columns or only in the first
 * column of its group) over a period or category header:
 *
 *   Soort misdrijf | Almere |      |      | Lelystad |      |           Regio    | Woninginbraak |      | …
 *                  | 2022   | 2023 | 2024 | 2022     | 2023 | 2024      Almere   | 2022          | 2023 | …
 *
 *   Perioden | Almere        |               | Lelystad      | …
 *            | Woninginbraak | Fietsdiefstal | Woninginbraak | …
 *
 * Over periods, the groups are regions and the row labels categories, unless the label header names the
 * regions (then the groups are subjects); over categories, the groups are regions and the row labels periods.
 */
import type { SheetGrid } from "../../grid";
import { figureSynonyms, matchHeader } from "../../synonyms";
import { parseFigure, parsePeriod } from "../../values";
import { detectorIds, type TableDetector } from "../types";
import {
  mappedLabel,
  readHeaderDimensions,
  type DimensionColumn,
  type DimensionLayout,
} from "./headerDimensions";
import { isFigureData } from "./shared";

/** Least number of groups in the upper row. */
const minimumGroups = 2;

export const twoRowHeaderDetector: TableDetector = {
  id: detectorIds.figuresTwoRowHeader,
  kind: "figures",
  fields: ["category", "region", "period"],
  fromMapping(grid, row, mapping) {
    const label = mappedLabel(mapping);
    if (!label) return null;
    // The header row given is that of the detected table (the lower row) or the first row with text.
    const layout = twoRowLayout(grid, row - 1, label) ?? twoRowLayout(grid, row, label);
    if (!layout) return null;
    return {
      detector: detectorIds.figuresTwoRowHeader,
      kind: "figures",
      row: layout.firstHeaderRow ?? row,
      score: 1,
      read: (context) => readHeaderDimensions(grid, { ...layout, manual: true }, 1, context),
    };
  },
  matchHeader(grid, row) {
    const layout = twoRowLayout(grid, row);
    if (!layout) return null;
    const score = Math.min(1, 0.7 + 0.05 * Math.min(4, layout.columns.length - 2));
    return {
      detector: detectorIds.figuresTwoRowHeader,
      kind: "figures",
      row,
      score,
      read: (context) => readHeaderDimensions(grid, layout, score, context),
    };
  },
};

/**
 * The layout when `row` is the upper of two header rows, else null. A mapped label (the user's mapping)
 * fixes the label column and what it holds.
 */
function twoRowLayout(
  grid: SheetGrid,
  row: number,
  mapped: ReturnType<typeof mappedLabel> = null,
): DimensionLayout | null {
  if (row < 1) return null;
  const lower = row + 1;
  if (lower > grid.rowCount || grid.isBlankRow(lower)) return null;
  const upperFilled = grid.filledColumns(row);
  if (upperFilled.some((column) => typeof grid.value(row, column) !== "string")) return null;
  const lowerFilled = grid.filledColumns(lower);
  if (lowerFilled.length < 2) return null;
  // The label column: the first column of the table, left of every group (its header in either row).
  const firstColumn = Math.min(upperFilled[0] ?? Infinity, lowerFilled[0]);
  const labelColumn = mapped?.column ?? firstColumn;
  const groupStarts = upperFilled.filter((column) => column > labelColumn);
  if (groupStarts.length < minimumGroups) return null;
  const lastColumn = lowerFilled[lowerFilled.length - 1];
  const columns: { column: number; group: string; sub: string }[] = [];
  groupStarts.forEach((start, index) => {
    const end = index + 1 < groupStarts.length ? groupStarts[index + 1] - 1 : lastColumn;
    for (let column = start; column <= end; column++)
      if (!grid.isBlank(lower, column))
        columns.push({ column, group: grid.text(row, start), sub: grid.text(lower, column) });
  });
  // A group header repeats its sub-headers: some group spans at least two columns.
  const perGroup = new Map<string, number>();
  for (const column of columns) perGroup.set(column.group, (perGroup.get(column.group) ?? 0) + 1);
  if (columns.length < 3 || ![...perGroup.values()].some((count) => count >= 2)) return null;
  if (lowerFilled.some((column) => column > labelColumn && !columns.some((item) => item.column === column)))
    return null;
  const periods = columns.map((column) => parsePeriod(grid.value(lower, column.column)));
  const labelHeader = [grid.text(row, labelColumn), grid.text(lower, labelColumn)].join(" ").trim();
  const labelField = matchHeader(labelHeader, figureSynonyms)?.field;
  let dimensionColumns: DimensionColumn[];
  let labelRole: DimensionLayout["labelRole"];
  if (periods.every((period) => period !== null)) {
    if (mapped?.field === "period") return null;
    const groupsAreSubjects = mapped ? mapped.field === "region" : labelField === "region";
    labelRole = groupsAreSubjects ? "region" : "category";
    dimensionColumns = columns.map((column, index) => ({
      column: column.column,
      header: `${column.group} ${column.sub}`,
      region: groupsAreSubjects ? null : column.group,
      category: groupsAreSubjects ? column.group : null,
      period: periods[index],
    }));
  } else if (periods.every((period) => period === null)) {
    if (mapped && mapped.field !== "period") return null;
    labelRole = "period";
    dimensionColumns = columns.map((column) => ({
      column: column.column,
      header: `${column.group} ${column.sub}`,
      region: column.group,
      category: column.sub,
      period: null,
    }));
  } else return null;
  const layout: DimensionLayout = {
    row: lower,
    columns: dimensionColumns,
    labelColumn,
    labelRole,
    note: { code: "two-row-header" },
    firstHeaderRow: row,
  };
  return dataBelow(grid, layout) ? layout : null;
}

/** A figure in the first rows under the header, in a row whose label fits its role. */
function dataBelow(grid: SheetGrid, layout: DimensionLayout): boolean {
  for (let row = layout.row + 1; row <= Math.min(grid.rowCount, layout.row + 3); row++) {
    if (layout.labelRole === "period" && !parsePeriod(grid.value(row, layout.labelColumn!))) continue;
    if (layout.columns.some((column) => isFigureData(parseFigure(grid.value(row, column.column)))))
      return true;
  }
  return false;
}
