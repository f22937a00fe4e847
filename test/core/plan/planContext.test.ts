import { readableSheetName } from "../../../src/core/address";

describe("readableSheetName", () => {
  it("names a sheet of another input workbook in plain words, not as an external reference", () => {
    expect([
      readableSheetName("[dronten-criminaliteit.xlsx]Cijfers 2016-2018", "nl"),
      readableSheetName("[dronten_cijfers.xlsx]Cijfers", "en"),
      readableSheetName("Cijfers", "nl"),
    ]).toEqual([
      "Dronten criminaliteit, blad Cijfers 2016-2018",
      "Dronten cijfers, sheet Cijfers",
      "Cijfers",
    ]);
  });
});
