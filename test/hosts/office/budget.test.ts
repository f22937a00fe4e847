import { measureOfficeBudget } from "../../support/fakeExcel/budget";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../../support/fixtures";
import { workbookFromSheets } from "../../support/snapshotBuilder";

describe("measureOfficeBudget (scripts/office-budget.mjs)", () => {
  it("generates a typical .xlsx through the Office host in at most 4 syncs and lists the sheets", async () => {
    const workbook = workbookFromSheets(
      "lelystad.xlsx",
      ...lelystadActivityList().sheets,
      ...drontenWide().sheets,
    );
    const budget = await measureOfficeBudget(await toXlsxBuffer(workbook), workbook.name, {
      settings: { reportDate: lelystadReportDate },
    });
    expect({
      withinBudget: budget.syncs <= 4,
      underLimit: budget.maxRequestBytes < 5 * 1024 * 1024 && budget.maxResponseBytes < 5 * 1024 * 1024,
      sources: budget.sheets.slice(0, 2),
      generated: budget.sheets.length > 2,
    }).toEqual({
      withinBudget: true,
      underLimit: true,
      sources: ["Activiteiten", "Cijfers"],
      generated: true,
    });
  });
});
