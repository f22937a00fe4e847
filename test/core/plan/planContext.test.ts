import { sourceName } from "../../../src/core/plan/planContext";

describe("sourceName", () => {
  it("names a sheet of another input workbook in plain words, not as an external reference", () => {
    expect([
      sourceName("[dronten-criminaliteit.xlsx]Cijfers 2016-2018", "nl"),
      sourceName("[dronten_cijfers.xlsx]Cijfers", "en"),
      sourceName("Cijfers", "nl"),
    ]).toEqual(["Dronten criminaliteit, blad Cijfers 2016-2018", "Dronten cijfers, sheet Cijfers", "Cijfers"]);
  });
});
