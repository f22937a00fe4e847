import {
  exactPoissonTest,
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

  it("reports tiny p-values at jStat's 1e-10 resolution, never below 0", () => {
    // Exact: 1.7765386884519489e-10 for fietsdiefstal 143 → 54 (2016 → 2017).
    const pValue = exactPoissonTest(143, 54)?.pValue ?? -1;
    expect(pValue).toBeGreaterThanOrEqual(0);
    expect(pValue).toBeLessThan(1e-9);
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

  it("cannot call four years significant: the smallest two-sided p is 0.089", () => {
    // 4, 3, 2, 1: S = −6, Var = 4·3·13/18 = 8.667, Z = −5/2.944 = −1.698, p = 0.0894294.
    expect(mannKendall(points([4, 3, 2, 1]))?.pValue).toBeCloseTo(0.0894294, 6);
  });

  it("finds a falling ten-year series significant", () => {
    // S = −41, Var = 10·9·25/18 = 125, Z = −40/√125 = −3.5777, p = 0.00034662.
    const result = mannKendall(points([30, 28, 29, 25, 22, 23, 20, 18, 17, 15]));
    expect({ s: result?.s, variance: result?.variance }).toEqual({ s: -41, variance: 125 });
    expect(result?.pValue).toBeCloseTo(0.00034662, 7);
  });

  it("refuses fewer than four points and calls an all-equal series trendless", () => {
    expect({
      three: mannKendall(points([121, 121, 79])),
      flat: mannKendall(points([5, 5, 5, 5])),
      senOne: senSlope(points([5])),
      senGap: senSlope([
        { x: 2016, y: 10 },
        { x: 2018, y: 14 },
      ]),
    }).toEqual({ three: null, flat: { s: 0, variance: 0, z: 0, pValue: 1 }, senOne: null, senGap: 2 });
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
