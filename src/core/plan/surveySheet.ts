/**
 * The survey sheet (what residents say, analyze/survey.ts): per table the estimates per
 * survey year, their 95% margins, the change in points with its margin, significance by the margins, the
 * judgement by polarity and a note where no verdict is possible; then, per unit of the focus region (a
 * percentage, a report mark), a line chart with native error bars of the margins. And the Toelichting's
 * rows on how survey changes are judged.
 */
import { columnLetter, readableSheetName } from "../address";
import { formatNumber, interpolate, type Language } from "../i18n/language";
import type { FigureUnit } from "../datasets";
import type { FiguresReport, SeriesReport } from "../report";
import { chartAltText, titleSubject } from "./chartAltText";
import { columnGroupScale, columnPoints, fitScale, minimumPrintScale, printableWidth } from "./pagination";
import { formatPValue, printSetup, type PlanContext } from "./planContext";
import type { CellBlock, CellStyle, ChartSpec, PlannedSheet, PlanValue } from "./reportPlan";
import { palette, SheetBuilder, styles } from "./sheetBuilder";
import { largest } from "../collections";

/** Most indicators one survey chart draws. */
export const surveyChartSeries = 6;

/** Most survey charts the survey sheet draws (one per unit per table). */
export const surveyChartLimit = 6;

// 14 rows of 15 pt: two rows of charts (and the row between) share a landscape page even at 100%.
const chartRows = 14;

const texts = {
  nl: {
    title: "Wat inwoners ervaren",
    section: "Wat inwoners ervaren: {{sheet}} ({{first}}–{{last}}, enquête)",
    legend:
      "Schattingen uit een enquête (zoals de Veiligheidsmonitor) met hun 95%-marge (±). Veranderingen in procentpunten of punten, nooit in procenten; significant als de verandering buiten de gecombineerde marges valt.",
    region: "Regio",
    indicator: "Indicator",
    unit: "Eenheid",
    margin: "± {{year}}",
    change: "Verschil {{previous}}–{{last}}",
    changeMargin: "± verschil",
    significance: "Significant",
    p: "p",
    judgement: "Beter / slechter",
    note: "Toelichting",
    yes: "ja",
    no: "nee, binnen de marges",
    better: "beter",
    worse: "slechter",
    same: "gelijk",
    units: { percent: "%", mark: "rapportcijfer (1–10)", score: "score" } as Partial<
      Record<FigureUnit, string>
    >,
    noMargins: "Geen marge bij beide jaren: geen oordeel over significantie.",
    unknownPolarity: "Onbekend of hoger beter is; kies het in de instellingen.",
    chart: "Wat inwoners ervaren ({{unit}}{{region}}), met 95%-marge",
    pointer: "Wat inwoners ervaren (enquête, met marges en grafieken): zie het blad '{{survey}}'.",
    chartUnits: { percent: "% inwoners", mark: "rapportcijfer", score: "score" } as Partial<
      Record<FigureUnit, string>
    >,
    notes: {
      survey: "Enquêtecijfers (Veiligheidsmonitor)",
      surveyText:
        "Wat inwoners zeggen (zich wel eens onveilig voelen, slachtofferschap, overlast, rapportcijfers) komt uit een steekproef: elke waarde is een schatting met een 95%-marge (±). Een verandering staat in procentpunten (bij een percentage) of punten (bij een rapportcijfer), nooit als procentuele verandering.",
      significance: "Significant (enquête)",
      significanceText:
        "Een verandering tussen twee metingen is significant als ze buiten de gecombineerde marges valt: z = verschil / √(se₁² + se₂²) met se = marge / 1,96, zoals de Veiligheidsmonitor zijn marges berekent; significant bij p < {{alpha}}. Een marge volgt uit de kolom 'marge' (±), uit de helft van onder- tot bovengrens, of bij een percentage uit het aantal respondenten n: 1,96 · √(p(1 − p)/n).",
      noMargins: "Zonder marges",
      noMarginsText:
        "Geeft de tabel bij een van beide jaren geen marge, dan zegt Koers niet of de verandering significant is: een verschil van enkele punten kan dan even goed toeval van de steekproef zijn. Neem de marges of het aantal respondenten over uit de Veiligheidsmonitor.",
      polarity: "Beter of slechter (enquête)",
      polarityText:
        "Lager is beter bij onveiligheid, slachtofferschap, overlast en verloedering; hoger is beter bij veiligheid, rapportcijfers, tevredenheid en vertrouwen. Bij een indicator waarvan Koers de betekenis niet kent, vraagt een aandachtspunt het u; kies het in de instellingen.",
    },
  },
  en: {
    title: "What residents experience",
    section: "What residents experience: {{sheet}} ({{first}}–{{last}}, survey)",
    legend:
      "Survey estimates (such as the Veiligheidsmonitor) with their 95% margin (±). Changes in percentage points or points, never in percent; significant when the change lies outside the combined margins.",
    region: "Region",
    indicator: "Indicator",
    unit: "Unit",
    margin: "± {{year}}",
    change: "Difference {{previous}}–{{last}}",
    changeMargin: "± difference",
    significance: "Significant",
    p: "p",
    judgement: "Better / worse",
    note: "Note",
    yes: "yes",
    no: "no, within the margins",
    better: "better",
    worse: "worse",
    same: "same",
    units: { percent: "%", mark: "report mark (1–10)", score: "score" } as Partial<
      Record<FigureUnit, string>
    >,
    noMargins: "No margin for both years: no verdict on significance.",
    unknownPolarity: "Unknown whether higher is better; choose it in the settings.",
    chart: "What residents experience ({{unit}}{{region}}), with 95% margin",
    pointer: "What residents experience (survey, with margins and charts): see the sheet '{{survey}}'.",
    chartUnits: { percent: "% of residents", mark: "report mark", score: "score" } as Partial<
      Record<FigureUnit, string>
    >,
    notes: {
      survey: "Survey figures (Veiligheidsmonitor)",
      surveyText:
        "What residents say (feeling unsafe at times, victimisation, nuisance, report marks) comes from a sample: each value is an estimate with a 95% margin (±). A change is given in percentage points (for a percentage) or points (for a mark), never as a percentage change.",
      significance: "Significant (survey)",
      significanceText:
        "A change between two surveys is significant when it lies outside the combined margins: z = difference / √(se₁² + se₂²) with se = margin / 1.96, as the Veiligheidsmonitor computes its margins; significant when p < {{alpha}}. A margin comes from the 'marge' (±) column, from half the width between the lower and upper bound, or for a percentage from the number of respondents n: 1.96 · √(p(1 − p)/n).",
      noMargins: "Without margins",
      noMarginsText:
        "When the table gives no margin for one of the two years, Koers does not say whether the change is significant: a difference of a few points may then just as well be sampling chance. Copy the margins or the number of respondents from the Veiligheidsmonitor.",
      polarity: "Better or worse (survey)",
      polarityText:
        "Lower is better for unsafety, victimisation, nuisance and decay; higher is better for safety, report marks, satisfaction and trust. For an indicator whose meaning Koers does not know, an issue asks you; choose it in the settings.",
    },
  },
};

function surveyTexts(language: Language) {
  return texts[language];
}

function assessmentStyle(series: SeriesReport): CellStyle | undefined {
  if (series.assessment === "better") return { color: palette.better };
  if (series.assessment === "worse") return { color: palette.worse };
  if (series.assessment === "same") return { color: palette.same };
  return undefined;
}

/** The printed columns charts are laid out in: the first column page (1-based, inclusive), split in two halves. */
interface ChartColumns {
  left: { from: number; to: number };
  right: { from: number; to: number };
}

/** Columns before the survey values that every column page repeats: the region (when any) and the indicator. */
function titleColumnCount(tables: FiguresReport[]): number {
  return tables.some((table) => table.series.some((series) => series.region !== null)) ? 2 : 1;
}

/**
 * Writes every survey table, each followed by its charts two side by side (one per unit of the focus region,
 * at most surveyChartLimit on the sheet). Every table gets the region column when any table has one, so the
 * tables share their columns' meaning and widths.
 */
function writeSurveyTables(
  sheet: SheetBuilder,
  context: PlanContext,
  tables: FiguresReport[],
  chartColumns: ChartColumns,
): void {
  const t = surveyTexts(context.language);
  const withRegion = titleColumnCount(tables) === 2;
  let charts = 0;
  for (const table of tables) {
    const years = table.years;
    const last = years[years.length - 1];
    const previous = years[years.length - 2];
    const header: PlanValue[] = [
      ...(withRegion ? [t.region] : []),
      t.indicator,
      t.unit,
      ...years,
      ...years.map((year) => interpolate(t.margin, { year })),
      ...(previous !== undefined
        ? [interpolate(t.change, { previous, last }), t.changeMargin, t.significance, t.p, t.judgement]
        : []),
      t.note,
    ];
    const offset = withRegion ? 1 : 0;
    const firstYear = offset + 2;
    const firstMargin = firstYear + years.length;
    const changeColumn = firstMargin + years.length;
    const rows = table.series.map((series) => [
      ...(withRegion ? [series.region === null ? null : context.userText(series.region)] : []),
      context.userText(series.category),
      t.units[series.unit] ?? series.unit,
      ...series.values,
      ...years.map((_, index) => series.margins?.[index] ?? null),
      ...(previous !== undefined
        ? [
            series.lastChange,
            series.changeMargin ?? null,
            series.significant === null ? null : series.significant ? t.yes : t.no,
            series.pValue === null ? null : formatPValue(series.pValue, context.language),
            series.assessment === null ? null : t[series.assessment],
          ]
        : []),
      noteFor(series, t),
    ]);
    const cellStyles: NonNullable<CellBlock["cellStyles"]> = [];
    if (previous !== undefined)
      table.series.forEach((series, row) => {
        const style = assessmentStyle(series);
        if (style) cellStyles.push({ row, column: changeColumn + 4, style });
        if (series.significant) cellStyles.push({ row, column: changeColumn + 2, style: { bold: true } });
      });
    sheet.skip();
    sheet.line(
      interpolate(t.section, {
        sheet: context.userText(readableSheetName(table.sheet, context.language)),
        first: years[0] ?? "",
        last: last ?? "",
      }),
      styles.section,
    );
    sheet.line(t.legend, styles.note);
    const values: CellStyle = { numberFormat: "0.0" };
    const margins: CellStyle = { numberFormat: "0.0#" };
    const position = sheet.table({
      header,
      rows,
      headerStyle: { ...styles.header, horizontalAlignment: "center" },
      bodyStyle: { verticalAlignment: "top" },
      columnStyles: [
        ...(withRegion ? [{ wrap: true }] : []),
        { wrap: true },
        { wrap: true },
        ...years.map(() => values),
        ...years.map(() => margins),
        ...(previous !== undefined
          ? [
              { numberFormat: "+0.0#;-0.0#;0.0" },
              margins,
              { horizontalAlignment: "center" as const, wrap: true },
              { horizontalAlignment: "center" as const },
              { wrap: true },
            ]
          : []),
        { wrap: true },
      ],
      cellStyles,
      banded: true,
    });
    let left: ChartSpec["anchor"] | null = null;
    for (const unit of ["percent", "mark", "score"] as const) {
      if (charts >= surveyChartLimit) break;
      const drawn = chartSeries(table, unit);
      if (drawn.length === 0) continue;
      charts++;
      const sheetName = context.names.survey;
      const region = table.focusRegion ? `, ${context.userText(table.focusRegion)}` : "";
      const surveySeries = drawn.map(({ series, index }, colour) => ({
        name: context.userText(series.category),
        values: {
          sheet: sheetName,
          range: position.bodyRow(index, firstYear, firstYear + years.length - 1),
        },
        cache: series.values,
        color: palette.lines[colour % palette.lines.length],
        errorBars: {
          values: {
            sheet: sheetName,
            range: position.bodyRow(index, firstMargin, firstMargin + years.length - 1),
          },
          cache: years.map((_, year) => series.margins?.[year] ?? null),
        },
      }));
      // Two charts side by side in the first column page: the right one on the left one's rows.
      let anchor: ChartSpec["anchor"];
      if (left === null) {
        sheet.skip();
        anchor = sheet.reserve(chartRows, chartColumns.left.from, chartColumns.left.to + 1);
        left = anchor;
      } else {
        anchor = {
          from: { row: left.from.row, column: chartColumns.right.from },
          to: { row: left.to.row, column: chartColumns.right.to + 1 },
        };
        left = null;
      }
      const title = interpolate(t.chart, { unit: t.chartUnits[unit] ?? unit, region });
      sheet.chart({
        id: `survey-${unit}-${charts}`,
        kind: "line",
        title,
        altText: chartAltText(
          { kind: "line", categoryCache: years.map(String), series: surveySeries },
          context.language,
          { subject: titleSubject(title), decimals: unit === "percent" ? 0 : 1 },
        ),
        anchor,
        categories: {
          sheet: sheetName,
          range: `${columnLetter(firstYear + 1)}${position.headerRow}:${columnLetter(firstYear + years.length)}${position.headerRow}`,
        },
        categoryCache: years.map(String),
        series: surveySeries,
        yAxisTitle: t.chartUnits[unit],
        showLegend: true,
        valueFormat: unit === "percent" ? "0" : "0.0",
      });
    }
  }
}

/**
 * "Koers Veiligheidsmonitor": the survey tables (what residents say, analyze/survey.ts) with their charts, on
 * A4 landscape.
 *
 * NOTE: a sheet of its own rather than a section below the crime figures on the trends sheet: a sheet has one
 * set of column widths and one print scale, and the two tables' columns mean different things, so sharing
 * them added up to 226 characters, split both tables in column groups and cut the charts at the column
 * break. Here the columns are sized to the survey alone; when they do not fit A4 at 8 pt the sheet prints in
 * two column groups (values and margins; change and verdict) repeating the indicator, and the charts stand two
 * by two within the first page's columns, so each prints whole and several share a page.
 */
export function buildSurveySheet(context: PlanContext): PlannedSheet {
  const tables = context.report.figures.filter((table) => table.series.length > 0 && table.survey === true);
  const titles = titleColumnCount(tables);
  const columns = largest(
    tables.map((table) => titles + 3 + 2 * table.years.length + (table.years.length > 1 ? 5 : 0)),
  );
  const write = (chartColumns: ChartColumns) => {
    const sheet = new SheetBuilder(surveyColumnWidths(titles, columns));
    sheet.line(
      `${context.userText(context.report.title)} — ${surveyTexts(context.language).title}`,
      styles.title,
    );
    writeSurveyTables(sheet, context, tables, chartColumns);
    return sheet;
  };
  const meta = {
    key: "survey" as const,
    name: context.names.survey,
    tabColor: "#2E75B6",
    columnWidths: surveyColumnWidths(titles, columns),
    fitColumns: true,
    print: printSetup(context, "landscape"),
  };
  // The column widths come from the content, the same in both passes; the charts are placed once they are known.
  const widths = write({ left: { from: 1, to: titles }, right: { from: 1, to: titles } }).build(
    meta,
  ).columnWidths;
  const valueColumns = largest(tables.map((table) => table.years.length));
  // Column groups: the title columns, then unit, values and margins; then change, verdict and note.
  const secondGroup = titles + 2 + 2 * valueColumns;
  const fits = fitScale({ blocks: [], charts: [], columnWidths: widths }, printableWidth("landscape"));
  if (fits >= minimumPrintScale || secondGroup > widths.length)
    return write(halves(widths, widths.length)).build(meta);
  return write(halves(widths, secondGroup - 1)).build({
    ...meta,
    print: {
      ...meta.print,
      fitToWidth: false,
      scale: columnGroupScale(widths, titles, [secondGroup], "landscape"),
      printTitleColumns: `A:${columnLetter(titles)}`,
      columnBreaks: [secondGroup],
    },
  });
}

/**
 * The most each of the survey sheet's `columns` gets, in characters, when sized to its content: the region,
 * the indicator and the unit, the values, margins and verdict, and the note last.
 */
function surveyColumnWidths(titles: number, columns: number): number[] {
  const leading = [...(titles === 2 ? [22] : []), 36, 12];
  return [...leading, ...Array.from({ length: columns - leading.length - 1 }, () => 14), 40];
}

/** Columns 1…lastColumn split in two halves of about equal printed width, for two charts side by side. */
function halves(widths: number[], lastColumn: number): ChartColumns {
  const points = widths.slice(0, lastColumn).map(columnPoints);
  const total = points.reduce((sum, value) => sum + value, 0);
  let used = 0;
  let middle = 1;
  for (let column = 1; column < lastColumn; column++) {
    used += points[column - 1];
    middle = column;
    if (used >= total / 2) break;
  }
  return { left: { from: 1, to: middle }, right: { from: middle + 1, to: lastColumn } };
}

/** The focus region's indicators of one unit with a value, at most surveyChartSeries, with their table row. */
function chartSeries(table: FiguresReport, unit: FigureUnit): { series: SeriesReport; index: number }[] {
  const region = table.focusRegion ?? null;
  return table.series
    .map((series, index) => ({ series, index }))
    .filter(
      ({ series }) =>
        series.unit === unit &&
        (region === null || series.region === region) &&
        series.values.some((value) => value !== null),
    )
    .slice(0, surveyChartSeries);
}

function noteFor(series: SeriesReport, t: ReturnType<typeof surveyTexts>): string | null {
  const notes: string[] = [];
  if (series.lastChange !== null && series.test === null) notes.push(t.noMargins);
  if (series.polarity === null) notes.push(t.unknownPolarity);
  return notes.length > 0 ? notes.join(" ") : null;
}

/** The Toelichting's rows on survey figures ([term, explanation]); none without a survey table. */
export function surveyNotesRows(context: PlanContext): PlanValue[][] {
  if (!context.report.figures.some((table) => table.survey === true)) return [];
  const n = surveyTexts(context.language).notes;
  const alpha = formatNumber(context.settings.significanceLevel, context.language, 2);
  return [
    [n.survey, n.surveyText],
    [n.significance, interpolate(n.significanceText, { alpha })],
    [n.noMargins, n.noMarginsText],
    [n.polarity, n.polarityText],
  ];
}

/** The overview's pointer to the survey sheet; null without a survey table. */
export function surveyPointer(context: PlanContext): string | null {
  if (!context.report.figures.some((table) => table.survey === true && table.series.length > 0)) return null;
  return interpolate(surveyTexts(context.language).pointer, { survey: context.names.survey });
}
