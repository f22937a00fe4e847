import { parseSettings } from "../../../src/core/settings";
import { summarizeFindings, validateDatasets } from "../../../src/core/validate/validate";
import { manyProblems } from "./manyProblems";

const settings = parseSettings({ reportDate: "2025-03-01" });

describe("validation at scale", () => {
  it("reports all 10,000 problems of a 10,000-row list, one per row, in one pass", () => {
    const { workbook, dataset } = manyProblems(10_000);
    const report = summarizeFindings(validateDatasets(workbook, [dataset], settings));
    const perCode: Record<string, number> = {};
    for (const finding of report.findings) perCode[finding.code] = (perCode[finding.code] ?? 0) + 1;
    const rows = new Set(report.findings.map((finding) => finding.cell?.replace(/^[A-Z]+/, "")));
    expect({ valid: report.valid, counts: report.counts, perCode, rows: rows.size }).toEqual({
      valid: false,
      counts: { error: 2_000, warning: 8_000, info: 0 },
      perCode: {
        "error-value": 2_000,
        "unknown-status": 2_000,
        "missing-value": 2_000,
        "invalid-date": 2_000,
        "planning-in-past": 2_000,
      },
      rows: 10_000,
    });
  });

  it("names a few other rows, not all, when 10,000 rows share one id", () => {
    const { workbook, dataset } = manyProblems(10_000, true);
    const findings = validateDatasets(workbook, [dataset], settings);
    expect([
      findings.length,
      findings[0].cell,
      findings[0].parameters.otherRow,
      findings[9_999].parameters.otherRow,
    ]).toEqual([10_000, "A2", "3, 4, 5, 6, 7, …", "2, 3, 4, 5, 6, …"]);
  });
});
