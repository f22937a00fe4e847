import { analyzeFigures, chooseFocusRegion } from "../../../src/core/analyze/trends";
import { isPseudoRegion } from "../../../src/core/read/regions";
import type { SeriesReport } from "../../../src/core/report";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import { drontenDataset, figuresDataset } from "./fixtures";

const settings = (input: Partial<SettingsInput> = {}) =>
  parseSettings({ reportDate: "2019-06-01", ...input });

function seriesOf(report: { series: SeriesReport[] }, category: string): SeriesReport {
  const found = report.series.find((entry) => entry.category === category);
  if (!found) throw new Error(`no series ${category}`);
  return found;
}

describe("analyzeFigures on Dronten Tabel 2", () => {
  const { report, findings } = analyzeFigures(drontenDataset(), settings());

  it("reports woninginbraken 121 → 121 → 79 in full", () => {
    expect(seriesOf(report, "woninginbraken")).toEqual({
      category: "woninginbraken",
      region: null,
      unit: "count",
      values: [121, 121, 79],
      lastChangePct: -34.7, // (79 − 121) / 121 = −0.34711
      lastChange: -42,
      direction: "down",
      assessment: "better",
      polarity: "lowerIsBetter",
      significant: true,
      // Exact: 2 · P(X ≤ 79 | n = 200, ½) = 0.0036349479525 (Python, math.comb); jStat rounds to 1e-10.
      pValue: expect.closeTo(0.0036349479525, 9),
      test: "poisson",
      // Clopper–Pearson for p = 79/200, as p/(1 − p): see stats.test.ts (Python, exact binomial sums).
      ci95: [0.4854, 0.8741],
      // Benjamini–Hochberg over the 23 count series of the table: sorted p 3.47e-6, 0.0035448, 0.0036349, …;
      // q = 0.0036349 · 23 / 3 = 0.027868 (and pogingen, rank 2, gets the same by the running minimum).
      qValue: expect.closeTo(0.027868, 5),
      // Three years: no dispersion estimate, the test assumes Poisson variation.
      dispersion: null,
      changeKind: "significant",
      smallNumbers: false,
      smallNumbersIndex: false,
      smallNumbersAverage3: false,
      subtotalOf: ["woninginbraak: pogingen", "woninginbraak: geslaagd"],
      subtotalHolds: true,
      subtotalCoverage: null,
      index: [100, 100, 65.3], // 79/121 = 0.6529
      movingAverage3: [null, null, 107], // (121 + 121 + 79) / 3
      ratePer1000: null,
      // Pairwise slopes 0, −21, −42: Sen = −21. Three years: no Mann–Kendall.
      trend: { senSlope: -21, mannKendallP: null, significant: null, tooShort: true, qValue: null },
      target: null,
      cells: ["B10", "C10", "D10"],
      role: "subtotal",
      lastYear: 2018,
      previousYear: 2017,
      provisional: false,
    });
  });

  it("computes fietsdiefstal, straatroof (small numbers, from 0) and the rate row", () => {
    const pick = (category: string) => {
      const entry = seriesOf(report, category);
      return {
        lastChange: entry.lastChange,
        lastChangePct: entry.lastChangePct,
        direction: entry.direction,
        assessment: entry.assessment,
        significant: entry.significant,
        pValue: entry.pValue === null ? null : Number(entry.pValue.toFixed(6)),
        smallNumbers: entry.smallNumbers,
        index: entry.index,
        movingAverage3: entry.movingAverage3,
        senSlope: entry.trend.senSlope,
      };
    };
    expect({
      fietsdiefstal: pick("fietsdiefstal"),
      straatroof: pick("geweld: straatroof"),
      wapenhandel: pick("wapenhandel: totaal per 10.000 inw [%]"),
    }).toEqual({
      // 143 → 54 → 46: −8/54 = −14.8%; p (54 vs 46) = 0.484118 (exact, Python); index 54/143, 46/143;
      // average 243/3; slopes −89, −48.5, −8.
      fietsdiefstal: {
        lastChange: -8,
        lastChangePct: -14.8,
        direction: "down",
        assessment: "better",
        significant: false,
        pValue: 0.484118,
        smallNumbers: false,
        index: [100, 37.8, 32.2],
        movingAverage3: [null, null, 81],
        senSlope: -48.5,
      },
      // 5 → 0 → 3: no % from 0; p = 2 · (½)^3 = 0.25; small numbers; slopes −5, −1, 3.
      straatroof: {
        lastChange: 3,
        lastChangePct: null,
        direction: "up",
        assessment: "worse",
        significant: false,
        pValue: 0.25,
        smallNumbers: true,
        index: [100, 0, 60],
        movingAverage3: [null, null, 2.7],
        senSlope: -1,
      },
      // A rate per 10,000: 3.2 → 2.2 is −31.25% (rounded half away from zero); no Poisson test, no small numbers.
      wapenhandel: {
        lastChange: -1,
        lastChangePct: -31.3,
        direction: "down",
        assessment: "better",
        significant: null,
        pValue: null,
        smallNumbers: false,
        index: [100, 213.3, 146.7],
        movingAverage3: [null, null, 2.3],
        senSlope: 0.35,
      },
    });
  });

  it("marks small numbers with an info finding on the last value's cell", () => {
    expect(
      findings
        .filter((finding) => finding.code === "small-numbers")
        .map((finding) => ({
          cell: finding.cell,
          severity: finding.severity,
          category: finding.parameters.category,
        })),
    ).toEqual([
      { cell: "D7", severity: "info", category: "bromfiets diefstal" }, // 9, 9
      { cell: "D15", severity: "info", category: "geweld: openlijk geweld" }, // 9 → 4
      { cell: "D18", severity: "info", category: "geweld: straatroof" }, // 0 → 3
      { cell: "D19", severity: "info", category: "geweld: overval" }, // 1 → 2
      { cell: "D24", severity: "info", category: "diefstal motorvoertuig" }, // 4 → 6
      { cell: "D25", severity: "info", category: "box-,schuur-,garage inbraak" }, // 11 → 4
    ]);
  });

  it("uses the first year as base year and never tests rates", () => {
    expect({
      baseYear: report.baseYear,
      tested: report.series.filter((entry) => entry.pValue === null).map((entry) => entry.category),
      significant: report.series.filter((entry) => entry.significant).map((entry) => entry.category),
    }).toEqual({
      baseYear: 2016,
      tested: ["wapenhandel: totaal per 10.000 inw [%]"],
      // Criminaliteit totaal 1530 → 1283: p = 3.47e-6; woninginbraak: pogingen 47 → 22: p = 0.0035.
      significant: ["Criminaliteit totaal", "woninginbraken", "woninginbraak: pogingen"],
    });
  });
});

describe("analyzeFigures settings", () => {
  it("gives rates per 1,000 inhabitants for counts, from one number or per year", () => {
    const single = analyzeFigures(drontenDataset(), settings({ population: 41000 })).report;
    const perYear = analyzeFigures(
      drontenDataset(),
      settings({ population: { "2016": 40000, "2017": 40500 } }),
    ).report;
    expect({
      single: seriesOf(single, "woninginbraken").ratePer1000,
      // 121/40 = 3.025 rounds half away from zero; 2018 has no population.
      perYear: seriesOf(perYear, "woninginbraken").ratePer1000,
      rate: seriesOf(single, "wapenhandel: totaal per 10.000 inw [%]").ratePer1000,
    }).toEqual({ single: [2.95, 2.95, 1.93], perYear: [3.03, 2.99, null], rate: null });
  });

  it("indexes on the configured base year when the table has it, else on the first year", () => {
    const on2017 = analyzeFigures(drontenDataset(), settings({ baseYear: 2017 })).report;
    const on2010 = analyzeFigures(drontenDataset(), settings({ baseYear: 2010 })).report;
    expect({
      baseYear: on2017.baseYear,
      index: seriesOf(on2017, "fietsdiefstal").index, // 143/54, 54/54, 46/54
      fallback: on2010.baseYear,
    }).toEqual({ baseYear: 2017, index: [264.8, 100, 85.2], fallback: 2016 });
  });

  it("judges a survey percentage by its polarity, keyed by lower-case category", () => {
    const dataset = figuresDataset(
      [{ category: "Veiligheidsgevoel [%]", unit: "percent", values: [78.1, 80.5] }],
      [2017, 2018],
    );
    const entry = analyzeFigures(
      dataset,
      settings({ polarity: { "veiligheidsgevoel [%]": "higherIsBetter" } }),
    ).report.series[0];
    expect({
      lastChange: entry.lastChange,
      lastChangePct: entry.lastChangePct, // 2.4 / 78.1 = 3.07%
      direction: entry.direction,
      assessment: entry.assessment,
      polarity: entry.polarity,
      significant: entry.significant,
      smallNumbers: entry.smallNumbers,
    }).toEqual({
      lastChange: 2.4,
      lastChangePct: 3.1,
      direction: "up",
      assessment: "better",
      polarity: "higherIsBetter",
      significant: null,
      smallNumbers: false,
    });
  });

  it("calls a change under 1% flat and the same", () => {
    const dataset = figuresDataset([{ category: "vernielingen", values: [182, 181] }], [2017, 2018]);
    const entry = analyzeFigures(dataset, settings()).report.series[0];
    expect([entry.lastChangePct, entry.direction, entry.assessment]).toEqual([-0.5, "flat", "same"]);
  });
});

describe("analyzeFigures edge cases", () => {
  const trendOf = (
    values: (number | null)[],
    years: number[],
    options: { provisionalYears?: number[]; symbols?: (string | null)[] } = {},
  ) =>
    analyzeFigures(
      figuresDataset([{ category: "woninginbraken", values, symbols: options.symbols }], years, {
        provisionalYears: options.provisionalYears,
      }),
      settings(),
    );

  it("handles a table of one year: nothing to compare, too short for a trend", () => {
    const { report, findings } = trendOf([79], [2018]);
    const entry = report.series[0];
    expect({
      lastChange: entry.lastChange,
      lastChangePct: entry.lastChangePct,
      direction: entry.direction,
      assessment: entry.assessment,
      significant: entry.significant,
      pValue: entry.pValue,
      index: entry.index,
      movingAverage3: entry.movingAverage3,
      trend: entry.trend,
      lastYear: entry.lastYear,
      previousYear: entry.previousYear,
      findings: findings.length,
    }).toEqual({
      lastChange: null,
      lastChangePct: null,
      direction: "flat",
      assessment: null,
      significant: null,
      pValue: null,
      index: [100],
      movingAverage3: [null],
      trend: { senSlope: null, mannKendallP: null, significant: null, tooShort: true, qValue: null },
      lastYear: 2018,
      previousYear: null,
      findings: 0,
    });
  });

  it("handles zeros: 0 → 0 has no percentage, is flat, and p = 1", () => {
    const entry = trendOf([0, 0], [2017, 2018]).report.series[0];
    expect([
      entry.lastChange,
      entry.lastChangePct,
      entry.direction,
      entry.assessment,
      entry.pValue,
      entry.significant,
      entry.smallNumbers,
      entry.index,
    ]).toEqual([0, null, "flat", "same", 1, false, true, [null, null]]);
  });

  it("skips missing years in the trend and uses the real years for Sen's slope", () => {
    // Points (2013,40) (2014,35) (2016,30) (2017,25) (2018,28): S = −4 −3 −2 +1 = −8, no ties, so exact:
    // N = 10 pairs, D = (10 + 8)/2 = 9 inversions; P(S ≤ −8) = P(D ≤ 1) = (1 + 4)/5! and p = 2 · 5/120 = 0.083333.
    // Pairwise slopes −5, −3.33, −3.75, −2.4, −2.5, −3.33, −1.75, −5, −1, 3: median (−3.333 − 2.5)/2 = −2.92.
    const entry = trendOf([40, 35, null, 30, 25, 28], [2013, 2014, 2015, 2016, 2017, 2018]).report.series[0];
    expect({
      lastChange: entry.lastChange,
      lastChangePct: entry.lastChangePct,
      movingAverage3: entry.movingAverage3,
      senSlope: entry.trend.senSlope,
      mannKendallP: Number(entry.trend.mannKendallP?.toFixed(6)),
      significant: entry.trend.significant,
      tooShort: entry.trend.tooShort,
    }).toEqual({
      lastChange: 3,
      lastChangePct: 12,
      movingAverage3: [null, null, null, null, null, 27.7],
      senSlope: -2.92,
      mannKendallP: 0.083333,
      significant: false,
      tooShort: false,
    });
  });

  it("gives no change when the last year is missing rather than comparing other years", () => {
    const entry = trendOf([121, 79, null], [2016, 2017, 2018]).report.series[0];
    expect([
      entry.lastChange,
      entry.lastChangePct,
      entry.direction,
      entry.assessment,
      entry.significant,
    ]).toEqual([null, null, "flat", null, null]);
  });

  it("still tests a provisional last year but flags it", () => {
    const header = trendOf([121, 79], [2017, 2018], { provisionalYears: [2018] }).report.series[0];
    const symbol = trendOf([121, 79], [2017, 2018], { symbols: [null, "*"] }).report.series[0];
    expect([header.provisional, header.significant, symbol.provisional, symbol.significant]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it("finds a significant Mann–Kendall trend over ten years", () => {
    const years = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
    const entry = trendOf([300, 280, 290, 250, 220, 230, 200, 180, 170, 150], years).report.series[0];
    // Same ranks as the ten-year series in stats.test.ts: exact p = 2 · 54 / 10! = 2.9762e-5; one test, so q = p.
    expect({
      significant: entry.trend.significant,
      tooShort: entry.trend.tooShort,
      p: entry.trend.mannKendallP,
      q: entry.trend.qValue,
    }).toEqual({
      significant: true,
      tooShort: false,
      p: expect.closeTo((2 * 54) / 3628800, 12),
      q: expect.closeTo((2 * 54) / 3628800, 12),
    });
  });
});

describe("analyzeFigures: overdispersion, small numbers in index and average", () => {
  const years = [2019, 2020, 2021, 2022, 2023, 2024];

  it("widens the change test by the dispersion around the trend with five or more years", () => {
    // 100, 130, 90, 140, 80, 125: Poisson fit log μ = 4.707967 + 0.006445·(year − 2021.5) (numpy, Newton);
    // Pearson χ² = 26.2001, φ = 26.2001 / (6 − 2) = 6.550. Test on 125/6.55 and 80/6.55:
    // p = 2 · I_½(125/6.55, 80/6.55 + 1) = 0.293964 (mpmath.betainc), where pure Poisson gives 0.0020436;
    // ci95 = Clopper–Pearson on the scaled counts, as p/(1 − p): [0.723435, 3.507506] (mpmath).
    const { report } = analyzeFigures(
      figuresDataset([{ category: "geweld", values: [100, 130, 90, 140, 80, 125] }], years),
      settings(),
    );
    const entry = report.series[0];
    expect(entry.dispersion).toBe(6.55);
    expect(entry.pValue).toBeCloseTo(0.293964, 6);
    expect(entry.ci95?.[0]).toBeCloseTo(0.7234, 4);
    expect(entry.ci95?.[1]).toBeCloseTo(3.5075, 4);
    expect(entry.significant).toBe(false);
    // +45 cases and +56%: still notable, so the headline names it as "niet significant".
    expect(entry.changeKind).toBe("notable");
    expect(report.testing?.poissonAssumed).toBe(false);
  });

  it("assumes Poisson variation with fewer than five years and says so in the testing summary", () => {
    const { report } = analyzeFigures(
      figuresDataset([{ category: "geweld", values: [90, 140, 80, 125] }], years.slice(2)),
      settings(),
    );
    expect(report.series[0].dispersion).toBeNull();
    // Pure Poisson: 2 · P(X ≤ 80 | 205, ½) = 0.0020436 (mpmath.betainc(125, 81, 0, ½)).
    expect(report.series[0].pValue).toBeCloseTo(0.0020436238, 9);
    expect(report.testing?.poissonAssumed).toBe(true);
  });

  it("marks index and 3-year average that rest on small numbers", () => {
    const { report } = analyzeFigures(
      figuresDataset(
        [
          // Base 5 < 10: the index (40/5 = 800) rests on a small number; average (7 + 30 + 40)/3 = 25.7 does not.
          { category: "overval", values: [5, 6, 7, 30, 40, 40] },
          // Last average (3 + 2 + 4)/3 = 3 < 10 and last value 4 < 10.
          { category: "straatroof", values: [12, 11, 10, 3, 2, 4] },
          { category: "fietsdiefstal", values: [143, 54, 46, 60, 70, 66] },
        ],
        years,
      ),
      settings(),
    );
    expect(
      report.series.map((entry) => [entry.category, entry.smallNumbersIndex, entry.smallNumbersAverage3]),
    ).toEqual([
      ["overval", true, false],
      ["straatroof", true, true],
      ["fietsdiefstal", false, false],
    ]);
  });
});

describe("chooseFocusRegion", () => {
  const none = settings();
  it("takes the setting, then a region the titles name as a whole word, then the first real region", () => {
    const regions = ["Niet in te delen", "Noord", "Noordoostpolder", "Dronten", null];
    expect(chooseFocusRegion(regions, { region: "DRONTEN " }, ["Noord"])).toBe("Dronten");
    // "Noordoostpolder" in a title is not "Noord"; file names count as words too.
    expect(chooseFocusRegion(regions, none, ["Cijfers gemeente Noordoostpolder 2024"])).toBe(
      "Noordoostpolder",
    );
    expect(chooseFocusRegion(regions, none, ["dronten-cbs-statline.xlsx"])).toBe("Dronten");
    // A setting the table does not have falls back to the hints, then to the first real region.
    expect(chooseFocusRegion(regions, { region: "Almere" }, [])).toBe("Noord");
    expect(chooseFocusRegion(["Onbekend", "Buitenland"], none, [])).toBe("Onbekend");
    expect(chooseFocusRegion([null, null], none, ["Dronten"])).toBeNull();
  });

  it("recognises pseudo-regions by name, whatever case or spacing", () => {
    expect(
      ["Niet in te delen", "niet-gemeentelijk  ingedeeld", "BUITENLAND", "Overig", "Dronten"].map(
        isPseudoRegion,
      ),
    ).toEqual([true, true, true, true, false]);
  });
});

describe("rates per 1,000 with regions", () => {
  it("divides only the focus region by the population setting, never another region", () => {
    const { report } = analyzeFigures(
      figuresDataset(
        [
          { category: "woninginbraak", region: "Dronten", values: [121, 79] },
          { category: "woninginbraak", region: "Noordoostpolder", values: [90, 69] },
        ],
        [2017, 2018],
        { layout: "long" },
      ),
      settings({ population: 40000 }),
      { regionHints: ["dronten-cbs-statline.xlsx"] },
    );
    // 121 / 40000 · 1000 = 3.025 → 3.03 (two decimals, half away from zero); 79 → 1.98.
    expect(report.series.map((entry) => [entry.region, entry.ratePer1000])).toEqual([
      ["Dronten", [3.03, 1.98]],
      ["Noordoostpolder", null],
    ]);
  });
});
