/**
 * Survey indicators (Veiligheidsmonitor): what residents say, beside what the police register. A survey
 * table (FiguresDataset.survey, read by read/detectors/survey.ts) holds estimates with a 95% margin per
 * value, so its changes are judged as the monitor judges them, not as counts:
 * - lastChange: last survey year of the table minus the one before, in points (percentage points for a
 *   percentage, points for a mark); lastChangePct is always null — a share's change is never a relative %;
 * - significant when the change lies outside the combined margins: z = Δ / √(se₁² + se₂²) with
 *   se = margin / 1.96 (as the monitor computes its margins), two-sided p < settings.significanceLevel
 *   (at 0.05 exactly "outside √(m₁² + m₂²)"); `test` = "margins", `changeMargin` the 95% margin of Δ.
 *   No Benjamini–Hochberg: the monitor reports each indicator at 95%, and so does Koers (qValue null);
 * - without a margin for either year: no verdict (significant null, test null) and a survey-no-margins
 *   finding per table; Toelichting says why;
 * - polarity by meaning (surveyPolarity), overridable per indicator in settings.polarity; an indicator
 *   whose meaning Koers cannot tell gets polarity null, no assessment and a survey-polarity-unknown finding.
 */
import { jStat } from "jstat";
import type { FigureSeries, FiguresDataset } from "../datasets";
import { createFinding, type Finding } from "../findings/finding";
import { z95 } from "../read/detectors/surveyValues";
import { normalizeText } from "../read/text";
import type { Direction, FiguresReport, Polarity, SeriesReport } from "../report";
import type { Settings } from "../settings";
import { roundTo, senSlope, type Point } from "./stats";
import { chooseFocusRegion, type FiguresContext } from "./trends";

/** Words by which an indicator's higher value is worse, and better (Dutch and English, accents stripped). */
const lowerIsBetterWords = [
  "onveilig",
  "slachtoffer",
  "overlast",
  "verloedering",
  "achteruit",
  "unsafe",
  "victim",
  "nuisance",
];
const higherIsBetterWords = ["veilig", "rapportcijfer", "tevreden", "vertrouwen", "safe", "satisf", "trust"];

/** Where an indicator's polarity came from. */
export type PolaritySource = "setting" | "meaning" | "unknown";

/**
 * Polarity of a survey indicator: the setting for its lower-case name when there is one, else by its
 * meaning — "onveilig", "slachtoffer", "overlast", "verloedering", "achteruit" → lower is better (checked first, so
 * "onveilig" is not read as "veilig"); "veilig", "rapportcijfer", "tevreden", "vertrouwen" → higher is
 * better; else null (a finding asks).
 */
export function surveyPolarity(
  category: string,
  settings: Pick<Settings, "polarity">,
): { polarity: Polarity | null; source: PolaritySource } {
  const configured = settings.polarity[category.replace(/\s+/g, " ").trim().toLowerCase()];
  if (configured) return { polarity: configured, source: "setting" };
  const text = normalizeText(category);
  if (lowerIsBetterWords.some((word) => text.includes(word)))
    return { polarity: "lowerIsBetter", source: "meaning" };
  if (higherIsBetterWords.some((word) => text.includes(word)))
    return { polarity: "higherIsBetter", source: "meaning" };
  return { polarity: null, source: "unknown" };
}

/** The z-test of two survey estimates with 95% margins; null when a value or a margin is missing. */
export function marginTest(
  previous: number | null,
  last: number | null,
  previousMargin: number | null,
  lastMargin: number | null,
): { z: number; pValue: number; changeMargin: number } | null {
  if (previous === null || last === null || previousMargin === null || lastMargin === null) return null;
  const combined = Math.sqrt(previousMargin ** 2 + lastMargin ** 2);
  const difference = last - previous;
  if (combined === 0) return difference === 0 ? { z: 0, pValue: 1, changeMargin: 0 } : null;
  const z = difference / (combined / z95);
  // NOTE: from the lower tail, so a large |z| gives a small p rather than 1 − 1 = 0; never exactly 0.
  const pValue = Math.max(Number.MIN_VALUE, Math.min(1, 2 * jStat.normal.cdf(-Math.abs(z), 0, 1)));
  return { z: roundTo(z, 3), pValue, changeMargin: roundTo(combined, 2) };
}

/** A survey table's report (FiguresReport with survey: true) and its findings. */
export function analyzeSurvey(
  dataset: FiguresDataset,
  settings: Settings,
  context: FiguresContext = {},
): { report: FiguresReport; findings: Finding[] } {
  const { years } = dataset;
  const findings: Finding[] = [];
  const focusRegion = chooseFocusRegion(
    dataset.series.map((entry) => entry.region),
    settings,
    context.regionHints ?? [],
  );
  const asked = new Set<string>();
  let withoutMargins = 0;
  let firstWithoutMargins: string | null = null;
  const series = dataset.series.map((entry) => {
    const report = analyzeIndicator(entry, years, settings);
    const key = entry.category.trim().toLowerCase();
    if (report.polarity === null && !asked.has(key)) {
      asked.add(key);
      findings.push(
        createFinding(
          "survey-polarity-unknown",
          { sheet: dataset.sheet, cell: entry.cells[entry.cells.length - 1] ?? null },
          { category: entry.category },
          settings.language,
        ),
      );
    }
    if (report.lastChange !== null && report.test === null) {
      withoutMargins++;
      firstWithoutMargins ??= entry.cells[entry.cells.length - 1] ?? null;
    }
    return report;
  });
  if (withoutMargins > 0)
    findings.push(
      createFinding(
        "survey-no-margins",
        { sheet: dataset.sheet, cell: firstWithoutMargins },
        { sheet: dataset.sheet, count: withoutMargins, indicators: withoutMargins === 1 ? "one" : "many" },
        settings.language,
      ),
    );
  const tested = series.filter((entry) => entry.pValue !== null);
  const level = settings.significanceLevel;
  return {
    report: {
      sheet: dataset.sheet,
      layout: dataset.layout,
      survey: true,
      years,
      provisionalYears: dataset.provisionalYears,
      baseYear: years[0] ?? null,
      focusRegion,
      testing: {
        tested: tested.length,
        nominal: tested.filter((entry) => (entry.pValue ?? 1) < level).length,
        expectedByChance: roundTo(tested.length * level, 2),
        significant: tested.filter((entry) => entry.significant === true).length,
        trendsTested: 0,
        trendsSignificant: 0,
        poissonAssumed: false,
      },
      series,
    },
    findings,
  };
}

function analyzeIndicator(entry: FigureSeries, years: number[], settings: Settings): SeriesReport {
  const lastIndex = years.length - 1;
  const previousIndex = lastIndex - 1;
  const value = (index: number) => (index >= 0 ? (entry.values[index] ?? null) : null);
  const margin = (index: number) => (index >= 0 ? (entry.margins?.[index] ?? null) : null);
  const last = value(lastIndex);
  const previous = value(previousIndex);
  const lastChange = last !== null && previous !== null ? roundTo(last - previous, 6) : null;
  const direction: Direction =
    lastChange === null || lastChange === 0 ? "flat" : lastChange > 0 ? "up" : "down";
  const { polarity } = surveyPolarity(entry.category, settings);
  const test = marginTest(previous, last, margin(previousIndex), margin(lastIndex));
  const significant = test === null ? null : test.pValue < settings.significanceLevel;
  const points: Point[] = [];
  entry.values.forEach((item, index) => {
    if (item !== null && years[index] !== undefined) points.push({ x: years[index], y: item });
  });
  const slope = senSlope(points);
  return {
    category: entry.category,
    region: entry.region,
    unit: entry.unit,
    values: entry.values,
    margins: entry.margins ?? entry.values.map(() => null),
    test: test === null ? null : "margins",
    changeMargin: test === null ? null : test.changeMargin,
    lastChangePct: null,
    lastChange,
    direction,
    assessment: assessmentOf(lastChange, direction, polarity, significant),
    polarity,
    significant,
    pValue: test === null ? null : test.pValue,
    ci95: null,
    qValue: null,
    dispersion: null,
    changeKind: significant === null ? null : significant ? "significant" : "withinChance",
    smallNumbers: false,
    subtotalOf: null,
    subtotalHolds: null,
    subtotalCoverage: null,
    // NOTE: an index or a 3-year average of shares is a relative measure; a survey gets neither.
    index: entry.values.map(() => null),
    movingAverage3: entry.values.map(() => null),
    ratePer1000: null,
    trend: {
      senSlope: slope === null ? null : roundTo(slope, 2),
      mannKendallP: null,
      significant: null,
      tooShort: true,
      qValue: null,
    },
    target: null,
    cells: entry.cells,
    role: "leaf",
    lastYear: lastIndex >= 0 ? years[lastIndex] : null,
    previousYear: previousIndex >= 0 ? years[previousIndex] : null,
    provisional: false,
  };
}

/**
 * Better or worse by polarity; "same" for no change and for a change within the margins (the survey cannot
 * tell it from sampling noise); an untested change is judged by its direction alone. Null without a change
 * or without a known polarity.
 */
function assessmentOf(
  lastChange: number | null,
  direction: Direction,
  polarity: Polarity | null,
  significant: boolean | null,
): SeriesReport["assessment"] {
  if (lastChange === null || polarity === null) return null;
  if (direction === "flat" || significant === false) return "same";
  return (direction === "down") === (polarity === "lowerIsBetter") ? "better" : "worse";
}
