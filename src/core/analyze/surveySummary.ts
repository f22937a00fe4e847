/**
 * The kernboodschap's lines on what residents feel (survey tables, analyze/survey.ts), as the council
 * reports set them beside the registered figures:
 * - a lead line on the feeling of unsafety (else the first indicator with a change) of the focus region:
 *   "Het aandeel inwoners dat zich wel eens onveilig voelt steeg van 33,1% naar 36,0% (significant)
 *   tussen 2021 en 2023."; a change within the margins "bleef gelijk binnen de marges"; without margins
 *   the line says no verdict is given;
 * - one line with the other indicators whose change is significant (better or worse by their polarity)
 *   and how many could not be judged for want of margins;
 * - where registered crime fell (a total, else most counts) while the feeling of unsafety did not fall
 *   significantly, one sentence that says so — the comparison the council reports make by hand.
 * Only facts the analysis computed; nothing is retested here.
 */
import { formatNumber, type Language } from "../i18n/language";
import type { FiguresReport, SeriesReport } from "../report";

const unsafety = /onveilig|unsafe/i;

interface Lead {
  series: SeriesReport;
  report: FiguresReport;
}

const texts = {
  nl: {
    feelSubject: (rest: string) => `Het aandeel inwoners dat zich ${rest} voelt`,
    rose: "steeg",
    fell: "daalde",
    significant: (subject: string, verb: string, from: string, to: string, years: string) =>
      `${subject} ${verb} van ${from} naar ${to} (significant) ${years}.`,
    within: (subject: string, from: string, to: string, years: string) =>
      `${subject} bleef gelijk binnen de marges (van ${from} naar ${to}) ${years}.`,
    untested: (subject: string, verb: string, from: string, to: string, years: string) =>
      `${subject} ${verb} van ${from} naar ${to} ${years}; zonder marges zegt Koers niet of dat significant is.`,
    flat: (subject: string, to: string, years: string) => `${subject} bleef ${to} ${years}.`,
    years: (previous: number, last: number, region: string | null) =>
      `tussen ${previous} en ${last}${region === null ? "" : ` in ${region}`}`,
    others: (parts: string[]) => `Verder significant veranderd in de enquête: ${parts.join("; ")}.`,
    other: (name: string, from: string, to: string, judgement: string) =>
      `${name} van ${from} naar ${to}${judgement}`,
    judgement: {
      better: ", beter",
      worse: ", slechter",
      same: "",
      unknown: ", of dat beter is staat niet vast",
    },
    untestedCount: (count: number) =>
      `Bij ${count} ${count === 1 ? "enquête-indicator" : "enquête-indicatoren"} zonder marges geeft Koers geen oordeel over de verandering.`,
    contrast: (crime: string, crimeYears: string, feeling: string, surveyYears: string) =>
      `De geregistreerde criminaliteit daalde (${crime}, ${crimeYears}), maar het gevoel van onveiligheid ${feeling} (${surveyYears}).`,
    feelingRose: "nam toe, significant",
    feelingSame: "nam niet af, binnen de marges",
    feelingUntested: "daalde niet mee; zonder marges is niet te zeggen of dat toeval is",
    mostFell: (fell: number, total: number) => `${fell} van de ${total} categorieën daalden`,
  },
  en: {
    feelSubject: (rest: string) => `The share of residents who say "voelt zich ${rest}"`,
    rose: "rose",
    fell: "fell",
    significant: (subject: string, verb: string, from: string, to: string, years: string) =>
      `${subject} ${verb} from ${from} to ${to} (significant) ${years}.`,
    within: (subject: string, from: string, to: string, years: string) =>
      `${subject} stayed the same within the margins (from ${from} to ${to}) ${years}.`,
    untested: (subject: string, verb: string, from: string, to: string, years: string) =>
      `${subject} ${verb} from ${from} to ${to} ${years}; without margins Koers does not say whether that is significant.`,
    flat: (subject: string, to: string, years: string) => `${subject} stayed at ${to} ${years}.`,
    years: (previous: number, last: number, region: string | null) =>
      `between ${previous} and ${last}${region === null ? "" : ` in ${region}`}`,
    others: (parts: string[]) => `Other significant changes in the survey: ${parts.join("; ")}.`,
    other: (name: string, from: string, to: string, judgement: string) =>
      `${name} from ${from} to ${to}${judgement}`,
    judgement: {
      better: ", better",
      worse: ", worse",
      same: "",
      unknown: ", whether that is better is not known",
    },
    untestedCount: (count: number) =>
      `For ${count} survey ${count === 1 ? "indicator" : "indicators"} without margins Koers gives no verdict on the change.`,
    contrast: (crime: string, crimeYears: string, feeling: string, surveyYears: string) =>
      `Registered crime fell (${crime}, ${crimeYears}), but the feeling of unsafety ${feeling} (${surveyYears}).`,
    feelingRose: "rose, significantly",
    feelingSame: "did not fall, within the margins",
    feelingUntested: "did not fall with it; without margins it cannot be told from chance",
    mostFell: (fell: number, total: number) => `${fell} of the ${total} categories fell`,
  },
};

/** The survey lines of the kernboodschap, lead line first; none without a survey table with a change. */
export function surveySummaryLines(figures: FiguresReport[], language: Language): string[] {
  const surveys = figures.filter((report) => report.survey === true);
  const lead = leadIndicator(surveys);
  if (lead === null) return [];
  const lines = [leadLine(lead, language)];
  // NOTE: an indicator in several survey tables (a wide and a long copy) is named once, from its first table.
  const named = new Set([key(lead.series.category)]);
  const others = surveys
    .flatMap((report) =>
      focusSeries(report)
        .filter((series) => series.significant === true)
        .map((series) => ({ series, report })),
    )
    .filter(({ series }) => !named.has(key(series.category)) && named.add(key(series.category)));
  const text = texts[language];
  if (others.length > 0)
    lines.push(
      text.others(
        others.slice(0, 5).map(({ series, report }) => {
          const { previous, last } = comparedValues(series, report);
          const judgement = series.polarity === null ? "unknown" : (series.assessment ?? "same");
          return text.other(
            series.category,
            value(previous, series, language),
            value(last, series, language),
            text.judgement[judgement],
          );
        }),
      ),
    );
  const untested = surveys
    .flatMap(focusSeries)
    .filter((series) => series.lastChange !== null && series.test === null).length;
  if (untested > 0 && !(untested === 1 && lead.series.test === null))
    lines.push(text.untestedCount(untested));
  const contrast = contrastLine(figures, lead, language);
  if (contrast !== null) lines.push(contrast);
  return lines;
}

/** The feeling of unsafety of the focus region (the general question before "in de buurt"), else the first change. */
function leadIndicator(surveys: FiguresReport[]): Lead | null {
  const candidates = surveys.flatMap((report) =>
    focusSeries(report)
      .filter((series) => series.lastChange !== null)
      .map((series) => ({ series, report })),
  );
  const unsafe = candidates.filter(({ series }) => unsafety.test(series.category));
  return (
    unsafe.find(({ series }) => !/buurt|neighbourhood/i.test(series.category)) ??
    unsafe[0] ??
    candidates[0] ??
    null
  );
}

function key(category: string): string {
  return category.replace(/\s+/g, " ").trim().toLowerCase();
}

function focusSeries(report: FiguresReport): SeriesReport[] {
  const region = report.focusRegion ?? null;
  return report.series.filter((series) => region === null || series.region === region);
}

function comparedValues(series: SeriesReport, report: FiguresReport) {
  const lastYear = series.lastYear ?? report.years[report.years.length - 1];
  const previousYear = series.previousYear ?? report.years[report.years.length - 2];
  return {
    lastYear,
    previousYear,
    last: series.values[report.years.indexOf(lastYear)] ?? null,
    previous: series.values[report.years.indexOf(previousYear)] ?? null,
  };
}

/** "33,1%" for a percentage, "7,3" for a mark or score. */
function value(number: number | null, series: SeriesReport, language: Language): string {
  if (number === null) return "–";
  const decimals = Number.isInteger(number * 10) ? 1 : 2;
  return `${formatNumber(number, language, decimals)}${series.unit === "percent" ? "%" : ""}`;
}

/** "Het aandeel inwoners dat zich wel eens onveilig voelt" for a "Voelt zich …" question, else its name. */
function subjectOf(category: string, language: Language): { subject: string; phrase: boolean } {
  // NOTE: only a question of sensible length is rephrased (the lazy group is quadratic in a long cell).
  const text = category.trim();
  const question = text.length <= 200 ? /^voelt zich (.+?)\s*(\((%|procent)\))?$/i.exec(text) : null;
  if (question) return { subject: texts[language].feelSubject(question[1]), phrase: true };
  return { subject: category, phrase: false };
}

function leadLine({ series, report }: Lead, language: Language): string {
  const text = texts[language];
  const { previous, last, previousYear, lastYear } = comparedValues(series, report);
  const from = value(previous, series, language);
  const to = value(last, series, language);
  const years = text.years(previousYear, lastYear, report.focusRegion ?? null);
  const { subject, phrase } = subjectOf(series.category, language);
  const lead = phrase ? subject : `${subject}:`;
  const verb = (series.lastChange ?? 0) > 0 ? text.rose : text.fell;
  if (series.lastChange === 0) return text.flat(lead, to, years);
  if (series.significant === true) return text.significant(lead, verb, from, to, years);
  if (series.significant === false) return text.within(lead, from, to, years);
  return text.untested(lead, verb, from, to, years);
}

/** Registered crime of a table's focus region fell: its total fell notably, else most leaf counts fell. */
function crimeFall(figures: FiguresReport[], language: Language): { what: string; years: string } | null {
  const text = texts[language];
  for (const report of figures.filter((table) => table.survey !== true)) {
    const series = focusSeries(report).filter((entry) => entry.unit === "count");
    const moved = (entry: SeriesReport) =>
      entry.changeKind === "significant" || entry.changeKind === "notable";
    const total = series.find((entry) => entry.role === "total" && entry.lastChangePct !== null);
    const years = `${total?.previousYear ?? report.years[report.years.length - 2]}–${total?.lastYear ?? report.years[report.years.length - 1]}`;
    if (total) {
      if (moved(total) && (total.lastChange ?? 0) < 0)
        return {
          what: `${total.category} ${formatNumber(total.lastChangePct ?? 0, language, 1)}%`,
          years,
        };
      continue;
    }
    const leaves = series.filter((entry) => (entry.role ?? "leaf") === "leaf" && entry.changeKind != null);
    const fell = leaves.filter((entry) => moved(entry) && (entry.lastChange ?? 0) < 0).length;
    const rose = leaves.filter((entry) => moved(entry) && (entry.lastChange ?? 0) > 0).length;
    if (fell > rose && fell * 2 > leaves.length) return { what: text.mostFell(fell, leaves.length), years };
  }
  return null;
}

function contrastLine(figures: FiguresReport[], lead: Lead, language: Language): string | null {
  const { series, report } = lead;
  if (!unsafety.test(series.category) || series.polarity !== "lowerIsBetter") return null;
  if (series.significant === true && (series.lastChange ?? 0) < 0) return null;
  if (series.significant === null && (series.lastChange ?? 0) < 0) return null;
  const crime = crimeFall(figures, language);
  if (crime === null) return null;
  const text = texts[language];
  const feeling =
    series.significant === true
      ? text.feelingRose
      : series.significant === false
        ? text.feelingSame
        : text.feelingUntested;
  const { previousYear, lastYear } = comparedValues(series, report);
  return text.contrast(crime.what, crime.years, feeling, `${previousYear}–${lastYear}`);
}
