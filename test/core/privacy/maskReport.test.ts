import { maskReport, maskText } from "../../../src/core/privacy/maskReport";
import { leaks, leakyReport } from "./leakyReport";

describe("maskReport", () => {
  it("masks personal data in every text of the report: ids, names, groups, categories, sources, summary, findings", () => {
    const { report } = leakyReport();
    const withFinding = {
      ...report,
      findings: [
        ...report.findings,
        {
          ...report.findings[0],
          message: `Onbekende status bij ${leaks.email}`,
          parameters: { value: `bel ${leaks.phone}` },
        },
      ],
    };
    const masked = JSON.stringify(maskReport(withFinding));
    expect(Object.values(leaks).filter((leak) => masked.includes(leak))).toEqual([]);
    expect(masked).toContain("k***@example.nl");
    expect(masked).toContain("J** d* V****");
    expect(masked).toContain("06-****5678");
  });

  it("shares the parts without personal data instead of copying them, and keeps the key order of what it copies", () => {
    const { report } = leakyReport();
    const masked = maskReport(report);
    const series = report.figures[0].series;
    const clean = series.findIndex((item) => maskText(item.category) === item.category);
    expect({
      values: masked.figures[0].series[clean].values === series[clean].values,
      cleanSeries: masked.figures[0].series[clean] === series[clean],
      table: masked.figures[0] === report.figures[0],
      tableKeys: Object.keys(masked.figures[0]),
    }).toEqual({
      values: true,
      cleanSeries: true,
      table: false,
      tableKeys: Object.keys(report.figures[0]),
    });
  });

  it("keeps the report's shape, numbers, key order and the privacy list as they are", () => {
    const { report } = leakyReport();
    const withPrivacy = {
      ...report,
      privacy: [
        { kind: "email" as const, sheet: "A", cell: "B2", range: "B2", count: 1, masked: "k***@example.nl" },
      ],
    };
    const masked = maskReport(withPrivacy);
    expect({
      keys: Object.keys(masked),
      total: masked.activities?.total,
      values: masked.figures[0].series[0].values,
      privacy: masked.privacy,
    }).toEqual({
      keys: Object.keys(withPrivacy),
      total: report.activities?.total,
      values: report.figures[0].series[0].values,
      privacy: withPrivacy.privacy,
    });
  });

  it("shares the parts without personal data instead of copying them, and copies the parts it masks", () => {
    const { report } = leakyReport();
    const masked = maskReport(report);
    expect({
      datasets: masked.datasets === report.datasets,
      findings: masked.findings === report.findings,
      values: masked.figures[0].series[0].values === report.figures[0].series[0].values,
      activities: masked.activities === report.activities,
      figures: masked.figures === report.figures,
      original: JSON.stringify(report).includes(leaks.email),
    }).toEqual({
      datasets: true,
      findings: true,
      values: true,
      activities: false,
      figures: false,
      original: true,
    });
  });

  it("masks a text item by item and leaves other text alone", () => {
    expect([
      maskText(`mail ${leaks.email} of bel ${leaks.phone}`),
      maskText("Woninginbraken 1.697 in 2024"),
    ]).toEqual(["mail k***@example.nl of bel 06-****5678", "Woninginbraken 1.697 in 2024"]);
  });
});
