import { buildReportPlan } from "../../../src/core";
import { drontenFigures, seedReport, settingsFor } from "./reportFixtures";

// The plan's job is to pass every text from user data through redactText; what redactText finds is
// tested with the privacy code. A stand-in that removes a marker makes a missed text visible.
jest.mock("../../../src/core/privacy/redact", () => ({
  redactText: (text: string) => ({ text: text.replace(/PERSOON/g, "[naam verwijderd]"), removed: [] }),
}));

function markedReport() {
  const settings = settingsFor({ title: "Voortgang PERSOON" });
  const report = seedReport(settings);
  const activities = report.activities!;
  activities.groups = activities.groups.map((group) => ({ ...group, name: `${group.name} PERSOON` }));
  activities.overdueList = activities.overdueList.map((activity) => ({
    ...activity,
    name: `${activity.name} PERSOON`,
    group: `${activity.group} PERSOON`,
    planningText: `${activity.planningText} PERSOON`,
  }));
  activities.changes = {
    statusChanged: activities.changes!.statusChanged.map((change) => ({
      ...change,
      name: `${change.name} PERSOON`,
    })),
    added: activities.changes!.added.map((added) => ({ ...added, name: `${added.name} PERSOON` })),
    removed: activities.changes!.removed.map((removed) => ({ ...removed, name: `${removed.name} PERSOON` })),
  };
  const figures = drontenFigures();
  figures.sheet = "Cijfers PERSOON";
  figures.series = figures.series.map((series, index) => ({
    ...series,
    category: `${series.category} PERSOON`,
    region: "Regio PERSOON",
    subtotalOf: series.subtotalOf?.map((part) => `${part} PERSOON`) ?? null,
    target:
      index === 0
        ? { description: "−10% t.o.v. 2016 PERSOON", baseYear: 2016, changePct: -24.4, status: "met" }
        : null,
  }));
  return {
    settings,
    report: {
      ...report,
      sources: ["werkmap PERSOON.xlsx"],
      datasets: report.datasets.map((dataset) => ({
        ...dataset,
        sheet: `${dataset.sheet} PERSOON`,
        explanation: `${dataset.explanation} PERSOON`,
      })),
      figures: [figures],
      summary: { headline: "Kop PERSOON", lines: ["Regel PERSOON"] },
    },
  };
}

describe("buildReportPlan for the griffie: redaction", () => {
  it("passes every text from user data through redactText", () => {
    const { report, settings } = markedReport();
    const plan = buildReportPlan(report, settings, [], { audience: "griffie" });
    const json = JSON.stringify(plan);
    expect(json).toContain("[naam verwijderd]");
    expect(json).not.toContain("PERSOON");
  });

  it("leaves the user's own workbook unredacted", () => {
    const { report, settings } = markedReport();
    const plan = buildReportPlan(report, settings, []);
    expect(JSON.stringify(plan)).toContain("Kop PERSOON");
    expect(JSON.stringify(plan)).not.toContain("[naam verwijderd]");
  });
});
