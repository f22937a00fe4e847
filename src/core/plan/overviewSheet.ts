import { cellAddress, columnLetter, readableSheetName } from "../address";
import type { StatusKey } from "../datasets";
import { interpolate } from "../i18n/language";
import type { ActivitiesReport, FiguresReport, Rag, SeriesReport, StatusCounts } from "../report";
import type { Settings } from "../settings";
import { readableTextOn } from "./contrast";
import { activitiesWord, chartAltText, statusChartSubject, titleSubject } from "./chartAltText";
import { changeChartSeries, chartTable, trendChartSeries } from "./chartSelection";
import { surveyPointer } from "./surveySheet";
import { dateSerial, longDateFormat, fraction, printSetup, yearLabel, type PlanContext } from "./planContext";
import type { CellBlock, CellStyle, ChartSeries, PlannedSheet, PlanValue } from "./reportPlan";
import { palette, SheetBuilder, styles } from "./sheetBuilder";

const lastColumn = 8;
/** The most each column gets; the plan sizes them to their content (fitColumnWidths). */
const columnWidths = [40, 22, 22, 14, 14, 14, 14, 14];
const paragraphWidth = columnWidths.reduce((sum, width) => sum + width, 0);
const chartRows = 18;
const shownStatuses: StatusKey[] = ["done", "onTrack", "delayed", "notStarted"];

type CellStyles = NonNullable<CellBlock["cellStyles"]>;

/**
 * "Koers Overzicht": the page a council member reads first — kernboodschap, key figures, progress per
 * priority, overdue activities, changes, and the three charts with their source tables right above them.
 */
export function buildOverviewSheet(context: PlanContext): PlannedSheet {
  const { report, texts } = context;
  const sheet = new SheetBuilder(columnWidths);
  sheet.line(context.userText(report.title), styles.title);
  const serial = dateSerial(report.reportDate);
  const details = sheet.write(
    [
      [texts.common.reportDate, serial ?? report.reportDate],
      [texts.common.sources, report.sources.map(context.userText).join("; ")],
      [texts.common.status, context.documentStatusText],
    ],
    {
      columnStyles: [styles.label, { horizontalAlignment: "left" }],
      cellStyles: [{ row: 0, column: 1, style: { numberFormat: longDateFormat(context.language) } }],
    },
  );
  // A date does not spill into the next cell as text does, and the sources are long: each value spans B:H.
  for (let row = details.row; row <= details.lastRow; row++)
    sheet.merge(`${cellAddress(row, 2)}:${cellAddress(row, lastColumn)}`);

  writeSummary(sheet, context);
  if (report.activities) writeActivities(sheet, context, report.activities);
  else {
    sheet.skip();
    sheet.line(texts.overview.noActivities, styles.note);
  }
  const table = chartTable(report.figures);
  if (table) writeFigures(sheet, context, table);
  else {
    sheet.skip();
    sheet.line(texts.overview.noFigures, styles.note);
  }
  const survey = surveyPointer(context);
  if (survey !== null) sheet.line(survey, styles.note);

  return sheet.build({
    key: "overview",
    name: context.names.overview,
    tabColor: palette.title,
    columnWidths,
    fitColumns: true,
    // NOTE: portrait, so the kernboodschap, key figures and the priority table share page 1.
    print: printSetup(context, "portrait"),
  });
}

function writeSummary(sheet: SheetBuilder, context: PlanContext): void {
  const { headline, lines } = context.report.summary;
  if (!headline && lines.length === 0) return;
  sheet.skip();
  sheet.line(context.texts.overview.summary, styles.section);
  if (headline)
    sheet.paragraph(context.userText(headline), paragraphWidth, lastColumn, { bold: true, size: 12 });
  for (const line of lines) sheet.paragraph(`• ${context.userText(line)}`, paragraphWidth, lastColumn);
}

function writeActivities(sheet: SheetBuilder, context: PlanContext, activities: ActivitiesReport): void {
  const { texts } = context;
  sheet.skip();
  sheet.line(texts.overview.keyFigures, styles.section);
  const onTrackOverdue = activities.onTrackOverdue ?? 0;
  sheet.write(
    [
      [onTrackLabel(context), activities.onTrackPct === null ? null : fraction(activities.onTrackPct)],
      [
        context.settings.overdueCountsAsOnTrack
          ? texts.overview.onTrackOverdueCounted
          : texts.overview.onTrackOverdueExcluded,
        onTrackOverdue,
      ],
      [texts.overview.totalActivities, activities.total],
      [texts.overview.overdue, activities.overdue],
    ],
    {
      columnStyles: [{ ...styles.label, wrap: true, verticalAlignment: "center" }, { numberFormat: "#,##0" }],
      cellStyles: [
        { row: 0, column: 1, style: { numberFormat: "0.0%", size: 20, bold: true, color: palette.title } },
        ...(onTrackOverdue > 0 ? [{ row: 1, column: 1, style: { bold: true, color: palette.worse } }] : []),
        ...(activities.overdue > 0
          ? [{ row: 3, column: 1, style: { bold: true, color: palette.worse } }]
          : []),
      ],
    },
  );

  writeStatusTable(sheet, context, activities);
  if (activities.groups.length > 0) writeGroupTable(sheet, context, activities);
  writeOverdue(sheet, context, activities);
  if (activities.changes) writeChanges(sheet, context, activities);
}

/** "Op koers (afgerond of loopt volgens planning)": the label names the statuses the setting counts. */
function onTrackLabel(context: PlanContext): string {
  const { texts, settings } = context;
  const statuses = settings.onTrackStatuses
    .map((status) => texts.status[status].toLowerCase())
    .join(texts.common.or);
  return interpolate(texts.overview.onTrackPct, { statuses });
}

function statusesOf(counts: StatusCounts[]): StatusKey[] {
  return counts.some((count) => count.unknown > 0) ? [...shownStatuses, "unknown"] : shownStatuses;
}

function writeStatusTable(sheet: SheetBuilder, context: PlanContext, activities: ActivitiesReport): void {
  const { texts } = context;
  const statuses = statusesOf([activities.byStatus]);
  const share = (count: number) =>
    activities.total > 0 ? Number((count / activities.total).toFixed(6)) : null;
  const rows: PlanValue[][] = statuses.map((status) => [
    texts.status[status],
    activities.byStatus[status],
    share(activities.byStatus[status]),
  ]);
  rows.push([texts.common.total, activities.total, share(activities.total)]);
  sheet.skip();
  sheet.line(texts.overview.statusTable, styles.section);
  sheet.table({
    header: texts.overview.statusHeader,
    rows,
    columnStyles: [undefined, { numberFormat: "#,##0" }, { numberFormat: "0.0%" }],
    cellStyles: [
      ...statuses.map((status, row) => ({ row, column: 0, style: statusLabelStyle(status) })),
      ...totalRowStyles(rows.length - 1, 3),
    ],
  });
}

/** The status's colour as fill, with black or white text by contrast (white on light green read 2.7:1). */
function statusLabelStyle(status: StatusKey): CellStyle {
  const fill = palette.status[status];
  return { fill, color: readableTextOn(fill), bold: true };
}

function totalRowStyles(row: number, width: number): CellStyles {
  return Array.from({ length: width }, (_, column) => ({
    row,
    column,
    style: { bold: true, borderTop: "thin" as const },
  }));
}

/** Green/amber/red by the user's thresholds: ≥ green → green, ≥ amber → amber, else red (docs/domain.md "Status"). */
export function ragFor(onTrackPct: number | null, thresholds: Settings["ragThresholds"]): Rag | null {
  if (onTrackPct === null) return null;
  if (onTrackPct >= thresholds.green) return "green";
  if (onTrackPct >= thresholds.amber) return "amber";
  return "red";
}

function writeGroupTable(sheet: SheetBuilder, context: PlanContext, activities: ActivitiesReport): void {
  const { texts, settings } = context;
  const statuses = statusesOf(activities.groups.map((group) => group.byStatus));
  const header = [
    texts.overview.group,
    texts.common.total,
    ...statuses.map((status) => texts.status[status]),
    texts.overview.onTrackPctHeader,
  ];
  const percentColumn = header.length - 1;
  const rowOf = (name: string, total: number, counts: StatusCounts, pct: number | null): PlanValue[] => [
    name,
    total,
    ...statuses.map((status) => counts[status]),
    pct === null ? null : fraction(pct),
  ];
  const rows = activities.groups.map((group) =>
    rowOf(context.userText(group.name), group.total, group.byStatus, group.onTrackPct),
  );
  rows.push(rowOf(texts.overview.groupTotal, activities.total, activities.byStatus, activities.onTrackPct));
  const percents = [...activities.groups.map((group) => group.onTrackPct), activities.onTrackPct];
  const ragStyles: CellStyles = [];
  percents.forEach((pct, row) => {
    const rag = ragFor(pct, settings.ragThresholds);
    // NOTE: no % (a group of only unknown statuses) is neutral grey, never red.
    const fill = rag ? palette[rag] : palette.status.unknown;
    ragStyles.push({ row, column: percentColumn, style: { fill } });
  });

  sheet.skip();
  sheet.line(texts.overview.groupTable, styles.section);
  const table = sheet.table({
    header,
    rows,
    headerStyle: { ...styles.header, horizontalAlignment: "center" },
    columnStyles: header.map((_, index) =>
      index === 0
        ? { wrap: true }
        : index === percentColumn
          ? { numberFormat: "0.0%" }
          : { numberFormat: "#,##0" },
    ),
    cellStyles: [...totalRowStyles(rows.length - 1, header.length), ...ragStyles],
  });

  const groupCount = activities.groups.length;
  const lastGroupRow = table.firstRow + groupCount - 1;
  const range = (column: number) =>
    `${columnLetter(table.column + column)}${table.firstRow}:${columnLetter(table.column + column)}${lastGroupRow}`;
  const series: ChartSeries[] = statuses.map((status, index) => ({
    name: texts.status[status],
    values: { sheet: context.names.overview, range: range(2 + index) },
    cache: activities.groups.map((group) => group.byStatus[status]),
    color: palette.status[status],
  }));
  sheet.skip();
  const categoryCache = activities.groups.map((group) => context.userText(group.name));
  sheet.chart({
    id: "status-per-group",
    kind: "barStacked",
    title: texts.overview.statusChart,
    altText: chartAltText({ kind: "barStacked", categoryCache, series }, context.language, {
      subject: statusChartSubject(context.language, activities.total, texts.overview.group),
      unit: activitiesWord(context.language),
    }),
    anchor: sheet.reserve(Math.max(chartRows, groupCount + 8), 1, lastColumn + 1),
    categories: { sheet: context.names.overview, range: range(0) },
    categoryCache,
    series,
    yAxisTitle: texts.overview.activitiesAxis,
    showLegend: true,
  });
}

function writeOverdue(sheet: SheetBuilder, context: PlanContext, activities: ActivitiesReport): void {
  const { texts } = context;
  sheet.skip();
  sheet.line(texts.overview.overdueTable, styles.section);
  if (activities.overdueList.length === 0) {
    sheet.line(texts.overview.noOverdue, styles.note);
    return;
  }
  sheet.table({
    header: texts.overview.overdueHeader,
    rows: activities.overdueList.map((activity) => [
      context.userText(activity.name),
      activity.id,
      activity.group ? context.userText(activity.group) : null,
      activity.planningText ? context.userText(activity.planningText) : activity.plannedEnd,
      texts.status[activity.status],
    ]),
    bodyStyle: { verticalAlignment: "top" },
    columnStyles: [{ wrap: true }, { horizontalAlignment: "left" }, { wrap: true }, undefined, undefined],
    banded: true,
  });
}

function writeChanges(sheet: SheetBuilder, context: PlanContext, activities: ActivitiesReport): void {
  const { texts } = context;
  const changes = activities.changes;
  if (!changes) return;
  sheet.skip();
  sheet.line(texts.overview.changesTable, styles.section);
  const kinds = texts.overview.changeKinds;
  const rows: PlanValue[][] = [
    ...changes.statusChanged.map((change) => [
      context.userText(change.name),
      change.id,
      kinds.statusChanged,
      texts.status[change.from],
      texts.status[change.to],
    ]),
    ...changes.added.map((added) => [context.userText(added.name), added.id, kinds.added, null, null]),
    ...changes.removed.map((removed) => [
      context.userText(removed.name),
      removed.id,
      kinds.removed,
      null,
      null,
    ]),
  ];
  if (rows.length === 0) {
    sheet.line(texts.overview.noChanges, styles.note);
    return;
  }
  sheet.table({
    header: texts.overview.changesHeader,
    rows,
    bodyStyle: { verticalAlignment: "top" },
    columnStyles: [
      { wrap: true },
      { horizontalAlignment: "left" },
      { wrap: true },
      { wrap: true },
      { wrap: true },
    ],
    banded: true,
  });
}

function assessmentColor(series: SeriesReport): string | undefined {
  if (series.assessment === "better") return palette.better;
  if (series.assessment === "worse") return palette.worse;
  return undefined;
}

function writeFigures(sheet: SheetBuilder, context: PlanContext, table: FiguresReport): void {
  const { texts } = context;
  const sheetName = context.names.overview;
  const years = table.years.map((year) => yearLabel(year, table.provisionalYears));

  const lines = trendChartSeries(table);
  if (lines.length > 0) {
    sheet.skip();
    sheet.line(
      interpolate(texts.overview.trendTable, {
        sheet: [readableSheetName(table.sheet, context.language), table.focusRegion ?? null]
          .filter((part): part is string => part !== null)
          .map(context.userText)
          .join(", "),
      }),
      styles.section,
    );
    const trend = sheet.table({
      header: [texts.common.category, ...years],
      rows: lines.map((series) => [context.userText(series.category), ...series.values]),
      headerStyle: { ...styles.header, horizontalAlignment: "center" },
      columnStyles: [undefined, ...years.map(() => ({ numberFormat: "#,##0" }))],
    });
    sheet.line(interpolate(texts.overview.trendTableNote, { trends: context.names.trends }), styles.note);
    sheet.skip();
    const trendSeries = lines.map((series, index) => ({
      name: context.userText(series.category),
      values: { sheet: sheetName, range: trend.bodyRow(index, 1, years.length) },
      cache: series.values,
      color: palette.lines[index % palette.lines.length],
    }));
    sheet.chart({
      id: "crime-trend",
      kind: "line",
      title: texts.overview.trendChart,
      altText: chartAltText(
        { kind: "line", categoryCache: years.map(String), series: trendSeries },
        context.language,
        { subject: titleSubject(texts.overview.trendChart) },
      ),
      anchor: sheet.reserve(chartRows, 1, lastColumn + 1),
      categories: {
        sheet: sheetName,
        range: `B${trend.headerRow}:${columnLetter(1 + years.length)}${trend.headerRow}`,
      },
      categoryCache: years.map(String),
      series: trendSeries,
      yAxisTitle: texts.overview.countAxis,
      showLegend: true,
    });
  }

  const changes = changeChartSeries(table);
  if (changes.length > 0 && table.years.length >= 2) {
    const last = years.length - 1;
    sheet.skip();
    const region = table.focusRegion ? ` (${context.userText(table.focusRegion)})` : "";
    sheet.line(
      `${interpolate(texts.overview.changeTable, { previous: years[last - 1], last: years[last] })}${region}`,
      styles.section,
    );
    const change = sheet.table({
      header: [texts.common.category, years[last - 1], years[last], texts.overview.changePct],
      rows: changes.map((series) => [
        context.userText(series.category),
        series.values[last - 1],
        series.values[last],
        series.lastChangePct,
      ]),
      headerStyle: { ...styles.header, horizontalAlignment: "center" },
      columnStyles: [
        undefined,
        { numberFormat: "#,##0" },
        { numberFormat: "#,##0" },
        { numberFormat: "+0.0;-0.0;0.0" },
      ],
      cellStyles: changes.flatMap((series, row) => {
        const color = assessmentColor(series);
        return color ? [{ row, column: 3, style: { color } }] : [];
      }),
    });
    sheet.skip();
    const changeCategories = changes.map((series) => context.userText(series.category));
    const changeSeries = [
      {
        name: texts.overview.changePct,
        values: { sheet: sheetName, range: change.bodyColumn(3) ?? "" },
        cache: changes.map((series) => series.lastChangePct),
        color: palette.lines[0],
        pointColors: changes.map((series) => assessmentColor(series) ?? null),
      },
    ];
    sheet.chart({
      id: "change-vs-previous-year",
      // NOTE: horizontal bars keep long Dutch category names readable on A4; vertical columns rotated them.
      kind: "bar",
      title: texts.overview.changeChart,
      altText: chartAltText(
        { kind: "bar", categoryCache: changeCategories, series: changeSeries },
        context.language,
        {
          subject: `${titleSubject(texts.overview.changeChart)}, ${years[last - 1]} → ${years[last]}`,
          decimals: 1,
          suffix: "%",
          signed: true,
        },
      ),
      anchor: sheet.reserve(Math.max(chartRows, Math.ceil(changes.length * 1.4) + 6), 1, lastColumn + 1),
      categories: { sheet: sheetName, range: change.bodyColumn(0) ?? "" },
      categoryCache: changeCategories,
      series: changeSeries,
      yAxisTitle: texts.overview.changePct,
      showLegend: false,
    });
  }
}
