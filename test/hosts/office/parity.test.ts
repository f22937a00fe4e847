import { readActiveWorkbook } from "../../../src/hosts/office";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/read/snapshot";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import {
  drontenLong,
  drontenWide,
  lelystadActivityList,
  lelystadTwoSheets,
  toXlsxBuffer,
} from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { installFake } from "./officeTestKit";

/** The xlsx host's snapshot of a fixture written as a real .xlsx. */
async function viaFile(workbook: WorkbookSnapshot): Promise<WorkbookSnapshot> {
  return readWorkbookSnapshot(await toXlsxBuffer(workbook), workbook.name);
}

const cases: [string, () => WorkbookSnapshot][] = [
  [
    "the Lelystad list with section rows and traffic-light fills",
    () => lelystadActivityList({ groups: "sectionRows", status: "textAndFill" }),
  ],
  ["the Lelystad list on two sheets with a hidden drop-down sheet", () => lelystadTwoSheets()],
  ["Dronten's wide Tabel 2 with Dutch thousands as text", () => drontenWide()],
  ["Dronten's CBS long export", () => drontenLong().workbook],
  [
    "errors, booleans, dates and a generated sheet",
    () =>
      workbookFromSheets(
        "mix.xlsx",
        sheetFromRows(
          "Data",
          [
            ["Datum", "Telling", "Klaar"],
            [45657, { error: "#DIV/0!" }, true],
          ],
          { numberFormats: { A2: "dd-mm-yyyy" } },
        ),
        { ...sheetFromRows("Koers Overzicht", [["Overzicht"]]), generated: true },
      ),
  ],
];

describe("Office host and xlsx host read the same snapshot", () => {
  it.each(cases)("for %s, in one sync", async (_label, build) => {
    const expected = await viaFile(build());
    const fake = installFake(expected);
    const snapshot = await readActiveWorkbook();
    expect({ snapshot, syncs: fake.syncCount }).toEqual({ snapshot: expected, syncs: 1 });
  });
});
