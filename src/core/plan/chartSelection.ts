import type { FiguresReport, SeriesReport } from "../report";
import { appendAll, largest } from "../collections";

/** The figures table the overview charts are drawn from: the first registered one with series (no survey). */
export function chartTable(figures: FiguresReport[]): FiguresReport | null {
  return (
    figures.find((table) => table.series.length > 0 && table.years.length > 0 && table.survey !== true) ??
    null
  );
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
 * The categories for the change chart, of the table's focus region: leaf counts whose last change is a real
 * percentage (not small numbers, previous year not 0 or missing) — never a subtotal or total, so nothing
 * stands beside its own parts. Significant changes first (largest first), then the largest changes in cases
 * taken in turn from the rises and the falls, so both directions are shown; at most `limit`, drawn from the
 * largest rise to the largest fall. A table whose only counts are totals shows its largest total alone.
 */
export function changeChartSeries(table: FiguresReport, limit = 12): SeriesReport[] {
  const usable = chartCandidates(table).filter(
    (series) => !series.smallNumbers && series.lastChangePct !== null && series.lastChange !== null,
  );
  const leaves = usable.filter((series) => isLeafSeries(series, usable));
  if (leaves.length === 0) {
    const total = [...usable].sort((a, b) => volume(b) - volume(a))[0];
    return total ? [total] : [];
  }
  const size = (series: SeriesReport) => Math.abs(series.lastChange ?? 0);
  const bySize = (a: SeriesReport, b: SeriesReport) => size(b) - size(a);
  const chosen = leaves
    .filter((series) => series.significant === true)
    .sort(bySize)
    .slice(0, limit);
  const rest = leaves.filter((series) => !chosen.includes(series));
  const rises = rest.filter((series) => (series.lastChange ?? 0) > 0).sort(bySize);
  const falls = rest.filter((series) => (series.lastChange ?? 0) < 0).sort(bySize);
  const flat = rest.filter((series) => series.lastChange === 0);
  for (let turn = 0; chosen.length < limit && (rises.length > 0 || falls.length > 0); turn++) {
    const [first, second] = turn % 2 === 0 ? [rises, falls] : [falls, rises];
    const next = first.shift() ?? second.shift();
    if (next) chosen.push(next);
  }
  appendAll(chosen, flat.slice(0, Math.max(0, limit - chosen.length)));
  return chosen.sort((a, b) => (b.lastChangePct ?? 0) - (a.lastChangePct ?? 0));
}

/** A leaf by the analysis's role; for reports without roles: not a subtotal and not a grand total. */
function isLeafSeries(series: SeriesReport, candidates: SeriesReport[]): boolean {
  if (series.role !== undefined) return series.role === "leaf";
  return series.subtotalOf === null && !isGrandTotal(series, candidates);
}

/** Counts of the table's focus region (else its first region): a table with regions would draw each twice. */
function chartCandidates(table: FiguresReport): SeriesReport[] {
  const region = table.focusRegion !== undefined ? table.focusRegion : (table.series[0]?.region ?? null);
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
  const largestOther = Math.max(0, largest(candidates.filter((other) => other !== series).map(volume)));
  return volume(series) >= 2 * largestOther;
}

function volume(series: SeriesReport): number {
  return Math.max(0, largest(series.values.filter((value): value is number => value !== null)));
}
