import { readableSheetName } from "../address";
import type { StatusKey } from "../datasets";
import type { Finding } from "../findings/finding";
import { formatNumber, type Language } from "../i18n/language";
import type { ActivitiesReport, FiguresReport, SeriesReport, Summary } from "../report";
import type { Settings } from "../settings";
import { roundTo } from "./stats";
import { isPseudoRegion } from "../read/regions";
import { isLeaf } from "./subtotals";
import { surveySummaryLines } from "./surveySummary";

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

/** The facts of one table's overview sentence (counts of leaf series of the focus region). */
interface OverviewFacts {
  total: number;
  fell: number;
  rose: number;
  same: number;
  small: number;
  significant: string[];
  year: string;
  previousYear: number;
  region: string | null;
  /** The table's sheet, named when there are several tables. */
  table: string | null;
}

/**
 * The kernboodschap, in the style of a council progress report ("89% van de 117 activiteiten loopt
 * volgens planning of is afgerond; 29 daarvan zijn over de geplande einddatum."), in settings.language.
 * Every sentence states a fact the analysis computed (trends.ts, progress.ts); nothing is recomputed here:
 * - risers and fallers are counted over the leaf count series of the table's focus region that are not
 *   small numbers, by their changeKind; "withinChance" is "gelijk gebleven (binnen de toevalsmarge)";
 * - a change is called significant only when the analysis says so (q below the level, Benjamini–Hochberg);
 *   with more than `handful` tests the headline says how many chance alone would give;
 * - change lines only for significant or notable changes, focus region first; other real regions as
 *   comparison; pseudo-regions never lead;
 * - a line that uses a provisional year says so.
 */
export function buildSummary(
  activities: ActivitiesReport | null,
  figures: FiguresReport[],
  findings: Finding[],
  settings: Settings,
): Summary {
  const context: SummaryContext = { activities, figures, findings, settings, language: settings.language };
  const activityHeadline = activitiesHeadline(context);
  const overviews = figuresOverviews(context);
  const survey = surveySummaryLines(figures, context.language);
  const registered = figures.filter((report) => report.series.length > 0 && report.survey !== true);
  // NOTE: never "no figures" while figures are summarised: figures without a change to count still get a
  // headline, and what residents feel leads when there is nothing else.
  const headline =
    activityHeadline ??
    overviews[0] ??
    survey[0] ??
    (registered.length > 0
      ? texts[context.language].figuresOnly(
          registered.length,
          registered.some((report) => report.years.length >= 2),
        )
      : texts[context.language].nothing);
  const overviewLines = [
    ...(activityHeadline !== null ? overviews : overviews.slice(1)),
    ...(activityHeadline === null && overviews.length === 0 ? survey.slice(1) : survey),
  ];
  const build = (builders: LineBuilder[]) => builders.flatMap((builder) => builder(context));
  return {
    headline,
    lines: [
      ...build(activityLineBuilders),
      ...overviewLines,
      ...build(figureLineBuilders),
      ...findingsLine(context),
    ],
  };
}

/** More tests than this and the headline says how many "significant" changes chance alone would give. */
export const handful = 5;

const texts = {
  nl: {
    nothing: "Koers vond geen activiteiten en geen cijfers om samen te vatten.",
    figuresOnly: (tables: number, comparable: boolean) =>
      `Koers vond ${tables === 1 ? "1 cijfertabel" : `${tables} cijfertabellen`} ${comparable ? "zonder aantallen waarvan de verandering te tellen is (alleen kleine aantallen of geen aantallen)" : "zonder twee jaren om te vergelijken"}; zie het blad met trends.`,
    overdueOnTrack: (count: number, number: string) =>
      count === 0
        ? "geen daarvan is over de geplande einddatum"
        : `${number} daarvan ${count === 1 ? "is" : "zijn"} over de geplande einddatum`,
    overdueExcluded: (count: number, number: string) =>
      `${number} ${count === 1 ? "activiteit met die status is" : "activiteiten met die status zijn"} over de geplande einddatum en ${count === 1 ? "telt" : "tellen"} niet mee`,
    unknownCount: (count: number, number: string) =>
      `${number} ${count === 1 ? "heeft" : "hebben"} een onbekende status`,
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
    headline: (
      pct: string,
      total: string,
      noun: string,
      phrase: string,
      notOverdue: boolean,
      rest: string[],
    ) =>
      `${pct}% van de ${total} ${noun} ${phrase}${notOverdue ? " en is niet over de geplande einddatum" : ""}${rest.map((part) => `; ${part}`).join("")}.`,
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
    overview: (facts: OverviewFacts) => {
      const counted = (count: number, singular: string, plural: string) =>
        count === 0 ? `${singular} er geen` : `${count === 1 ? singular : plural} er ${count}`;
      const where = facts.region === null ? "" : ` in ${facts.region}`;
      const table = facts.table === null ? "" : ` (${facts.table})`;
      const left =
        facts.small === 0
          ? ""
          : `; ${facts.small} met kleine aantallen ${facts.small === 1 ? "telt" : "tellen"} niet mee`;
      const same =
        facts.same === 0
          ? ""
          : `; ${facts.same} ${facts.same === 1 ? "bleef" : "bleven"} gelijk (binnen de toevalsmarge)`;
      const significant =
        facts.significant.length === 0
          ? " Geen van deze veranderingen is significant."
          : ` Significant: ${facts.significant.join(", ")}.`;
      return `Van de ${facts.total} ${facts.total === 1 ? "categorie" : "categorieën"}${where}${table} ${counted(facts.fell, "daalde", "daalden")} en ${counted(facts.rose, "steeg", "stegen")} in ${facts.year} ten opzichte van ${facts.previousYear}${same}${left}.${significant}`;
    },
    significantPart: (category: string, direction: "down" | "up") =>
      `${category} (${direction === "down" ? "daling" : "stijging"})`,
    testing: (tested: number, nominal: number, expected: string, significant: number) =>
      `Koers toetste ${tested} veranderingen: ${nominal} ${nominal === 1 ? "zou" : "zouden"} los bekeken significant zijn, waar toeval alleen er gemiddeld ${expected} geeft; na correctie voor het aantal toetsen (Benjamini–Hochberg) ${significant === 1 ? "blijft er 1" : `blijven er ${significant === 0 ? "geen" : significant}`} over.`,
    comparison: (
      region: string,
      category: string,
      from: string,
      to: string,
      pct: string,
      kind: string,
      rate: string | null,
      provisional: boolean,
    ) =>
      `Ter vergelijking, ${region}: ${category} van ${from} naar ${to} (${pct}${provisional ? ", voorlopig cijfer" : ""}${rate === null ? "" : `; per 1.000 inwoners ${rate}`}), ${kind}.`,
    comparisonCounts: (region: string, fell: number, rose: number, significant: number) =>
      `Ter vergelijking, ${region}: ${fell === 0 ? "geen" : fell} ${fell === 1 ? "categorie daalde" : "categorieën daalden"} en ${rose === 0 ? "geen" : rose} ${rose === 1 ? "steeg" : "stegen"}; ${significant === 0 ? "geen" : significant} significant.`,
    withinChance: "gelijk gebleven (binnen de toevalsmarge)",
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
    trend: (from: number, to: string, direction: "down" | "up", categories: string) =>
      `${direction === "down" ? "Dalende" : "Stijgende"} trend ${from}–${to} (Mann–Kendall, significant na correctie voor het aantal toetsen): ${categories}.`,
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
    figuresOnly: (tables: number, comparable: boolean) =>
      `Koers found ${tables === 1 ? "1 figures table" : `${tables} figures tables`} ${comparable ? "without counts whose change can be counted (only small numbers or no counts)" : "without two years to compare"}; see the trends sheet.`,
    overdueOnTrack: (count: number, number: string) =>
      count === 0
        ? "none of them is past its planned end"
        : `${number} of them ${count === 1 ? "is" : "are"} past the planned end`,
    overdueExcluded: (count: number, number: string) =>
      `${number} ${count === 1 ? "activity with that status is" : "activities with that status are"} past the planned end and not counted`,
    unknownCount: (count: number, number: string) =>
      `${number} ${count === 1 ? "has" : "have"} an unknown status`,
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
    headline: (
      pct: string,
      total: string,
      noun: string,
      phrase: string,
      notOverdue: boolean,
      rest: string[],
    ) =>
      `${pct}% of the ${total} ${noun} ${total === "1" ? "is" : "are"} ${phrase}${notOverdue ? " and not past the planned end" : ""}${rest.map((part) => `; ${part}`).join("")}.`,
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
    overview: (facts: OverviewFacts) => {
      const counted = (count: number, verb: string) => `${count === 0 ? "none" : count} ${verb}`;
      const where = facts.region === null ? "" : ` in ${facts.region}`;
      const table = facts.table === null ? "" : ` (${facts.table})`;
      const left = facts.small === 0 ? "" : `; ${facts.small} with small numbers not counted`;
      const same = facts.same === 0 ? "" : `; ${facts.same} stayed the same (within chance)`;
      const significant =
        facts.significant.length === 0
          ? " None of these changes is significant."
          : ` Significant: ${facts.significant.join(", ")}.`;
      return `Of the ${facts.total} ${facts.total === 1 ? "category" : "categories"}${where}${table}, ${counted(facts.fell, "fell")} and ${counted(facts.rose, "rose")} in ${facts.year} compared with ${facts.previousYear}${same}${left}.${significant}`;
    },
    significantPart: (category: string, direction: "down" | "up") =>
      `${category} (${direction === "down" ? "fall" : "rise"})`,
    testing: (tested: number, nominal: number, expected: string, significant: number) =>
      `Koers tested ${tested} changes: ${nominal} would be significant on their own, where chance alone gives ${expected} on average; after correcting for the number of tests (Benjamini–Hochberg) ${significant === 0 ? "none remains" : `${significant} ${significant === 1 ? "remains" : "remain"}`}.`,
    comparison: (
      region: string,
      category: string,
      from: string,
      to: string,
      pct: string,
      kind: string,
      rate: string | null,
      provisional: boolean,
    ) =>
      `For comparison, ${region}: ${category} from ${from} to ${to} (${pct}${provisional ? ", provisional figure" : ""}${rate === null ? "" : `; per 1,000 inhabitants ${rate}`}), ${kind}.`,
    comparisonCounts: (region: string, fell: number, rose: number, significant: number) =>
      `For comparison, ${region}: ${fell === 0 ? "no" : fell} ${fell === 1 ? "category" : "categories"} fell and ${rose === 0 ? "none" : rose} rose; ${significant === 0 ? "none" : significant} significant.`,
    withinChance: "unchanged (within chance)",
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
    trend: (from: number, to: string, direction: "down" | "up", categories: string) =>
      `${direction === "down" ? "Falling" : "Rising"} trend ${from}–${to} (Mann–Kendall, significant after correcting for the number of tests): ${categories}.`,
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
  const overdue = activities.onTrackOverdue ?? 0;
  const rest = [
    settings.overdueCountsAsOnTrack
      ? text.overdueOnTrack(overdue, formatNumber(overdue, language))
      : text.overdueExcluded(overdue, formatNumber(overdue, language)),
    ...(activities.byStatus.unknown > 0
      ? [text.unknownCount(activities.byStatus.unknown, formatNumber(activities.byStatus.unknown, language))]
      : []),
  ];
  return text.headline(
    wholePercent(activities.onTrackPct, language),
    formatNumber(activities.total, language),
    noun,
    phrase,
    !settings.overdueCountsAsOnTrack,
    rest,
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

/** Series of the table's focus region (all series when the table has no regions). */
function focusSeries(report: FiguresReport): SeriesReport[] {
  const region = report.focusRegion ?? null;
  return report.series.filter((entry) => region === null || entry.region === region);
}

function yearText(year: number, report: FiguresReport, language: Language): string {
  return report.provisionalYears.includes(year) ? `${year} (${texts[language].provisional})` : String(year);
}

/** Counts of leaf count series by the analysis's changeKind (small numbers apart). */
function countChanges(series: SeriesReport[]) {
  const leaves = series.filter(
    (entry) => entry.unit === "count" && isLeaf(entry) && entry.lastChange !== null,
  );
  const judged = leaves.filter((entry) => entry.changeKind !== null && entry.changeKind !== undefined);
  const moved = judged.filter((entry) => entry.changeKind !== "withinChance");
  return {
    judged,
    small: leaves.filter((entry) => entry.smallNumbers).length,
    fell: moved.filter((entry) => (entry.lastChange ?? 0) < 0),
    rose: moved.filter((entry) => (entry.lastChange ?? 0) > 0),
    same: judged.length - moved.filter((entry) => (entry.lastChange ?? 0) !== 0).length,
    significant: moved.filter((entry) => entry.changeKind === "significant"),
  };
}

function figuresOverviews({ figures, language }: SummaryContext): string[] {
  const text = texts[language];
  const several = figures.filter((report) => report.series.length > 0 && report.survey !== true).length > 1;
  return figures.flatMap((report) => {
    // The years every series compares: the last two whole years when the last is incomplete.
    const compared = report.series.find((entry) => entry.lastYear != null);
    const last = compared?.lastYear ?? report.years[report.years.length - 1];
    const previous = compared?.previousYear ?? report.years[report.years.length - 2];
    if (previous === undefined || previous === null) return [];
    const counts = countChanges(focusSeries(report));
    if (counts.judged.length === 0) return [];
    return [
      text.overview({
        total: counts.judged.length,
        fell: counts.fell.length,
        rose: counts.rose.length,
        same: counts.same,
        small: counts.small,
        significant: counts.significant.map((entry) =>
          text.significantPart(entry.category, (entry.lastChange ?? 0) < 0 ? "down" : "up"),
        ),
        year: yearText(last, report, language),
        previousYear: previous,
        region: report.focusRegion ?? null,
        table: several ? readableSheetName(report.sheet, language) : null,
      }),
    ];
  });
}

/** "Koers toetste 46 veranderingen: …": the multiple-testing sentence, per table with more than a handful. */
function testingLines({ figures, language }: SummaryContext): string[] {
  return figures.flatMap((report) => {
    const testing = report.testing;
    // NOTE: survey estimates are judged per indicator at 95%, as the monitor reports them: no BH sentence.
    if (!testing || testing.tested <= handful || report.survey === true) return [];
    return [
      texts[language].testing(
        testing.tested,
        testing.nominal,
        formatNumber(testing.expectedByChance, language, 1),
        testing.significant,
      ),
    ];
  });
}

interface Candidate {
  series: SeriesReport;
  report: FiguresReport;
}

/**
 * Counts of the focus region that moved the given way and may be named (changeKind significant or notable:
 * never small numbers, never within chance), significant ones first, then by the size of the change in
 * cases. A part of a subtotal that is itself a candidate is left out, so "woninginbraken" is named, not
 * also its parts.
 */
function headlineCandidates(figures: FiguresReport[], assessment: "better" | "worse"): Candidate[] {
  const candidates = figures
    .flatMap((report) => focusSeries(report).map((series) => ({ series, report })))
    .filter(
      ({ series }) =>
        (series.changeKind === "significant" || series.changeKind === "notable") &&
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
        Number(right.series.changeKind === "significant") -
          Number(left.series.changeKind === "significant") ||
        Math.abs(right.series.lastChange ?? 0) - Math.abs(left.series.lastChange ?? 0),
    )
    .slice(0, headlineChanges);
}

function partKey(report: FiguresReport, region: string | null, category: string): string {
  return JSON.stringify([report.sheet, region, category]);
}

/** True when one of the two years the change compares is provisional. */
function usesProvisional(series: SeriesReport, report: FiguresReport): boolean {
  const lastYear = series.lastYear ?? report.years[report.years.length - 1];
  const previousYear = series.previousYear ?? report.years[report.years.length - 2];
  return (
    series.provisional === true ||
    report.provisionalYears.includes(lastYear) ||
    report.provisionalYears.includes(previousYear)
  );
}

function changeKindText(series: SeriesReport, language: Language): string {
  const kinds = texts[language].kinds[(series.lastChange ?? 0) < 0 ? "fall" : "rise"];
  if (series.changeKind === "withinChance") return texts[language].withinChance;
  return series.significant === true
    ? kinds.significant
    : series.significant === false
      ? kinds.notSignificant
      : kinds.untested;
}

function changeLine({ series, report }: Candidate, language: Language): string {
  const text = texts[language];
  const lastYear = series.lastYear ?? report.years[report.years.length - 1];
  const previousYear = series.previousYear ?? report.years[report.years.length - 2];
  const last = series.values[report.years.indexOf(lastYear)] ?? 0;
  const previous = series.values[report.years.indexOf(previousYear)] ?? 0;
  return text.change(
    capitalise(seriesLabel(series)),
    number(previous, language),
    previousYear,
    number(last, language),
    lastYear,
    signedPct(series.lastChangePct ?? 0, language),
    changeKindText(series, language),
    usesProvisional(series, report),
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

/** At most this many other regions get a comparison line; pseudo-regions never do. */
export const comparisonRegions = 3;

/**
 * Other real regions of a table with a focus region, as comparison: the region's total when the table has
 * one (per 1,000 inhabitants where known), else its counts of falls and rises.
 */
function comparisonLines({ figures, language }: SummaryContext): string[] {
  const text = texts[language];
  return figures.flatMap((report) => {
    const focus = report.focusRegion ?? null;
    if (focus === null) return [];
    const others = [...new Set(report.series.map((entry) => entry.region))].filter(
      (region): region is string => region !== null && region !== focus && !isPseudoRegion(region),
    );
    return others.slice(0, comparisonRegions).flatMap((region) => {
      const series = report.series.filter((entry) => entry.region === region);
      const total = series.find(
        (entry) => entry.unit === "count" && entry.role === "total" && entry.lastChangePct !== null,
      );
      if (total) {
        const lastIndex =
          total.lastYear != null ? report.years.indexOf(total.lastYear) : report.years.length - 1;
        const value = (index: number) => number(total.values[index] ?? 0, language);
        const rates = total.ratePer1000;
        const rate =
          rates && rates[lastIndex - 1] !== null && rates[lastIndex] !== null
            ? `${formatNumber(rates[lastIndex - 1] ?? 0, language, 2)} → ${formatNumber(rates[lastIndex] ?? 0, language, 2)}`
            : null;
        return [
          text.comparison(
            region,
            total.category,
            value(lastIndex - 1),
            value(lastIndex),
            signedPct(total.lastChangePct ?? 0, language),
            changeKindText(total, language),
            rate,
            usesProvisional(total, report),
          ),
        ];
      }
      const counts = countChanges(series);
      if (counts.judged.length === 0) return [];
      return [
        text.comparisonCounts(region, counts.fell.length, counts.rose.length, counts.significant.length),
      ];
    });
  });
}

function trendLines({ figures, language }: SummaryContext): string[] {
  const text = texts[language];
  return figures.flatMap((report) => {
    const first = report.years[0];
    const last = report.years[report.years.length - 1];
    return (["down", "up"] as const).flatMap((direction) => {
      const names = focusSeries(report)
        .filter(
          (series) =>
            series.trend.significant === true &&
            series.trend.senSlope !== null &&
            (direction === "down" ? series.trend.senSlope < 0 : series.trend.senSlope > 0),
        )
        .map(seriesLabel);
      return names.length === 0
        ? []
        : [text.trend(first, yearText(last, report, language), direction, nameFew(names, language))];
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

const figureLineBuilders: LineBuilder[] = [
  testingLines,
  improvementLines,
  deteriorationLines,
  comparisonLines,
  trendLines,
  targetLine,
];
