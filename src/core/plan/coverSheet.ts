import { interpolate } from "../i18n/language";
import { dateSerial, longDateFormat, printSetup, type PlanContext } from "./planContext";
import type { PlannedSheet, PlannedSheetKey, PlanValue } from "./reportPlan";
import { palette, SheetBuilder, styles } from "./sheetBuilder";
import { largest, smallest } from "../collections";

const columnWidths = [28, 90];

/** "2016–2018" over all figures tables, or null without figures. */
function figuresPeriod(context: PlanContext): string | null {
  const years = context.report.figures.flatMap((table) => table.years);
  if (years.length === 0) return null;
  const first = smallest(years);
  const last = largest(years);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * "Voorblad" of the griffie copy: title, organisation, report date, period, Concept/Definitief and a
 * reading guide naming each sheet that follows.
 */
export function buildCoverSheet(context: PlanContext, sheetKeys: PlannedSheetKey[]): PlannedSheet {
  const { report, texts } = context;
  const sheet = new SheetBuilder(columnWidths);
  sheet.line(context.userText(report.title), { ...styles.title, size: 20 });
  sheet.line(texts.cover.subtitle, { size: 13, color: palette.muted });
  sheet.skip();

  const details: PlanValue[][] = [
    [texts.cover.organisation, context.settings.organisation],
    [texts.common.reportDate, dateSerial(report.reportDate) ?? report.reportDate],
  ];
  const period = figuresPeriod(context);
  if (period) details.push([texts.cover.period, period]);
  details.push([texts.common.status, context.documentStatusText]);
  sheet.write(details, {
    columnStyles: [styles.label, { horizontalAlignment: "left" }],
    cellStyles: [
      { row: 1, column: 1, style: { numberFormat: longDateFormat(context.language) } },
      { row: details.length - 1, column: 1, style: { bold: true, size: 13 } },
    ],
  });

  sheet.skip();
  sheet.line(texts.cover.readingGuide, styles.section);
  sheet.write(
    sheetKeys
      .filter((key) => key !== "cover")
      .map((key) => [context.names[key], texts.cover.sheetDescriptions[key]]),
    { style: { verticalAlignment: "top" }, columnStyles: [styles.label, { wrap: true }] },
  );

  sheet.skip();
  sheet.line(texts.cover.privacyNote, styles.note);
  sheet.line(interpolate(texts.cover.madeWith, { version: context.version }), styles.note);

  return sheet.build({
    key: "cover",
    name: context.names.cover,
    tabColor: palette.title,
    columnWidths,
    print: printSetup(context, "portrait"),
  });
}
