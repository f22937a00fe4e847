/**
 * Survey tables on the trends sheet (what residents say, analyze/survey.ts): per table the estimates per
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
import { formatPValue, type PlanContext } from "./planContext";
import type { CellBlock, CellStyle, PlanValue } from "./reportPlan";
import { palette, styles, type SheetBuilder } from "./sheetBuilder";

/** Most indicators one survey chart draws. */
export const surveyChartSeries = 6;

/** Most survey charts the trends sheet draws (one per unit per table). */
export const surveyChartLimit = 6;

const chartRows = 18;

const texts = {
  nl: {
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
    pointer: "Wat inwoners ervaren (enquête, met marges en grafieken): zie het blad '{{trends}}'.",
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
    pointer: "What residents experience (survey, with margins and charts): see the sheet '{{trends}}'.",
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

/**
 * Writes every survey table with its charts below what the sheet already holds, widening `widths` (the
 * sheet's column widths, index 0 = column A) where the survey columns need more.
 */
export function writeSurveySection(
  sheet: SheetBuilder,
  context: PlanContext,
  tables: FiguresReport[],
  widths: number[],
): void {
  const t = surveyTexts(context.language);
  let charts = 0;
  for (const table of tables) {
    const years = table.years;
    const last = years[years.length - 1];
    const previous = years[years.length - 2];
    const withRegion = table.series.some((series) => series.region !== null);
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
    const columnWidths = [
      ...(withRegion ? [18] : []),
      36,
      12,
      ...years.map(() => 9),
      ...years.map(() => 8),
      ...(previous !== undefined ? [12, 10, 13, 10, 12] : []),
      40,
    ];
    columnWidths.forEach((width, index) => (widths[index] = Math.max(widths[index] ?? 0, width)));
    sheet.setColumnWidths(widths);
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
        ...(withRegion ? [undefined] : []),
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
    for (const unit of ["percent", "mark", "score"] as const) {
      if (charts >= surveyChartLimit) break;
      const drawn = chartSeries(table, unit);
      if (drawn.length === 0) continue;
      charts++;
      const sheetName = context.names.trends;
      sheet.skip();
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
        anchor: sheet.reserve(chartRows, 1, Math.min(position.lastColumn, offset + 10) + 1),
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

/** The overview's pointer to the survey section on the trends sheet; null without a survey table. */
export function surveyPointer(context: PlanContext): string | null {
  if (!context.report.figures.some((table) => table.survey === true && table.series.length > 0)) return null;
  return interpolate(surveyTexts(context.language).pointer, { trends: context.names.trends });
}
