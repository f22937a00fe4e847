import fc from "fast-check";
import { exactPoissonTest, mannKendall } from "../../../src/core/analyze/stats";
import { analyzeFigures } from "../../../src/core/analyze/trends";
import { parseSettings } from "../../../src/core/settings";
import { figuresDataset } from "./fixtures";

const settings = parseSettings({ reportDate: "2025-03-01", population: 41000 });

/** Every number in a value tree, to check none is NaN or ±Infinity. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("properties of the analysis", () => {
  it("gives a symmetric exact Poisson p-value between 0 and 1", () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (a, b) => {
        const forward = exactPoissonTest(a, b)?.pValue;
        const backward = exactPoissonTest(b, a)?.pValue;
        return forward !== undefined && forward === backward && forward >= 0 && forward <= 1;
      }),
    );
  });

  it("gives a Mann–Kendall p-value between 0 and 1, the same for a series and its mirror image", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 15 }), (values) => {
        const points = values.map((y, index) => ({ x: 2000 + index, y }));
        const mirrored = values.map((y, index) => ({ x: 2000 + index, y: -y }));
        const p = mannKendall(points)?.pValue ?? -1;
        return p >= 0 && p <= 1 && Math.abs(p - (mannKendall(mirrored)?.pValue ?? -1)) < 1e-12;
      }),
    );
  });

  it("never reports NaN or Infinity, whatever zeros and gaps a table has", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.nat(2000),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    const table = fc.integer({ min: 1, max: 8 }).chain((yearCount) =>
      fc
        .array(
          fc.record({
            category: fc.constantFrom(
              "woninginbraken",
              "woninginbraak: pogingen",
              "geweld: totaal",
              "geweld: zeden",
              "Totaal",
              "fietsdiefstal",
            ),
            values: fc.array(value, { minLength: yearCount, maxLength: yearCount }),
            unit: fc.constantFrom("count" as const, "percent" as const),
          }),
          { minLength: 1, maxLength: 8 },
        )
        .map((rows) => ({ rows, years: Array.from({ length: yearCount }, (_, index) => 2015 + index) })),
    );
    fc.assert(
      fc.property(table, ({ rows, years }) => {
        const { report } = analyzeFigures(figuresDataset(rows, years), settings);
        return numbersIn(report).every(Number.isFinite);
      }),
    );
  });
});
