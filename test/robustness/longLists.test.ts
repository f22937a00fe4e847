import { generateReport, maskReport, parseSettings } from "../../src/core";
import { realisticReportDate, realisticWorkbook } from "../support/realisticWorkbook";

/**
 * A list longer than V8's argument limit (about 120,000): one spread of its findings, privacy hits or rows
 * into push or Math.max would throw "Maximum call stack size exceeded" and lose the whole report.
 */
describe("an activity list of 150,000 rows", () => {
  const workbook = realisticWorkbook(150_000, 4);
  const settings = parseSettings({ reportDate: realisticReportDate });

  it("is analysed and planned for the workbook and the griffie copy, with its names as one finding", () => {
    const { report, plan } = generateReport({ workbooks: [workbook], settings });
    expect(report.activities?.total).toBe(150_000);
    expect(report.activities?.overdueList.length).toBe(report.activities?.overdue);
    const names = report.privacy.find((hit) => hit.kind === "person-name");
    expect(names?.count).toBe(150_000);
    expect(names?.range).toBe("D2:D150001");
    expect(plan.sheets.length).toBeGreaterThan(0);
    expect(maskReport(report).activities?.total).toBe(150_000);

    const griffie = generateReport({ workbooks: [workbook], settings, audience: "griffie" });
    expect(griffie.plan.sheets.length).toBeGreaterThan(0);
  });
});
