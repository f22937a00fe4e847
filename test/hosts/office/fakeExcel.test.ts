import { FakeExcel } from "../../support/fakeExcel";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { runIn } from "./officeTestKit";

function fakeWith(rows: (string | number | null)[][], options = {}) {
  return FakeExcel.fromSnapshot(workbookFromSheets("test.xlsx", sheetFromRows("Blad1", rows)), options);
}

describe("fake Excel", () => {
  it("throws PropertyNotLoaded before load and sync, and gives the value after", async () => {
    const fake = fakeWith([["a", 1]]);
    const outcome = await runIn(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Blad1").getRange("A1:B1");
      range.load("values, text");
      let before = "";
      try {
        void range.values;
      } catch (error) {
        before = (error as { code: string }).code;
      }
      await context.sync();
      let notLoaded = "";
      try {
        void range.numberFormat;
      } catch (error) {
        notLoaded = (error as { code: string }).code;
      }
      return { before, values: range.values, text: range.text, notLoaded };
    });
    expect(outcome).toEqual({
      before: "PropertyNotLoaded",
      values: [["a", 1]],
      text: [["a", "1"]],
      notLoaded: "PropertyNotLoaded",
    });
    expect(fake.syncCount).toBe(1);
  });

  it("loads nested properties given as an object and null objects as isNullObject", async () => {
    const fake = fakeWith([["a"]]);
    const outcome = await runIn(fake, async (context) => {
      const sheets = context.workbook.worksheets;
      const missing = sheets.getItemOrNullObject("Nope").load("name");
      const sheet = sheets.getItem("Blad1").load({ name: true, visibility: true });
      const font = sheet.getRange("A1").format.font.load("bold");
      await context.sync();
      return {
        missing: missing.isNullObject,
        name: sheet.name,
        visibility: sheet.visibility,
        bold: font.bold,
      };
    });
    expect(outcome).toEqual({ missing: true, name: "Blad1", visibility: "Visible", bold: false });
  });

  it("fails a sync with ItemNotFound for a missing sheet but keeps the operations before it", async () => {
    const fake = fakeWith([["a"]]);
    const error = await runIn(fake, async (context) => {
      context.workbook.worksheets.add("Nieuw");
      context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["x"]];
      return context.sync().then(
        () => null,
        (failure: { code: string }) => failure.code,
      );
    });
    expect({ error, sheets: fake.sheetNames }).toEqual({ error: "ItemNotFound", sheets: ["Blad1", "Nieuw"] });
  });

  it("parses written text as Excel does: formulas, numbers, and an apostrophe for text", async () => {
    const fake = fakeWith([["a"]]);
    await runIn(fake, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A2:E2").values = [
        ["=SUM(A1)", "-5", "'=SUM(A1)", "'1.697", "+abc"],
      ];
      await context.sync();
    });
    const sheet = fake.sheet("Blad1");
    expect({ values: sheet.snapshot.values[1], formulas: sheet.formulas }).toEqual({
      values: [{ error: "#NAME?" }, -5, "=SUM(A1)", "1.697", { error: "#NAME?" }],
      formulas: { A2: "=SUM(A1)", E2: "=+abc" },
    });
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const fake = fakeWith([["a"]]);
    fake.protectSheet("Blad1");
    const code = await runIn(fake, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").values = [["b"]];
      return context.sync().then(
        () => null,
        (failure: { code: string }) => failure.code,
      );
    });
    expect({ code, value: fake.value("Blad1", "A1") }).toEqual({ code: "AccessDenied", value: "a" });
  });

  it("answers ApiNotFound for an API newer than the simulated Excel and reports requirement sets", async () => {
    const fake = fakeWith([["a"]], { apiVersion: "1.4" });
    const code = await runIn(fake, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1").conditionalFormats.add("CellValue");
      return context.sync().then(
        () => null,
        (failure: { code: string }) => failure.code,
      );
    });
    const supported = ["1.4", "1.5", "1.13"].map((version) =>
      fake.Office.context.requirements.isSetSupported("ExcelApi", version),
    );
    expect({ code, supported }).toEqual({ code: "ApiNotFound", supported: [true, false, false] });
  });

  it("refuses a response over 5 MB, as Excel on the web does, and counts its bytes", async () => {
    const rows = Array.from({ length: 20_000 }, (_, row) =>
      Array.from({ length: 8 }, (_, column) => `activiteit ${row} kolom ${column}`),
    );
    const fake = fakeWith(rows);
    const code = await runIn(fake, async (context) => {
      context.workbook.worksheets
        .getItem("Blad1")
        .getUsedRange()
        .load("values, text, numberFormat, valueTypes");
      return context.sync().then(
        () => null,
        (failure: { code: string }) => failure.code,
      );
    });
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.syncs[0].responseBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  it("refuses a request over 5 MB before running any of it", async () => {
    const fake = fakeWith([["a"]]);
    const big = Array.from({ length: 40_000 }, (_, row) => [
      `een lange tekst van rij ${row} die de aanvraag groot maakt, ${"x".repeat(80)}`,
      row,
      row * 2,
    ]);
    const code = await runIn(fake, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:C40000").values = big;
      return context.sync().then(
        () => null,
        (failure: { code: string }) => failure.code,
      );
    });
    expect({ code, value: fake.value("Blad1", "A1") }).toEqual({
      code: "RequestPayloadSizeLimitExceeded",
      value: "a",
    });
  });

  it("tells the used range with formats from the one with values, and gives Go To Special's areas", async () => {
    const fake = fakeWith([
      ["a", "b", null],
      ["c", "d", "e"],
    ]);
    const sheet = fake.model.sheets[0];
    sheet.touch(1048576, 16384).fill = "#FFFF00";
    sheet.touch(40, 2).value = 7;
    sheet.touch(41, 2).formula = "=B40*2";
    const outcome = await runIn(fake, async (context) => {
      const worksheet = context.workbook.worksheets.getItem("Blad1");
      const used = worksheet.getUsedRange(false).load("address");
      const values = worksheet.getUsedRange(true).load("address");
      const constants = values.getSpecialCellsOrNullObject("Constants").load("address");
      const formulas = values.getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
      return [used.address, values.address, constants.address, formulas.address];
    });
    expect(outcome).toEqual([
      "Blad1!A1:XFD1048576",
      "Blad1!A1:C41",
      "Blad1!A1:B1, Blad1!A2:C2, Blad1!B40",
      "Blad1!B41",
    ]);
  });

  it("counts the cells whose contents a sync loads", async () => {
    const fake = fakeWith([["a", 1]]);
    await runIn(fake, async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("A1:J10").load("values, text, address");
      await context.sync();
    });
    expect({ total: fake.cellsLoaded, perSync: fake.syncs.map((sync) => sync.cellsLoaded) }).toEqual({
      total: 200,
      perSync: [200],
    });
  });

  it("exports the workbook back to the snapshot it was built from", () => {
    const snapshot = workbookFromSheets(
      "test.xlsx",
      sheetFromRows("Blad1", [["Titel"], [], ["a", 1.5, { error: "#DIV/0!" }]], {
        fills: { A3: "#FF0000" },
        numberFormats: { B3: "0.0" },
        texts: { B3: "1,5" },
        merges: ["A1:C1"],
      }),
    );
    expect(FakeExcel.fromSnapshot(snapshot).toSnapshot()).toEqual(snapshot);
  });
});
