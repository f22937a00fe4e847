import {
  benjaminiHochberg,
  changeTest,
  exactPoissonTest,
  poissonTrend,
  quasiPoissonDispersion,
  indexSeries,
  mannKendall,
  movingAverage3,
  percentChange,
  percentOf,
  roundTo,
  senSlope,
} from "../../../src/core/analyze/stats";

const points = (values: number[], firstYear = 2015) =>
  values.map((y, index) => ({ x: firstYear + index, y }));

describe("percentages", () => {
  it("computes Dronten woninginbraken 121 → 79 as −34.7% and is undefined from 0 or missing", () => {
    expect({
      woninginbraken: percentChange(121, 79),
      // 2.2 vs 3.2 = −31.25%: rounds half away from zero.
      halfway: percentChange(3.2, 2.2),
      fromZero: percentChange(0, 3),
      missingPrevious: percentChange(null, 3),
      missingLast: percentChange(3, null),
      lelystad: percentOf(21 + 83, 117),
      empty: percentOf(0, 0),
      negativeHalf: roundTo(-34.65, 1),
      negativeZero: Object.is(roundTo(-0.01, 1), -0),
    }).toEqual({
      woninginbraken: -34.7,
      halfway: -31.3,
      fromZero: null,
      missingPrevious: null,
      missingLast: null,
      lelystad: 88.9,
      empty: null,
      negativeHalf: -34.7,
      negativeZero: false,
    });
  });
});

describe("exact Poisson test (conditional binomial, jStat)", () => {
  it("matches p-values computed independently with exact integer arithmetic", () => {
    // Reference: p = min(1, 2 · Σ_{k ≤ min(a,b)} C(a+b, k) / 2^(a+b)), computed in Python with
    // math.comb and fractions.Fraction (no floating point in the sum):
    //   (121, 79)  → 0.0036349479525299385   Dronten woninginbraken 2017 → 2018
    //   (54, 46)   → 0.4841184136072915      fietsdiefstal 2017 → 2018
    //   (1530, 1283) → 3.4666906895014454e-06 criminaliteit totaal
    //   (0, 3)     → 0.25 = 2 · (1/2)^3       straatroof 2017 → 2018
    //   (5, 0)     → 0.0625 = 2 · (1/2)^5
    const p = (a: number, b: number) => exactPoissonTest(a, b)?.pValue ?? null;
    expect(p(121, 79)).toBeCloseTo(0.0036349479525299385, 9);
    expect(p(54, 46)).toBeCloseTo(0.4841184136072915, 9);
    expect(p(1530, 1283)).toBeCloseTo(3.4666906895014454e-6, 9);
    expect({
      straatroof: p(0, 3),
      fiveToNone: p(5, 0),
      same: p(10, 10),
      none: p(0, 0),
      order: p(79, 121) === p(121, 79),
    }).toEqual({
      straatroof: 0.25,
      fiveToNone: 0.0625,
      same: 1,
      none: 1,
      order: true,
    });
  });

  it("gives no test for rates and percentages", () => {
    expect([exactPoissonTest(3.2, 2.2), exactPoissonTest(-1, 4)]).toEqual([null, null]);
  });

  it("keeps tiny p-values exact instead of rounding them to 0", () => {
    // Exact (Python, math.comb + Fraction): 143 → 54: 1.7765386884519489e-10;
    // Noordoostpolder criminaliteit totaal 965 → 1396: 7.057876774562599e-19 (jStat gave 0).
    const relative = (a: number, b: number, exact: number) =>
      Math.abs((exactPoissonTest(a, b)?.pValue ?? 0) - exact) / exact;
    expect(relative(143, 54, 1.7765386884519489e-10)).toBeLessThan(1e-9);
    expect(relative(965, 1396, 7.057876774562599e-19)).toBeLessThan(1e-9);
    // 5000 vs 0: 2 · 2^−5000 is below the smallest double; the smallest positive double stands for it.
    expect(exactPoissonTest(5000, 0)?.pValue).toBeGreaterThan(0);
  });
});

describe("change test with interval and dispersion", () => {
  it("gives the exact Clopper–Pearson interval of the ratio last/previous", () => {
    // a = last, b = previous; p = a/(a+b); lower: P(X ≥ a | n, pL) = 0.025, upper: P(X ≤ a | n, pU) = 0.025,
    // solved by bisection on exact binomial sums in Python; ratio = p/(1 − p).
    //   79 → 121 (woninginbraken up): [1.1440987535675, 2.0603033528040]
    //   121 → 79 (down):              [0.4853654189511, 0.8740504234288]
    //   74 → 75 (autokraak):          [0.7252198584410, 1.4166941456526]
    //   0 → 3:  lower 0.4132313550309, upper unbounded (null); 3 → 0: lower 0, upper 2.4199518933533
    const interval = (previous: number, last: number) => changeTest(previous, last)?.ci95;
    const close = (actual: [number, number | null] | undefined, expected: [number, number | null]) => {
      expect(actual?.[0]).toBeCloseTo(expected[0], 9);
      if (expected[1] === null) expect(actual?.[1]).toBeNull();
      else expect(actual?.[1]).toBeCloseTo(expected[1], 9);
    };
    close(interval(79, 121), [1.1440987535675, 2.060303352804]);
    close(interval(121, 79), [0.4853654189511, 0.8740504234288]);
    close(interval(74, 75), [0.725219858441, 1.4166941456526]);
    close(interval(0, 3), [0.4132313550309, null]);
    close(interval(3, 0), [0, 2.4199518933533]);
    expect(changeTest(2.5, 3)).toBeNull();
  });

  it("widens the test by the dispersion factor: counts divided by φ", () => {
    // φ = 2: 121 → 79 becomes 60.5 vs 39.5: p = 2 · I_½(60.5, 40.5) = 0.0449569567 (regularized incomplete
    // beta, the continuous form of 2 · P(X ≤ 39.5)); for φ = 1 it is 0.0036349 as above.
    const widened = changeTest(121, 79, 2);
    expect(widened?.pValue).toBeCloseTo(0.0449569567, 8);
    expect(widened?.dispersion).toBe(2);
    // A factor under 1 never narrows the test.
    expect(changeTest(121, 79, 0.5)?.pValue).toBeCloseTo(0.0036349479525, 11);
    // The interval is consistent with the test: it excludes 1 exactly when p < 0.05.
    const [lower, upper] = widened?.ci95 ?? [0, 0];
    expect(lower < 1 && (upper ?? Infinity) < 1).toBe(true);
  });

  it("estimates quasi-Poisson dispersion around the log-linear trend, only from 5 years, at least 1", () => {
    const points5 = (values: number[]) => values.map((y, index) => ({ x: 2014 + index, y }));
    // 100, 130, 90, 140, 80: the Poisson fit is log μ = 4.6728 − 0.0375·(year − 2016)
    // (score equations Σ(y − μ) = 0 and Σ t(y − μ) = 0 hold); Pearson χ² = Σ (y − μ)²/μ = 24.457,
    // φ = 24.457 / (5 − 2) = 8.152 (numpy, the same fit by Newton's method).
    expect(quasiPoissonDispersion(points5([100, 130, 90, 140, 80]))).toBeCloseTo(8.1523, 3);
    const fit = poissonTrend(points5([100, 130, 90, 140, 80]));
    const mu = [0, 1, 2, 3, 4].map((i) => Math.exp((fit?.intercept ?? 0) + (fit?.slope ?? 0) * (i - 2)));
    const observed = [100, 130, 90, 140, 80];
    expect(mu.reduce((sum, m, i) => sum + observed[i] - m, 0)).toBeCloseTo(0, 8);
    expect(mu.reduce((sum, m, i) => sum + (i - 2) * (observed[i] - m), 0)).toBeCloseTo(0, 8);
    // Less variation than Poisson: floored at 1. Four years: not estimated. All zero: 1.
    expect(quasiPoissonDispersion(points5([100, 101, 99, 100, 100]))).toBe(1);
    expect(quasiPoissonDispersion(points5([100, 130, 90, 140]))).toBeNull();
    expect(quasiPoissonDispersion(points5([0, 0, 0, 0, 0]))).toBe(1);
  });
});

describe("Benjamini–Hochberg", () => {
  it("adjusts p-values within one set of tests, untested ones left out", () => {
    // m = 4 tests sorted 0.01, 0.03, 0.04, 0.2: p·m/rank = 0.04, 0.06, 0.0533, 0.2; running minimum from the
    // top: 0.2, 0.0533, 0.0533, 0.04.
    const q = benjaminiHochberg([0.01, null, 0.04, 0.03, 0.2]);
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[1]).toBeNull();
    expect(q[2]).toBeCloseTo(0.16 / 3, 12);
    expect(q[3]).toBeCloseTo(0.16 / 3, 12);
    expect(q[4]).toBeCloseTo(0.2, 12);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});

describe("Mann–Kendall and Sen's slope", () => {
  it("computes S, the tie-corrected variance and the two-sided p on a known series", () => {
    // 10, 12, 11, 15, 15, 18: S = 5 + 2 + 3 + 1 + 1 = 12; ties: one pair of 15s, so
    // Var(S) = (6·5·17 − 2·1·9) / 18 = 492/18 = 27.333; Z = (12 − 1)/√27.333 = 2.10400;
    // p = 2·(1 − Φ(2.104)) = 0.0353782 (scipy.stats.norm.sf). Sen: median of the 15 pairwise slopes = 1.5.
    const result = mannKendall(points([10, 12, 11, 15, 15, 18]));
    expect(result?.s).toBe(12);
    expect(result?.variance).toBeCloseTo(27.333333, 5);
    expect(result?.z).toBeCloseTo(2.104003, 5);
    expect(result?.pValue).toBeCloseTo(0.0353782, 6);
    expect(senSlope(points([10, 12, 11, 15, 15, 18]))).toBe(1.5);
  });

  it("tests from 5 years: 4 years can never be significant (exact smallest p = 2/24 = 0.083)", () => {
    expect(mannKendall(points([4, 3, 2, 1]))).toBeNull();
    // Allowed by hand: exact p of a perfect 4-year fall is 2 · 1/4! = 0.0833.
    expect(mannKendall(points([4, 3, 2, 1]), 4)?.pValue).toBeCloseTo(2 / 24, 12);
    // 5 years, strictly rising: S = 10, only 1 of 5! orders reaches it: p = 2/120 = 0.01667.
    expect(mannKendall(points([1, 2, 3, 4, 5]))).toMatchObject({ s: 10, pValue: 2 / 120, exact: true });
  });

  it("finds a falling ten-year series significant with the exact distribution", () => {
    // No ties: S = −41, N = 45, so D = (45 + 41)/2 = 43 inversions; P(S ≤ −41) = P(D ≤ 2) by symmetry =
    // (1 + 9 + 44) / 10! (Mahonian numbers of n = 10), p = 2 · 54 / 3628800 = 2.9762e-5.
    // (The normal approximation gave 0.00034662.)
    const result = mannKendall(points([30, 28, 29, 25, 22, 23, 20, 18, 17, 15]));
    expect({ s: result?.s, variance: result?.variance, exact: result?.exact }).toEqual({
      s: -41,
      variance: 125,
      exact: true,
    });
    expect(result?.pValue).toBeCloseTo((2 * 54) / 3628800, 12);
  });

  it("refuses fewer than five points and calls an all-equal series trendless", () => {
    expect({
      three: mannKendall(points([121, 121, 79])),
      flat: mannKendall(points([5, 5, 5, 5, 5])),
      senOne: senSlope(points([5])),
      senGap: senSlope([
        { x: 2016, y: 10 },
        { x: 2018, y: 14 },
      ]),
    }).toEqual({
      three: null,
      flat: { s: 0, variance: 0, z: 0, pValue: 1, exact: false },
      senOne: null,
      senGap: 2,
    });
  });
});

describe("moving average and index", () => {
  it("averages three years back and indexes on the base year", () => {
    expect({
      average: movingAverage3([121, 121, 79, null, 10, 20, 30]),
      index: indexSeries([143, 54, 46], 0),
      zeroBase: indexSeries([0, 3], 0),
    }).toEqual({
      average: [null, null, 107, null, null, null, 20],
      index: [100, 37.8, 32.2],
      zeroBase: [null, null],
    });
  });
});
