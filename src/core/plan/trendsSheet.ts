import { readableSheetName } from "../address";
import { formatNumber, interpolate } from "../i18n/language";
import type { FiguresReport, SeriesReport } from "../report";
import { formatPValue, fraction, printSetup, yearLabel, type PlanContext } from "./planContext";
import type { CellBlock, CellStyle, PlannedSheet, PlanValue } from "./reportPlan";
import { columnLetter } from "../address";
import { columnGroupScale, fitScale, minimumPrintScale, printableWidth } from "./pagination";
import { palette, SheetBuilder, styles } from "./sheetBuilder";
import { largest, smallest } from "../collections";

/** One column of a figures table on the trends sheet. */
interface TrendColumn {
  header: string | number;
  width: number;
  style?: CellStyle;
  value(series: SeriesReport): PlanValue;
  /** Style of one cell where it differs from the column (colour by polarity, bold subtotal). */
  cellStyle?(series: SeriesReport): CellStyle | undefined;
}

const arrows = { up: "▲", down: "▼", flat: "▶" } as const;

function assessmentStyle(series: SeriesReport): CellStyle | undefined {
  if (series.assessment === "better") return { color: palette.better };
  if (series.assessment === "worse") return { color: palette.worse };
  if (series.assessment === "same") return { color: palette.same };
  return undefined;
}

/** Subtotals and grand totals are shown bold, as a table's sums usually are. */
function isSum(series: SeriesReport): boolean {
  return series.subtotalOf !== null || series.role === "total";
}

function isCount(series: SeriesReport): boolean {
  return series.unit === "count";
}

function last<T>(values: T[]): T | null {
  return values.length > 0 ? values[values.length - 1] : null;
}

/** Names of the series that are part of a subtotal, with that subtotal's name. */
function subtotalParents(table: FiguresReport): Map<string, string> {
  const parents = new Map<string, string>();
  for (const series of table.series) {
    for (const part of series.subtotalOf ?? []) {
      parents.set(`${series.region ?? ""}\u0000${part.trim().toLowerCase()}`, series.category);
    }
  }
  return parents;
}

function trendColumns(context: PlanContext, table: FiguresReport): TrendColumn[] {
  const { texts, language } = context;
  const t = texts.trends;
  const lastYear = last(table.years);
  const parents = subtotalParents(table);
  const columns: TrendColumn[] = [];

  if (table.series.some((series) => series.region !== null)) {
    columns.push({
      header: texts.common.region,
      width: 18,
      value: (series) => (series.region ? context.userText(series.region) : null),
    });
  }
  columns.push({
    header: texts.common.category,
    width: 32,
    style: { wrap: true },
    value: (series) => context.userText(series.category),
    cellStyle: (series) => (isSum(series) ? { bold: true } : undefined),
  });
  table.years.forEach((year, index) => {
    columns.push({
      header: yearLabel(year, table.provisionalYears),
      width: 10,
      style: { numberFormat: "#,##0" },
      value: (series) => series.values[index] ?? null,
      cellStyle: (series) => {
        const style: CellStyle = {};
        if (!isCount(series)) style.numberFormat = "#,##0.0";
        if (isSum(series)) style.bold = true;
        return Object.keys(style).length > 0 ? style : undefined;
      },
    });
  });
  if (table.years.length >= 2) {
    columns.push({
      header: t.difference,
      width: 10,
      style: { numberFormat: "+#,##0;-#,##0;0" },
      value: (series) => series.lastChange,
      cellStyle: (series) => (isCount(series) ? undefined : { numberFormat: "+#,##0.0;-#,##0.0;0.0" }),
    });
    columns.push({
      header: t.change,
      width: 14,
      style: { numberFormat: "+0.0%;-0.0%;0.0%", horizontalAlignment: "right" },
      value: (series) =>
        series.smallNumbers
          ? t.smallNumbers
          : series.lastChangePct === null
            ? null
            : fraction(series.lastChangePct),
      cellStyle: (series) => (series.smallNumbers ? styles.note : assessmentStyle(series)),
    });
    columns.push({
      header: t.direction,
      width: 9,
      style: { horizontalAlignment: "center" },
      value: (series) => (series.lastChange === null ? null : arrows[series.direction]),
      cellStyle: assessmentStyle,
    });
    columns.push({
      header: t.significance,
      width: 13,
      style: { horizontalAlignment: "center" },
      value: (series) =>
        series.significant === null ? null : series.significant ? t.significant : t.notSignificant,
      cellStyle: (series) => (series.significant ? { bold: true } : undefined),
    });
    columns.push({
      header: t.pq,
      width: 18,
      style: { horizontalAlignment: "center" },
      value: (series) =>
        series.pValue === null
          ? null
          : `${formatPValue(series.pValue, language)}${
              series.qValue === null || series.qValue === undefined
                ? ""
                : ` (${formatPValue(series.qValue, language)})`
            }`,
    });
  }
  columns.push({
    header:
      table.baseYear !== null && lastYear !== null
        ? interpolate(t.index, {
            year: String(yearLabel(lastYear, table.provisionalYears)),
            base: table.baseYear,
          })
        : t.indexNoBase,
    width: 12,
    style: { numberFormat: "0" },
    value: (series) => last(series.index),
    cellStyle: (series) => (series.smallNumbersIndex ? styles.note : undefined),
  });
  columns.push({
    header: t.average3,
    width: 12,
    style: { numberFormat: "#,##0.0" },
    value: (series) => last(series.movingAverage3),
    cellStyle: (series) => (series.smallNumbersAverage3 ? styles.note : undefined),
  });
  if (table.series.some((series) => series.ratePer1000 !== null)) {
    columns.push({
      header: interpolate(t.rate, { year: lastYear ?? "" }),
      width: 13,
      style: { numberFormat: "#,##0.00" },
      value: (series) => (series.ratePer1000 ? last(series.ratePer1000) : null),
    });
  }
  columns.push({
    header: t.senSlope,
    width: 12,
    style: { numberFormat: "+#,##0.0;-#,##0.0;0.0" },
    value: (series) => series.trend.senSlope,
  });
  columns.push({
    header: t.mannKendall,
    width: 16,
    style: { wrap: true },
    value: (series) => {
      const { trend } = series;
      if (trend.tooShort) return t.tooFewYears;
      if (trend.mannKendallP === null) return null;
      const p = formatPValue(trend.mannKendallP, language);
      if (!trend.significant) return interpolate(t.noTrend, { p });
      return interpolate((trend.senSlope ?? 0) < 0 ? t.trendDown : t.trendUp, { p });
    },
    cellStyle: (series) => (series.trend.tooShort ? styles.note : undefined),
  });
  if (table.series.some((series) => series.target !== null)) {
    columns.push({
      header: t.target,
      width: 22,
      style: { wrap: true },
      value: (series) => (series.target ? context.userText(series.target.description) : null),
    });
    columns.push({
      header: t.targetStatus,
      width: 13,
      value: (series) => (series.target?.status ? t.targetStates[series.target.status] : null),
      cellStyle: (series) =>
        series.target?.status === "met"
          ? { color: palette.better, bold: true }
          : series.target?.status === "notMet"
            ? { color: palette.worse, bold: true }
            : undefined,
    });
  }
  columns.push({
    header: t.note,
    width: 34,
    style: { wrap: true },
    value: (series) => noteFor(context, series, parents),
    cellStyle: (series) =>
      series.subtotalHolds === false ? { color: palette.worse, bold: true } : undefined,
  });
  return columns;
}

function noteFor(context: PlanContext, series: SeriesReport, parents: Map<string, string>): string | null {
  const t = context.texts.trends;
  const notes: string[] = [];
  if (series.subtotalOf && series.subtotalOf.length > 0) {
    const coverage = (series.subtotalCoverage ?? []).filter((share): share is number => share !== null);
    const parts = series.subtotalOf.map(context.userText).join(" + ");
    if (coverage.length > 0) {
      const low = formatNumber(Math.round(smallest(coverage)), context.language, 0);
      const high = formatNumber(Math.round(largest(coverage)), context.language, 0);
      notes.push(interpolate(t.coverage, { parts, coverage: low === high ? `${low}%` : `${low}–${high}%` }));
    } else notes.push(interpolate(t.subtotalOf, { parts }));
    if (series.subtotalHolds === false) notes.push(t.subtotalMismatch);
  }
  if (series.dispersion !== null && series.dispersion !== undefined && series.dispersion > 1) {
    notes.push(interpolate(t.dispersion, { factor: formatNumber(series.dispersion, context.language, 1) }));
  }
  const parent = parents.get(`${series.region ?? ""}\u0000${series.category.trim().toLowerCase()}`);
  if (parent) notes.push(interpolate(t.partOf, { parent: context.userText(parent) }));
  if (series.smallNumbers) notes.push(t.smallNumbers);
  else if (series.smallNumbersIndex || series.smallNumbersAverage3) notes.push(t.smallNumbersIndex);
  return notes.length > 0 ? notes.join("; ") : null;
}

/**
 * A table with more regions than this shows only its focus region's series on the sheet: a council reads
 * its own municipality's trends, and a table of every municipality (300,000 rows as an analyst downloads
 * it) would be hundreds of printed pages. report.json keeps every series.
 */
const maxRegionsOnTrendsSheet = 12;

/** The table as the sheet shows it, and how many regions it has when the sheet shows only its focus region (else 0). */
function onSheet(table: FiguresReport): { table: FiguresReport; regions: number } {
  const regions = new Set(table.series.map((series) => series.region).filter((region) => region !== null));
  if (regions.size <= maxRegionsOnTrendsSheet || !table.focusRegion || !regions.has(table.focusRegion))
    return { table, regions: 0 };
  const series = table.series.filter(
    (series) => series.region === null || series.region === table.focusRegion,
  );
  return { table: { ...table, series }, regions: regions.size };
}

/**
 * "Koers Trends": every figures table with every category — years, change, direction coloured by
 * polarity, significance, index, 3-year average, Sen/Mann–Kendall trend, subtotals and targets.
 */
export function buildTrendsSheet(context: PlanContext): PlannedSheet {
  const { report, texts } = context;
  const sheet = new SheetBuilder();
  sheet.line(`${context.userText(report.title)} — ${texts.trends.title}`, styles.title);
  sheet.line(interpolate(texts.trends.legend, { notes: context.names.notes }), styles.note);

  const tables = report.figures.filter((table) => table.series.length > 0 && table.survey !== true);
  const widths: number[] = [];
  let freeze: { rows: number; columns: number } | undefined;
  /** First column (1-based) of the second column group (index, averages, trend, notes) of the first table. */
  let groupStart: number | undefined;
  if (tables.length === 0) {
    sheet.skip();
    sheet.line(texts.trends.noFigures, styles.note);
  }
  for (const shown of tables) {
    const { table, regions } = onSheet(shown);
    const columns = trendColumns(context, table);
    columns.forEach((column, index) => (widths[index] = Math.max(widths[index] ?? 0, column.width)));
    sheet.setColumnWidths(widths);
    sheet.skip();
    sheet.line(
      interpolate(texts.trends.tableTitle, {
        sheet: context.userText(readableSheetName(table.sheet, context.language)),
        count: table.series.length,
        first: table.years[0] ?? "",
        last: last(table.years) ?? "",
      }),
      styles.section,
    );
    const cellStyles: NonNullable<CellBlock["cellStyles"]> = [];
    table.series.forEach((series, row) =>
      columns.forEach((column, columnIndex) => {
        const style = column.cellStyle?.(series);
        if (style) cellStyles.push({ row, column: columnIndex, style });
      }),
    );
    const position = sheet.table({
      header: columns.map((column) => column.header),
      rows: table.series.map((series) => columns.map((column) => column.value(series))),
      headerStyle: { ...styles.header, horizontalAlignment: "center" },
      bodyStyle: { verticalAlignment: "top" },
      columnStyles: columns.map((column) => column.style),
      cellStyles,
      banded: true,
    });
    const pq = columns.findIndex((column) => column.header === texts.trends.pq);
    if (pq >= 0) groupStart ??= pq + 2;
    freeze ??= {
      rows: position.headerRow,
      columns: columns.findIndex((column) => column.header === texts.common.category) + 1,
    };
    if (table.provisionalYears.length > 0) sheet.line(texts.trends.provisionalNote, styles.note);
    if (regions > 0)
      sheet.line(
        interpolate(texts.trends.focusOnly, {
          regions,
          region: context.userText(table.focusRegion ?? ""),
          sheet: context.userText(readableSheetName(table.sheet, context.language)),
        }),
        styles.note,
      );
  }

  const meta = {
    key: "trends" as const,
    name: context.names.trends,
    tabColor: "#2E75B6",
    columnWidths: widths.length > 0 ? widths : [36],
    fitColumns: true,
    freeze,
    print: printSetup(context, "landscape", freeze ? `${freeze.rows}:${freeze.rows}` : undefined),
  };
  const fitted = sheet.build(meta);
  const scale = fitScale(fitted, printableWidth("landscape"));
  if (scale >= minimumPrintScale || !freeze || !groupStart) return fitted;
  // NOTE: fitting all columns to the width of A4 would print below 8 pt: print at a fixed scale instead, in
  // two column groups (figures; trend and notes), repeating the category column on every page.
  const titleColumns = `A:${columnLetter(freeze.columns)}`;
  const scalePercent = columnGroupScale(fitted.columnWidths, freeze.columns, [groupStart], "landscape");
  return sheet.build({
    ...meta,
    print: {
      ...meta.print,
      fitToWidth: false,
      scale: scalePercent,
      printTitleColumns: titleColumns,
      columnBreaks: [groupStart],
    },
  });
}
