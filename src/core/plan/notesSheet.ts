import { readableSheetName } from "../address";
import { formatNumber, interpolate } from "../i18n/language";
import { printSetup, type PlanContext } from "./planContext";
import type { PlannedSheet, PlanValue } from "./reportPlan";
import { SheetBuilder, styles } from "./sheetBuilder";
import { surveyNotesRows } from "./surveySheet";

// NOTE: 28 + 66 characters fit A4 portrait at 100%, so the explanations print at 11 pt (at 34 + 100 the
// sheet was scaled to 71.5%, below 8 pt).
const columnWidths = [28, 66];

/** Writes one section: a heading, then rows of [term, explanation] with the explanation wrapping. */
function section(sheet: SheetBuilder, heading: string, rows: PlanValue[][]): void {
  sheet.skip();
  sheet.line(heading, styles.section);
  sheet.write(rows, {
    style: { verticalAlignment: "top" },
    columnStyles: [{ bold: true, wrap: true }, { wrap: true }],
  });
}

/** The detection explanation, with the confidence added unless the explanation already states it. */
function datasetText(context: PlanContext, explanation: string, confidence: number): string {
  const text = context.userText(explanation);
  return text.includes(`${confidence}%`)
    ? text
    : interpolate(context.texts.notes.datasetText, { explanation: text, confidence });
}

/**
 * "Koers Toelichting": definitions, sources, CBS symbols and methods in plain language for council
 * members, with the numbers (thresholds, α, base year) taken from the settings actually used.
 */
export function buildNotesSheet(context: PlanContext): PlannedSheet {
  const { report, settings, texts, language } = context;
  const n = texts.notes;
  const sheet = new SheetBuilder(columnWidths);
  sheet.line(`${context.userText(report.title)} — ${n.title}`, styles.title);
  sheet.line(n.intro, styles.note);

  const onTrackStatuses = settings.onTrackStatuses
    .map((status) => `'${texts.status[status]}'`)
    .join(texts.common.or);
  section(sheet, n.sections.definitions, [
    ...(["done", "onTrack", "delayed", "notStarted"] as const).map((status) => [
      interpolate(n.statusTerm, { status: texts.status[status] }),
      n.statusWordings[status],
    ]),
    [interpolate(n.statusTerm, { status: texts.status.unknown }), n.unknownStatus],
    [n.onTrackPct, interpolate(n.onTrackPctText, { statuses: onTrackStatuses })],
    [n.onTrackOverdue, settings.overdueCountsAsOnTrack ? n.onTrackOverdueCounted : n.onTrackOverdueExcluded],
    [n.overdue, n.overdueText],
    [n.rag, interpolate(n.ragText, settings.ragThresholds)],
  ]);

  const sources: PlanValue[][] = report.sources.map((source) => [n.sourceFile, context.userText(source)]);
  for (const dataset of report.datasets) {
    sources.push([
      `${n.dataset[dataset.kind]}: ${context.userText(readableSheetName(dataset.sheet, language))}`,
      datasetText(context, dataset.explanation, Math.round(dataset.confidence * 100)),
    ]);
  }
  if (report.datasets.length === 0) sources.push([n.dataset.activities, n.noDatasets]);
  section(sheet, n.sections.sources, sources);

  section(
    sheet,
    n.sections.symbols,
    n.symbols.map((symbol) => [symbol.symbol, symbol.text]),
  );

  const alpha = formatNumber(settings.significanceLevel, language, 2);
  const higherIsBetter = Object.entries(settings.polarity)
    .filter(([, polarity]) => polarity === "higherIsBetter")
    .map(([category]) => context.userText(category));
  const baseYear = report.figures.find((table) => table.baseYear !== null)?.baseYear ?? settings.baseYear;
  const poissonTables = report.figures
    .filter((table) => table.testing?.poissonAssumed === true)
    .map((table) => `'${context.userText(readableSheetName(table.sheet, language))}'`);
  const focusRegions = [
    ...new Set(report.figures.map((table) => table.focusRegion ?? null).filter((region) => region !== null)),
  ] as string[];
  section(sheet, n.sections.methods, [
    [n.registered, n.registeredText],
    [n.significance, interpolate(n.significanceText, { alpha })],
    [n.multipleTesting, interpolate(n.multipleTestingText, { alpha })],
    [
      n.dispersion,
      poissonTables.length > 0
        ? `${n.dispersionText} ${interpolate(n.poissonAssumed, { sheets: poissonTables.join(", ") })}`
        : n.dispersionText,
    ],
    [n.withinChance, n.withinChanceText],
    ...(focusRegions.length > 0
      ? [
          [
            n.focusRegion,
            interpolate(n.focusRegionText, { region: focusRegions.map(context.userText).join(", ") }),
          ],
        ]
      : []),
    [n.smallNumbers, interpolate(n.smallNumbersText, { threshold: settings.smallNumberThreshold })],
    [n.subtotals, n.subtotalsText],
    [
      n.polarity,
      higherIsBetter.length > 0
        ? `${n.polarityText} ${interpolate(n.polarityExceptions, { categories: higherIsBetter.join(", ") })}`
        : n.polarityText,
    ],
    [n.index, interpolate(n.indexText, { base: baseYear ?? n.firstYear })],
    [n.average3, n.average3Text],
    [n.trend, interpolate(n.trendText, { alpha })],
    [n.provisional, n.provisionalText],
    ...surveyNotesRows(context),
  ]);

  section(sheet, n.sections.about, [
    [n.reportDate, interpolate(n.reportDateText, { date: context.reportDateText })],
    [n.version, interpolate(n.versionText, { version: context.version })],
    ...(context.griffie ? [[n.privacy, n.privacyText]] : []),
  ]);

  return sheet.build({
    key: "notes",
    name: context.names.notes,
    tabColor: "#7F7F7F",
    columnWidths,
    print: printSetup(context, "portrait"),
  });
}
