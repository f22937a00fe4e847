import type { StatusKey } from "../datasets";
import type { Finding } from "../findings/finding";
import { formatNumber, type Language } from "../i18n/language";
import type { ActivitiesReport, FiguresReport, SeriesReport, Summary } from "../report";
import type { Settings } from "../settings";
import { roundTo } from "./stats";
import { leafSeries } from "./subtotals";

/** How many improvements and how many deteriorations the kernboodschap names at most. */
export const headlineChanges = 3;

interface SummaryContext {
  activities: ActivitiesReport | null;
  figures: FiguresReport[];
  findings: Finding[];
  settings: Settings;
  language: Language;
}

type LineBuilder = (context: SummaryContext) => string[];

/**
 * The kernboodschap, in the style of a council progress report ("89% van de 117 activiteiten loopt
 * volgens planning of is afgerond."), in settings.language. Every sentence states a fact computed by
 * Koers; nothing is invented. Changes in figures are named only for counts that are not small numbers,
 * significant changes first, then the largest; a significant deterioration is marked for attention.
 */
export function buildSummary(
  activities: ActivitiesReport | null,
  figures: FiguresReport[],
  findings: Finding[],
  settings: Settings,
): Summary {
  const context: SummaryContext = { activities, figures, findings, settings, language: settings.language };
  const activityHeadline = activitiesHeadline(context);
  const overview = figuresOverview(context);
  const headline = activityHeadline ?? overview ?? texts[context.language].nothing;
  const overviewLine = activityHeadline !== null && overview !== null ? [overview] : [];
  const build = (builders: LineBuilder[]) => builders.flatMap((builder) => builder(context));
  return {
    headline,
    lines: [
      ...build(activityLineBuilders),
      ...overviewLine,
      ...build(figureLineBuilders),
      ...findingsLine(context),
    ],
  };
}

const texts = {
  nl: {
    nothing: "Koers vond geen activiteiten en geen cijfers om samen te vatten.",
    activity: ["activiteit", "activiteiten"],
    statusWords: {
      done: "afgerond",
      onTrack: "volgens planning",
      delayed: "vertraagd",
      notStarted: "niet gestart",
      unknown: "onbekend",
    } as Record<StatusKey, string>,
    headlinePhrase: {
      done: "is afgerond",
      onTrack: "loopt volgens planning",
      delayed: "is vertraagd",
      notStarted: "is niet gestart",
      unknown: "heeft een onbekende status",
    } as Record<StatusKey, string>,
    or: "of",
    headline: (pct: string, total: string, noun: string, phrase: string) =>
      `${pct}% van de ${total} ${noun} ${phrase}.`,
    overdue: (count: number, number: string) =>
      count === 1
        ? `${number} activiteit is over de geplande einddatum en niet afgerond.`
        : `${number} activiteiten zijn over de geplande einddatum en niet afgerond.`,
    changes: (parts: string[]) => `Sinds de vorige rapportage: ${parts.join(", ")}.`,
    statusChanges: (count: number, number: string) =>
      `${number} ${count === 1 ? "statuswijziging" : "statuswijzigingen"}`,
    nowDelayed: (number: string) => `waarvan ${number} nu vertraagd`,
    added: (count: number, number: string) =>
      `${number} ${count === 1 ? "nieuwe activiteit" : "nieuwe activiteiten"}`,
    removed: (count: number, number: string) =>
      `${number} ${count === 1 ? "vervallen activiteit" : "vervallen activiteiten"}`,
    redGroup: (name: string, pct: string, parts: string) => `Aandacht: ${name} (${pct}% op koers; ${parts}).`,
    ofTotal: (count: string, total: string, word: string) => `${count} van de ${total} ${word}`,
    overview: (
      total: number,
      fell: number,
      rose: number,
      flat: number,
      year: string,
      previousYear: number,
      region: string | null,
    ) => {
      const counted = (count: number, singular: string, plural: string) =>
        count === 0 ? `${singular} er geen` : `${count === 1 ? singular : plural} er ${count}`;
      const parts = [
        counted(fell, "daalde", "daalden"),
        counted(rose, "steeg", "stegen"),
        ...(flat > 0 ? [`${counted(flat, "bleef", "bleven")} gelijk`] : []),
      ];
      const where = region === null ? "" : ` in ${region}`;
      return `Van de ${total} ${total === 1 ? "categorie" : "categorieën"}${where} ${joinList(parts, "en")} in ${year} ten opzichte van ${previousYear}.`;
    },
    change: (
      category: string,
      from: string,
      fromYear: number,
      to: string,
      toYear: number,
      pct: string,
      kind: string,
      provisional: boolean,
    ) =>
      `${category}: van ${from} in ${fromYear} naar ${to} in ${toYear} (${pct}${provisional ? ", voorlopig cijfer" : ""}), ${kind}.`,
    kinds: {
      fall: {
        significant: "een significante daling",
        notSignificant: "een daling, niet significant",
        untested: "een daling",
      },
      rise: {
        significant: "een significante stijging",
        notSignificant: "een stijging, niet significant",
        untested: "een stijging",
      },
    },
    attention: "Aandacht: ",
    provisional: "voorlopig",
    trend: (from: number, to: number, direction: "down" | "up", categories: string) =>
      `${direction === "down" ? "Dalende" : "Stijgende"} trend ${from}–${to} (Mann–Kendall, significant): ${categories}.`,
    targets: (parts: string[]) => `Doelen: ${parts.join(", ")}.`,
    targetStatus: { met: "gehaald", onTheWay: "op weg", notMet: "niet gehaald" },
    findings: (errors: number, warnings: number) => {
      const parts = [
        ...(errors > 0 ? [`${errors} ${errors === 1 ? "fout" : "fouten"}`] : []),
        ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}`] : []),
      ];
      return `Let op: ${joinList(parts, "en")} in de gegevens; zie de aandachtspunten.`;
    },
  },
  en: {
    nothing: "Koers found no activities and no figures to summarise.",
    activity: ["activity", "activities"],
    statusWords: {
      done: "done",
      onTrack: "on track",
      delayed: "delayed",
      notStarted: "not started",
      unknown: "unknown",
    } as Record<StatusKey, string>,
    headlinePhrase: {
      done: "done",
      onTrack: "on track",
      delayed: "delayed",
      notStarted: "not started",
      unknown: "of unknown status",
    } as Record<StatusKey, string>,
    or: "or",
    headline: (pct: string, total: string, noun: string, phrase: string) =>
      `${pct}% of the ${total} ${noun} ${total === "1" ? "is" : "are"} ${phrase}.`,
    overdue: (count: number, number: string) =>
      count === 1
        ? `${number} activity is past its planned end and not done.`
        : `${number} activities are past their planned end and not done.`,
    changes: (parts: string[]) => `Since the previous report: ${parts.join(", ")}.`,
    statusChanges: (count: number, number: string) =>
      `${number} status ${count === 1 ? "change" : "changes"}`,
    nowDelayed: (number: string) => `${number} now delayed`,
    added: (count: number, number: string) => `${number} new ${count === 1 ? "activity" : "activities"}`,
    removed: (count: number, number: string) =>
      `${number} removed ${count === 1 ? "activity" : "activities"}`,
    redGroup: (name: string, pct: string, parts: string) =>
      `Attention: ${name} (${pct}% on track; ${parts}).`,
    ofTotal: (count: string, total: string, word: string) => `${count} of ${total} ${word}`,
    overview: (
      total: number,
      fell: number,
      rose: number,
      flat: number,
      year: string,
      previousYear: number,
      region: string | null,
    ) => {
      const counted = (count: number, verb: string) => `${count === 0 ? "none" : count} ${verb}`;
      const parts = [
        counted(fell, "fell"),
        counted(rose, "rose"),
        ...(flat > 0 ? [counted(flat, "stayed the same")] : []),
      ];
      const where = region === null ? "" : ` in ${region}`;
      return `Of the ${total} ${total === 1 ? "category" : "categories"}${where}, ${joinList(parts, "and")} in ${year} compared with ${previousYear}.`;
    },
    change: (
      category: string,
      from: string,
      fromYear: number,
      to: string,
      toYear: number,
      pct: string,
      kind: string,
      provisional: boolean,
    ) =>
      `${category}: from ${from} in ${fromYear} to ${to} in ${toYear} (${pct}${provisional ? ", provisional figure" : ""}), ${kind}.`,
    kinds: {
      fall: {
        significant: "a significant fall",
        notSignificant: "a fall, not significant",
        untested: "a fall",
      },
      rise: {
        significant: "a significant rise",
        notSignificant: "a rise, not significant",
        untested: "a rise",
      },
    },
    attention: "Attention: ",
    provisional: "provisional",
    trend: (from: number, to: number, direction: "down" | "up", categories: string) =>
      `${direction === "down" ? "Falling" : "Rising"} trend ${from}–${to} (Mann–Kendall, significant): ${categories}.`,
    targets: (parts: string[]) => `Targets: ${parts.join(", ")}.`,
    targetStatus: { met: "met", onTheWay: "on the way", notMet: "not met" },
    findings: (errors: number, warnings: number) => {
      const parts = [
        ...(errors > 0 ? [`${errors} ${errors === 1 ? "error" : "errors"}`] : []),
        ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? "warning" : "warnings"}`] : []),
      ];
      return `Note: ${joinList(parts, "and")} in the data; see the issues.`;
    },
  },
};

function joinList(parts: string[], conjunction: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${conjunction} ${parts[parts.length - 1]}`;
}

/**
 * Names at most `limit` items and counts the rest ("a, b, c en 48 andere"), so a large table keeps the
 * kernboodschap short enough to read aloud in a council meeting.
 */
function nameFew(names: string[], language: Language, limit = 5): string {
  const conjunction = language === "nl" ? "en" : "and";
  if (names.length <= limit) return joinList(names, conjunction);
  const rest = names.length - limit;
  const others =
    language === "nl" ? `${formatNumber(rest, language)} andere` : `${formatNumber(rest, language)} others`;
  return joinList([...names.slice(0, limit), others], conjunction);
}

function number(value: number, language: Language): string {
  return formatNumber(value, language, Number.isInteger(value) ? 0 : 1);
}

function signedPct(value: number, language: Language): string {
  return `${value > 0 ? "+" : ""}${formatNumber(value, language, 1)}%`;
}

/**
 * A share as the council writes it, in whole percent ("89"), except where rounding would claim all or
 * none: 99.6 stays "99,6", 0.4 stays "0,4".
 */
function wholePercent(value: number, language: Language): string {
  const rounded = roundTo(value, 0);
  const misleading = (rounded === 100 && value < 100) || (rounded === 0 && value > 0);
  return formatNumber(misleading ? value : rounded, language, misleading ? 1 : 0);
}

/** "woninginbraken", or "woninginbraken (Dronten)" when the table has regions. */
function seriesLabel(series: SeriesReport): string {
  return series.region === null ? series.category : `${series.category} (${series.region})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("nl") + text.slice(1);
}

const statusOrder: StatusKey[] = ["onTrack", "done", "delayed", "notStarted", "unknown"];

function activitiesHeadline({ activities, settings, language }: SummaryContext): string | null {
  if (activities === null || activities.total === 0 || activities.onTrackPct === null) return null;
  const text = texts[language];
  const counted = statusOrder.filter((status) => settings.onTrackStatuses.includes(status));
  const phrase = joinList(
    counted.map((status) => text.headlinePhrase[status]),
    text.or,
  );
  const noun = text.activity[activities.total === 1 ? 0 : 1];
  return text.headline(
    wholePercent(activities.onTrackPct, language),
    formatNumber(activities.total, language),
    noun,
    phrase,
  );
}

function statusLine({ activities, language }: SummaryContext): string[] {
  if (activities === null || activities.total === 0) return [];
  const text = texts[language];
  const parts = (["done", "onTrack", "delayed", "notStarted", "unknown"] as StatusKey[])
    .filter((status) => activities.byStatus[status] > 0)
    .map((status) => `${formatNumber(activities.byStatus[status], language)} ${text.statusWords[status]}`);
  return [`${capitalise(parts.join(", "))}.`];
}

function overdueLine({ activities, language }: SummaryContext): string[] {
  if (activities === null || activities.overdue === 0) return [];
  return [texts[language].overdue(activities.overdue, formatNumber(activities.overdue, language))];
}

function changesLine({ activities, language }: SummaryContext): string[] {
  const changes = activities?.changes;
  if (!changes) return [];
  const text = texts[language];
  const parts: string[] = [];
  if (changes.statusChanged.length > 0) {
    const delayed = changes.statusChanged.filter((change) => change.to === "delayed").length;
    const count = text.statusChanges(
      changes.statusChanged.length,
      formatNumber(changes.statusChanged.length, language),
    );
    parts.push(delayed > 0 ? `${count} (${text.nowDelayed(formatNumber(delayed, language))})` : count);
  }
  if (changes.added.length > 0)
    parts.push(text.added(changes.added.length, formatNumber(changes.added.length, language)));
  if (changes.removed.length > 0)
    parts.push(text.removed(changes.removed.length, formatNumber(changes.removed.length, language)));
  return parts.length === 0 ? [] : [text.changes(parts)];
}

function redGroupLines({ activities, language }: SummaryContext): string[] {
  if (activities === null) return [];
  const text = texts[language];
  return activities.groups
    .filter((group) => group.rag === "red" && group.onTrackPct !== null)
    .map((group) => {
      const total = formatNumber(group.total, language);
      const parts = (["delayed", "notStarted", "unknown"] as StatusKey[])
        .filter((status) => group.byStatus[status] > 0)
        .map((status) =>
          text.ofTotal(formatNumber(group.byStatus[status], language), total, text.statusWords[status]),
        );
      return text.redGroup(group.name, wholePercent(group.onTrackPct ?? 0, language), parts.join(", "));
    });
}

function figuresOverview({ figures, language }: SummaryContext): string | null {
  const text = texts[language];
  const summaries = figures
    .map((report) => {
      // NOTE: with several regions (CBS), the sentence is about the table's first region, as the charts are.
      const region = report.series[0]?.region ?? null;
      const series = leafSeries(report).filter(
        (entry) => entry.lastChange !== null && entry.region === region,
      );
      const last = report.years[report.years.length - 1];
      return { report, series, last, previous: report.years[report.years.length - 2] };
    })
    .filter((entry) => entry.series.length > 0 && entry.previous !== undefined);
  if (summaries.length !== 1) return null;
  // NOTE: one sentence only makes sense for one table; with several tables the change lines say it.
  const { report, series, last, previous } = summaries[0];
  const count = (direction: SeriesReport["direction"]) =>
    series.filter((entry) => entry.direction === direction).length;
  const year = report.provisionalYears.includes(last) ? `${last} (${text.provisional})` : String(last);
  return text.overview(
    series.length,
    count("down"),
    count("up"),
    count("flat"),
    year,
    previous,
    series[0].region,
  );
}

interface Candidate {
  series: SeriesReport;
  report: FiguresReport;
}

/**
 * Counts that moved the given way, not small numbers, significant ones first, then by size. A part of a
 * subtotal that is itself a candidate is left out, so "woninginbraken" is named, not also its parts.
 */
function headlineCandidates(figures: FiguresReport[], assessment: "better" | "worse"): Candidate[] {
  const candidates = figures
    .flatMap((report) => report.series.map((series) => ({ series, report })))
    .filter(
      ({ series }) =>
        series.unit === "count" &&
        !series.smallNumbers &&
        series.lastChangePct !== null &&
        series.assessment === assessment,
    );
  const partsOfCandidates = new Set(
    candidates.flatMap(({ series, report }) =>
      (series.subtotalOf ?? []).map((part) => partKey(report, series.region, part)),
    ),
  );
  return candidates
    .filter(({ series, report }) => !partsOfCandidates.has(partKey(report, series.region, series.category)))
    .sort(
      (left, right) =>
        Number(right.series.significant === true) - Number(left.series.significant === true) ||
        Math.abs(right.series.lastChangePct ?? 0) - Math.abs(left.series.lastChangePct ?? 0),
    )
    .slice(0, headlineChanges);
}

function partKey(report: FiguresReport, region: string | null, category: string): string {
  return JSON.stringify([report.sheet, region, category]);
}

function changeLine({ series, report }: Candidate, language: Language): string {
  const text = texts[language];
  const lastYear = series.lastYear ?? report.years[report.years.length - 1];
  const previousYear = series.previousYear ?? report.years[report.years.length - 2];
  const last = series.values[report.years.indexOf(lastYear)] ?? 0;
  const previous = series.values[report.years.indexOf(previousYear)] ?? 0;
  const kinds = text.kinds[series.direction === "down" ? "fall" : "rise"];
  const kind =
    series.significant === true
      ? kinds.significant
      : series.significant === false
        ? kinds.notSignificant
        : kinds.untested;
  const provisional = series.provisional ?? report.provisionalYears.includes(lastYear);
  return text.change(
    capitalise(seriesLabel(series)),
    number(previous, language),
    previousYear,
    number(last, language),
    lastYear,
    signedPct(series.lastChangePct ?? 0, language),
    kind,
    provisional,
  );
}

function improvementLines({ figures, language }: SummaryContext): string[] {
  return headlineCandidates(figures, "better").map((candidate) => changeLine(candidate, language));
}

function deteriorationLines({ figures, language }: SummaryContext): string[] {
  return headlineCandidates(figures, "worse").map((candidate) => {
    const line = changeLine(candidate, language);
    return candidate.series.significant === true ? texts[language].attention + line : line;
  });
}

function trendLines({ figures, language }: SummaryContext): string[] {
  const text = texts[language];
  return figures.flatMap((report) => {
    const first = report.years[0];
    const last = report.years[report.years.length - 1];
    return (["down", "up"] as const).flatMap((direction) => {
      const names = report.series
        .filter(
          (series) =>
            series.trend.significant === true &&
            series.trend.senSlope !== null &&
            (direction === "down" ? series.trend.senSlope < 0 : series.trend.senSlope > 0),
        )
        .map(seriesLabel);
      return names.length === 0 ? [] : [text.trend(first, last, direction, nameFew(names, language))];
    });
  });
}

/** Targets per status; the ones not met are named, they need attention. */
function targetLine({ figures, language }: SummaryContext): string[] {
  const text = texts[language];
  const series = figures.flatMap((report) => report.series).filter((entry) => entry.target?.status);
  const parts = (["met", "onTheWay", "notMet"] as const).flatMap((status) => {
    const matching = series.filter((entry) => entry.target?.status === status);
    if (matching.length === 0) return [];
    const part = `${formatNumber(matching.length, language)} ${text.targetStatus[status]}`;
    return [status === "notMet" ? `${part} (${nameFew(matching.map(seriesLabel), language)})` : part];
  });
  return parts.length === 0 ? [] : [text.targets(parts)];
}

function findingsLine({ findings, language }: SummaryContext): string[] {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  return errors + warnings === 0 ? [] : [texts[language].findings(errors, warnings)];
}

const activityLineBuilders: LineBuilder[] = [statusLine, overdueLine, changesLine, redGroupLines];

const figureLineBuilders: LineBuilder[] = [improvementLines, deteriorationLines, trendLines, targetLine];
