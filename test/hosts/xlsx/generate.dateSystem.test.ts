import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dateSerial } from "../../../src/core/plan/planContext";
import { generateFromFiles } from "../../../src/hosts/xlsx/generate";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/read/snapshot";
import { lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../../support/fixtures";

/** Row (1-based) of the overview whose column A says "Rapportagedatum". */
function reportDateRow(texts: string[][]): number {
  return texts.findIndex((row) => row[0] === "Rapportagedatum") + 1;
}

async function generate(date1904: boolean): Promise<Uint8Array> {
  const source = await toXlsxBuffer(lelystadActivityList(), { date1904 });
  const result = await generateFromFiles([{ name: "plan.xlsx", data: source }], {
    settings: { reportDate: lelystadReportDate },
  });
  return result.workbook;
}

describe("dates written in the workbook's own date system", () => {
  it("writes the report date of a 1904-system workbook so Excel, ExcelJS and Koers read 1 March 2025", async () => {
    const written = await generate(true);
    const snapshot = await readWorkbookSnapshot(written, "plan.xlsx");
    const overview = snapshot.sheets.find((sheet) => sheet.name === "Koers Overzicht")!;
    const row = reportDateRow(overview.texts);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written) as unknown as ExcelJS.Buffer);
    const cell = book.getWorksheet("Koers Overzicht")!.getCell(row, 2);
    const zip = await JSZip.loadAsync(written);
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((path) => path.startsWith("xl/worksheets/sheet"))
        .map((path) => zip.file(path)!.async("string")),
    );
    const overviewXml = parts.find((xml) => xml.includes(">Rapportagedatum<"))!;
    expect({
      row: row > 0,
      date1904: /<workbookPr\b[^>]*date1904="1"/.test(await zip.file("xl/workbook.xml")!.async("string")),
      koersValue: overview.values[row - 1][1],
      koersText: overview.texts[row - 1][1],
      excelJs: cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value,
      stored: Number(new RegExp(`<c r="B${row}"[^>]*><v>([^<]*)</v>`).exec(overviewXml)?.[1]),
    }).toEqual({
      row: true,
      date1904: true,
      koersValue: dateSerial(lelystadReportDate),
      koersText: "1 maart 2025",
      excelJs: "2025-03-01",
      stored: dateSerial(lelystadReportDate)! - 1462,
    });
  });

  it("writes the same report in a 1900-system workbook with the 1900 serial", async () => {
    const written = await generate(false);
    const snapshot = await readWorkbookSnapshot(written, "plan.xlsx");
    const overview = snapshot.sheets.find((sheet) => sheet.name === "Koers Overzicht")!;
    const row = reportDateRow(overview.texts);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(written) as unknown as ExcelJS.Buffer);
    const cell = book.getWorksheet("Koers Overzicht")!.getCell(row, 2);
    expect({
      koersValue: overview.values[row - 1][1],
      excelJs: cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value,
    }).toEqual({ koersValue: dateSerial(lelystadReportDate), excelJs: "2025-03-01" });
  });

  it("reads the activity list's planning dates of a 1904-system workbook as the same dates", async () => {
    const list = lelystadActivityList();
    const [system1900, system1904] = await Promise.all(
      [false, true].map(async (date1904) =>
        readWorkbookSnapshot(await toXlsxBuffer(list, { date1904 }), "plan.xlsx"),
      ),
    );
    expect(system1904.sheets[0].values).toEqual(system1900.sheets[0].values);
  });
});
