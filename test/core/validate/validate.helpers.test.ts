import fc from "fast-check";
import { errorValueOf } from "../../../src/core/validate/cells";
import { outlierIndexes } from "../../../src/core/validate/checks/figureChecks";
import { looksLikeFormula } from "../../../src/core/validate/checks/regionChecks";
import { impossibleDateIn, isValidIsoDate } from "../../../src/core/validate/dates";

describe("looksLikeFormula", () => {
  it("takes formula-looking text for a formula, not phone numbers, negative numbers or dashes", () => {
    const texts = [
      '=HYPERLINK("x")',
      "=A1+B1",
      "= SUM(B2:B9)",
      "@SUM(A1)",
      "+SUM(A1:A3)",
      "-IF(A1>0;1;0)",
      "+31 6 12345678",
      "-5",
      "- zie toelichting",
      "=",
      "e=mc2",
    ];
    expect(texts.filter(looksLikeFormula)).toEqual([
      '=HYPERLINK("x")',
      "=A1+B1",
      "= SUM(B2:B9)",
      "@SUM(A1)",
      "+SUM(A1:A3)",
      "-IF(A1>0;1;0)",
    ]);
  });
});

describe("outlierIndexes", () => {
  it("finds a typo far outside its series but not a real fall, nor in short series", () => {
    expect([
      outlierIndexes([200, 210, 2100, 190, 205, 198]),
      outlierIndexes([121, 121, 79, 80, 75, 70]),
      outlierIndexes([100, 100, 100, 100, 104]),
      outlierIndexes([10, 10, 10, 10, 500]),
      outlierIndexes([300, 3000, 310, null]),
      outlierIndexes([300, 310, 21, 305, 299, null, 302]),
      outlierIndexes([0, 0, 0, 0, 0]),
    ]).toEqual([[2], [], [], [4], [], [2], []]);
  });
});

describe("dates", () => {
  it("knows which calendar dates exist", () => {
    expect([
      isValidIsoDate("2024-02-29"),
      isValidIsoDate("2025-02-29"),
      isValidIsoDate("2025-13-01"),
      isValidIsoDate("31-12-2025"),
    ]).toEqual([true, false, false, false]);
    expect([
      impossibleDateIn("31-02-2025"),
      impossibleDateIn("van 1-4-2025 tot 31-4-2025"),
      impossibleDateIn("29-02-2024"),
      impossibleDateIn("Q2 2025"),
    ]).toEqual(["31-02-2025", "31-4-2025", null, null]);
  });

  it("reads a yyyy-mm-dd text as valid exactly when the calendar has that day", () => {
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists =
            date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(isValidIsoDate(text)).toBe(exists);
        },
      ),
    );
    expect(
      ["2025-06-3O", "2025/06/30", " 2025-06-30", "2025-06-301", "٢٠٢٥-06-30"].map(isValidIsoDate),
    ).toEqual([false, false, false, false, false]);
  });
});

describe("errorValueOf", () => {
  it("reads an error cell and text that is exactly an error value, padded or in lower case, and nothing else", () => {
    expect(
      [
        { error: "#DIV/0!" },
        " #n/a ",
        "#GETTING_DATA",
        "#NAME?",
        "Zie #N/A in rij 4",
        "Activiteit 12",
        "",
        12,
      ].map((value) => errorValueOf(value)),
    ).toEqual(["#DIV/0!", "#N/A", "#GETTING_DATA", "#NAME?", null, null, null, null]);
  });
});
