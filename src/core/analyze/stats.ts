import { jStat } from "jstat";
import { median } from "simple-statistics";

/**
 * Statistics used by the trend analysis. Distributions come from jstat and simple-statistics; this
 * module only arranges them. Every function returns null (never NaN or Infinity) when the answer is
 * undefined, so callers can write the value into report.json as is.
 */

/** Rounds half away from zero to `digits` decimals: −34.65 → −34.7 (Math.round alone gives −34.6). */
export function roundTo(value: number, digits = 1): number {
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** The value, or null when it is NaN or ±Infinity (a quotient by a vanishing base). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Percentage change from `from` to `to`, one decimal; null when `from` is 0 or either is missing. */
export function percentChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null;
  return finiteOrNull(roundTo(((to - from) / Math.abs(from)) * 100, 1));
}

/** Share `part / total` in percent, one decimal; null when total is 0. */
export function percentOf(part: number, total: number): number | null {
  return total === 0 ? null : roundTo((part / total) * 100, 1);
}

export interface PoissonTest {
  /** Two-sided p-value. */
  pValue: number;
}

/**
 * Exact test that two Poisson counts have the same rate (same exposure: one year each).
 * Conditional on n = a + b, a ~ Binomial(n, ½) under the null hypothesis; the distribution is
 * symmetric, so the two-sided p-value is min(1, 2 · P(X ≤ min(a, b))). This is what R's
 * `poisson.test(c(a, b))` computes.
 * NOTE: jStat.binomial.cdf rounds to 1e-10, so p-values below that come out as 0.
 * Returns null for values that are not non-negative whole numbers (rates, percentages).
 */
export function exactPoissonTest(a: number, b: number): PoissonTest | null {
  if (!isCount(a) || !isCount(b)) return null;
  const n = a + b;
  if (n === 0) return { pValue: 1 };
  const tail = jStat.binomial.cdf(Math.min(a, b), n, 0.5);
  return { pValue: Math.min(1, 2 * tail) };
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** A value at a point in time (x is the year). */
export interface Point {
  x: number;
  y: number;
}

/** Sen's slope: the median of the pairwise slopes (y_j − y_i)/(x_j − x_i); null with fewer than 2 points. */
export function senSlope(points: Point[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const run = points[j].x - points[i].x;
      if (run !== 0) slopes.push((points[j].y - points[i].y) / run);
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}

export interface MannKendall {
  /** S = Σ_{i<j} sign(y_j − y_i), points in time order. */
  s: number;
  /** Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18, t = size of each group of tied values. */
  variance: number;
  /** Continuity-corrected normal score: (S − sign(S)) / √Var(S); 0 when S = 0. */
  z: number;
  /** Two-sided p-value from the standard normal distribution (jstat). */
  pValue: number;
}

/**
 * Mann–Kendall trend test with the tie-corrected variance and the normal approximation.
 * Returns null with fewer than `minimumPoints` points; when every value is tied there is no trend (p = 1).
 */
export function mannKendall(points: Point[], minimumPoints = 4): MannKendall | null {
  if (points.length < minimumPoints) return null;
  const ordered = [...points].sort((left, right) => left.x - right.x);
  const n = ordered.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign(ordered[j].y - ordered[i].y);
  }
  const tieSizes = new Map<number, number>();
  for (const point of ordered) tieSizes.set(point.y, (tieSizes.get(point.y) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of tieSizes.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  if (variance <= 0) return { s, variance: 0, z: 0, pValue: 1 };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const pValue = Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)));
  return { s, variance, z, pValue };
}

/**
 * Trailing three-year average: entry i averages years i−2, i−1 and i; null where one of them is
 * missing or fewer than three years precede. One decimal.
 */
export function movingAverage3(values: (number | null)[]): (number | null)[] {
  return values.map((_, index) => {
    if (index < 2) return null;
    const threeYears = values.slice(index - 2, index + 1);
    if (threeYears.some((value) => value === null)) return null;
    return roundTo((threeYears as number[]).reduce((sum, value) => sum + value, 0) / 3, 1);
  });
}

/** Index against the value at `baseIndex` (= 100), one decimal; null where a value is missing or the base is 0. */
export function indexSeries(values: (number | null)[], baseIndex: number): (number | null)[] {
  const base = values[baseIndex] ?? null;
  return values.map((value) =>
    base === null || base === 0 || value === null ? null : finiteOrNull(roundTo((value / base) * 100, 1)),
  );
}
