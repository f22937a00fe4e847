import JSZip from "jszip";
import { analyzeWorkbooks, gridCellBudget, parseSettings, type SheetSnapshot } from "../../../../src/core";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";
import { lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../../../support/fixtures";

const sheetPath = "xl/worksheets/sheet1.xml";

/**
 * The Lelystad activity list saved as .xlsx, then edited as a hostile or odd writer would: `rows` are put at
 * the end of the first sheet's <sheetData>; `{{fill}}` in them is the style index of a new solid yellow fill.
 */
async function activityListWith(rows: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await toXlsxBuffer(lelystadActivityList()));
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const fillCount = Number(/<fills count="(\d+)"/.exec(styles)![1]);
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  zip.file(
    "xl/styles.xml",
    styles
      .replace(/<fills count="\d+">/, `<fills count="${fillCount + 1}">`)
      .replace(
        "</fills>",
        '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>',
      )
      .replace(/<cellXfs count="\d+">/, `<cellXfs count="${xfCount + 1}">`)
      .replace(
        "</cellXfs>",
        `<xf numFmtId="0" fontId="0" fillId="${fillCount}" borderId="0" xfId="0"/></cellXfs>`,
      ),
  );
  const sheet = await zip.file(sheetPath)!.async("string");
  zip.file(
    sheetPath,
    sheet.replace("</sheetData>", `${rows.replace(/\{\{fill\}\}/g, String(xfCount))}</sheetData>`),
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** Every slot of the four grids the snapshot built: what reading allocated for the sheet. */
function gridSlots(sheet: SheetSnapshot): number {
  return [sheet.values, sheet.texts, sheet.numberFormats, sheet.fills].reduce(
    (total, grid) => total + grid.reduce((sum, row) => sum + row.length, 0),
    0,
  );
}

function analyze(snapshot: Awaited<ReturnType<typeof readWorkbookSnapshot>>) {
  return analyzeWorkbooks({
    workbooks: [snapshot],
    settings: parseSettings({ reportDate: lelystadReportDate, language: "nl" }),
  }).report;
}

describe("grids bounded by the cells that exist", () => {
  let plain: Awaited<ReturnType<typeof readWorkbookSnapshot>>;
  beforeAll(async () => {
    plain = await readWorkbookSnapshot(await activityListWith(""), "plan.xlsx");
  });

  it("a lone fill at XFD1048576 leaves the grid the size of the table and the table read as before", async () => {
    const far = await readWorkbookSnapshot(
      await activityListWith('<row r="1048576"><c r="XFD1048576" s="{{fill}}"/></row>'),
      "plan.xlsx",
    );
    const [sheet] = far.sheets;
    const [table] = plain.sheets;
    expect([sheet.rowCount, sheet.columnCount]).toEqual([table.rowCount, table.columnCount]);
    expect(gridSlots(sheet)).toBe(gridSlots(table));
    expect(sheet.values).toEqual(table.values);
    expect(sheet.omitted).toEqual({ count: 1, cells: ["XFD1048576"] });
    const report = analyze(far);
    expect(report.activities).toEqual(analyze(plain).activities);
    expect(report.activities?.total).toBeGreaterThan(0);
  });

  it("names a value left out far away in an info finding", async () => {
    const far = await readWorkbookSnapshot(
      await activityListWith(
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ver weg</t></is></c></row>',
      ),
      "plan.xlsx",
    );
    expect(gridSlots(far.sheets[0])).toBe(gridSlots(plain.sheets[0]));
    const finding = analyze(far).findings.find((candidate) => candidate.code === "cells-omitted");
    expect(finding).toMatchObject({ severity: "info", sheet: far.sheets[0].name, cell: "XFD1048576" });
    expect(finding?.message).toContain("1 cel(len) niet gelezen");
  });

  it("counts cells on rows numbered 0, negative, fractional, past Excel's last row or past column XFD", async () => {
    const odd = ["0", "-5", "2.5", "99999999", "99999999999", "abc"]
      .map((row) => `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>x</t></is></c></row>`)
      .join("");
    const snapshot = await readWorkbookSnapshot(
      await activityListWith(`${odd}<row r="3"><c r="XFE3"><v>1</v></c></row>`),
      "plan.xlsx",
    );
    const [sheet] = snapshot.sheets;
    expect([sheet.rowCount, sheet.columnCount]).toEqual([
      plain.sheets[0].rowCount,
      plain.sheets[0].columnCount,
    ]);
    expect(sheet.omitted).toEqual({ count: 7, cells: [] });
    expect(analyze(snapshot).activities).toEqual(analyze(plain).activities);
  });

  it("keeps a dense block far from A1 whole", async () => {
    const rows = Array.from(
      { length: 50 },
      (_, index) => `<row r="${5000 + index}"><c r="Z${5000 + index}"><v>${index}</v></c></row>`,
    ).join("");
    const [sheet] = (await readWorkbookSnapshot(await activityListWith(rows), "plan.xlsx")).sheets;
    expect(sheet.rowCount).toBe(5049);
    expect(sheet.values[5048][25]).toBe(49);
    expect(sheet.omitted).toBeUndefined();
  });

  it("stays within the grid budget when many cells are scattered over the whole sheet", async () => {
    const scattered = Array.from({ length: 200 }, (_, index) => {
      const row = 1000 + index * 5000;
      return `<row r="${row}"><c r="${["M", "AZ", "CV", "XFD"][index % 4]}${row}" s="{{fill}}"/></row>`;
    }).join("");
    const [sheet] = (await readWorkbookSnapshot(await activityListWith(scattered), "plan.xlsx")).sheets;
    expect(sheet.rowCount * sheet.columnCount).toBeLessThanOrEqual(gridCellBudget);
    const [table] = plain.sheets;
    expect(sheet.values.slice(0, table.rowCount).map((row) => row.slice(0, table.columnCount))).toEqual(
      table.values,
    );
    expect(sheet.omitted!.count).toBeGreaterThan(0);
  });
});
