import { readFileSync } from "fs";
import * as path from "path";
import { validateJson, type Schema } from "./jsonSchema";

const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../schema/report.schema.json"), "utf8"),
) as Schema;

const minimalReport = {
  schemaVersion: 1,
  reportDate: "2025-03-01",
  language: "nl",
  title: "Voortgang",
  sources: ["a.xlsx"],
  datasets: [],
  activities: null,
  figures: [],
  findings: [
    {
      code: "duplicate-id",
      severity: "error",
      sheet: "Activiteiten",
      cell: "A4",
      message: "Nummer 004 komt vaker voor.",
      hint: "",
      parameters: {},
    },
  ],
  privacy: [],
  summary: { headline: "Geen activiteiten.", lines: [] },
  output: { sheets: ["Koers Overzicht"], charts: 1 },
};

describe("schema/report.schema.json", () => {
  it("accepts a minimal report of schema version 1", () => {
    expect(validateJson(minimalReport, schema)).toEqual([]);
  });

  it("names what is wrong in a report that does not follow it", () => {
    const { summary: _summary, ...withoutSummary } = minimalReport;
    const broken = {
      ...withoutSummary,
      schemaVersion: 2,
      reportDate: "1-3-2025",
      findings: [{ ...minimalReport.findings[0], severity: "fatal", cell: "a4" }],
      output: { sheets: ["Koers Overzicht"], charts: -1 },
      extra: true,
    };
    expect(validateJson(broken, schema)).toEqual([
      "$: missing summary",
      "$.schemaVersion: expected 1",
      '$.reportDate: "1-3-2025" does not match ^\\d{4}-\\d{2}-\\d{2}$',
      '$.findings[0].severity: "fatal" is not one of ["error","warning","info"]',
      "$.findings[0].cell: matches 0 of oneOf",
      "$.output: matches 0 of oneOf",
      "$: unexpected property extra",
    ]);
  });
});
