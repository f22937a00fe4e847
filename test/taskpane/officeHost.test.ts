import { parseSettings } from "../../src/core/settings";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import type { OfficeEnvironment } from "../../src/taskpane/officeLoader";
import { lelystadActivityList, lelystadActivitySheet, lelystadReportDate } from "../support/fixtures";
import { installFake } from "../hosts/office/officeTestKit";

describe("the pane's Office host", () => {
  it("shares a griffie copy that compares with the same earlier report as the generation", async () => {
    const fake = installFake(lelystadActivityList());
    const host = createOfficeHost({} as OfficeEnvironment);
    const request = (reportDate: string) => ({
      settings: parseSettings({ reportDate }),
      extraWorkbooks: [],
      previous: null,
    });
    await host.generate(request(lelystadReportDate));
    const sheet = lelystadActivitySheet();
    const source = fake.model.sheet("Activiteiten")!;
    const statusColumn = [...Array(12).keys()]
      .map((index) => index + 1)
      .find((column) => source.cell(sheet.headerRow, column)?.value === "Status")!;
    const cell = source.cell(sheet.headerRow + 1, statusColumn)!;
    const changedTo = cell.value === "Vertraagd" ? "Afgerond" : "Vertraagd";
    cell.value = changedTo;
    cell.text = changedTo;
    const later = request("2025-09-01");
    const generated = await host.generate(later);
    const shared = await host.shareWithGriffie(later);
    const copy =
      shared.kind === "download"
        ? shared.file.bytes
        : Uint8Array.from(Buffer.from(fake.model.createdWorkbooks[0], "base64"));
    const texts = (await readWorkbookSnapshot(copy, "griffie.xlsx")).sheets.flatMap((item) =>
      item.texts.flat(),
    );
    expect({
      changedInReport: generated.report.activities?.changes?.statusChanged.length,
      // One "Status gewijzigd" row in the copy's changes table, as in the workbook's overview.
      changedInCopy: texts.filter((text) => text === "Status gewijzigd").length,
    }).toEqual({ changedInReport: 1, changedInCopy: 1 });
  });
});
