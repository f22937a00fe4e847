import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ActivityDataset } from "../../src/core/datasets";
import { detectDatasets } from "../../src/core/read/detect";
import { parseSettings } from "../../src/core/settings";
import {
  drontenLong,
  drontenTabel2,
  drontenWide,
  lelystadActivities,
  lelystadActivitySheet,
  lelystadExpected,
  lelystadReportDate,
  lelystadTwoSheets,
  lelystadWithDefects,
  toXlsxBuffer,
} from "./fixtures";

describe("shared fixtures", () => {
  it("give Lelystad's 117 activities with the counts of the seed report", () => {
    const activities = lelystadActivities(3);
    const count = (status: string) => activities.filter((activity) => activity.status === status).length;
    const overdue = activities.filter(
      (activity) =>
        activity.plannedEnd !== null &&
        activity.plannedEnd < lelystadReportDate &&
        activity.status !== "done",
    ).length;
    expect({
      total: activities.length,
      byStatus: {
        done: count("done"),
        onTrack: count("onTrack"),
        delayed: count("delayed"),
        notStarted: count("notStarted"),
        unknown: 0,
      },
      overdue,
      ids: new Set(activities.map((activity) => activity.id)).size,
    }).toEqual({
      total: 117,
      byStatus: lelystadExpected.byStatus,
      overdue: lelystadExpected.overdue,
      ids: 117,
    });
  });

  it("places section rows merged across the table", () => {
    const { sheet, headerRow } = lelystadActivitySheet({ groups: "sectionRows" });
    expect({ headerRow, merges: sheet.merges.slice(0, 2), rowCount: sheet.rowCount }).toEqual({
      headerRow: 4,
      merges: ["A5:G5", "A24:G24"],
      rowCount: 4 + 117 + 5,
    });
  });

  it("keep Dronten Tabel 2 with its 24 rows and text numbers", () => {
    const values = drontenWide().sheets[0].values;
    expect({
      rows: drontenTabel2.length,
      header: values[2],
      first: values[3],
      last: values[26],
      footnote: values[28][0],
    }).toEqual({
      rows: 24,
      header: [null, 2016, 2017, 2018],
      first: ["Criminaliteit totaal", "1.697", "1.530", "1.283"],
      last: ["wapenhandel: totaal per 10.000 inw [%]", "1,5", "3,2", "2,2"],
      footnote: expect.stringMatching(/^Tabel 2: /),
    });
  });

  it("write a real xlsx with fills, formats, hidden sheets and the generated marker", async () => {
    const workbook = lelystadTwoSheets();
    workbook.sheets[1] = { ...workbook.sheets[1], generated: true };
    const buffer = await toXlsxBuffer(workbook);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const xml = await (await JSZip.loadAsync(buffer)).file("xl/workbook.xml")!.async("string");
    expect({
      sheets: book.worksheets.map((sheet) => [sheet.name, sheet.state]),
      header: book.worksheets[0].getRow(4).values,
      marker:
        /<definedName name="KoersGenerated" localSheetId="1" hidden="1">&quot;k1-[0-9a-f]{16}&quot;<\/definedName>/.test(
          xml,
        ),
    }).toEqual({
      sheets: [
        ["Prioriteiten", "visible"],
        ["Overige thema's", "visible"],
        ["Lijsten", "hidden"],
      ],
      header: [
        undefined,
        "Nr.",
        "Prioriteit",
        "Activiteit",
        "Trekker",
        "Ketenpartners",
        "Planning",
        "Status",
        "Toelichting",
      ],
      marker: true,
    });
  });

  it("give CBS long rows with provisional periods and symbols", () => {
    const { rows } = drontenLong();
    expect({
      count: rows.length,
      periods: [...new Set(rows.map((row) => row.period))],
      regions: [...new Set(rows.map((row) => row.region))],
      symbols: rows.some((row) => row.symbol !== null),
    }).toEqual({
      count: 23 * 3 * 2,
      periods: ["2016", "2017", "2018*"],
      regions: ["Dronten", "Noordoostpolder"],
      symbols: true,
    });
  });
});

describe("lelystadWithDefects", () => {
  it("plants each defect where it says, and reading keeps the raw texts validation needs", () => {
    const { workbook, defects, byStatus } = lelystadWithDefects();
    const result = detectDatasets(workbook, parseSettings({ reportDate: lelystadReportDate }));
    const dataset = result.datasets[0] as ActivityDataset;
    const rowOf = (cell: string) => Number(cell.slice(1));
    const activityAt = (cell: string) => dataset.activities.find((activity) => activity.row === rowOf(cell))!;
    const counts: Record<string, number> = {};
    for (const activity of dataset.activities) counts[activity.status] = (counts[activity.status] ?? 0) + 1;
    expect({
      total: dataset.activities.length,
      counts: { ...counts, unknown: counts.unknown ?? 0 },
      planningText: activityAt(defects[0].cell).planningText,
      planning: activityAt(defects[0].cell).planning,
      statusText: activityAt(defects[2].cell).statusText,
      error: activityAt(defects[3].cell).planningText,
      name: activityAt(defects[4].cell).name,
      blankRow: result.findings
        .filter((finding) => finding.code === "blank-row")
        .map((finding) => finding.cell),
    }).toEqual({
      total: 117,
      counts: byStatus,
      planningText: "31-02-2025",
      planning: null,
      statusText: "Loopt volgens plannig",
      error: "#REF!",
      name: "",
      blankRow: [defects[6].cell],
    });
  });
});
