import { readFileSync } from "fs";
import * as path from "path";
import { analyzeWorkbooks } from "../../src/core/pipeline";
import { parseSettings } from "../../src/core/settings";
import { drontenWideSheet } from "../support/fixtures";
import { workbookFromSheets } from "../support/snapshotBuilder";
import { longRegionsSheet, wideMarginSheet, wideWithoutMarginsSheet } from "../support/surveyWorkbooks";
import { validateJson, type Schema } from "./jsonSchema";

const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../schema/report.schema.json"), "utf8"),
) as Schema;

describe("schema/report.schema.json on survey tables", () => {
  const { report } = analyzeWorkbooks({
    workbooks: [
      workbookFromSheets("dronten-cijfers.xlsx", drontenWideSheet()),
      workbookFromSheets(
        "veiligheidsmonitor.xlsx",
        wideMarginSheet(),
        longRegionsSheet(),
        wideWithoutMarginsSheet(),
      ),
    ],
    settings: parseSettings({ reportDate: "2025-03-01" }),
  });
  const json = JSON.parse(JSON.stringify(report)) as typeof report;

  it("accepts a report with margins, tests, marks and an unknown polarity", () => {
    expect(validateJson(json, schema)).toEqual([]);
  });

  it("documents margins, test and survey, and rejects a method it does not name", () => {
    const series = (schema.$defs as Record<string, Schema>).seriesReport.properties as Record<string, Schema>;
    expect([typeof series.margins.description, typeof series.test.description]).toEqual(["string", "string"]);
    const broken = structuredClone(json);
    broken.figures[1].series[0].test = "t-test" as never;
    expect(validateJson(broken, schema)).toEqual([
      '$.figures[1].series[0].test: "t-test" is not one of ["poisson","margins",null]',
    ]);
  });
});
