import type { FigureSeries, FiguresDataset } from "../datasets";
import { createFinding, type Finding } from "../findings/finding";
import type { Direction, FiguresReport, Polarity, SeriesReport, TrendTest } from "../report";
import type { Settings } from "../settings";
import {
  exactPoissonTest,
  indexSeries,
  mannKendall,
  movingAverage3,
  percentChange,
  roundTo,
  senSlope,
  type Point,
} from "./stats";
import { detectSubtotals, type SeriesStructure } from "./subtotals";
import { evaluateTarget, parseTargetText, type TargetSpec } from "./targets";

/** A change smaller than this (in %) counts as flat: 121 → 120 is not a fall worth a headline. */
export const flatThresholdPct = 1;

/** Mann–Kendall needs at least this many years with a value; with fewer, trend.tooShort is true. */
export const minimumTrendYears = 4;

/**
 * Trends of one figures table, per series (category × region):
 * - lastChange / lastChangePct: last year of the table vs the year before (one decimal); the % is null
 *   when the previous value is 0 or either value is missing. Every series compares the same two years.
 * - direction: "flat" when the change is 0, |%| < flatThresholdPct, or unknown (then assessment is null).
 * - assessment by polarity (settings.polarity by lower-case category; lower is better by default).
 * - significant / pValue: exact Poisson test of the last two years, counts only; a provisional last
 *   year is tested too and flagged `provisional`.
 * - smallNumbers: a count under settings.smallNumberThreshold in either of the two years (info finding
 *   small-numbers on the last value's cell); lastChangePct is still given but never used as a headline.
 * - index vs the base year (settings.baseYear when it is a year of the table, else the first year),
 *   3-year moving average, rate per 1,000 inhabitants (counts, when population is known).
 * - trend: Sen's slope with 2+ values; Mann–Kendall only with minimumTrendYears+ values.
 * - subtotals (see subtotals.ts) with a subtotal-mismatch finding for every year one does not hold.
 * - target from settings.targets or the series' target text.
 */
export function analyzeFigures(
  dataset: FiguresDataset,
  settings: Settings,
): { report: FiguresReport; findings: Finding[] } {
  const { years } = dataset;
  const baseIndex =
    settings.baseYear !== null && years.includes(settings.baseYear) ? years.indexOf(settings.baseYear) : 0;
  const structures = detectSubtotals(dataset.series);
  const findings: Finding[] = [];
  const series = dataset.series.map((entry, position) => {
    const report = analyzeSeries(entry, structures[position], dataset, baseIndex, settings);
    findings.push(...seriesFindings(report, entry, structures[position], dataset, settings));
    return report;
  });
  return {
    report: {
      sheet: dataset.sheet,
      layout: dataset.layout,
      years,
      provisionalYears: dataset.provisionalYears,
      baseYear: years.length > 0 ? years[baseIndex] : null,
      series,
    },
    findings,
  };
}

function analyzeSeries(
  entry: FigureSeries,
  structure: SeriesStructure,
  dataset: FiguresDataset,
  baseIndex: number,
  settings: Settings,
): SeriesReport {
  const { years } = dataset;
  const lastIndex = years.length - 1;
  const previousIndex = lastIndex - 1;
  const last = lastIndex >= 0 ? (entry.values[lastIndex] ?? null) : null;
  const previous = previousIndex >= 0 ? (entry.values[previousIndex] ?? null) : null;
  const lastChange = last !== null && previous !== null ? roundTo(last - previous, 6) : null;
  const lastChangePct = percentChange(previous, last);
  const direction = directionOf(lastChange, lastChangePct);
  const polarity = polarityOf(entry.category, settings);
  const isCount = entry.unit === "count";
  const test = isCount && last !== null && previous !== null ? exactPoissonTest(previous, last) : null;
  const threshold = settings.smallNumberThreshold;
  const smallNumbers = isCount && [previous, last].some((value) => value !== null && value < threshold);

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
    significant: test === null ? null : test.pValue < settings.significanceLevel,
    pValue: test === null ? null : test.pValue,
    smallNumbers,
    subtotalOf:
      structure.children === null ? null : structure.children.map((child) => dataset.series[child].category),
    subtotalHolds: structure.holds,
    index: indexSeries(entry.values, baseIndex),
    movingAverage3: movingAverage3(entry.values),
    ratePer1000: isCount ? ratesPer1000(entry.values, years, populationOf(dataset, entry, settings)) : null,
    trend: trendTest(entry.values, years, settings.significanceLevel),
    target: targetOf(entry, years, polarity, settings),
    cells: entry.cells,
    role: structure.role,
    lastYear: lastIndex >= 0 ? years[lastIndex] : null,
    previousYear: previousIndex >= 0 ? years[previousIndex] : null,
    provisional: lastIndex >= 0 && isProvisional(entry, dataset, lastIndex),
  };
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
 * The inhabitants for rates: the settings' population, else the table's own population column for the
 * series' region (per year of the table).
 */
function populationOf(
  dataset: FiguresDataset,
  entry: FigureSeries,
  settings: Settings,
): Settings["population"] {
  if (settings.population !== null) return settings.population;
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

function trendTest(values: (number | null)[], years: number[], level: number): TrendTest {
  const points: Point[] = [];
  values.forEach((value, index) => {
    if (value !== null && years[index] !== undefined) points.push({ x: years[index], y: value });
  });
  const slope = senSlope(points);
  const tooShort = points.length < minimumTrendYears;
  const test = tooShort ? null : mannKendall(points, minimumTrendYears);
  return {
    senSlope: slope === null ? null : roundTo(slope, 2),
    mannKendallP: test === null ? null : test.pValue,
    significant: test === null ? null : test.pValue < level,
    tooShort,
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
        location(dataset.years.length - 1),
        { category: entry.category, threshold: settings.smallNumberThreshold },
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
