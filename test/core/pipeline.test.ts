import { analyzeWorkbooks } from "../../src/core/pipeline";
import { parseSettings } from "../../src/core/settings";
import { drontenWide, lelystadActivityList, lelystadExpected, lelystadReportDate } from "../support/fixtures";

/** Analysis behind detection: the seed workbooks read, detected and analysed by the one flow. */
describe("analysis in the pipeline", () => {
  const { report } = analyzeWorkbooks({
    workbooks: [lelystadActivityList(), drontenWide()],
    settings: parseSettings({ reportDate: lelystadReportDate }),
  });

  it("reports the Lelystad progress and headline", () => {
    expect({
      total: report.activities?.total,
      byStatus: report.activities?.byStatus,
      onTrackPct: report.activities?.onTrackPct,
      overdue: report.activities?.overdue,
      groups: report.activities?.groups.map((group) => ({
        name: group.name,
        total: group.total,
        byStatus: group.byStatus,
      })),
      headline: report.summary.headline,
    }).toEqual({
      total: lelystadExpected.total,
      byStatus: lelystadExpected.byStatus,
      onTrackPct: lelystadExpected.onTrackPct,
      overdue: lelystadExpected.overdue,
      groups: lelystadExpected.groups,
      headline:
        "89% van de 117 activiteiten loopt volgens planning of is afgerond; geen daarvan is over de geplande einddatum.",
    });
  });

  it("finds the Dronten subtotals and says which share of geweld: totaal its rows cover", () => {
    const figures = report.figures[0];
    expect({
      structure: figures.series
        .filter((series) => series.role !== "leaf")
        .map((series) => [series.category, series.role, series.subtotalHolds]),
      mismatches: report.findings
        .filter((finding) => finding.code === "subtotal-mismatch")
        .map((finding) => [finding.cell, finding.parameters.value, finding.parameters.sum]),
      coverage: report.findings
        .filter((finding) => finding.code === "subtotal-coverage")
        .map((finding) => [finding.cell, finding.severity, finding.parameters.coverage]),
      woninginbraken: report.summary.lines.filter((line) => line.startsWith("Woninginbraken")),
    }).toEqual({
      structure: [
        ["Criminaliteit totaal", "total", null],
        ["brom-,snor-,fietsdiefstal", "subtotal", true],
        ["woninginbraken", "subtotal", true],
        ["geweld: totaal", "subtotal", null],
      ],
      // 145/155, 122/126, 131/138: the rows cover 94–97% in every year and add up in none.
      mismatches: [],
      coverage: [["D13", "info", "94% tot 97%"]],
      woninginbraken: ["Woninginbraken: van 121 in 2017 naar 79 in 2018 (−34,7%), een significante daling."],
    });
  });
});
