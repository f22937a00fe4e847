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
  /** Two-sided p-value, exact; never rounded to 0 (see regularizedBeta). */
  pValue: number;
}

/**
 * Exact test that two Poisson counts have the same rate (same exposure: one year each).
 * Conditional on n = a + b, a ~ Binomial(n, ½) under the null hypothesis; the distribution is
 * symmetric, so the two-sided p-value is min(1, 2 · P(X ≤ min(a, b))). This is what R's
 * `poisson.test(c(a, b))` computes. P(X ≤ k) = I_½(n − k, k + 1) (regularized incomplete beta), kept exact
 * down to about 1e-300 (jStat.binomial.cdf rounds to 1e-10, which gave p = 0).
 * Returns null for values that are not non-negative whole numbers (rates, percentages).
 */
export function exactPoissonTest(a: number, b: number): PoissonTest | null {
  if (!isCount(a) || !isCount(b)) return null;
  return { pValue: conditionalBinomialP(a, b) };
}

/**
 * Two-sided p of the conditional binomial test for (possibly scaled, non-integer) counts a and b:
 * min(1, 2 · I_½(max, min + 1)), the continuous extension of 2 · P(X ≤ min) for X ~ Binomial(a + b, ½).
 */
function conditionalBinomialP(a: number, b: number): number {
  if (a === b) return 1;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const tail =
    Number.isInteger(low) && Number.isInteger(high) && low <= exactSumLimit
      ? binomialHalfTail(low, low + high)
      : regularizedBeta(0.5, high, low + 1);
  // NOTE: below ~1e-308 a double cannot hold the tail; the smallest positive double stands for it, never 0.
  return Math.min(1, Math.max(2 * tail, Number.MIN_VALUE));
}

/**
 * Up to this many terms P(X ≤ k) is summed term by term (exact to the last bits: (0, 3) gives 1/8); beyond,
 * the incomplete beta (about 1e-10 relative, and far faster for counts in the thousands).
 */
const exactSumLimit = 1000;

/**
 * P(X ≤ k) for X ~ Binomial(n, ½), term by term: P(X = 0) = 2^−n, P(X = j + 1) = P(X = j)·(n − j)/(j + 1);
 * above n = 1000 in log space, where 2^−n underflows.
 */
function binomialHalfTail(k: number, n: number): number {
  if (n <= 1000) {
    // 2^−n is exact as a double down to n = 1074; the terms then need no logarithms: (0, 3) is exactly 1/8.
    let term = 2 ** -n;
    let sum = 0;
    for (let j = 0; j <= k; j++) {
      sum += term;
      term = (term * (n - j)) / (j + 1);
    }
    return sum;
  }
  const logs: number[] = [];
  let log = -n * Math.LN2;
  for (let j = 0; j <= k; j++) {
    logs.push(log);
    log += Math.log(n - j) - Math.log(j + 1);
  }
  const largest = logs[logs.length - 1];
  let sum = 0;
  for (const entry of logs) sum += Math.exp(entry - largest);
  return Math.exp(largest) * sum;
}

/** The change test of one count series: last year against the year before. */
export interface ChangeTest {
  /** Two-sided p-value of the conditional binomial test on previous/φ and last/φ (exact, never 0). */
  pValue: number;
  /**
   * 95% interval of the ratio last / previous: Clopper–Pearson for p = a/(a+b) (a = last/φ, b = previous/φ),
   * lower = B⁻¹(0.025; a, b + 1), upper = B⁻¹(0.975; a + 1, b), each turned into p/(1 − p). The upper bound is
   * null (unbounded) when previous is 0; the lower bound is 0 when last is 0. Excludes 1 exactly when p < 0.05.
   */
  ci95: [number, number | null];
  /** The dispersion factor φ the counts were divided by (1 = pure Poisson variation). */
  dispersion: number;
}

/**
 * Exact conditional binomial test and interval of last vs previous, widened for overdispersion by testing
 * previous/φ against last/φ (quasi-Poisson: the variance is φ times the mean, so the counts carry the
 * information of counts φ times smaller). Null for values that are not non-negative whole numbers.
 */
export function changeTest(previous: number, last: number, dispersion = 1): ChangeTest | null {
  if (!isCount(previous) || !isCount(last)) return null;
  const phi = Number.isFinite(dispersion) && dispersion > 1 ? dispersion : 1;
  const a = last / phi;
  const b = previous / phi;
  const pValue = a + b === 0 ? 1 : conditionalBinomialP(a, b);
  const lowerP = a === 0 ? 0 : inverseRegularizedBeta(0.025, a, b + 1);
  const upperP = b === 0 ? 1 : inverseRegularizedBeta(0.975, a + 1, b);
  const ratio = (p: number) => (p >= 1 ? null : p / (1 - p));
  return { pValue, ci95: [ratio(lowerP) ?? 0, ratio(upperP)], dispersion: phi };
}

/**
 * Regularized incomplete beta I_x(a, b) for real a, b > 0: the continued fraction of Numerical Recipes
 * (modified Lentz), with I_x(a, b) = 1 − I_{1−x}(b, a) where that converges faster.
 * NOTE: written here rather than taken from jstat: jStat.ibeta stops after 100 terms, too few for counts in
 * the thousands.
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  return regularizedBetaWith(x, a, b, logBetaFunction(a, b));
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
function logBetaFunction(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0: Lanczos (g = 7, 9 terms), about 1e-15 relative; reflection below ½. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = lanczos[0];
  for (let i = 1; i < lanczos.length; i++) sum += lanczos[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** I_x(a, b) with ln B(a, b) given, so that a search over x computes it once. */
function regularizedBetaWith(x: number, a: number, b: number, logBeta: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta;
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(1 - x, b, a)) / b;
}

/** Keeps a continued fraction's term away from zero (modified Lentz). */
function awayFromZero(value: number): number {
  return Math.abs(value) < 1e-300 ? 1e-300 : value;
}

function betaFraction(x: number, a: number, b: number): number {
  const guard = awayFromZero;
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let h = d;
  for (let m = 1; m <= 100000; m++) {
    const even = (m * (b - m) * x) / ((a - 1 + 2 * m) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 1 + 2 * m));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/**
 * The standard normal quantile (jstat). NOTE: remembered per probability: the change tests ask for the same two
 * (0.025, 0.975) for every series, 60,000 times on a table of every municipality.
 */
function standardNormalQuantile(probability: number): number {
  let quantile = normalQuantiles.get(probability);
  if (quantile === undefined) {
    quantile = jStat.normal.inv(probability, 0, 1);
    if (normalQuantiles.size < 64) normalQuantiles.set(probability, quantile);
  }
  return quantile;
}

const normalQuantiles = new Map<number, number>();

/**
 * The x with I_x(a, b) = target: Newton's method on the Beta(a, b) density from the mean, kept inside a
 * bracket that every step narrows (bisection where Newton would leave it); to about 1e-14 relative.
 */
function inverseRegularizedBeta(target: number, a: number, b: number): number {
  const logBeta = logBetaFunction(a, b);
  let low = 0;
  let high = 1;
  // Start from the normal approximation of the quantile (mean ± z·sd), which leaves Newton a few steps.
  const mean = a / (a + b);
  const spread = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  const guess = mean + standardNormalQuantile(target) * spread;
  let x = guess > 0 && guess < 1 ? guess : mean;
  for (let step = 0; step < 200; step++) {
    const error = regularizedBetaWith(x, a, b, logBeta) - target;
    if (error === 0) break;
    if (error < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    let next = x - error / density;
    if (!(next > low && next < high)) next = (low + high) / 2;
    // NOTE: I_x itself is good to about 1e-12 relative, so a finer step only chases rounding noise.
    const done = Math.abs(next - x) <= 1e-12 * Math.max(x, 1e-300) || high - low <= 1e-15 * high;
    x = next;
    if (done) break;
  }
  return x;
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values), aligned with the input; null stays null and is not
 * counted as a test. q_(i) = min over j ≥ i of p_(j) · m / j (p sorted ascending, m = number of tests), at most 1.
 */
export function benjaminiHochberg(pValues: (number | null)[]): (number | null)[] {
  const tested = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((left, right) => left.p - right.p);
  const m = tested.length;
  const q: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = tested[rank - 1];
    running = Math.min(running, (p * m) / rank);
    q[index] = running;
  }
  return q;
}

/** Fewest years with a value for which Koers estimates overdispersion (quasi-Poisson) around the trend. */
export const minimumDispersionYears = 5;

/**
 * Quasi-Poisson dispersion of a count series around its log-linear trend: fit log μ = β₀ + β₁·year by
 * Poisson maximum likelihood (iteratively reweighted least squares), then φ = Σ (y − μ)² / μ / (n − 2),
 * the Pearson χ² per degree of freedom, floored at 1 (less variation than Poisson does not narrow the test).
 * Null with fewer than minimumDispersionYears points or values that are not counts; 1 when all are 0.
 */
export function quasiPoissonDispersion(points: Point[]): number | null {
  if (points.length < minimumDispersionYears || points.some((point) => !isCount(point.y))) return null;
  const fit = poissonTrend(points);
  if (fit === null) return 1;
  let chiSquare = 0;
  for (const point of points) {
    const mu = Math.exp(fit.intercept + fit.slope * (point.x - fit.centre));
    chiSquare += (point.y - mu) ** 2 / mu;
  }
  return Math.max(1, chiSquare / (points.length - 2));
}

/** Poisson regression log μ = intercept + slope · (x − centre); null when every count is 0. */
export function poissonTrend(points: Point[]): { intercept: number; slope: number; centre: number } | null {
  const total = points.reduce((sum, point) => sum + point.y, 0);
  if (total === 0) return null;
  const centre = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  let intercept = Math.log(total / points.length);
  let slope = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    // Newton step on the log-likelihood: score U = Σ (y − μ)·(1, t), information I = Σ μ·(1, t)(1, t)ᵀ.
    let u0 = 0;
    let u1 = 0;
    let i00 = 0;
    let i01 = 0;
    let i11 = 0;
    for (const point of points) {
      const t = point.x - centre;
      const mu = Math.exp(intercept + slope * t);
      u0 += point.y - mu;
      u1 += (point.y - mu) * t;
      i00 += mu;
      i01 += mu * t;
      i11 += mu * t * t;
    }
    const determinant = i00 * i11 - i01 * i01;
    if (!(determinant > 0)) break;
    const step0 = (i11 * u0 - i01 * u1) / determinant;
    const step1 = (i00 * u1 - i01 * u0) / determinant;
    intercept += step0;
    slope += step1;
    if (Math.abs(step0) < 1e-12 && Math.abs(step1) < 1e-12) break;
  }
  return Number.isFinite(intercept) && Number.isFinite(slope) ? { intercept, slope, centre } : null;
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

/** Fewest years with a value for a Mann–Kendall test: with 4, even a perfect trend has p = 2/24 ≈ 0.083. */
export const minimumTrendYears = 5;

export interface MannKendall {
  /** S = Σ_{i<j} sign(y_j − y_i), points in time order. */
  s: number;
  /** Var(S) = [n(n−1)(2n+5) − Σ_t t(t−1)(2t+5)] / 18, t = size of each group of tied values. */
  variance: number;
  /** Continuity-corrected normal score: (S − sign(S)) / √Var(S); 0 when S = 0. */
  z: number;
  /** Two-sided p-value: exact without ties, else from the standard normal distribution (jstat). */
  pValue: number;
  /** True when pValue comes from the exact distribution of S. */
  exact: boolean;
}

/**
 * Mann–Kendall trend test. Without ties the p-value is exact: S = N − 2·D with N = n(n−1)/2 and D the number
 * of inversions, whose distribution over the n! equally likely orders is the Mahonian numbers, so
 * p = min(1, 2 · P(S ≥ |s|)). With ties, the tie-corrected variance and the continuity-corrected normal
 * approximation. Returns null with fewer than `minimumPoints` points; when every value is tied, p = 1.
 */
export function mannKendall(points: Point[], minimumPoints = minimumTrendYears): MannKendall | null {
  if (points.length < minimumPoints) return null;
  // NOTE: series come in time order; only points out of order are copied and sorted.
  const ordered = inTimeOrder(points) ? points : [...points].sort((left, right) => left.x - right.x);
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
  if (variance <= 0) return { s, variance: 0, z: 0, pValue: 1, exact: tieTerm === 0 };
  const z = s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  if (tieTerm === 0 && n <= 60) return { s, variance, z, pValue: exactKendallP(n, s), exact: true };
  const pValue = Math.min(1, 2 * (1 - jStat.normal.cdf(Math.abs(z), 0, 1)));
  return { s, variance, z, pValue, exact: false };
}

/**
 * The Mahonian numbers of n as shares of n!: entry d is the share of the orders of n values with d inversions,
 * built up k = 1..n. NOTE: remembered per n (at most 60): a table of every municipality tests 30,000 series of
 * the same length, and each built the same distribution again.
 */
function inversionShares(n: number): readonly number[] {
  let known = inversionSharesByLength[n];
  if (known === undefined) {
    let counts = [1];
    for (let k = 2; k <= n; k++) {
      const next = new Array<number>(counts.length + k - 1).fill(0);
      counts.forEach((count, inversions) => {
        for (let added = 0; added < k; added++) next[inversions + added] += count / k;
      });
      counts = next;
    }
    known = counts;
    inversionSharesByLength[n] = known;
  }
  return known;
}

const inversionSharesByLength: (readonly number[] | undefined)[] = [];

function inTimeOrder(points: readonly Point[]): boolean {
  for (let index = 1; index < points.length; index++) if (points[index - 1].x > points[index].x) return false;
  return true;
}

/** min(1, 2 · P(S ≥ |s|)) for n untied values, from the number of orders with D inversions (Mahonian). */
function exactKendallP(n: number, s: number): number {
  const pairs = (n * (n - 1)) / 2;
  const counts = inversionShares(n);
  // S ≥ |s| ⟺ D ≤ (N − |s|) / 2.
  const limit = Math.floor((pairs - Math.abs(s)) / 2);
  let tail = 0;
  for (let inversions = 0; inversions <= limit; inversions++) tail += counts[inversions];
  return Math.min(1, 2 * tail);
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
