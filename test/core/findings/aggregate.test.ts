import { aggregateFindings } from "../../../src/core/findings/aggregate";
import { createFinding, translateFinding, type Finding } from "../../../src/core/findings/finding";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import { realisticReportDate, realisticWorkbook } from "../../support/realisticWorkbook";

function unknownStatus(cell: string, value: string): Finding {
  return createFinding("unknown-status", { sheet: "Activiteiten", cell }, { value, suggestion: "Vertraagd" });
}

describe("aggregateFindings", () => {
  it("folds findings that differ only by their per-cell parameters into one, contiguous rows merged", () => {
    const findings = [4, 9, 10, 11, 12].map((row) => unknownStatus(`E${row}`, `loopt ${row}`));
    const [group, ...rest] = aggregateFindings(findings, "nl", () => "'Status'");
    expect(rest).toEqual([]);
    expect([group.cell, group.range, group.count, group.message]).toEqual([
      "E4",
      "E4,E9:E12",
      5,
      "5 statussen zijn onbekend en tellen als 'onbekend', bijvoorbeeld 'loopt 4'.",
    ]);
    expect(translateFinding(group, "en")).toMatchObject({
      range: "E4,E9:E12",
      count: 5,
      message: "5 statuses are not recognised and count as 'unknown', for example 'loopt 4'.",
    });
  });

  it("keeps apart what differs in a parameter that is not per cell, or in column or sheet", () => {
    const findings = [
      createFinding("duplicate-id", { sheet: "A", cell: "A2" }, { value: "007", otherRow: 3 }),
      createFinding("duplicate-id", { sheet: "A", cell: "A3" }, { value: "007", otherRow: 2 }),
      createFinding("duplicate-id", { sheet: "A", cell: "A5" }, { value: "008", otherRow: 6 }),
      createFinding("duplicate-id", { sheet: "A", cell: "A6" }, { value: "008", otherRow: 5 }),
      createFinding("duplicate-id", { sheet: "B", cell: "A7" }, { value: "007", otherRow: 8 }),
      unknownStatus("F2", "x"),
    ];
    const result = aggregateFindings(findings, "nl");
    expect(result.map((finding) => [finding.sheet, finding.range, finding.count, finding.message])).toEqual([
      ["A", "A2:A3", 2, "Nummer 007 komt 2 keer voor."],
      ["A", "A5:A6", 2, "Nummer 008 komt 2 keer voor."],
      ["B", "A7", 1, "Nummer 007 komt vaker voor (ook in rij 8)."],
      ["Activiteiten", "F2", 1, "Status 'x' is onbekend en telt als 'onbekend'."],
    ]);
  });

  it("leaves a lone finding as it is and passes workbook-wide findings through", () => {
    const lone = unknownStatus("E4", "x");
    const wide = createFinding("no-datasets", { sheet: null, cell: null });
    const result = aggregateFindings([wide, lone], "nl");
    expect(result[0]).toBe(wide);
    expect(result[1]).toBe(lone);
    expect([wide.range, wide.count, lone.range, lone.count]).toEqual([null, 1, "E4", 1]);
  });

  it("adds the cell count to the text of a code without grouped text", () => {
    const findings = ["B3", "B4", "B8"].map((cell) =>
      createFinding("missing-value", { sheet: "Activiteiten", cell }, { field: "name" }),
    );
    const [group] = aggregateFindings(findings, "en");
    expect([group.range, group.message]).toEqual(["B3:B4,B8", "The field activity name is empty (3 cells)."]);
  });
});

describe("findings of a 20,000-row list with owner names and past plannings", () => {
  const settings = parseSettings({ reportDate: realisticReportDate });
  const { report } = analyzeWorkbooks({ workbooks: [realisticWorkbook(20_000, 10)], settings });

  it("makes the owner column one personal-data finding and one privacy hit", () => {
    const names = report.findings.filter(
      (finding) => finding.code === "personal-data" && finding.parameters.kind === "person-name",
    );
    expect(names.map((finding) => [finding.cell, finding.range, finding.count, finding.message])).toEqual([
      [
        "D2",
        "D2:D20001",
        20_000,
        "Kolom 'Trekker' bevat namen van personen (20.000 cellen); het griffie-exemplaar laat ze weg.",
      ],
    ]);
    const hits = report.privacy.filter((hit) => hit.kind === "person-name");
    expect(hits.map((hit) => [hit.sheet, hit.cell, hit.range, hit.count])).toEqual([
      ["Activiteiten", "D2", "D2:D20001", 20_000],
    ]);
  });

  it("reports past plannings as a result and only the on-track contradiction as one warning", () => {
    const past = report.findings.filter((finding) => finding.code === "planning-in-past");
    expect(past).toHaveLength(1);
    expect(past[0].count).toBe(
      report.activities?.overdueList.filter((activity) => activity.status === "onTrack").length,
    );
    expect(report.activities?.overdue).toBeGreaterThan(5_000);
  });

  it("stays a short list: every finding group is one code in one column", () => {
    const keys = report.findings.map(
      (finding) => `${finding.code} ${finding.sheet} ${finding.cell?.replace(/\d+$/, "")}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(report.findings.length).toBeLessThan(20);
  });
});
