import { HostReadError, UnsupportedApiError } from "../../../src/core/errors";
import {
  activateSheet,
  createGriffieWorkbook,
  insertFiguresSheet,
  selectCell,
} from "../../../src/hosts/office";
import { drontenWide, toXlsxBuffer } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { installFake } from "./officeTestKit";

function workbook() {
  return workbookFromSheets(
    "w.xlsx",
    sheetFromRows("Activiteiten", [
      ["Nr.", "Status"],
      ["001", "Afgerond"],
    ]),
    sheetFromRows("Cijfers", [["oud"]]),
  );
}

/** A base64 "workbook" the fake's test decoder understands: JSON of sheets with cells. */
function jsonWorkbookBase64(sheets: { name: string; cells: (string | number | null)[][] }[]): string {
  return Buffer.from(JSON.stringify(sheets)).toString("base64");
}

const decodeWorkbook = (base64: string) => JSON.parse(Buffer.from(base64, "base64").toString("utf8"));

describe("selectCell and activateSheet", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    const fake = installFake(workbook());
    await selectCell("Cijfers", "A1");
    expect({
      active: fake.activeSheet,
      selection: (fake.model as unknown as { selection: string }).selection,
    }).toEqual({ active: "Cijfers", selection: "Cijfers!A1" });
  });

  it("says in Dutch and English when the sheet is gone", async () => {
    installFake(workbook());
    await expect(activateSheet("Koers Overzicht")).rejects.toThrow(HostReadError);
    await expect(selectCell("Weg", "A1")).rejects.toThrow(/bestaat niet[\s\S]*does not exist/);
  });
});

describe("createGriffieWorkbook", () => {
  it("opens the copy with Excel.createWorkbook where ExcelApi 1.8 is there", async () => {
    const fake = installFake(workbook());
    await createGriffieWorkbook("UEsDBA==");
    expect(fake.model.createdWorkbooks).toEqual(["UEsDBA=="]);
  });

  it("throws UnsupportedApiError before ExcelApi 1.8 so the pane offers a download", async () => {
    const fake = installFake(workbook(), { apiVersion: "1.7" });
    const failure = await createGriffieWorkbook("UEsDBA==").catch((error: unknown) => error);
    expect({
      type: failure instanceof UnsupportedApiError,
      requirement: (failure as UnsupportedApiError).requirement,
      opened: fake.model.createdWorkbooks,
    }).toEqual({
      type: true,
      requirement: "ExcelApi 1.8",
      opened: [],
    });
  });
});

describe("insertFiguresSheet", () => {
  it("lets Excel insert the sheet from the file with ExcelApi 1.13, under a free name", async () => {
    const fake = installFake(workbook(), { decodeWorkbook });
    const base64 = jsonWorkbookBase64([
      {
        name: "Cijfers",
        cells: [
          ["Soort misdrijf", 2017, 2018],
          ["woninginbraken", 121, 79],
        ],
      },
      { name: "Anders", cells: [["x"]] },
    ]);
    const name = await insertFiguresSheet(base64, "Cijfers");
    expect({ name, sheets: fake.sheetNames, values: fake.sheet(name).snapshot.values }).toEqual({
      name: "Cijfers (2)",
      sheets: ["Activiteiten", "Cijfers", "Cijfers (2)"],
      values: [
        ["Soort misdrijf", 2017, 2018],
        ["woninginbraken", 121, 79],
      ],
    });
  });

  it("writes the given values into a new sheet where ExcelApi 1.13 is missing, text kept as text", async () => {
    const fake = installFake(workbook(), { apiVersion: "1.12" });
    const name = await insertFiguresSheet("", "Cijfers", [
      ["Soort misdrijf", "2017", 2018],
      ["woninginbraken", "1.697", null],
    ]);
    expect({ name, values: fake.sheet(name).snapshot.values }).toEqual({
      name: "Cijfers (2)",
      values: [
        ["Soort misdrijf", "2017", 2018],
        ["woninginbraken", "1.697", null],
      ],
    });
  });

  it("reads the sheet's values from the .xlsx itself when no values are given and ExcelApi 1.13 is missing", async () => {
    const fake = installFake(workbook(), { apiVersion: "1.12" });
    const source = drontenWide();
    const base64 = (await toXlsxBuffer(source)).toString("base64");
    const name = await insertFiguresSheet(base64, source.sheets[0].name);
    expect(fake.sheet(name).snapshot.values).toEqual(source.sheets[0].values);
  });
});
