import fc from "fast-check";
import type {
  Activity,
  ActivityDataset,
  Dataset,
  FigureSeries,
  FiguresDataset,
  StatusKey,
} from "../../../src/core/datasets";
import { findingCatalog } from "../../../src/core/findings/catalog";
import { parseSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/snapshot";
import { summarizeFindings, validateDatasets } from "../../../src/core/validate/validate";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

const text = fc.oneof(
  fc.string(),
  fc.fullUnicodeString(),
  fc.constantFrom(
    "",
    "  ",
    "31-02-2025",
    "Q2 2025",
    '=HYPERLINK("x")',
    "#REF!",
    "n.b.",
    ".",
    "x",
    "2024*",
    "Loopt achtr",
    "0",
  ),
);
const maybeText = fc.option(text, { nil: null });
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308, -0),
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  number,
  text,
  fc
    .constantFrom("#DIV/0!", "#REF!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "")
    .map((error) => ({ error })),
);
const rows = fc.array(fc.array(cellValue, { maxLength: 7 }), { maxLength: 10 });
const rowNumber = fc.integer({ min: -3, max: 14 });
const address = fc.oneof(
  fc.constant(null),
  fc.constantFrom("A1", "B3", "G9", "Z99", "AA1", "not a cell", "", "$C$4"),
);
const sheetName = fc.constantFrom("Blad1", "Blad2", "Ontbreekt");
const status = fc.constantFrom<StatusKey>("done", "onTrack", "delayed", "notStarted", "unknown");

const activity: fc.Arbitrary<Activity> = fc.record({
  row: rowNumber,
  id: maybeText,
  name: text,
  group: maybeText,
  owner: maybeText,
  partners: maybeText,
  planning: fc.option(
    fc.record({
      kind: fc.constantFrom(
        "date",
        "quarter",
        "year",
        "endOfYear",
        "range",
        "ongoing",
      ) as fc.Arbitrary<"date">,
      start: fc.option(fc.constantFrom("2024-01-01", "2025-02-30", "garbage", ""), { nil: null }),
      end: fc.option(fc.constantFrom("2024-12-31", "2026-06-30", "2025-02-30", "garbage", ""), { nil: null }),
      text,
    }),
    { nil: null },
  ),
  planningText: maybeText,
  status,
  statusText: maybeText,
  statusSource: fc.constantFrom("text", "fill", "none") as fc.Arbitrary<"text">,
  note: maybeText,
});

const columns = fc.dictionary(
  fc.constantFrom("id", "name", "group", "owner", "partners", "planning", "status", "note"),
  fc.record({ column: fc.integer({ min: -1, max: 9 }), header: text }),
);

const activities: fc.Arbitrary<ActivityDataset> = fc.record({
  kind: fc.constant("activities" as const),
  sheet: sheetName,
  headerRow: rowNumber,
  firstRow: rowNumber,
  lastRow: rowNumber,
  confidence: fc.double({ min: 0, max: 1 }),
  explanation: fc.record({
    sheet: sheetName,
    headerRow: rowNumber,
    columns: fc.array(
      fc.record({
        header: text,
        field: fc.constantFrom("id", "name", "status", "category"),
        column: fc.integer({ min: -1, max: 9 }),
      }),
      { maxLength: 6 },
    ),
    notes: fc.constant([]),
  }),
  columns,
  activities: fc.array(activity, { maxLength: 12 }),
});

const series: fc.Arbitrary<FigureSeries> = fc.record({
  category: text,
  region: maybeText,
  unit: fc.constantFrom("count", "per1000", "per10000", "percent") as fc.Arbitrary<"count">,
  values: fc.array(fc.option(number, { nil: null }), { maxLength: 8 }),
  cells: fc.array(address, { maxLength: 8 }),
  symbols: fc.array(maybeText, { maxLength: 8 }),
  row: rowNumber,
  targetText: maybeText,
});

const figures: fc.Arbitrary<FiguresDataset> = fc.record({
  kind: fc.constant("figures" as const),
  sheet: sheetName,
  layout: fc.constantFrom("wide", "long") as fc.Arbitrary<"wide">,
  headerRow: rowNumber,
  years: fc.array(fc.integer({ min: 1990, max: 2030 }), { maxLength: 8 }),
  provisionalYears: fc.array(fc.integer({ min: 1990, max: 2030 }), { maxLength: 3 }),
  confidence: fc.double({ min: 0, max: 1 }),
  explanation: fc.record({
    sheet: sheetName,
    headerRow: rowNumber,
    columns: fc.array(
      fc.record({
        header: text,
        field: fc.constantFrom("category", "period", "region", "value"),
        column: fc.integer({ min: -1, max: 9 }),
      }),
      { maxLength: 5 },
    ),
    notes: fc.constant([]),
  }),
  series: fc.array(series, { maxLength: 8 }),
});

describe("validation on random snapshots and datasets", () => {
  it("never throws, and every finding comes from the catalog and points at a real cell", () => {
    const settings = parseSettings({ reportDate: "2025-03-01" });
    fc.assert(
      fc.property(
        rows,
        rows,
        fc.array(fc.oneof<fc.Arbitrary<Dataset>[]>(activities, figures), { maxLength: 4 }),
        fc.constantFrom("nl", "en"),
        (first, second, datasets, language) => {
          const workbook = workbookFromSheets(
            "random.xlsx",
            sheetFromRows("Blad1", first),
            sheetFromRows("Blad2", second),
          );
          const findings = validateDatasets(workbook, datasets, {
            ...settings,
            language: language as "nl" | "en",
          });
          const report = summarizeFindings(findings);
          return (
            report.counts.error + report.counts.warning + report.counts.info === findings.length &&
            findings.every(
              (finding) =>
                findingCatalog[finding.code].severity === finding.severity &&
                finding.message.length > 0 &&
                (finding.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(finding.cell)),
            )
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
