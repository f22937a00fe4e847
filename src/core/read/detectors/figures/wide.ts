/** Wide figures tables: a row per category, a column per year (Dronten Tabel 2). */
import { cellAddress } from "../../../address";
import type { FigureSeries, FiguresDataset } from "../../../datasets";
import { createFinding } from "../../../findings/finding";
import { isFootnoteText, type SheetGrid } from "../../grid";
import { isPseudoRegion } from "../../regions";
import { figureSynonyms, matchHeader } from "../../synonyms";
import { parseFigure, parseYear, unitFromText } from "../../values";
import { blankRowFindings, hasTitleAbove, headerFindings } from "../columns";
import { cellsIn, explanationOf, NoteList, tableConfidence, walkTable } from "../kernel";
import {
  detectorIds,
  type DetectorContext,
  type HeaderCandidate,
  type TableDetector,
  type TableRead,
} from "../types";
import {
  isFigureData,
  lookahead,
  monotonic,
  sharedUnit,
  unitRowsBelow,
  yearHeader,
  type YearColumn,
} from "./shared";

interface WideLayout {
  row: number;
  categoryColumn: number;
  categoryHeader: string;
  /** A region column left of the years ("Gemeente | Delict | 2022 | 2023"), or null. */
  regionColumn: number | null;
  years: YearColumn[];
  targetColumn: number | null;
  lastColumn: number;
  /** True when the user mapped the columns by hand (confidence 1). */
  manual?: boolean;
}

export const wideFiguresDetector: TableDetector = {
  id: detectorIds.figuresWide,
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
    return wideCandidate(grid, layout, score);
  },
  fromMapping: wideFromMapping,
};

function wideCandidate(grid: SheetGrid, layout: WideLayout, score: number): HeaderCandidate {
  return {
    detector: detectorIds.figuresWide,
    kind: "figures",
    row: layout.row,
    score,
    read: (context) => readWide(grid, layout, score, context),
  };
}

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
  const { years, others } = yearHeader(grid, row);
  // NOTE: a year twice in the header is a header over two rows (a year per region), not a wide table.
  if (others.some((column) => parseYear(grid.value(row, column)) !== null)) return null;
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
  return wideCandidate(grid, layout, 1);
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
  let subheadings = 0;
  // StatLine writes a region once, on the first row of its block; the rows under it belong to it too.
  let lastRegion: string | null = null;
  let regionsFilled = 0;
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

  const belowHeader = grid.rowBelowHeader(layout.row, span.firstColumn, span.lastColumn);
  const unitRows = unitRowsBelow(
    grid,
    belowHeader,
    order.map((year) => year.column),
  );
  const columnUnit = sharedUnit(
    unitRows,
    order.map((year) => year.column),
  );
  const walk = walkTable(
    grid,
    belowHeader + unitRows.rows.length,
    cellsIn(grid, span),
    (row, filled) => {
      if (!valuesIn(row)) {
        if (isFootnoteText(grid.text(row, filled[0]))) return "footnote";
        if (!nextStartsData(row)) return "end";
        subheadings++;
        return "heading";
      }
      // NOTE: a category with counts between 1950 and 2100 looks like a row of years; only a row without a
      // category of its own (or with a category header) can start the next table.
      const categoryCell = grid.text(row, layout.categoryColumn);
      const categoryMatch = matchHeader(categoryCell, figureSynonyms);
      const headerLike =
        categoryCell === "" || (categoryMatch?.field === "category" && categoryMatch.score === 1);
      return headerLike && context.isHeaderRow(row) ? "end" : "data";
    },
    (row) => {
      const category = grid.text(row, layout.categoryColumn);
      const parsed = order.map((year) => parseFigure(grid.value(row, year.column)));
      parsed.forEach((figure, index) => {
        if (figure.kind === "provisional") provisional.add(order[index].year);
        if (figure.kind !== "blank") {
          dataCells++;
          if (isFigureData(figure)) readableCells++;
        }
      });
      let region = layout.regionColumn === null ? null : grid.text(row, layout.regionColumn) || null;
      if (region === null && lastRegion !== null) {
        region = lastRegion;
        regionsFilled++;
      }
      lastRegion = region;
      series.push({
        category,
        region,
        ...(isPseudoRegion(region) ? { pseudoRegion: true } : {}),
        unit: unitFromText(category) !== "count" ? unitFromText(category) : (columnUnit ?? "count"),
        values: parsed.map((figure) => figure.value),
        cells: order.map((year) => cellAddress(row, year.column)),
        symbols: parsed.map((figure) => figure.symbol),
        row,
        targetText:
          layout.targetColumn !== null && !grid.isBlank(row, layout.targetColumn)
            ? grid.text(row, layout.targetColumn)
            : null,
      });
    },
  );
  if (series.length === 0 || readableCells === 0) return null;
  const { lastRow, blankRowsInside: reported, footnoteRow } = walk;
  const units = [...new Set(series.map((item) => item.unit))].filter((unit) => unit !== "count");
  const notes = new NoteList()
    .add({ code: "manual-mapping" }, layout.manual === true)
    .add({ code: "title-above" }, hasTitleAbove(grid, layout.row))
    .add({ code: "unit-row", row: unitRows.rows[0] ?? 0 }, unitRows.rows.length > 0)
    .add({ code: "subheadings", count: subheadings })
    .add({ code: "region-filled-down", count: regionsFilled })
    .add({ code: "units", units })
    .add({ code: "provisional", years: [...provisional].sort((a, b) => a - b) })
    .add({ code: "blank-rows", count: reported.length })
    .add({ code: "footnote", row: footnoteRow ?? 0 }, footnoteRow !== null).notes;
  const confidence = tableConfidence({
    manual: layout.manual === true,
    headerScore,
    quality: dataCells === 0 ? 0 : readableCells / dataCells,
    rows: series.length,
  });
  // NOTE: StatLine puts the row dimension's name in the unit row ("Perioden | 2019 …" over "Soort misdrijf |
  // aantal …"); that cell, not the periods' label above it, names the category column.
  const unitRowLabel = unitRows.rows.length > 0 ? grid.text(unitRows.rows[0], layout.categoryColumn) : "";
  const columns = [
    { header: unitRowLabel || layout.categoryHeader, field: "category", column: layout.categoryColumn },
    ...(layout.regionColumn !== null
      ? [{ header: grid.text(layout.row, layout.regionColumn), field: "region", column: layout.regionColumn }]
      : []),
    ...layout.years.map((year) => ({ header: year.header, field: "year", column: year.column })),
    ...(layout.targetColumn !== null
      ? [{ header: grid.text(layout.row, layout.targetColumn), field: "target", column: layout.targetColumn }]
      : []),
  ].sort((a, b) => a.column - b.column);
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: grid.name,
    layout: "wide",
    headerRow: layout.row,
    years: order.map((year) => year.year),
    provisionalYears: [...provisional].sort((a, b) => a - b),
    series,
    confidence,
    explanation: explanationOf(grid.name, layout.row, columns, notes),
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
    ...layout.years
      .filter((year) => year.footnoteMark !== undefined)
      .map((year) =>
        createFinding(
          "footnote-year",
          { sheet: grid.name, cell: cellAddress(layout.row, year.column) },
          { value: year.header, year: year.year, mark: year.footnoteMark! },
          context.language,
        ),
      ),
  ];
  return { dataset, findings, lastRow: Math.max(lastRow, footnoteRow ?? 0) };
}
