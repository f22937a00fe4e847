/**
 * Survey tables: what residents say (Veiligheidsmonitor), estimates with a 95% margin per value, beside the
 * registered figures. Two forms:
 * - wide: a row per indicator (× region), a column per survey year, each year followed by its margin
 *   ("2019 | marge | 2021 | marge"), its bounds ("ondergrens | bovengrens") or its respondents ("n");
 * - long: a row per indicator × year (× region) with a value column and margin, bounds or n columns.
 * A table is a survey when it has margin columns, when its title, sheet or file names a survey
 * ("Veiligheidsmonitor 2023", "Enquête"), or when its indicators read as survey questions with a unit
 * ("Voelt zich wel eens onveilig (%)", "Rapportcijfer veiligheid in de buurt"). Such a header scores 1
 * and this detector is registered before the figures detectors, so a survey sheet is never read as counts
 * (detect.ts: on a tie the earlier detector wins). Years may skip (2019, 2021, 2023).
 */
import { cellAddress } from "../../address";
import type { DetectionExplanation, FigureSeries, FiguresDataset } from "../../datasets";
import { isFootnoteText, type SheetGrid } from "../grid";
import { isPseudoRegion } from "../regions";
import { figureSynonyms, matchHeader } from "../synonyms";
import { parseYear, type ParsedFigure } from "../values";
import { blankRowFindings, columnLayout, hasTitleAbove, headerFindings } from "./columns";
import { monotonic, yearHeader } from "./figures/shared";
import { cellsIn, explanationOf, NoteList, tableConfidence, walkTable } from "./kernel";
import {
  marginFromBounds,
  marginFromRespondents,
  marginKind,
  headerYear,
  hasUnitCue,
  isSurveyIndicator,
  namesSurvey,
  parseEstimate,
  parseMarginCell,
  surveyUnit,
  type MarginKind,
} from "./surveyValues";
import {
  detectorIds,
  type DetectorContext,
  type HeaderCandidate,
  type TableDetector,
  type TableRead,
} from "./types";
import { largest, smallest } from "../../collections";

/** Rows under a header looked at for survey indicators. */
const lookahead = 30;

/** The margin columns of one estimate (a year column, or the long form's value column). */
type MarginColumns = Partial<Record<MarginKind, number>>;

interface YearEstimate {
  year: number;
  column: number;
  header: string;
  margins: MarginColumns;
}

interface SurveyLayout {
  form: "wide" | "long";
  row: number;
  categoryColumn: number;
  regionColumn: number | null;
  /** Wide form: the year columns with their margin columns. */
  years: YearEstimate[];
  /** Long form: the period and value columns and the value's margin columns. */
  periodColumn: number | null;
  valueColumn: number | null;
  margins: MarginColumns;
  columns: DetectionExplanation["columns"];
  firstColumn: number;
  lastColumn: number;
}

/** One value of a series as read: the estimate and what its margin columns hold. */
interface RawValue {
  estimate: ParsedFigure;
  cell: string;
  margin: number | null;
  lower: number | null;
  upper: number | null;
  respondents: number | null;
}

export const surveyDetector: TableDetector = {
  id: detectorIds.survey,
  kind: "figures",
  fields: ["category", "region", "period", "value"],
  matchHeader(grid, row) {
    const layout = wideLayout(grid, row) ?? longLayout(grid, row);
    if (!layout || !isSurvey(grid, layout)) return null;
    return surveyCandidate(grid, layout);
  },
};

function surveyCandidate(grid: SheetGrid, layout: SurveyLayout): HeaderCandidate {
  return {
    detector: detectorIds.survey,
    kind: "figures",
    row: layout.row,
    score: 1,
    read: (context) => readSurvey(grid, layout, context),
  };
}

function hasMargins(layout: SurveyLayout): boolean {
  return (
    Object.keys(layout.margins).length > 0 ||
    layout.years.some((year) => Object.keys(year.margins).length > 0)
  );
}

/** Margin columns, a title that names a survey, or indicators that read as survey questions with a unit. */
function isSurvey(grid: SheetGrid, layout: SurveyLayout): boolean {
  if (hasMargins(layout)) return true;
  const titles = [grid.name];
  for (let row = Math.max(1, layout.row - 5); row < layout.row; row++)
    for (const column of grid.filledColumns(row)) titles.push(grid.text(row, column));
  if (titles.some(namesSurvey)) return true;
  const names: string[] = [];
  for (let row = layout.row + 1; row <= Math.min(grid.rowCount, layout.row + lookahead); row++) {
    const name = grid.text(row, layout.categoryColumn);
    if (name !== "" && typeof grid.value(row, layout.categoryColumn) === "string") names.push(name);
  }
  const indicators = names.filter(isSurveyIndicator);
  return names.length > 0 && indicators.length * 3 >= names.length * 2 && names.some(hasUnitCue);
}

/** A wide survey header: 2+ years in order, a category column left of them, margins right of each year. */
function wideLayout(grid: SheetGrid, row: number): SurveyLayout | null {
  const { years, others } = yearHeader(grid, row);
  if (years.length < 2 || !monotonic(years.map((year) => year.year))) return null;
  if (others.some((column) => typeof grid.value(row, column) !== "string")) return null;
  const firstYear = years[0].column;
  const left = others.filter((column) => column < firstYear);
  if (left.length === 0 || left.length > 2) return null;
  const regionColumn =
    left.find((column) => {
      const match = matchHeader(grid.text(row, column), figureSynonyms);
      return match?.field === "region" && match.score >= 0.8;
    }) ?? null;
  const categoryColumn = left.find((column) => column !== regionColumn);
  if (categoryColumn === undefined) return null;
  const estimates: YearEstimate[] = years.map((year) => ({
    year: year.year,
    column: year.column,
    header: year.header,
    margins: {},
  }));
  const byColumn = [...estimates].sort((a, b) => a.column - b.column);
  const columns: DetectionExplanation["columns"] = [
    { header: grid.text(row, categoryColumn), field: "category", column: categoryColumn },
    ...(regionColumn !== null
      ? [{ header: grid.text(row, regionColumn), field: "region", column: regionColumn }]
      : []),
    ...estimates.map((year) => ({ header: year.header, field: "year", column: year.column })),
  ];
  let lastColumn = largest(years.map((year) => year.column));
  for (const column of others.filter((other) => other > firstYear)) {
    const header = grid.text(row, column);
    const kind = marginKind(header);
    if (kind === null) continue;
    const named = headerYear(header);
    const owner =
      named !== null
        ? estimates.find((year) => year.year === named)
        : [...byColumn].reverse().find((year) => year.column < column);
    if (!owner || owner.margins[kind] !== undefined) continue;
    owner.margins[kind] = column;
    columns.push({ header, field: kind, column });
    lastColumn = Math.max(lastColumn, column);
  }
  columns.sort((a, b) => a.column - b.column);
  return {
    form: "wide",
    row,
    categoryColumn,
    regionColumn,
    years: estimates,
    periodColumn: null,
    valueColumn: null,
    margins: {},
    columns,
    firstColumn: Math.min(categoryColumn, regionColumn ?? categoryColumn),
    lastColumn,
  };
}

const valueHeader = /waarde|percentage|^%|\(%\)|score|cijfer|uitkomst|resultaat|estimate|value|aandeel/;

/** A long survey header: category, period (years) and value columns, with margin columns beside them. */
function longLayout(grid: SheetGrid, row: number): SurveyLayout | null {
  const layout = columnLayout(grid, row, figureSynonyms);
  if (!layout) return null;
  const category = layout.columns.category;
  const period = layout.columns.period;
  if (!category || !period) return null;
  const margins: MarginColumns = {};
  const columns: DetectionExplanation["columns"] = [
    { header: category.header, field: "category", column: category.column },
    { header: period.header, field: "period", column: period.column },
  ];
  const mappedValue = layout.columns.value;
  let valueColumn = mappedValue && marginKind(mappedValue.header) === null ? mappedValue.column : null;
  for (const cell of layout.cells) {
    if (cell.column === category.column || cell.column === period.column) continue;
    const kind = marginKind(cell.header);
    if (kind !== null && margins[kind] === undefined) {
      margins[kind] = cell.column;
      columns.push({ header: cell.header, field: kind, column: cell.column });
    } else if (valueColumn === null && cell.field === null && valueHeader.test(cell.header.toLowerCase()))
      valueColumn = cell.column;
  }
  if (valueColumn === null) return null;
  const region = layout.columns.region ?? null;
  columns.push({ header: grid.text(row, valueColumn), field: "value", column: valueColumn });
  if (region) columns.push({ header: region.header, field: "region", column: region.column });
  columns.sort((a, b) => a.column - b.column);
  let yearsBelow = 0;
  for (let below = row + 1; below <= Math.min(grid.rowCount, row + lookahead); below++)
    if (parseYear(grid.value(below, period.column))) yearsBelow++;
  if (yearsBelow === 0) return null;
  return {
    form: "long",
    row,
    categoryColumn: category.column,
    regionColumn: region?.column ?? null,
    years: [],
    periodColumn: period.column,
    valueColumn,
    margins,
    columns,
    firstColumn: smallest(columns.map((column) => column.column)),
    lastColumn: largest(columns.map((column) => column.column)),
  };
}

/** What a margin column holds for one value. */
function readMargins(grid: SheetGrid, row: number, margins: MarginColumns) {
  const read = (kind: MarginKind) => {
    const column = margins[kind];
    return column === undefined
      ? null
      : parseMarginCell(grid.value(row, column), grid.numberFormat(row, column));
  };
  return {
    margin: read("margin"),
    lower: read("lower"),
    upper: read("upper"),
    respondents: read("respondents"),
  };
}

function readSurvey(grid: SheetGrid, layout: SurveyLayout, context: DetectorContext): TableRead | null {
  const span = { firstColumn: layout.firstColumn, lastColumn: layout.lastColumn };
  const entries = new Map<
    string,
    { category: string; region: string | null; row: number; byYear: Map<number, RawValue> }
  >();
  const years = new Set<number>();
  let subheadings = 0;
  let dataCells = 0;
  let readableCells = 0;
  let duplicates = 0;

  const entryFor = (row: number) => {
    const category = grid.text(row, layout.categoryColumn);
    const region = layout.regionColumn === null ? null : grid.text(row, layout.regionColumn) || null;
    const key = `${category}\u0000${region ?? ""}`;
    let entry = entries.get(key);
    if (!entry) {
      entry = { category, region, row, byYear: new Map() };
      entries.set(key, entry);
    }
    return entry;
  };
  const record = (row: number, year: number, column: number, margins: MarginColumns) => {
    const entry = entryFor(row);
    if (entry.byYear.has(year)) {
      duplicates++;
      return;
    }
    const estimate = parseEstimate(grid.value(row, column), grid.numberFormat(row, column));
    if (estimate.kind !== "blank") {
      dataCells++;
      if (estimate.value !== null || estimate.kind === "unknown" || estimate.kind === "secret")
        readableCells++;
    }
    years.add(year);
    entry.byYear.set(year, { estimate, cell: cellAddress(row, column), ...readMargins(grid, row, margins) });
  };

  const valueColumns =
    layout.form === "wide" ? layout.years.map((year) => year.column) : [layout.valueColumn!];
  const hasValues = (row: number) => valueColumns.some((column) => !grid.isBlank(row, column));
  const nextHasValues = (row: number): boolean => {
    for (let next = row + 1; next <= grid.rowCount; next++) {
      if (grid.isBlankRow(next)) continue;
      return hasValues(next) && !context.isHeaderRow(next);
    }
    return false;
  };
  const walk = walkTable(
    grid,
    grid.rowBelowHeader(layout.row, span.firstColumn, span.lastColumn),
    cellsIn(grid, span),
    (row, filled) => {
      if (!hasValues(row)) {
        if (isFootnoteText(grid.text(row, filled[0]))) return "footnote";
        if (!nextHasValues(row)) return "end";
        subheadings++;
        return "heading";
      }
      if (grid.isBlank(row, layout.categoryColumn)) return context.isHeaderRow(row) ? "end" : "skip";
      if (layout.form === "long" && !parseYear(grid.value(row, layout.periodColumn!)))
        return context.isHeaderRow(row) ? "end" : "skip";
      return "data";
    },
    (row) => {
      if (layout.form === "wide")
        for (const year of layout.years) record(row, year.year, year.column, year.margins);
      else
        record(
          row,
          parseYear(grid.value(row, layout.periodColumn!))!.year,
          layout.valueColumn!,
          layout.margins,
        );
    },
  );
  if (entries.size === 0 || readableCells === 0) return null;
  const sortedYears = [...years].sort((a, b) => a - b);
  const series: FigureSeries[] = [...entries.values()].map((entry) => {
    const raws = sortedYears.map((year) => entry.byYear.get(year) ?? null);
    const values = raws.map((raw) => raw?.estimate.value ?? null);
    const unit = surveyUnit(entry.category, values);
    return {
      category: entry.category,
      region: entry.region,
      ...(isPseudoRegion(entry.region) ? { pseudoRegion: true } : {}),
      unit,
      values,
      cells: raws.map((raw) => raw?.cell ?? null),
      symbols: raws.map((raw) => raw?.estimate.symbol ?? null),
      row: entry.row,
      targetText: null,
      margins: raws.map((raw) =>
        raw === null
          ? null
          : (raw.margin ??
            marginFromBounds(raw.lower, raw.upper) ??
            marginFromRespondents(raw.estimate.value, raw.respondents, unit)),
      ),
    };
  });
  const regions = new Set(series.map((item) => item.region).filter((region) => region !== null));
  const notes = new NoteList()
    .add({ code: "title-above" }, hasTitleAbove(grid, layout.row))
    .add({ code: "regions", count: regions.size }, regions.size > 1)
    .add({ code: "subheadings", count: subheadings })
    .add({ code: "skipped-rows", count: walk.skipped })
    .add({ code: "duplicate-periods", count: duplicates })
    .add({ code: "blank-rows", count: walk.blankRowsInside.length })
    .add({ code: "footnote", row: walk.footnoteRow ?? 0 }, walk.footnoteRow !== null).notes;
  const dataset: FiguresDataset = {
    kind: "figures",
    sheet: grid.name,
    layout: layout.form,
    headerRow: layout.row,
    years: sortedYears,
    provisionalYears: [],
    series,
    survey: true,
    confidence: tableConfidence({
      manual: false,
      headerScore: 1,
      quality: dataCells === 0 ? 0 : readableCells / dataCells,
      rows: walk.dataRows.length,
    }),
    explanation: explanationOf(grid.name, layout.row, layout.columns, notes),
  };
  const findings = [
    ...headerFindings(grid, layout.row, span, walk.dataRows, [], context.language),
    ...blankRowFindings(grid, walk.blankRowsInside, span.firstColumn, context.language),
  ];
  return { dataset, findings, lastRow: Math.max(walk.lastRow, walk.footnoteRow ?? 0) };
}
