import fc from "fast-check";
import { parseNumberInput, thresholdProblem } from "../../src/taskpane/numberInput";

const read = (text: string, rules = {}) => {
  const result = parseNumberInput(text, rules);
  return result.ok ? result.value : result.reason;
};

describe("parseNumberInput", () => {
  it("reads Dutch and English notation of the same number alike", () => {
    expect(
      [
        "41.000",
        "41000",
        "41 000",
        "41,5",
        "41.5",
        "1.234,5",
        "1,234.5",
        "1.234.567",
        "1,234,567",
        "0,750",
        "-5",
      ].map((text) => read(text)),
    ).toEqual([41000, 41000, 41000, 41.5, 41.5, 1234.5, 1234.5, 1234567, 1234567, 0.75, -5]);
  });

  it("refuses what reads two ways or is no number, with the reason", () => {
    expect(
      ["41,000", "", "  ", "veertig", "4.1.2", "1.23,4", "1,2.3", "12a", "1.234,5,6"].map((text) =>
        read(text),
      ),
    ).toEqual([
      "ambiguous",
      "empty",
      "empty",
      "notANumber",
      "notANumber",
      "notANumber",
      "notANumber",
      "notANumber",
      "notANumber",
    ]);
  });

  it("applies the field's bounds and wholeness", () => {
    const population = { whole: true, min: 0, minExclusive: true };
    const percent = { min: 0, max: 100 };
    expect({
      population: ["41.000", "41,5", "0", "-3"].map((text) => read(text, population)),
      percent: ["95", "-5", "100,5", "1.500", "62,5"].map((text) => read(text, percent)),
    }).toEqual({
      population: [41000, "notWhole", "tooLow", "tooLow"],
      percent: [95, "tooLow", "tooHigh", "tooHigh", 62.5],
    });
  });

  it("reads back every number written by Dutch Excel", () => {
    const dutch = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + Math.sign(whole || 1) * (cents / 100);
          expect(read(dutch.format(value))).toBeCloseTo(value, 6);
        },
      ),
    );
  });

  it("never misreads English notation: the same number, or refused as ambiguous", () => {
    const english = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + cents / 100;
          const result = read(english.format(value));
          if (result === "ambiguous") expect(english.format(value)).toMatch(/^\d{1,3},\d{3}$/);
          else expect(result).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});

describe("thresholdProblem", () => {
  it("wants oranje below groen", () => {
    expect([thresholdProblem(80, 60), thresholdProblem(95, 99), thresholdProblem(70, 70)]).toEqual([
      null,
      "amberNotBelowGreen",
      "amberNotBelowGreen",
    ]);
  });
});
