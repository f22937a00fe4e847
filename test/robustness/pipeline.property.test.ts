import fc from "fast-check";
import { analyzeWorkbooks } from "../../src/core/pipeline";
import { buildReportPlan } from "../../src/core/plan/buildPlan";
import { parseSettings } from "../../src/core/settings";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { sheetFromRows } from "../support/snapshotBuilder";

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    '=HYPERLINK("http://x","y")',
    "+31 6 12345678",
    "-",
    ".",
    "x",
    "2024*",
    "Q4 2019 / Q1 2020",
    "31-02-2025",
    "1.697",
    "1,5",
    "n.b.",
    "Loopt volgens planning",
    "Afgerond",
    "Vertraagd",
    "Status",
    "Activiteit",
    "Prioriteit",
    "Categorie",
    "2016",
    "2017",
    "Ondermijning",
    "\u0000\u202e𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "a".repeat(5000),
  ),
  fc.string(),
  fc.fullUnicodeString({ maxLength: 20 }),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 5000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, 45657, 0, -0) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!").map((error) => ({ error })),
  },
);

const sheet = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 31 }),
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { maxLength: 25 }),
    merged: fc.boolean(),
    fill: fc.constantFrom(null, "#00B050", "#FF0000", "#FFC000", "#BFBFBF"),
  })
  .map(({ name, rows, merged, fill }) => {
    const built = sheetFromRows(name, rows);
    if (merged && built.rowCount > 1 && built.columnCount > 1)
      built.merges.push(`A2:${String.fromCharCode(64 + built.columnCount)}2`);
    if (fill) built.fills = built.fills.map((row) => row.map(() => fill));
    return built;
  });

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(sheet, { minLength: 0, maxLength: 3 })
  .map((sheets) => ({ name: "random.xlsx", sheets }));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe("the whole core pipeline on random workbooks", () => {
  const settings = parseSettings({ reportDate: "2025-06-30" });

  it("never throws, never changes the source snapshot, and always yields a plan", () => {
    fc.assert(
      fc.property(
        workbook,
        fc.option(workbook, { nil: null }),
        fc.constantFrom("nl", "en"),
        (input, previous, language) => {
          const before = JSON.stringify(input);
          deepFreeze(input);
          const languageSettings = { ...settings, language } as typeof settings;
          const { report } = analyzeWorkbooks({ workbooks: [input], previous, settings: languageSettings });
          const plan = buildReportPlan(
            report,
            languageSettings,
            input.sheets.map((item) => item.name),
          );
          expect(JSON.stringify(input)).toBe(before);
          expect(report.schemaVersion).toBe(1);
          expect(JSON.stringify(report)).not.toMatch(/Infinity|NaN/);
          expect(plan.language).toBe(language);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("survives one column, a very wide row and a sheet of merges", () => {
    const wide = sheetFromRows("Breed", [
      Array.from({ length: 16384 }, (_, index) => (index % 3 === 0 ? index : null)),
    ]);
    const single = sheetFromRows(
      "Eén kolom",
      Array.from({ length: 50 }, (_, index) => [index === 0 ? "Activiteit" : `actie ${index}`]),
    );
    const merged = sheetFromRows("Samengevoegd", [["Ondermijning"], ["x"]], { merges: ["A1:A2"] });
    const input = deepFreeze({ name: "edge.xlsx", sheets: [wide, single, merged] });
    const { report } = analyzeWorkbooks({ workbooks: [input], settings });
    expect(() => buildReportPlan(report, settings, ["Breed", "Eén kolom", "Samengevoegd"])).not.toThrow();
  });
});
