import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HostReadError } from "../../../../src/core/errors";
import {
  markedSheets,
  ownershipOf,
  workbookPartPath,
} from "../../../../src/hosts/xlsx/package/generatedSheets";
import { jszipPartReader } from "../../../../src/hosts/xlsx/package/parts";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";
import {
  drontenWide,
  lelystadActivityList,
  lelystadTwoSheets,
  markGenerated,
  toXlsxBuffer,
} from "../../../support/fixtures";

async function bufferOf(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function messyWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Cijfers");
  sheet.getCell("A1").value = "Criminaliteitscijfers Dronten";
  sheet.mergeCells("A1:D1");
  sheet.getRow(3).values = [null, 2016, "2017", "2018*"] as ExcelJS.CellValue[];
  sheet.getRow(4).values = ["Criminaliteit totaal", "1.697", 1530, 1283];
  sheet.getCell("D4").numFmt = "#,##0";
  sheet.getCell("A5").value = "wapenhandel per 10.000 inw [%]";
  sheet.getCell("B5").value = 1.5;
  sheet.getCell("B5").numFmt = "0.0";
  sheet.getCell("C5").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  sheet.getCell("D5").value = { formula: "B5*2", result: 3 } as ExcelJS.CellFormulaValue;
  sheet.getCell("A6").value = new Date(Date.UTC(2025, 11, 31));
  sheet.getCell("A6").numFmt = "dd-mm-yyyy";
  sheet.getCell("B6").value = {
    richText: [{ text: "Loopt " }, { text: "volgens planning", font: { bold: true } }],
  };
  sheet.getCell("C6").value = { text: "CBS StatLine", hyperlink: "https://opendata.cbs.nl" };
  sheet.getCell("D6").value = true;
  sheet.getCell("A7").value = 0.25;
  sheet.getCell("A7").numFmt = "0%";
  sheet.getCell("B7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
  sheet.getCell("C7").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 5, tint: 0.3999755851924192 } as Partial<ExcelJS.Color>,
  };
  sheet.getCell("D7").value = {
    formula: 'A1&"!"',
    result: "Criminaliteitscijfers Dronten!",
  } as ExcelJS.CellFormulaValue;
  sheet.getCell("E8").fill = { type: "pattern", pattern: "lightGray", fgColor: { argb: "FFFF0000" } };
  const hidden = book.addWorksheet("Lijsten", { state: "hidden" });
  hidden.getCell("A1").value = "Afgerond";
  book.addWorksheet("Leeg", { state: "veryHidden" });
  return bufferOf(book);
}

describe("readWorkbookSnapshot", () => {
  it("reads values, displayed texts, formats, fills, merges and visibility", async () => {
    const snapshot = await readWorkbookSnapshot(await messyWorkbook(), "cijfers.xlsx");
    const sheet = snapshot.sheets[0];
    expect({
      name: snapshot.name,
      sheets: snapshot.sheets.map((each) => [each.name, each.visibility, each.rowCount, each.columnCount]),
      values: sheet.values,
      texts: sheet.texts.slice(2),
      formats: [
        sheet.numberFormats[3][3],
        sheet.numberFormats[4][1],
        sheet.numberFormats[5][0],
        sheet.numberFormats[6][0],
      ],
      fills: sheet.fills[6],
      merges: sheet.merges,
    }).toEqual({
      name: "cijfers.xlsx",
      sheets: [
        ["Cijfers", "visible", 7, 4],
        ["Lijsten", "hidden", 1, 1],
        ["Leeg", "veryHidden", 0, 0],
      ],
      values: [
        ["Criminaliteitscijfers Dronten", null, null, null],
        [null, null, null, null],
        [null, 2016, "2017", "2018*"],
        ["Criminaliteit totaal", "1.697", 1530, 1283],
        ["wapenhandel per 10.000 inw [%]", 1.5, { error: "#DIV/0!" }, 3],
        [46022, "Loopt volgens planning", "CBS StatLine", true],
        [0.25, null, null, "Criminaliteitscijfers Dronten!"],
      ],
      texts: [
        ["", "2016", "2017", "2018*"],
        ["Criminaliteit totaal", "1.697", "1530", "1.283"],
        ["wapenhandel per 10.000 inw [%]", "1,5", "#DIV/0!", "3"],
        ["31-12-2025", "Loopt volgens planning", "CBS StatLine", "TRUE"],
        ["25%", "", "", "Criminaliteitscijfers Dronten!"],
      ],
      formats: ["#,##0", "0.0", "dd-mm-yyyy", "0%"],
      fills: [null, "#00B050", expect.any(String), null],
      merges: ["A1:D1"],
    });
  });

  it("resolves a theme fill with its tint from the file's theme", async () => {
    // ExcelJS writes the Office 2007 theme (accent2 #C0504D); Excel shows "Accent 2, 40% lighter" as #DA9694.
    const snapshot = await readWorkbookSnapshot(await messyWorkbook(), "cijfers.xlsx");
    const fill = snapshot.sheets[0].fills[6][2]!;
    const channels = [1, 3, 5].map((offset) => parseInt(fill.slice(offset, offset + 2), 16));
    const excel = [0xda, 0x96, 0x94];
    expect(channels.map((channel, index) => Math.abs(channel - excel[index]) <= 2)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('reads an ISO date cell (t="d") of a 1904-date-system workbook as its own date, without the 1904 offset', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Planning");
    sheet.getCell("A1").value = 44560;
    sheet.getCell("A1").numFmt = "dd-mm-yyyy";
    const zip = await JSZip.loadAsync(await bufferOf(book));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace("<workbookPr ", '<workbookPr date1904="1" '));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      sheetXml.replace(
        /<c r="A1"([^>]*)><v>44560<\/v><\/c>/,
        '<c r="A1"$1 t="d"><v>2025-12-31T00:00:00</v></c>',
      ),
    );
    const snapshot = await readWorkbookSnapshot(await zip.generateAsync({ type: "uint8array" }), "mac.xlsx");
    expect([snapshot.sheets[0].values[0][0], snapshot.sheets[0].texts[0][0]]).toEqual([46022, "31-12-2025"]);
  });

  it("converts dates of a 1904-date-system workbook to 1900 serials", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Planning");
    sheet.getCell("A1").value = 44560;
    sheet.getCell("A1").numFmt = "dd-mm-yyyy";
    sheet.getCell("B1").value = 44560;
    const zip = await JSZip.loadAsync(await bufferOf(book));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", xml.replace("<workbookPr ", '<workbookPr date1904="1" '));
    const snapshot = await readWorkbookSnapshot(await zip.generateAsync({ type: "uint8array" }), "mac.xlsx");
    expect([snapshot.sheets[0].values[0], snapshot.sheets[0].texts[0]]).toEqual([
      [46022, 44560],
      ["31-12-2025", "44560"],
    ]);
  });

  /** Names of the sheets that are Koers's, from the package's workbook part and record, without the reader. */
  async function ownedSheetNames(zip: JSZip): Promise<string[]> {
    const read = jszipPartReader(zip);
    const xml = await read(await workbookPartPath(read));
    if (xml === null) return [];
    const sheets = markedSheets(xml);
    return (await ownershipOf(read, xml)).owned.map((position) => sheets[position].name);
  }

  it("marks sheets that carry the KoersGenerated name as generated", async () => {
    const workbook = lelystadTwoSheets();
    const buffer = await markGenerated(await toXlsxBuffer(workbook), [1]);
    const snapshot = await readWorkbookSnapshot(buffer, "lelystad.xlsx");
    expect({
      generated: snapshot.sheets.map((sheet) => [sheet.name, sheet.generated ?? false]),
      fromZip: await ownedSheetNames(await JSZip.loadAsync(buffer)),
    }).toEqual({
      generated: [
        ["Prioriteiten", false],
        ["Overige thema's", true],
        ["Lijsten", false],
      ],
      fromZip: ["Overige thema's"],
    });
  });

  it("gives back the fixture snapshots' values, formats, fills and merges after a round trip through a file", async () => {
    for (const workbook of [
      lelystadActivityList({ groups: "sectionRows", status: "textAndFill" }),
      drontenWide({ numbers: "numbers", provisionalLastYear: true }),
    ]) {
      const read = await readWorkbookSnapshot(await toXlsxBuffer(workbook), workbook.name);
      const pick = (sheet: (typeof workbook.sheets)[number]) => ({
        values: sheet.values,
        numberFormats: sheet.numberFormats,
        fills: sheet.fills,
        merges: sheet.merges,
        texts: sheet.texts.map((row, rowIndex) =>
          row.map((text, column) => (typeof sheet.values[rowIndex][column] === "number" ? "(number)" : text)),
        ),
      });
      expect(pick(read.sheets[0])).toEqual(pick(workbook.sheets[0]));
    }
  });

  it("shows numbers as a Dutch Excel does: thousands dots, decimal commas, day-first dates", async () => {
    const workbook = drontenWide({ numbers: "numbers" });
    const read = await readWorkbookSnapshot(await toXlsxBuffer(workbook), "dronten.xlsx");
    expect(read.sheets[0].texts.slice(3, 5).map((row) => row.slice(1))).toEqual([
      ["1.697", "1.530", "1.283"],
      ["78", "74", "75"],
    ]);
    expect(read.sheets[0].texts[26].slice(1)).toEqual(["1,5", "3,2", "2,2"]);
  });

  it("lets rows with the same formats and fills share one row (a table of 300,000 rows holds no copies)", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Cijfers");
    sheet.addRow(["Soort misdrijf", "Perioden", "Aantal"]);
    for (let row = 0; row < 6; row++) sheet.addRow([`Categorie ${row}`, 2020 + row, 1500 + (row % 2) * 5]);
    for (let row = 2; row <= 7; row++) sheet.getCell(`C${row}`).numFmt = "#,##0";
    sheet.getCell("A5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    const read = (await readWorkbookSnapshot(await bufferOf(book), "cijfers.xlsx")).sheets[0];
    expect({
      formats: read.numberFormats.map((row) => row.join("|")),
      formatRowsShared: read.numberFormats[2] === read.numberFormats[6],
      fills: read.fills[4],
      fillRowsShared: read.fills[0] === read.fills[6] && read.fills[4] !== read.fills[3],
      texts: read.texts.slice(1).map((row) => row[2]),
    }).toEqual({
      formats: ["General|General|General", ...Array.from({ length: 6 }, () => "General|General|#,##0")],
      formatRowsShared: true,
      fills: ["#FFFF00", null, null],
      fillRowsShared: true,
      texts: ["1.500", "1.505", "1.500", "1.505", "1.500", "1.505"],
    });
  });

  // NOTE: how fast is measured in `npm run bench` (the realistic 20,000-row workbook), not here.
  it("reads 20,000 rows × 10 columns as Excel writes them", async () => {
    const buffer = await largePackage(20000);
    const snapshot = await readWorkbookSnapshot(buffer, "groot.xlsx");
    const sheet = snapshot.sheets[0];
    expect({
      rows: sheet.rowCount,
      columns: sheet.columnCount,
      last: sheet.values[20000],
      text: sheet.texts[20000][7],
    }).toEqual({
      rows: 20001,
      columns: 10,
      last: [
        20000,
        "Activiteit 20000",
        "OOV",
        "Politie",
        "Q2 2025",
        "Loopt volgens planning",
        "—",
        1.5,
        "Ondermijning",
        40000,
      ],
      text: "1,5",
    });
  }, 60000);
});

/** A package as Excel writes it (shared strings, styles), built directly so the test does not wait for a writer. */
async function largePackage(rowCount: number): Promise<Uint8Array> {
  const strings = [
    "Nr.",
    "Activiteit",
    "Trekker",
    "Partners",
    "Planning",
    "Status",
    "Toelichting",
    "Score",
    "Thema",
    "Bedrag",
    "OOV",
    "Politie",
    "Q2 2025",
    "Loopt volgens planning",
    "—",
    "Ondermijning",
  ];
  const index = (text: string) => strings.indexOf(text);
  const rows: string[] = [
    `<row r="1">${strings
      .slice(0, 10)
      .map((_, column) => `<c r="${String.fromCharCode(65 + column)}1" t="s"><v>${column}</v></c>`)
      .join("")}</row>`,
  ];
  for (let row = 2; row <= rowCount + 1; row++) {
    const number = row - 1;
    strings.push(`Activiteit ${number}`);
    const cells = [
      `<c r="A${row}"><v>${number}</v></c>`,
      `<c r="B${row}" t="s"><v>${strings.length - 1}</v></c>`,
      ...["OOV", "Politie", "Q2 2025", "Loopt volgens planning", "—"].map(
        (text, offset) => `<c r="${String.fromCharCode(67 + offset)}${row}" t="s"><v>${index(text)}</v></c>`,
      ),
      `<c r="H${row}" s="1"><v>1.5</v></c>`,
      `<c r="I${row}" t="s"><v>${index("Ondermijning")}</v></c>`,
      `<c r="J${row}"><v>${number * 2}</v></c>`,
    ];
    rows.push(`<row r="${row}">${cells.join("")}</row>`);
  }
  const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook ${main} xmlns:r="${relationships}"><sheets><sheet name="Activiteiten" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${relationships}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `<styleSheet ${main}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="2"><xf numFmtId="0" fillId="0"/><xf numFmtId="164" fillId="0"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<sst ${main} count="${strings.length}">${strings.map((text) => `<si><t>${text}</t></si>`).join("")}</sst>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet ${main}><sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("readWorkbookSnapshot on files that are not workbooks", () => {
  const errorOf = async (bytes: Uint8Array, name = "kapot.xlsx"): Promise<unknown> =>
    readWorkbookSnapshot(bytes, name).then(
      () => null,
      (error: unknown) => error,
    );

  function compoundFile(withEncryption: boolean): Uint8Array {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const stream = withEncryption ? "EncryptionInfo" : "Workbook";
    Array.from(stream).forEach((character, index) => {
      bytes[1024 + index * 2] = character.charCodeAt(0);
    });
    return bytes;
  }

  it.each([
    ["an empty file", new Uint8Array(0), /leeg \(0 bytes\)[\s\S]*empty/],
    [
      "a CSV renamed to .xlsx",
      new TextEncoder().encode("Categorie;2016;2017\nwoninginbraken;121;121\n"),
      /CSV[\s\S]*CSV renamed/,
    ],
    [
      "a UTF-16 text export renamed to .xlsx",
      Uint8Array.from([0xff, 0xfe, 0x43, 0, 0x3b, 0, 0x31, 0, 0x0a, 0]),
      /CSV[\s\S]*CSV renamed/,
    ],
    ["a password-protected workbook", compoundFile(true), /wachtwoord[\s\S]*password protected/],
    ["an old .xls", compoundFile(false), /\.xls, Excel 97-2003[\s\S]*save it as \.xlsx/],
    [
      "random bytes",
      Uint8Array.from({ length: 300 }, (_, index) => (index * 7 + 1) % 256),
      /geen Excel-werkmap[\s\S]*not an Excel workbook/,
    ],
  ])("refuses %s with a Dutch and English message", async (_label, bytes, message) => {
    const error = await errorOf(bytes);
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as Error).message).toMatch(message);
  });

  it("refuses a truncated workbook", async () => {
    const buffer = await toXlsxBuffer(lelystadActivityList());
    const error = await errorOf(buffer.subarray(0, Math.floor(buffer.length / 2)));
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as Error).message).toMatch(/onvolledig[\s\S]*incomplete/);
  });

  it("refuses a zip that holds no workbook (a Word document)", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<document/>");
    const error = await errorOf(await zip.generateAsync({ type: "uint8array" }), "notitie.xlsx");
    expect(error).toBeInstanceOf(HostReadError);
    expect((error as Error).message).toMatch(/'notitie\.xlsx' is een zip-bestand maar geen Excel-werkmap/);
  });
});

describe("readWorkbookSnapshot on a sheet part cut off inside a tag", () => {
  it.each([
    ["a cell", (xml: string) => xml.slice(0, xml.indexOf('<c r="B10"') + '<c r="B10" t='.length)],
    ["a row", (xml: string) => xml.slice(0, xml.indexOf('<row r="10"') + '<row r="10" sp'.length)],
  ])("keeps the cells before the cut in %s and stops there", async (_label, cut) => {
    const zip = await JSZip.loadAsync(await toXlsxBuffer(lelystadActivityList()));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", cut(xml));
    const started = Date.now();
    const [sheet] = (
      await readWorkbookSnapshot(await zip.generateAsync({ type: "uint8array" }), "afgebroken.xlsx")
    ).sheets;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(sheet.rowCount).toBeLessThanOrEqual(10);
    expect(sheet.values[0][0]).not.toBeNull();
  });
});
