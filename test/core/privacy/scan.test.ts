import { looksLikePersonName } from "../../../src/core/privacy/personNames";
import { scanGrid, scanLabels, scanPrivacy, scanWorkbookCopy } from "../../../src/core/privacy/scan";
import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import { lelystadActivitySheet } from "../../support/fixtures";
import { realisticActivityRows } from "../../support/realisticWorkbook";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { hostileWorkbook } from "../validate/hostileWorkbook";

describe("scanPrivacy", () => {
  it("finds every item of personal data in every sheet of the hostile workbook, hidden ones too", () => {
    const { workbook, datasets } = hostileWorkbook();
    expect(
      scanPrivacy(workbook, datasets).map((hit) => `${hit.kind} ${hit.sheet}!${hit.cell} ${hit.masked}`),
    ).toEqual([
      "person-name Activiteiten!C5 J. d* V****",
      "phone Activiteiten!F5 06-****5678",
      "bsn Activiteiten!F9 *****6782",
      "person-name Contacten!A2 J** J*****",
      "email Contacten!B2 j***@example.nl",
      "phone Contacten!C2 06-****5678",
      "bsn Contacten!D2 *****6782",
      "iban Contacten!E2 NL************4300",
      "postcode Contacten!F2 1234 ** **",
      "email Contacten!B3 i***@gemeente.nl",
      "bsn Contacten!D3 *****5672",
      "postcode Contacten!F3 1234 ** *",
    ]);
  });

  it("finds exactly the owners that are people in the Lelystad list of 117 activities, no roles or teams", () => {
    const { sheet, activities } = lelystadActivitySheet();
    const workbook = workbookFromSheets("lelystad.xlsx", sheet);
    const datasets = detectDatasets(workbook, parseSettings({ reportDate: "2025-03-01" })).datasets;
    const ownerColumn = String.fromCharCode(
      65 + sheet.values.find((row) => row.includes("Trekker"))!.indexOf("Trekker"),
    );
    const people = new Set(["J. de Vries", "Petra Jansen", "M. Bakker"]);
    const expected = activities
      .filter((activity) => people.has(activity.owner))
      .map((activity) => `person-name ${ownerColumn}${activity.sheetRow}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(scanPrivacy(workbook, datasets).map((hit) => `${hit.kind} ${hit.cell}`)).toEqual(expected);
  });

  it("skips sheets Koers generated", () => {
    const { workbook } = hostileWorkbook();
    const generated = {
      ...workbook,
      sheets: workbook.sheets.map((sheet) => ({ ...sheet, generated: true })),
    };
    expect(scanPrivacy(generated, [])).toEqual([]);
  });

  it("never puts the full value in a hit", () => {
    const { workbook, datasets } = hostileWorkbook();
    const full = [
      "J. de Vries",
      "06-12345678",
      "123456782",
      "Jan Jansen",
      "jan.jansen@example.nl",
      "NL91 ABNA 0417 1643 00",
      "1234 AB",
      "12345672",
    ];
    const leaks = scanPrivacy(workbook, datasets).filter((hit) =>
      full.some((value) => hit.masked.includes(value)),
    );
    expect(leaks).toEqual([]);
  });
});

describe("person-name columns", () => {
  it("tells person names from roles and teams", () => {
    const values = [
      "J. de Vries",
      "Jan Jansen",
      "P.J. van den Berg",
      "Fatima El Amrani-Bakker",
      "OOV",
      "Politie",
      "Team Handhaving",
      "Gemeente",
      "Veilig Thuis",
      "Politie Oost-Nederland",
      "Loopt volgens planning",
      "Jan",
      "Q2 2025",
    ];
    expect(values.filter(looksLikePersonName)).toEqual([
      "J. de Vries",
      "Jan Jansen",
      "P.J. van den Berg",
      "Fatima El Amrani-Bakker",
    ]);
  });

  it("tells organisations named with initials from people so named, in a cell of their own", () => {
    const values = [
      "U.S. Census Bureau",
      "U.S. Department",
      "N.V. Nederlandse Spoorwegen",
      "J.P. Jansen",
      "A.B. de Wit",
    ];
    expect(values.filter(looksLikePersonName)).toEqual(["J.P. Jansen", "A.B. de Wit"]);
  });

  it("reads a lower-case particle as running text writes it as part of a name: A. el Amrani, M. al Khatib", () => {
    expect(["A. el Amrani", "M. al Khatib", "el Amrani", "A. Amrani el"].map(looksLikePersonName)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("reports names under person headers and right of a person label, elsewhere only full names with a known given name", () => {
    const grid = [
      ["Contactpersoon:", "Piet de Boer", null],
      ["Activiteit", "Trekker", "Naam activiteit"],
      ["Jan Jansen", "OOV / J. de Vries", "Koning Willem"],
      ["Wijkschouw", "Team Handhaving", "Buurt Preventie"],
    ];
    expect(scanGrid("Blad1", grid).map((hit) => `${hit.kind} ${hit.cell} ${hit.masked}`)).toEqual([
      "person-name B1 P*** d* B***",
      "person-name A3 J** J*****",
      "person-name B3 OOV / J. d* V****",
    ]);
  });

  it("takes a BSN in a person column or under a BSN header, and 8 digits only under a BSN header", () => {
    const grid = [
      ["Trekker", "BSN", "Nummer"],
      [123456782, 12345672, 123456782],
      [12345672, "012345672", "sofinummer 111222333"],
      [111222334, 0, null],
    ];
    expect(scanGrid("Blad1", grid).map((hit) => `${hit.kind} ${hit.cell} ${hit.masked}`)).toEqual([
      "bsn A2 *****6782",
      "bsn B2 *****5672",
      "bsn B3 *****5672",
      "bsn C3 *****2333",
    ]);
  });

  it("treats the owner column of an activity list as a person column whatever its header", () => {
    // "Xandra" is in no given-name list: only the person column makes it a name.
    const grid = [["Wie"], ["Xandra Smit"], ["OOV"]];
    expect([
      scanGrid("Blad1", grid).length,
      scanGrid("Blad1", grid, { personColumns: [{ column: 1, firstRow: 2, lastRow: 3 }] }).map(
        (hit) => hit.cell,
      ),
    ]).toEqual([0, ["A2"]]);
  });
});

describe("scanLabels", () => {
  it("checks document properties and sheet names", () => {
    expect(
      scanLabels({
        title: "Voortgang IVP 2025",
        author: "Jan Jansen",
        comments: "vragen: j.jansen@example.nl",
        sheet1: "Koers Overzicht",
      }),
    ).toEqual([
      { label: "author", kind: "person-name", masked: "J** J*****" },
      { label: "comments", kind: "email", masked: "j***@example.nl" },
    ]);
  });
});

describe("scanWorkbookCopy", () => {
  it("re-scans generated sheets, sheet names and properties of a copy to share", () => {
    const overview = {
      ...sheetFromRows("Koers Overzicht", [["Trekker"], ["OOV"], ["Jan Jansen"]]),
      generated: true,
    };
    const named = sheetFromRows("Bel 06-12345678", [["Woninginbraken"]]);
    const copy = workbookFromSheets("IVP (griffie).xlsx", overview, named);
    expect(scanWorkbookCopy(copy, { title: "Voortgang IVP", author: "Gemeente Dronten" })).toEqual({
      cells: [{ kind: "person-name", sheet: "Koers Overzicht", cell: "A3", masked: "J** J*****" }],
      labels: [{ label: "sheet 2", kind: "phone", masked: "06-****5678" }],
    });
  });

  it("finds nothing in a clean copy", () => {
    const clean = workbookFromSheets("IVP (griffie).xlsx", {
      ...sheetFromRows("Koers Overzicht", [["Trekker"], ["OOV"]]),
      generated: true,
    });
    expect(scanWorkbookCopy(clean, { title: "Voortgang IVP", author: "Gemeente" })).toEqual({
      cells: [],
      labels: [],
    });
  });
});

describe("scanGrid on a realistic list", () => {
  it("reports every name cell of the owner column with its own cell, as scanning each cell alone does", () => {
    const rows = realisticActivityRows(1500);
    const hits = scanGrid("Activiteiten", rows);
    const names = hits.filter((hit) => hit.kind === "person-name");
    const alone = rows.slice(1).flatMap((row, index) =>
      scanGrid("Activiteiten", [["Trekker"], [row[3]]]).map((hit) => ({
        ...hit,
        cell: `D${index + 2}`,
      })),
    );
    expect(names).toEqual(alone);
    expect(names).toHaveLength(1500);
  });

  it("tells the same text apart by its column: a name-like value counts under Trekker, not under Opmerking", () => {
    const rows = [
      ["Trekker", "Opmerking"],
      ...Array.from({ length: 400 }, () => ["Vries Bakker", "Vries Bakker"]),
    ];
    const cells = scanGrid("Lijst", rows).map((hit) => hit.cell);
    expect(cells).toHaveLength(400);
    expect(cells.every((cell) => cell.startsWith("A"))).toBe(true);
  });
});
