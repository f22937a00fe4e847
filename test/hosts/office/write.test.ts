import { HostWriteError, UnsupportedApiError } from "../../../src/core/errors";
import type { PlannedSheet, ReportPlan } from "../../../src/core/plan/reportPlan";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { readWorkbookState, writePlan } from "../../../src/hosts/office";
import { cellInput, needsTextPrefix } from "../../../src/hosts/office/cellInput";
import type { FakeExcel } from "../../support/fakeExcel";
import { installFake, runIn } from "./officeTestKit";

const fiveMegabytes = 5 * 1024 * 1024;

function overviewSheet(name = "Koers Overzicht"): PlannedSheet {
  return {
    key: "overview",
    name,
    tabColor: "#1F4E79",
    columnWidths: [30, 12, 12],
    blocks: [
      {
        row: 1,
        column: 1,
        values: [["Voortgang Integraal Veiligheidsplan"]],
        style: { bold: true, size: 14 },
      },
      {
        row: 3,
        column: 1,
        values: [
          ["Prioriteit", "Afgerond", "Vertraagd"],
          ["Ondermijning", 10, 2],
          ["Zorg en veiligheid", 5, 1],
        ],
        style: { borderBottom: "thin" },
        columnStyles: [undefined, { numberFormat: "0", horizontalAlignment: "right" }, { numberFormat: "0" }],
        cellStyles: [{ row: 0, column: 0, style: { bold: true, fill: "#DDEBF7" } }],
      },
      {
        row: 7,
        column: 1,
        values: [
          ["=SUM(A1)"],
          ["-5 t.o.v. vorig jaar"],
          ["+10%"],
          ["@team OOV"],
          ["1.697"],
          ["TRUE"],
          [null],
          [0.889],
        ],
        columnStyles: [{ numberFormat: "General" }],
      },
    ],
    merges: ["A1:C1"],
    freeze: { rows: 3, columns: 0 },
    conditionalFormats: [
      {
        kind: "cellValue",
        range: "C4:C5",
        operator: "greaterThan",
        formulas: ["1"],
        style: { color: "#C00000" },
      },
    ],
    charts: [
      {
        id: "status-per-prioriteit",
        kind: "barStacked",
        title: "Status per prioriteit",
        altText: "Status per prioriteit: alt text",
        anchor: { from: { row: 17, column: 1 }, to: { row: 32, column: 7 } },
        categories: { sheet: name, range: "A4:A5" },
        categoryCache: ["Ondermijning", "Zorg en veiligheid"],
        series: [
          { name: "Afgerond", values: { sheet: name, range: "B4:B5" }, cache: [10, 5], color: "#2E7D32" },
          { name: "Vertraagd", values: { sheet: name, range: "C4:C5" }, cache: [2, 1], color: "#C62828" },
        ],
        showLegend: true,
      },
    ],
    hyperlinks: [{ cell: "A4", target: { sheet: "Activiteiten", cell: "A5" }, tooltip: "Naar de bron" }],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: "1:3",
      header: { center: "Koers" },
      footer: { center: "&P / &N" },
    },
  };
}

function notesSheet(name = "Koers Toelichting"): PlannedSheet {
  return {
    key: "notes",
    name,
    columnWidths: [80],
    blocks: [
      { row: 1, column: 1, values: [["Toelichting"], ["CBS-symbolen: . onbekend, x geheim, - nihil"]] },
    ],
    merges: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [{ cell: "A1", target: { sheet: "Koers Overzicht", cell: "A1" } }],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true, header: {}, footer: {} },
  };
}

function planOf(...sheets: PlannedSheet[]): ReportPlan {
  return {
    language: "nl",
    sheets,
    activeSheet: sheets[0]?.name ?? "",
    properties: {
      title: "t",
      subject: "s",
      author: "Gemeente",
      company: "Gemeente",
      keywords: "Koers",
      reportDate: "2025-03-01",
      status: "Concept",
    },
  };
}

function sourceWorkbook(): WorkbookSnapshot {
  return workbookFromSheets(
    "lelystad.xlsx",
    sheetFromRows("Activiteiten", [
      ["Nr.", "Activiteit", "Status"],
      ["001", "Cameratoezicht", "Afgerond"],
      ["002", "Buurtpreventie", "Vertraagd"],
    ]),
    sheetFromRows("Mijn overzicht", [["Eigen aantekeningen"]]),
  );
}

async function apply(fake: FakeExcel, plan: ReportPlan) {
  return runIn(fake, async (context) => {
    const state = await readWorkbookState(context);
    return writePlan(context, plan, state);
  });
}

/** Every block value at its cell, as the fake holds it, next to what the plan says. */
function blockCells(
  fake: FakeExcel,
  sheet: PlannedSheet,
): { cell: string; planned: CellValue; written: CellValue }[] {
  return sheet.blocks.flatMap((block) =>
    block.values.flatMap((row, rowIndex) =>
      row.map((planned, columnIndex) => {
        const cell = `${String.fromCharCode(64 + block.column + columnIndex)}${block.row + rowIndex}`;
        return { cell, planned, written: fake.value(sheet.name, cell) };
      }),
    ),
  );
}

describe("writePlan", () => {
  it("writes every block's values at the right cells, as values and never as formulas", async () => {
    const fake = installFake(sourceWorkbook());
    const plan = planOf(overviewSheet(), notesSheet());
    await apply(fake, plan);
    const cells = plan.sheets.flatMap((sheet) => blockCells(fake, sheet));
    expect(cells.map(({ cell, written }) => ({ cell, value: written }))).toEqual(
      cells.map(({ cell, planned }) => ({ cell, value: planned })),
    );
    expect([fake.sheet("Koers Overzicht").formulas, fake.sheet("Koers Toelichting").formulas]).toEqual([
      {},
      {},
    ]);
  });

  it("builds the charts with exactly the plan's series, names, categories and position", async () => {
    const fake = installFake(sourceWorkbook());
    await apply(fake, planOf(overviewSheet()));
    const [chart] = fake.sheet("Koers Overzicht").charts;
    expect({
      name: chart.name,
      type: chart.type,
      title: chart.title,
      position: chart.position,
      legend: chart.config["legend.visible"],
      series: chart.series.map(({ name, values, xValues, config }) => ({
        name,
        values,
        xValues,
        color: config["format.fill.setSolidColor()"],
      })),
    }).toEqual({
      name: "status-per-prioriteit",
      type: "BarStacked",
      title: "Status per prioriteit",
      position: { start: "A17", end: "F31" },
      legend: true,
      series: [
        {
          name: "Afgerond",
          values: "'Koers Overzicht'!B4:B5",
          xValues: "'Koers Overzicht'!A4:A5",
          color: "#2E7D32",
        },
        {
          name: "Vertraagd",
          values: "'Koers Overzicht'!C4:C5",
          xValues: "'Koers Overzicht'!A4:A5",
          color: "#C62828",
        },
      ],
    });
  });

  it("builds a clustered bar chart with a fill per data point where the plan asks for one", async () => {
    const fake = installFake(sourceWorkbook());
    const sheet = overviewSheet();
    const [status] = sheet.charts;
    sheet.charts = [
      {
        ...status,
        id: "change-vs-previous-year",
        kind: "bar",
        series: [{ ...status.series[0], pointColors: [null, "#C00000"] }],
      },
    ];
    await apply(fake, planOf(sheet));
    const [chart] = fake.sheet("Koers Overzicht").charts;
    expect({
      type: chart.type,
      points: chart.series.map((series) => [
        series.config["points[0].fill"],
        series.config["points[1].fill"],
      ]),
    }).toEqual({
      type: "BarClustered",
      points: [[undefined, "#C00000"]],
    });
  });

  it("marks, formats, links and prints the sheet as planned and activates the overview", async () => {
    const fake = installFake(sourceWorkbook());
    await apply(fake, planOf(overviewSheet(), notesSheet()));
    const sheet = fake.sheet("Koers Overzicht");
    expect({
      generated: sheet.generated,
      tabColor: sheet.tabColor,
      widths: sheet.columnWidths,
      merges: sheet.snapshot.merges,
      freeze: sheet.freeze,
      numberFormat: sheet.snapshot.numberFormats[3],
      bold: sheet.bold.sort(),
      fillA3: sheet.snapshot.fills[2][0],
      conditional: sheet.conditionalFormats,
      links: sheet.hyperlinks,
      print: sheet.pageLayout,
      notesLink: fake.sheet("Koers Toelichting").hyperlinks,
      active: fake.activeSheet,
      order: fake.sheetNames,
    }).toEqual({
      generated: true,
      tabColor: "#1F4E79",
      widths: { A: 161.25, B: 66.75, C: 66.75 },
      merges: ["A1:C1"],
      freeze: { rows: 3, columns: 0 },
      numberFormat: ["General", "0", "0"],
      bold: ["A1", "A3"],
      fillA3: "#DDEBF7",
      conditional: [
        {
          type: "CellValue",
          range: "C4:C5",
          config: {
            "cellValue.format.font.color": "#C00000",
            "cellValue.rule": { formula1: "=1", operator: "GreaterThan" },
          },
        },
      ],
      links: { A4: { documentReference: "Activiteiten!A5", screenTip: "Naar de bron" } },
      print: {
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        "setPrintTitleRows()": "$1:$3",
        "headersFooters.defaultForAllPages.centerHeader": "Koers",
        "headersFooters.defaultForAllPages.centerFooter": "&P / &N",
      },
      notesLink: { A1: { documentReference: "'Koers Overzicht'!A1" } },
      active: "Koers Overzicht",
      order: ["Activiteiten", "Mijn overzicht", "Koers Overzicht", "Koers Toelichting"],
    });
  });

  it("uses one sync to build and one to swap the sheets in, with screen updating and calculation suspended", async () => {
    const fake = installFake(sourceWorkbook());
    const result = await apply(fake, planOf(overviewSheet(), notesSheet()));
    expect({
      syncs: fake.syncCount,
      write: result.syncs,
      suspended: fake.syncs.slice(1).map((sync) => [sync.screenUpdatingSuspended, sync.calculationSuspended]),
    }).toEqual({
      syncs: 3,
      write: 2,
      suspended: [
        [true, true],
        [true, true],
      ],
    });
  });

  it("regenerating replaces only generated sheets and gives the same workbook", async () => {
    const fake = installFake(sourceWorkbook());
    const plan = planOf(overviewSheet(), notesSheet());
    await apply(fake, plan);
    const first = {
      snapshot: fake.toSnapshot(),
      charts: fake.sheet("Koers Overzicht").charts,
      active: fake.activeSheet,
    };
    await apply(fake, plan);
    expect({
      snapshot: fake.toSnapshot(),
      charts: fake.sheet("Koers Overzicht").charts,
      active: fake.activeSheet,
    }).toEqual(first);
    expect(fake.sheet("Mijn overzicht").snapshot).toEqual(sourceWorkbook().sheets[1]);
  });

  it("removes a stale generated sheet the new plan no longer has, but never a user's sheet", async () => {
    const stale = { ...sheetFromRows("Koers Trends", [["oud"]]), generated: true };
    const workbook = sourceWorkbook();
    const fake = installFake({ ...workbook, sheets: [...workbook.sheets, stale] });
    await apply(fake, planOf(overviewSheet()));
    expect(fake.sheetNames).toEqual(["Activiteiten", "Mijn overzicht", "Koers Overzicht"]);
  });

  it("refuses a protected generated sheet with a clear message and changes nothing", async () => {
    const old = { ...sheetFromRows("Koers Overzicht", [["oud"]]), generated: true };
    const workbook = sourceWorkbook();
    const fake = installFake({ ...workbook, sheets: [...workbook.sheets, old] });
    fake.protectSheet("Koers Overzicht");
    const before = fake.toSnapshot();
    const failure = apply(fake, planOf(overviewSheet()));
    await expect(failure).rejects.toThrow(HostWriteError);
    await expect(apply(fake, planOf(overviewSheet()))).rejects.toThrow(/is beveiligd[\s\S]*is protected/);
    expect(fake.toSnapshot()).toEqual(before);
  });

  it("refuses to overwrite a user's own sheet that has a planned name", async () => {
    const workbook = sourceWorkbook();
    const fake = installFake({
      ...workbook,
      sheets: [...workbook.sheets, sheetFromRows("Koers Overzicht", [["van mij"]])],
    });
    const before = fake.toSnapshot();
    await expect(apply(fake, planOf(overviewSheet()))).rejects.toThrow(
      /overschrijft dat niet[\s\S]*does not overwrite/,
    );
    expect(fake.toSnapshot()).toEqual(before);
  });

  it("refuses in Excel 2016 (ExcelApi 1.4) with UnsupportedApiError before writing anything", async () => {
    const fake = installFake(sourceWorkbook(), { apiVersion: "1.4" });
    const before = fake.toSnapshot();
    const failure = await apply(fake, planOf(overviewSheet())).catch((error: unknown) => error);
    expect({
      type: failure instanceof UnsupportedApiError,
      requirement: (failure as UnsupportedApiError).requirement,
      unchanged: fake.toSnapshot(),
    }).toEqual({
      type: true,
      requirement: "ExcelApi 1.7",
      unchanged: before,
    });
  });

  it("refuses a read-only workbook", async () => {
    const fake = installFake(sourceWorkbook(), { readOnly: true });
    await expect(apply(fake, planOf(overviewSheet()))).rejects.toThrow(/alleen-lezen[\s\S]*read-only/);
  });

  it("removes its temporary sheets when Excel fails while building, leaving the workbook as it was", async () => {
    const old = { ...sheetFromRows("Koers Overzicht", [["oud"]]), generated: true };
    const workbook = sourceWorkbook();
    const fake = installFake({ ...workbook, sheets: [...workbook.sheets, old] });
    const before = fake.toSnapshot();
    const broken = overviewSheet();
    broken.charts[0].categories = { sheet: "Bestaat niet", range: "A1:A2" };
    const failure = await apply(fake, planOf(broken)).catch((error: unknown) => error);
    expect({ type: failure instanceof HostWriteError, workbook: fake.toSnapshot() }).toEqual({
      type: true,
      workbook: before,
    });
  });

  it("writes a 20,000-row block in chunks, every request under 5 MB", async () => {
    const fake = installFake(sourceWorkbook());
    const rows = Array.from({ length: 20_000 }, (_, row) => [
      String(row + 1).padStart(5, "0"),
      `Activiteit ${row + 1}: aanpak ondermijning in de wijk, met ketenpartners`,
      row % 3 === 0 ? "Afgerond" : "Loopt volgens planning",
      "Team Openbare Orde en Veiligheid",
      "Politie, OM, Belastingdienst",
      "Q4 2025",
      row,
      `Toelichting ${row}: =nooit een formule`,
    ]);
    const sheet: PlannedSheet = {
      ...notesSheet("Koers Activiteiten"),
      hyperlinks: [],
      blocks: [
        {
          row: 2,
          column: 1,
          values: rows,
          columnStyles: [
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            undefined,
            { numberFormat: "0" },
          ],
        },
      ],
    };
    await apply(fake, planOf(sheet));
    const written = fake.sheet("Koers Activiteiten").snapshot;
    expect({
      first: written.values[1],
      last: written.values[20_000],
      requests: fake.syncs.every(
        (sync) => sync.requestBytes < fiveMegabytes && sync.responseBytes < fiveMegabytes,
      ),
      formulas: Object.keys(fake.sheet("Koers Activiteiten").formulas).length,
    }).toEqual({ first: rows[0], last: rows[19_999], requests: true, formulas: 0 });
    expect(fake.syncCount).toBeGreaterThan(3);
  });
});

describe("writePlan on a plan of 150,000 links and row heights", () => {
  it("syncs before any request passes 5 MB, and writes every link and height", async () => {
    const fake = installFake(sourceWorkbook());
    const count = 150_000;
    const rows = Array.from({ length: count }, (_, index) => [`Activiteit ${index + 1}`, `F${index + 2}`]);
    const sheet: PlannedSheet = {
      ...notesSheet("Koers Overzicht"),
      columnWidths: [40, 12],
      blocks: [{ row: 2, column: 1, values: rows }],
      // An overdue list as a 150,000-row workbook past its plannings gives it: a link and a height per row
      // (heights alternate, so no two neighbours can share one write).
      hyperlinks: rows.map((_, index) => ({
        cell: `B${index + 2}`,
        target: { sheet: "Activiteiten", cell: `F${index + 2}` },
        tooltip: `Ga naar Activiteiten!F${index + 2}`,
      })),
      rowHeights: rows.map((_, index) => ({ row: index + 2, height: index % 2 === 0 ? 30 : 45 })),
    };
    await apply(fake, planOf(sheet));
    const written = fake.sheet("Koers Overzicht");
    expect({
      requests: fake.syncs.every((sync) => sync.requestBytes < fiveMegabytes),
      links: Object.keys(written.hyperlinks).length,
      last: written.hyperlinks[`B${count + 1}`]?.documentReference,
      heights: Object.keys(written.rowHeights).length,
      lastHeights: [written.rowHeights[count], written.rowHeights[count + 1]],
    }).toEqual({
      requests: true,
      links: count,
      last: `Activiteiten!F${count + 1}`,
      heights: count,
      lastHeights: [30, 45],
    });
  }, 120_000);

  it("sets the height of neighbouring rows of one height in one write", async () => {
    const operationsFor = async (heights: number[]) => {
      const fake = installFake(sourceWorkbook());
      const rowHeights = heights.map((height, index) => ({ row: index + 2, height }));
      await apply(fake, planOf({ ...notesSheet("Koers Overzicht"), rowHeights }));
      const operations = fake.syncs.reduce((sum, sync) => sum + sync.operations, 0);
      return { operations, written: fake.sheet("Koers Overzicht").rowHeights };
    };
    const runs = await operationsFor([30, 30, 30, 30, 45, 45]);
    const alternating = await operationsFor([30, 45, 30, 45, 30, 45]);
    expect(runs.written).toEqual({ 2: 30, 3: 30, 4: 30, 5: 30, 6: 45, 7: 45 });
    expect(alternating.written).toEqual({ 2: 30, 3: 45, 4: 30, 5: 45, 6: 30, 7: 45 });
    // Two runs against six single rows: a third of the height writes.
    const perWrite = (alternating.operations - runs.operations) / 4;
    expect(perWrite).toBeGreaterThan(0);
    expect(Number.isInteger(perWrite)).toBe(true);
  });
});

describe("cellInput", () => {
  it("prefixes an apostrophe to text Excel would turn into a formula, number, date or boolean", () => {
    const texts = [
      "=SUM(A1)",
      "+10%",
      "-5",
      "@team",
      "'quoted",
      "1.697",
      "2024",
      "1/2",
      " 12",
      "TRUE",
      "onwaar",
      "Ondermijning",
      "",
      "Q2 2025",
    ];
    expect(texts.map((text) => [text, needsTextPrefix(text)])).toEqual([
      ["=SUM(A1)", true],
      ["+10%", true],
      ["-5", true],
      ["@team", true],
      ["'quoted", true],
      ["1.697", true],
      ["2024", true],
      ["1/2", true],
      [" 12", true],
      ["TRUE", true],
      ["onwaar", true],
      ["Ondermijning", false],
      ["", false],
      ["Q2 2025", false],
    ]);
    expect([cellInput(null), cellInput(3), cellInput(Number.NaN), cellInput(false), cellInput("=x")]).toEqual(
      ["", 3, "", false, "'=x"],
    );
  });
});
