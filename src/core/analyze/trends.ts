import type { FigureSeries, FiguresDataset } from "../datasets";
import { createFinding, type Finding } from "../findings/finding";
import type { ChangeKind, Direction, FiguresReport, Polarity, SeriesReport, TrendTest } from "../report";
import type { Settings } from "../settings";
import { isPseudoRegion, regionKey } from "../read/regions";
import {
  benjaminiHochberg,
  changeTest,
  indexSeries,
  mannKendall,
  minimumTrendYears,
  movingAverage3,
  percentChange,
  quasiPoissonDispersion,
  roundTo,
  senSlope,
  type Point,
} from "./stats";
import { detectSubtotals, type SeriesStructure } from "./subtotals";
import { evaluateTarget, parseTargetText, type TargetSpec } from "./targets";
import { appendAll, largest, smallest } from "../collections";

/** A change smaller than this (in %) counts as flat: 121 → 120 is not a fall worth a headline. */
export const flatThresholdPct = 1;

/** A change that is not significant is named only when it is at least this many cases and this many %. */
export const notableChangeCases = 5;
export const notableChangePct = 5;

export { minimumTrendYears };

/** What analyzeFigures needs besides the dataset and the settings. */
export interface FiguresContext {
  /**
   * Texts that may name the focus region, most specific first: the titles above the table, the workbook's
   * file name, the report title, the organisation (see chooseFocusRegion).
   */
  regionHints?: string[];
}

/**
 * Trends of one figures table, per series (category × region):
 * - lastChange / lastChangePct: last year of the table vs the year before (one decimal); the % is null
 *   when the previous value is 0 or either value is missing. Every series compares the same two years.
 * - direction: "flat" when the change is 0, |%| < flatThresholdPct, or unknown (then assessment is null).
 * - assessment by polarity (settings.polarity by lower-case category; lower is better by default).
 * - change test (counts only): exact conditional binomial test of the last two years with its 95% interval
 *   of the ratio (stats.changeTest), widened by the quasi-Poisson dispersion around the series' trend when it
 *   has minimumDispersionYears+ values; qValue by Benjamini–Hochberg over the count series tested in this
 *   table; significant = qValue < settings.significanceLevel. A provisional last year is tested and flagged.
 * - changeKind: significant; else "notable" when |change| ≥ notableChangeCases and |%| ≥ notableChangePct;
 *   else "withinChance"; null for small numbers, non-counts or an unknown change.
 * - smallNumbers: a count under settings.smallNumberThreshold in either of the two years (info finding
 *   small-numbers on the last value's cell); lastChangePct is still given but never used as a headline.
 *   smallNumbersIndex / smallNumbersAverage3 mark the index and the 3-year average the same way.
 * - index vs the base year (settings.baseYear when it is a year of the table, else the first year),
 *   3-year moving average, rate per 1,000 inhabitants (counts of the focus region, when population is known).
 * - trend: Sen's slope with 2+ values; Mann–Kendall (exact without ties) only with minimumTrendYears+
 *   values; its significance by Benjamini–Hochberg over the table's trend tests.
 * - subtotals (see subtotals.ts) with a subtotal-mismatch finding for every year one does not hold, or one
 *   subtotal-coverage info finding for a total that covers more than its rows.
 * - focusRegion (chooseFocusRegion) and the table's testing summary for the headline.
 * - target from settings.targets or the series' target text.
 */
export function analyzeFigures(
  dataset: FiguresDataset,
  settings: Settings,
  context: FiguresContext = {},
): { report: FiguresReport; findings: Finding[] } {
  const { years } = dataset;
  const baseIndex =
    settings.baseYear !== null && years.includes(settings.baseYear) ? years.indexOf(settings.baseYear) : 0;
  const structures = detectSubtotals(dataset.series);
  const findings: Finding[] = [];
  const focusRegion = chooseFocusRegion(
    dataset.series.map((entry) => entry.region),
    settings,
    context.regionHints ?? [],
  );
  const analysed = dataset.series.map((entry, position) =>
    analyzeSeries(entry, structures[position], dataset, baseIndex, settings, focusRegion),
  );
  const level = settings.significanceLevel;
  const changeQ = benjaminiHochberg(analysed.map((series) => series.pValue));
  const trendQ = benjaminiHochberg(analysed.map((series) => series.trend.mannKendallP));
  const series = analysed.map((entry, position) => {
    const qValue = changeQ[position];
    const significant = qValue === null ? null : qValue < level;
    const trendQValue = trendQ[position];
    const report: SeriesReport = {
      ...entry,
      significant,
      qValue,
      changeKind: changeKindOf({ ...entry, significant }),
      trend: {
        ...entry.trend,
        qValue: trendQValue,
        significant: trendQValue === null ? null : trendQValue < level,
      },
    };
    appendAll(
      findings,
      seriesFindings(report, dataset.series[position], structures[position], dataset, settings),
    );
    return report;
  });
  const tested = series.filter((entry) => entry.pValue !== null);
  return {
    report: {
      sheet: dataset.sheet,
      layout: dataset.layout,
      years,
      provisionalYears: dataset.provisionalYears,
      baseYear: years.length > 0 ? years[baseIndex] : null,
      focusRegion,
      testing: {
        tested: tested.length,
        nominal: tested.filter((entry) => (entry.pValue ?? 1) < level).length,
        expectedByChance: roundTo(tested.length * level, 2),
        significant: tested.filter((entry) => entry.significant === true).length,
        trendsTested: series.filter((entry) => entry.trend.mannKendallP !== null).length,
        trendsSignificant: series.filter((entry) => entry.trend.significant === true).length,
        poissonAssumed: tested.some((entry) => entry.dispersion === null),
      },
      series,
    },
    findings,
  };
}

/**
 * The region a table's headline leads with, of the regions in the table (null when it has none):
 * 1. settings.region, when the table has it (case, accents and spaces ignored);
 * 2. the first hint (titles above the table, file name, report title, organisation) that names one of the
 *    table's real regions as a whole word — the longest name first, so "Noordoostpolder" is not "Noord";
 * 3. the first real region of the table.
 * A pseudo-region ("Niet in te delen", "Onbekend", …; see read/regions.ts) is never chosen, unless the
 * table has nothing else.
 */
export function chooseFocusRegion(
  regions: (string | null)[],
  settings: Pick<Settings, "region">,
  hints: string[],
): string | null {
  const distinct = [...new Set(regions.filter((region): region is string => region !== null))];
  if (distinct.length === 0) return null;
  const real = distinct.filter((region) => !isPseudoRegion(region));
  const wanted = regionKey(settings.region);
  if (wanted !== "") {
    const chosen = distinct.find((region) => regionKey(region) === wanted);
    if (chosen) return chosen;
  }
  const byLength = [...real].sort((left, right) => regionKey(right).length - regionKey(left).length);
  for (const hint of hints) {
    const text = ` ${regionKey(hint)} `;
    const named = byLength.find(
      (region) => regionKey(region) !== "" && text.includes(` ${regionKey(region)} `),
    );
    if (named) return named;
  }
  return real[0] ?? distinct[0];
}

function changeKindOf(series: SeriesReport): ChangeKind | null {
  if (series.unit !== "count" || series.smallNumbers || series.lastChange === null) return null;
  if (series.significant === true) return "significant";
  const pct = series.lastChangePct;
  const notable =
    Math.abs(series.lastChange) >= notableChangeCases && pct !== null && Math.abs(pct) >= notableChangePct;
  return notable ? "notable" : "withinChance";
}

function analyzeSeries(
  entry: FigureSeries,
  structure: SeriesStructure,
  dataset: FiguresDataset,
  baseIndex: number,
  settings: Settings,
  focusRegion: string | null,
): SeriesReport {
  const { years } = dataset;
  const { lastIndex, previousIndex } = comparedIndexes(dataset);
  const last = lastIndex >= 0 ? (entry.values[lastIndex] ?? null) : null;
  const previous = previousIndex >= 0 ? (entry.values[previousIndex] ?? null) : null;
  const lastChange = last !== null && previous !== null ? roundTo(last - previous, 6) : null;
  const lastChangePct = percentChange(previous, last);
  const direction = directionOf(lastChange, lastChangePct);
  const polarity = polarityOf(entry.category, settings);
  const isCount = entry.unit === "count";
  const points = pointsOf(entry.values, years, dataset.incompleteYears);
  const dispersion = isCount ? quasiPoissonDispersion(points) : null;
  const reportedDispersion = dispersion === null ? null : roundTo(dispersion, 3);
  const test =
    isCount && last !== null && previous !== null
      ? changeTest(previous, last, reportedDispersion ?? 1)
      : null;
  const threshold = settings.smallNumberThreshold;
  const small = (value: number | null | undefined) =>
    isCount && value !== null && value !== undefined && value < threshold;
  const smallNumbers = [previous, last].some(small);
  const index = indexSeries(entry.values, baseIndex);
  const movingAverage = movingAverage3(entry.values);
  const lastAverageIndex = movingAverage.length - 1;

  return {
    category: entry.category,
    region: entry.region,
    unit: entry.unit,
    values: entry.values,
    lastChangePct,
    lastChange,
    direction,
    assessment: lastChange === null ? null : assessmentOf(direction, polarity),
    polarity,
    significant: null,
    pValue: test === null ? null : test.pValue,
    test: test === null ? null : "poisson",
    ci95:
      test === null
        ? null
        : [roundTo(test.ci95[0], 4), test.ci95[1] === null ? null : roundTo(test.ci95[1], 4)],
    qValue: null,
    dispersion: test === null ? null : reportedDispersion,
    changeKind: null,
    smallNumbers,
    smallNumbersIndex: small(entry.values[baseIndex]) || small(last),
    smallNumbersAverage3:
      lastAverageIndex >= 0 &&
      movingAverage[lastAverageIndex] !== null &&
      small(movingAverage[lastAverageIndex]),
    subtotalOf:
      structure.children === null ? null : structure.children.map((child) => dataset.series[child].category),
    subtotalHolds: structure.holds,
    subtotalCoverage: structure.coverage,
    index,
    movingAverage3: movingAverage,
    ratePer1000: isCount
      ? ratesPer1000(entry.values, years, populationOf(dataset, entry, settings, focusRegion))
      : null,
    trend: trendTest(points),
    target: targetOf(entry, years, polarity, settings),
    cells: entry.cells,
    role: structure.role,
    lastYear: lastIndex >= 0 ? years[lastIndex] : null,
    previousYear: previousIndex >= 0 ? years[previousIndex] : null,
    provisional: lastIndex >= 0 && isProvisional(entry, dataset, lastIndex),
  };
}

/**
 * The positions of the two years a change compares: the last and the one before it, both whole. A year of
 * months or quarters that has not run to its end (dataset.incompleteYears) is never compared with a
 * whole year: the last two whole years are compared instead (-1 where there is none).
 */
export function comparedIndexes(dataset: Pick<FiguresDataset, "years" | "incompleteYears">): {
  lastIndex: number;
  previousIndex: number;
} {
  const incomplete = new Set(dataset.incompleteYears ?? []);
  const whole = dataset.years
    .map((year, index) => (incomplete.has(year) ? -1 : index))
    .filter((index) => index >= 0);
  if (incomplete.size === 0)
    return { lastIndex: dataset.years.length - 1, previousIndex: dataset.years.length - 2 };
  return { lastIndex: whole[whole.length - 1] ?? -1, previousIndex: whole[whole.length - 2] ?? -1 };
}

/** The (year, value) points of a series; incomplete years are left out (their sums are not comparable). */
function pointsOf(values: (number | null)[], years: number[], incompleteYears: number[] = []): Point[] {
  const points: Point[] = [];
  values.forEach((value, index) => {
    if (value !== null && years[index] !== undefined && !incompleteYears.includes(years[index]))
      points.push({ x: years[index], y: value });
  });
  return points;
}

function directionOf(lastChange: number | null, lastChangePct: number | null): Direction {
  if (lastChange === null || lastChange === 0) return "flat";
  if (lastChangePct !== null && Math.abs(lastChangePct) < flatThresholdPct) return "flat";
  return lastChange > 0 ? "up" : "down";
}

function assessmentOf(direction: Direction, polarity: Polarity): SeriesReport["assessment"] {
  if (direction === "flat") return "same";
  const better = polarity === "lowerIsBetter" ? "down" : "up";
  return direction === better ? "better" : "worse";
}

/** Polarity of a category: the setting keyed by its lower-case, trimmed name; lower is better by default. */
export function polarityOf(category: string, settings: Settings): Polarity {
  return settings.polarity[categoryKey(category)] ?? "lowerIsBetter";
}

function categoryKey(category: string): string {
  return category.replace(/\s+/g, " ").trim().toLowerCase();
}

function isProvisional(entry: FigureSeries, dataset: FiguresDataset, index: number): boolean {
  return (
    dataset.provisionalYears.includes(dataset.years[index]) || (entry.symbols[index] ?? "").includes("*")
  );
}

/**
 * The inhabitants for rates: the settings' population (that of the focus region, the municipality: another
 * region's counts are never divided by it), else the table's own population column for the series' region
 * (per year of the table).
 */
function populationOf(
  dataset: FiguresDataset,
  entry: FigureSeries,
  settings: Settings,
  focusRegion: string | null,
): Settings["population"] {
  if (settings.population !== null && (focusRegion === null || entry.region === focusRegion))
    return settings.population;
  const own = dataset.population?.find((item) => item.region === entry.region);
  if (!own) return null;
  const byYear: Record<string, number> = {};
  own.values.forEach((value, index) => {
    if (value !== null && value > 0) byYear[String(dataset.years[index])] = value;
  });
  return byYear;
}

function ratesPer1000(
  values: (number | null)[],
  years: number[],
  population: Settings["population"],
): (number | null)[] | null {
  if (population === null) return null;
  return values.map((value, index) => {
    const inhabitants =
      typeof population === "number" ? population : (population[String(years[index])] ?? null);
    return value === null || inhabitants === null ? null : roundTo((value / inhabitants) * 1000, 2);
  });
}

/** Sen's slope and Mann–Kendall; significance is set per table after Benjamini–Hochberg. */
function trendTest(points: Point[]): TrendTest {
  const slope = senSlope(points);
  const tooShort = points.length < minimumTrendYears;
  const test = tooShort ? null : mannKendall(points, minimumTrendYears);
  return {
    senSlope: slope === null ? null : roundTo(slope, 2),
    mannKendallP: test === null ? null : test.pValue,
    significant: null,
    tooShort,
    qValue: null,
  };
}

function targetOf(
  entry: FigureSeries,
  years: number[],
  polarity: Polarity,
  settings: Settings,
): SeriesReport["target"] {
  const configured = settings.targets[categoryKey(entry.category)];
  const spec: TargetSpec | null = configured
    ? { kind: "change", changePct: configured.changePct, baseYear: configured.baseYear, text: null }
    : entry.targetText
      ? parseTargetText(entry.targetText, polarity)
      : null;
  return spec === null ? null : evaluateTarget(spec, years, entry.values, settings.language);
}

function seriesFindings(
  report: SeriesReport,
  entry: FigureSeries,
  structure: SeriesStructure,
  dataset: FiguresDataset,
  settings: Settings,
): Finding[] {
  const findings: Finding[] = [];
  const location = (index: number) => ({ sheet: dataset.sheet, cell: entry.cells[index] ?? null });
  if (report.smallNumbers) {
    findings.push(
      createFinding(
        "small-numbers",
        location(comparedIndexes(dataset).lastIndex),
        { category: entry.category, threshold: settings.smallNumberThreshold },
        settings.language,
      ),
    );
  }
  const coverage = (structure.coverage ?? []).filter((share): share is number => share !== null);
  if (coverage.length > 0) {
    const low = Math.round(smallest(coverage));
    const high = Math.round(largest(coverage));
    const range =
      low === high ? `${low}%` : settings.language === "nl" ? `${low}% tot ${high}%` : `${low}% to ${high}%`;
    findings.push(
      createFinding(
        "subtotal-coverage",
        location(dataset.years.length - 1),
        { category: entry.category, coverage: range },
        settings.language,
      ),
    );
  }
  for (const mismatch of structure.mismatches) {
    findings.push(
      createFinding(
        "subtotal-mismatch",
        location(mismatch.yearIndex),
        {
          category: entry.category,
          year: dataset.years[mismatch.yearIndex],
          value: mismatch.value,
          sum: roundTo(mismatch.sum, 6),
        },
        settings.language,
      ),
    );
  }
  return findings;
}
