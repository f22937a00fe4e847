import type { FiguresReport, SeriesReport } from "../report";

/** The figures table the overview charts are drawn from: the first one with series. */
export function chartTable(figures: FiguresReport[]): FiguresReport | null {
  return figures.find((table) => table.series.length > 0 && table.years.length > 0) ?? null;
}

/**
 * The main categories for the trend line chart: counts of one region, without the parts of a
 * subtotal (the subtotal itself is drawn, so nothing is counted twice) and without a grand total,
 * the largest `limit` by volume, largest first.
 */
export function trendChartSeries(table: FiguresReport, limit = 6): SeriesReport[] {
  const candidates = chartCandidates(table).filter((series) => !isSubtotalPart(series, table));
  const withoutTotals = candidates.filter((series) => !isGrandTotal(series, candidates));
  return withoutTotals
    .filter((series) => volume(series) > 0)
    .sort((a, b) => volume(b) - volume(a))
    .slice(0, limit);
}

/**
 * The categories for the change chart: counts of one region whose last change is a real percentage
 * (not small numbers, previous year not 0 or missing); the largest `limit` by volume, in table order.
 */
export function changeChartSeries(table: FiguresReport, limit = 12): SeriesReport[] {
  const candidates = chartCandidates(table).filter(
    (series) => !series.smallNumbers && series.lastChangePct !== null,
  );
  const kept = new Set([...candidates].sort((a, b) => volume(b) - volume(a)).slice(0, limit));
  return candidates.filter((series) => kept.has(series));
}

/** Counts of the table's first region (a table with regions would otherwise draw each category per region). */
function chartCandidates(table: FiguresReport): SeriesReport[] {
  const region = table.series[0]?.region ?? null;
  return table.series.filter((series) => series.region === region && series.unit === "count");
}

function normalise(category: string): string {
  return category.trim().toLowerCase();
}

function isSubtotalPart(series: SeriesReport, table: FiguresReport): boolean {
  const name = normalise(series.category);
  return table.series.some(
    (other) =>
      other !== series &&
      other.region === series.region &&
      (other.subtotalOf ?? []).some((part) => normalise(part) === name),
  );
}

/**
 * A grand total ("Criminaliteit totaal") has role "total" from the analysis. For reports without roles:
 * called total and at least twice the largest other category. NOTE: a theme total like "geweld: totaal"
 * stays in either way: it is a subtotal of the same order as the other categories.
 */
function isGrandTotal(series: SeriesReport, candidates: SeriesReport[]): boolean {
  if (series.role !== undefined) return series.role === "total";
  if (!/(^|[^a-z])(totaal|total)([^a-z]|$)/i.test(series.category)) return false;
  const largestOther = Math.max(0, ...candidates.filter((other) => other !== series).map(volume));
  return volume(series) >= 2 * largestOther;
}

function volume(series: SeriesReport): number {
  return Math.max(0, ...series.values.filter((value): value is number => value !== null));
}
