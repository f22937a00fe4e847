import { measureOfficeBudget } from "../../support/fakeExcel/budget";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../../support/fixtures";
import { realisticReportDate, realisticWorkbook } from "../../support/realisticWorkbook";
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

  it("generates 20,000 activities with owner names and past plannings in at most 16 syncs, every request under 5 MB", async () => {
    const workbook = realisticWorkbook(20_000);
    const budget = await measureOfficeBudget(await toXlsxBuffer(workbook), workbook.name, {
      settings: { reportDate: realisticReportDate },
    });
    // NOTE: the fake Excel fails a sync whose request passes 5 MB (RequestPayloadSizeLimitExceeded), so
    // reaching the sheet list means every request fitted; the figures say by how much.
    expect({
      syncs: budget.syncs <= 16,
      request: budget.maxRequestBytes < 5 * 1024 * 1024,
      response: budget.maxResponseBytes < 5 * 1024 * 1024,
      generated: budget.sheets.includes("Koers Aandachtspunten"),
    }).toEqual({ syncs: true, request: true, response: true, generated: true });
  }, 600_000);
});
