/**
 * One sheet per period: a workbook whose sheets are named or titled by a year or period ("2021",
 * "Cijfers 2022", a title cell "Criminaliteit 2023") and hold the same table, a row per category with
 * its figures ("Soort misdrijf | Aantal | Per 1.000 inwoners"), but no period of their own. Sheets no
 * table detector read are grouped by their table's header; a group of two or more periods becomes one
 * figures table with a series per category (× measure) over the sheets' periods.
 */
import type { FigureUnit, FiguresDataset } from "../../datasets";
import { cellAddress, columnLetter } from "../../address";
import { createFinding, type Finding } from "../../findings/finding";
import type { Language } from "../../i18n/language";
import { explanationOf, NoteList, tableConfidence } from "../detectors/kernel";
import type { SheetGrid } from "../grid";
import { isFootnoteText } from "../grid";
import { classifyMeasure } from "../measures";
import { isPseudoRegion } from "../regions";
import { figureSynonyms, matchHeader } from "../synonyms";
import { parseFigure, parsePeriod, type ParsedPeriod } from "../values";
import { isFigureData, recordFigure, seriesFromEntries, type LongSeries } from "../detectors/figures/shared";
import type { WorkbookStep, WorkbookStepResult } from "./types";

/** Rows at the top of a sheet searched for its title and its table's header. */
const searchRows = 10;

/** The period a text names: a token or two that read as one ("Cijfers 2022" → 2022, "Q1 2023"). */
export function periodInText(text: string): ParsedPeriod | null {
  const tokens = text
    .trim()
    .split(/\s+/)
    .filter((token) => token !== "");
  if (tokens.length > 12) return null;
  for (const size of [2, 1])
    for (let start = 0; start + size <= tokens.length; start++) {
      const period = parsePeriod(tokens.slice(start, start + size).join(" "));
      if (period) return period;
    }
  return null;
}

interface PeriodTable {
  grid: SheetGrid;
  period: ParsedPeriod;
  /** Where the period was read: the sheet name, or the title cell. */
  periodSource: "name" | string;
  headerRow: number;
  categoryColumn: number;
  regionColumn: number | null;
  measures: { column: number; header: string; kind: "count" | "rate" | "population"; unit: FigureUnit }[];
  unused: { column: number; header: string; reason: "flag" | "code" | "measure" }[];
  /** The header texts, normalised: sheets with the same shape have the same key. */
  shape: string;
}

/** The period of a sheet from its name, else from a title cell above its table. */
function sheetPeriod(grid: SheetGrid, headerRow: number): { period: ParsedPeriod; source: string } | null {
  const named = periodInText(grid.name);
  if (named) return { period: named, source: "name" };
  for (let row = 1; row < headerRow; row++)
    for (const column of grid.filledColumns(row)) {
      const period = periodInText(grid.text(row, column));
      if (period) return { period, source: cellAddress(row, column) };
    }
  return null;
}

/** A row per category with its figures, read as the table of a period sheet; null when there is none. */
function periodTable(grid: SheetGrid): PeriodTable | null {
  for (let row = 1; row <= Math.min(grid.rowCount - 1, searchRows); row++) {
    const filled = grid.filledColumns(row);
    if (filled.length < 2 || filled.some((column) => typeof grid.value(row, column) !== "string")) continue;
    // NOTE: a header naming years is a wide table's, not a period sheet's.
    if (filled.some((column) => parsePeriod(grid.value(row, column)) !== null)) continue;
    const below = row + 1;
    const categoryColumn = filled[0];
    if (typeof grid.value(below, categoryColumn) !== "string") continue;
    const regionColumn =
      filled.find(
        (column) =>
          column !== categoryColumn &&
          matchHeader(grid.text(row, column), figureSynonyms)?.field === "region",
      ) ?? null;
    const numeric = filled.filter(
      (column) =>
        column !== categoryColumn &&
        column !== regionColumn &&
        isFigureData(parseFigure(grid.value(below, column))),
    );
    if (numeric.length === 0) continue;
    const measures: PeriodTable["measures"] = [];
    const unused: PeriodTable["unused"] = [];
    for (const column of numeric) {
      const values = [];
      for (let data = below; data <= Math.min(grid.rowCount, below + 30); data++)
        values.push(grid.value(data, column));
      const measure = classifyMeasure(grid.text(row, column), values);
      if (measure.kind === "count" || measure.kind === "rate" || measure.kind === "population")
        measures.push({ column, header: measure.header, kind: measure.kind, unit: measure.unit });
      else
        unused.push({
          column,
          header: grid.text(row, column),
          reason: measure.kind === "flag" || measure.kind === "code" ? measure.kind : "measure",
        });
    }
    if (!measures.some((measure) => measure.kind !== "population")) continue;
    const found = sheetPeriod(grid, row);
    if (!found) return null;
    return {
      grid,
      period: found.period,
      periodSource: found.source,
      headerRow: row,
      categoryColumn,
      regionColumn,
      measures,
      unused,
      shape: [categoryColumn, regionColumn ?? 0, ...numeric]
        .map((column) => (column === 0 ? "" : grid.normalized(row, column)))
        .join("|"),
    };
  }
  return null;
}

/** Reads every period sheet of a group into one dataset (named after the first sheet). */
function combine(
  tables: PeriodTable[],
  language: Language,
): { dataset: FiguresDataset; findings: Finding[] } {
  const ordered = [...tables].sort((a, b) => a.period.year - b.period.year || a.period.part - b.period.part);
  const [first] = ordered;
  const byKey = new Map<string, LongSeries>();
  const years = new Set<number>();
  const provisional = new Set<number>();
  const population = new Map<string, Map<number, number>>();
  let cells = 0;
  let readable = 0;
  let rows = 0;
  for (const table of ordered) {
    const { grid, period } = table;
    years.add(period.year);
    if (period.provisional) provisional.add(period.year);
    const counts = table.measures.filter((measure) => measure.kind === "count");
    for (let row = table.headerRow + 1; row <= grid.rowCount; row++) {
      if (grid.isBlankRow(row)) continue;
      const label = grid.text(row, table.categoryColumn);
      const figures = table.measures.map((measure) => parseFigure(grid.value(row, measure.column)));
      if (!figures.some(isFigureData)) {
        if (isFootnoteText(label)) break;
        continue;
      }
      if (label === "") continue;
      rows++;
      const region = table.regionColumn === null ? null : grid.text(row, table.regionColumn) || null;
      table.measures.forEach((measure, index) => {
        const figure = figures[index];
        if (measure.kind === "population") {
          const byYear = population.get(region ?? "") ?? new Map<number, number>();
          population.set(region ?? "", byYear);
          if (figure.value !== null && !byYear.has(period.year)) byYear.set(period.year, figure.value);
          return;
        }
        // The first count is the row's figure; every other measure a series of its own.
        const category = measure === counts[0] ? label : `${label} (${measure.header})`;
        const key = `${category}\u0000${region ?? ""}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = { category, region, unit: measure.unit, row, targetText: null, byYear: new Map() };
          if (measure !== counts[0]) entry.measure = measure.header;
          byKey.set(key, entry);
        }
        // NOTE: cells are addresses on the dataset's sheet; a value from another sheet keeps none.
        const cell = grid === first.grid ? cellAddress(row, measure.column) : "";
        if (!recordFigure(entry, period, figure, cell)) return;
        cells++;
        if (isFigureData(figure)) readable++;
        if (figure.kind === "provisional") provisional.add(period.year);
      });
    }
  }
  const { sortedYears, series } = seriesFromEntries(byKey.values(), years);
  for (const entry of series) entry.cells = entry.cells.map((cell) => (cell === "" ? null : cell));
  const provisionalYears = [...provisional].sort((a, b) => a - b);
  const regions = new Set(series.map((entry) => entry.region).filter((region) => region !== null));
  const notes = new NoteList()
    .add({ code: "sheets-combined", count: ordered.length })
    .add({ code: "regions", count: regions.size }, regions.size > 1)
    .add({ code: "provisional", years: provisionalYears }).notes;
  const columns = [
    {
      header: first.grid.text(first.headerRow, first.categoryColumn),
      field: "category",
      column: first.categoryColumn,
    },
    ...(first.regionColumn !== null
      ? [
          {
            header: first.grid.text(first.headerRow, first.regionColumn),
            field: "region",
            column: first.regionColumn,
          },
        ]
      : []),
    ...first.measures.map((measure) => ({
      header: measure.header,
      field: measure.kind === "population" ? "population" : "value",
      column: measure.column,
    })),
  ].sort((a, b) => a.column - b.column);
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: first.grid.name,
    layout: "long",
    headerRow: first.headerRow,
    years: sortedYears,
    provisionalYears,
    series: series.map((entry) => (isPseudoRegion(entry.region) ? { ...entry, pseudoRegion: true } : entry)),
    confidence: tableConfidence({
      manual: false,
      headerScore: 0.7,
      quality: cells === 0 ? 0 : readable / cells,
      rows,
    }),
    explanation: explanationOf(first.grid.name, first.headerRow, columns, notes),
    sheets: ordered.map((table) => table.grid.name),
  };
  if (population.size > 0)
    dataset.population = [...population].map(([region, byYear]) => ({
      region: region === "" ? null : region,
      values: sortedYears.map((year) => byYear.get(year) ?? null),
    }));
  const findings: Finding[] = [
    createFinding(
      "sheets-per-period",
      { sheet: first.grid.name, cell: cellAddress(first.headerRow, first.categoryColumn) },
      { sheets: ordered.map((table) => `'${table.grid.name}'`).join(", "), count: ordered.length },
      language,
    ),
  ];
  for (const table of ordered)
    for (const unused of table.unused)
      findings.push(
        createFinding(
          "unused-column",
          { sheet: table.grid.name, cell: cellAddress(table.headerRow, unused.column) },
          { header: unused.header, column: columnLetter(unused.column), reason: unused.reason },
          language,
        ),
      );
  return { dataset, findings };
}

/** The workbook step: period sheets of the same shape combined, two periods or more. */
export const sheetPerPeriodStep: WorkbookStep = {
  id: "sheetPerPeriod",
  run(grids, language): WorkbookStepResult[] {
    const groups = new Map<string, PeriodTable[]>();
    for (const grid of grids) {
      const table = periodTable(grid);
      if (!table) continue;
      const group = groups.get(table.shape) ?? [];
      // NOTE: a period twice in one group (two sheets for 2022) makes the group ambiguous; the first stays.
      if (
        !group.some(
          (other) => other.period.year === table.period.year && other.period.part === table.period.part,
        )
      )
        group.push(table);
      groups.set(table.shape, group);
    }
    return [...groups.values()]
      .filter((group) => new Set(group.map((table) => table.period.year)).size >= 2)
      .map((group) => ({ ...combine(group, language), sheets: group.map((table) => table.grid.name) }));
  },
};
