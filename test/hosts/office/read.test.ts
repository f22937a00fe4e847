import { readActiveWorkbook, readWorkbookState } from "../../../src/hosts/office";
import { readWindow } from "../../../src/hosts/office/read";
import { HostReadError } from "../../../src/core/errors";
import { parseSettings } from "../../../src/core/settings";
import { drontenWide, lelystadActivityList, lelystadTwoSheets } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { emptySheet, gridCellBudget } from "../../../src/core/snapshot";
import type { FakeExcelOptions } from "../../support/fakeExcel";
import { installFake, runIn } from "./officeTestKit";

const fiveMegabytes = 5 * 1024 * 1024;

describe("readActiveWorkbook", () => {
  it("reads the Lelystad activity list in one sync and gives exactly its snapshot", async () => {
    const workbook = lelystadActivityList({ status: "textAndFill", groups: "sectionRows" });
    const fake = installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect({ snapshot, syncs: fake.syncCount }).toEqual({ snapshot, syncs: 1 });
    expect(snapshot).toEqual(workbook);
  });

  it("reads several sheets, a hidden one and Dronten's figures in one sync", async () => {
    const workbook = workbookFromSheets("samen.xlsx", ...lelystadTwoSheets().sheets, ...drontenWide().sheets);
    const fake = installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect(snapshot).toEqual(workbook);
    expect(fake.syncCount).toBe(1);
  });

  it("tells an error value from the same text typed in a cell by its value type", async () => {
    const workbook = workbookFromSheets(
      "fouten.xlsx",
      sheetFromRows("Cijfers", [
        ["Categorie", "2024"],
        ["woninginbraak", { error: "#DIV/0!" }],
        ["fietsdiefstal", "#DIV/0!"],
      ]),
    );
    installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect(snapshot.sheets[0].values.map((row) => row[1])).toEqual(["2024", { error: "#DIV/0!" }, "#DIV/0!"]);
  });

  it("marks sheets carrying the KoersGenerated name and reads an empty sheet as empty", async () => {
    const generated = { ...sheetFromRows("Koers Overzicht", [["Overzicht"]]), generated: true };
    const workbook = workbookFromSheets(
      "w.xlsx",
      sheetFromRows("Data", [["a"]]),
      generated,
      emptySheet("Leeg"),
    );
    installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.generated ?? false, sheet.rowCount])).toEqual([
      ["Data", false, 1],
      ["Koers Overzicht", true, 1],
      ["Leeg", false, 0],
    ]);
  });

  it("reads more sheets than the first batch probes with one extra sync", async () => {
    const sheets = Array.from({ length: 9 }, (_, index) =>
      sheetFromRows(`Blad${index + 1}`, [[`blad ${index + 1}`, index]]),
    );
    const workbook = workbookFromSheets("veel.xlsx", ...sheets);
    const fake = installFake(workbook);
    expect(await readActiveWorkbook()).toEqual(workbook);
    expect(fake.syncCount).toBe(2);
  });

  it("reads a 20,000-row list in chunks, every request and response under 5 MB", async () => {
    const rows = Array.from({ length: 20_000 }, (_, row) => [
      String(row + 1).padStart(5, "0"),
      `Activiteit ${row + 1} over ondermijning en zorg en veiligheid`,
      ["Ondermijning", "Zorg en veiligheid", "Jeugd"][row % 3],
      "Team OOV",
      "Politie, OM",
      "Q4 2025",
      ["Afgerond", "Loopt volgens planning", "Vertraagd"][row % 3],
      row % 7 === 0 ? "Zie toelichting in het jaarverslag" : null,
    ]);
    const workbook = workbookFromSheets(
      "groot.xlsx",
      sheetFromRows("Activiteiten", [
        ["Nr.", "Activiteit", "Prioriteit", "Trekker", "Ketenpartners", "Planning", "Status", "Toelichting"],
        ...rows,
      ]),
    );
    const fake = installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect(snapshot).toEqual(workbook);
    expect({
      requests: fake.maxRequestBytes < fiveMegabytes,
      responses: fake.maxResponseBytes < fiveMegabytes,
      failed: fake.syncs.filter((sync) => sync.failed),
    }).toEqual({
      requests: true,
      responses: true,
      failed: [],
    });
    expect(fake.syncCount).toBeGreaterThan(2);
  });

  it("halves its chunks when long texts make a response too large, and still reads everything", async () => {
    const long = "x".repeat(400);
    const rows = Array.from({ length: 3_000 }, (_, row) =>
      Array.from({ length: 10 }, (_, column) => `${row}-${column} ${long}`),
    );
    const workbook = workbookFromSheets("lang.xlsx", sheetFromRows("Teksten", rows));
    const fake = installFake(workbook);
    const snapshot = await readActiveWorkbook();
    expect(snapshot).toEqual(workbook);
    expect(fake.syncs.some((sync) => sync.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(
      fake.syncs.filter((sync) => !sync.failed).every((sync) => sync.responseBytes < fiveMegabytes),
    ).toBe(true);
  });

  it("reads in Excel 2016 (ExcelApi 1.4) without fills and merges, and says so", async () => {
    const workbook = lelystadActivityList({ status: "textAndFill", groups: "sectionRows" });
    const fake = installFake(workbook, { apiVersion: "1.4" });
    const state = await runIn(fake, (context) => readWorkbookState(context));
    const sheet = state.snapshot.sheets[0];
    expect({
      values: sheet.values,
      fills: sheet.fills.flat().filter((fill) => fill !== null),
      merges: sheet.merges,
      notices: state.notices.length,
      syncs: fake.syncCount,
    }).toEqual({ values: workbook.sheets[0].values, fills: [], merges: [], notices: 2, syncs: 2 });
  });

  it("reads the dates of a 1904-date-system workbook as the same dates, in the same sync", async () => {
    const workbook = lelystadActivityList();
    const dates = workbook.sheets[0].values.flat().filter((value) => typeof value === "number");
    const fake = installFake(workbook, { date1904: true });
    const stored = fake
      .toSnapshot()
      .sheets[0].values.flat()
      .filter((value) => typeof value === "number");
    const state = await runIn(fake, (context) => readWorkbookState(context));
    expect(dates.length).toBeGreaterThan(0);
    expect({
      stored: stored.map((serial, index) => dates[index] - (serial as number)),
      date1904: state.date1904,
      snapshot: state.snapshot,
      syncs: fake.syncCount,
    }).toEqual({ stored: dates.map(() => 1462), date1904: true, snapshot: workbook, syncs: 1 });
  });

  it("loads the stored settings in the same sync", async () => {
    const fake = installFake(lelystadActivityList());
    fake.model.settings.set("Koers.settings", JSON.stringify({ reportDate: "2025-03-01", language: "en" }));
    const state = await runIn(fake, (context) => readWorkbookState(context, { includeStored: true }));
    expect({ stored: state.stored, syncs: fake.syncCount }).toEqual({
      stored: {
        settings: parseSettings({ reportDate: "2025-03-01", language: "en" }),
        history: null,
        generation: null,
      },
      syncs: 1,
    });
  });

  it("fails with a bilingual HostReadError outside Excel", async () => {
    await expect(readActiveWorkbook()).rejects.toThrow(HostReadError);
    await expect(readActiveWorkbook()).rejects.toThrow(
      /Koers draait niet in Excel[\s\S]*not running inside Excel/,
    );
  });
});

describe("readWorkbookState: a used range far larger than its values", () => {
  /** Nine values in A1:C3 plus, at XFD1048576, a tenth value or only a fill: the used range is A1:XFD1048576. */
  function farCell(far: "value" | "fill", options: FakeExcelOptions = {}) {
    const table = sheetFromRows("Cijfers", [
      ["Categorie", "2023", "2024"],
      ["woninginbraak", 120, 98],
      ["fietsdiefstal", 310, 290],
    ]);
    const fake = installFake(workbookFromSheets("ver.xlsx", table), {
      cellLoadLimit: 100_000,
      ...options,
    });
    const cell = fake.model.sheets[0].touch(1048576, 16384);
    if (far === "value") cell.value = "x";
    else cell.fill = "#FFFF00";
    return { fake, table };
  }

  it("reads a sheet with one value at XFD1048576 as its table, omits that cell, and loads only the window", async () => {
    const { fake, table } = farCell("value");
    const state = await runIn(fake, (context) => readWorkbookState(context));
    expect({
      sheet: state.snapshot.sheets[0],
      cellsLoaded: fake.cellsLoaded <= 5 * readWindow.rows * readWindow.columns,
      syncs: fake.syncCount,
      bytes: fake.maxRequestBytes < 100_000 && fake.maxResponseBytes < 1_000_000,
      notices: state.notices,
    }).toEqual({
      sheet: { ...table, omitted: { count: 1, cells: ["XFD1048576"] } },
      cellsLoaded: true,
      syncs: 2,
      bytes: true,
      notices: [],
    });
  });

  it("reads a sheet whose used range reaches XFD1048576 by a fill alone in one sync, and says what it read", async () => {
    const { fake, table } = farCell("fill");
    const state = await runIn(fake, (context) => readWorkbookState(context));
    expect({
      sheet: state.snapshot.sheets[0],
      cellsLoaded: fake.cellsLoaded <= 5 * readWindow.rows * readWindow.columns,
      syncs: fake.syncCount,
      notices: state.notices,
    }).toEqual({
      sheet: table,
      cellsLoaded: true,
      syncs: 1,
      notices: [
        expect.stringMatching(
          /opmaak tot cel XFD1048576[\s\S]*leest A1:C3[\s\S]*formatting up to cell XFD1048576/,
        ),
      ],
    });
  });

  it("without Go To Special (ExcelApi 1.8) reads a bounded part of such a sheet and names it", async () => {
    const { fake, table } = farCell("value", { apiVersion: "1.8", cellLoadLimit: 5 * gridCellBudget });
    const state = await runIn(fake, (context) => readWorkbookState(context));
    expect({
      values: state.snapshot.sheets[0].values,
      cellsLoaded: fake.cellsLoaded <= 4 * (gridCellBudget + readWindow.rows * readWindow.columns),
      responses: fake.maxResponseBytes < fiveMegabytes,
      notices: state.notices,
    }).toEqual({
      values: table.values,
      cellsLoaded: true,
      responses: true,
      notices: expect.arrayContaining([
        expect.stringMatching(/gegevens tot cel XFD1048576\); Koers leest alleen A1:IV4096/),
      ]),
    });
  });
});
