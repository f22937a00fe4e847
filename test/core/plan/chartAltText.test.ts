import { buildReportPlan } from "../../../src/core";
import { seedReport, settingsFor } from "./reportFixtures";
import { sheetOf } from "./planTestHelpers";

describe("chart alt text", () => {
  function overviewCharts(language: "nl" | "en") {
    const settings = settingsFor({ language });
    const plan = buildReportPlan(seedReport(settings), settings, [], {
      audience: "griffie",
      version: "1.0.0",
    });
    return Object.fromEntries(sheetOf(plan, "overview").charts.map((chart) => [chart.id, chart.altText]));
  }

  it("states the chart's type, what it shows and the figures per priority, in Dutch", () => {
    const charts = overviewCharts("nl");
    expect(charts["status-per-group"]).toMatch(
      /^Staafdiagram \(gestapeld\): status van 117 activiteiten per prioriteit \/ thema; Cybercriminaliteit 25 activiteiten, 4 afgerond, 18 loopt volgens planning, 2 vertraagd, 1 niet gestart; /,
    );
    expect(charts["crime-trend"]).toContain(
      "Lijndiagram: ontwikkeling criminaliteit; vernielingen van 171 (2016) naar 157 (2018)",
    );
    expect(charts["change-vs-previous-year"]).toContain(
      "Staafdiagram: verandering t.o.v. vorig jaar (%), 2017 → 2018; huiselijk geweld +46,7%;",
    );
  });

  it("speaks English in an English report", () => {
    const charts = overviewCharts("en");
    expect(charts["status-per-group"]).toMatch(
      /^Bar chart \(stacked\): status of 117 activities per priority \/ theme; /,
    );
    expect(charts["crime-trend"]).toContain(
      "Line chart: crime trend; vernielingen from 171 (2016) to 157 (2018)",
    );
    expect(charts["change-vs-previous-year"]).toContain("woninginbraak: pogingen −53.2%");
  });

  it("is more than the chart's title for every chart", () => {
    for (const language of ["nl", "en"] as const)
      for (const chart of sheetOf(
        buildReportPlan(seedReport(settingsFor({ language })), settingsFor({ language }), [], {
          audience: "griffie",
          version: "1",
        }),
        "overview",
      ).charts)
        expect(chart.altText.length).toBeGreaterThan(chart.title.length + 20);
  });
});
