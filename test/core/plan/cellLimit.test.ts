import { buildReportPlan } from "../../../src/core";
import { excelCellCharacters, withinCellLimit } from "../../../src/core/plan/cellLimit";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { lelystadActivities, seedReport, settingsFor } from "./reportFixtures";

/** Every text a plan writes into a cell. */
const cellTexts = (plan: ReturnType<typeof buildReportPlan>) =>
  plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) => block.values.flat().filter((value) => typeof value === "string")),
  ) as string[];

describe("Excel's cell limit", () => {
  it("cuts a text over 32,767 characters to the limit with '…' and leaves shorter ones as they are", () => {
    const long = "a".repeat(40_000);
    expect([withinCellLimit(long).length, withinCellLimit(long).at(-1), withinCellLimit("kort")]).toEqual([
      excelCellCharacters,
      "…",
      "kort",
    ]);
  });

  it("never plans a cell Excel refuses, in the workbook or the griffie copy", () => {
    const settings = settingsFor();
    const activities = lelystadActivities();
    const longName = `Cameratoezicht ${"evalueren ".repeat(4_000)}`;
    activities.overdueList[0] = { ...activities.overdueList[0], name: longName };
    const report = seedReport(settings, { activities });
    for (const audience of ["workbook", "griffie"] as const) {
      const texts = cellTexts(buildReportPlan(report, settings, [], { audience }));
      const shortened = texts.filter((text) => text.startsWith("Cameratoezicht evalueren"));
      expect({
        audience,
        longest: Math.max(...texts.map((text) => text.length)),
        shortened: shortened.map((text) => [text.length, text.at(-1)]),
      }).toEqual({ audience, longest: excelCellCharacters, shortened: [[excelCellCharacters, "…"]] });
    }
  });

  it("tells the user once which source texts were too long and where the first one is", () => {
    const sheet = sheetFromRows("Activiteiten", [
      ["Nr", "Activiteit", "Status", "Toelichting"],
      ["1", "Cameratoezicht evalueren", "Afgerond", "x".repeat(33_000)],
      ["2", "Weerbaarheid ondernemers", "Vertraagd", "y".repeat(50_000)],
      ["3", "Buurtpreventie", "Loopt volgens planning", "kort"],
    ]);
    const { report } = analyzeWorkbooks({
      workbooks: [workbookFromSheets("lijst.xlsx", sheet)],
      settings: parseSettings({ reportDate: "2025-06-30" }),
    });
    expect(
      report.findings
        .filter((finding) => finding.code === "text-truncated")
        .map((finding) => [finding.cell, finding.message]),
    ).toEqual([
      [
        "D2",
        "2 tekst(en) waren langer dan de 32.767 tekens die een Excel-cel kan bevatten en zijn in de uitvoer ingekort met '…' (eerste op blad 'Activiteiten').",
      ],
    ]);
  });
});
