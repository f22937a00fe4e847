import ExcelJS from "exceljs";
import { copySheetIntoWorkbook } from "../../../../src/hosts/xlsx/write/copySheet";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";
import { sheetFromRows } from "../../../support/snapshotBuilder";
import { packageProblems, partBytes } from "../packageInspection";
import { richWorkbook } from "../richWorkbook";

/** The shared parts a copy must edit to add a sheet; every other part keeps its bytes. */
const editedParts = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

/** A figures sheet as another workbook holds it: a merged title, a fill, number formats and an error value. */
const figures = sheetFromRows(
  "Activiteiten",
  [
    ["Geregistreerde criminaliteit", null, null],
    ["Soort misdrijf", 2023, 2024],
    ["Woninginbraken", 121, 79],
    ["Aandeel opgelost", 0.25, { error: "#DIV/0!" }],
    ["Peildatum", 45657, null],
  ],
  {
    merges: ["A1:C1"],
    fills: { A2: "#FFC000", B2: "#FFC000", C2: "#FFC000" },
    numberFormats: { B4: "0.0%", B5: "dd-mm-yyyy" },
    texts: { A1: "Geregistreerde criminaliteit, Lelystad 2023-2024", B4: "25,0%", B5: "31-12-2024" },
  },
);

describe("copySheetIntoWorkbook", () => {
  let original: Uint8Array;
  let copied: { bytes: Uint8Array; name: string };
  beforeAll(async () => {
    original = await richWorkbook();
    copied = await copySheetIntoWorkbook(original, figures);
  });

  it("adds the sheet after the user's under a free name, with its values, formats, fills and merges", async () => {
    const snapshot = await readWorkbookSnapshot(copied.bytes, "copy.xlsx");
    const sheet = snapshot.sheets.find((item) => item.name === copied.name)!;
    expect({
      name: copied.name,
      sheets: snapshot.sheets.map((item) => item.name),
      values: sheet.values,
      numberFormats: [sheet.numberFormats[3][1], sheet.numberFormats[4][1]],
      fills: sheet.fills[1],
      merges: sheet.merges,
    }).toEqual({
      name: "Activiteiten (2)",
      sheets: ["Activiteiten", "Bob's Data", "Draaitabel", "Activiteiten (2)"],
      values: [
        ["Geregistreerde criminaliteit", null, null],
        ["Soort misdrijf", 2023, 2024],
        ["Woninginbraken", 121, 79],
        ["Aandeel opgelost", 0.25, "#DIV/0!"],
        ["Peildatum", 45657, null],
      ],
      numberFormats: ["0.0%", "dd-mm-yyyy"],
      fills: ["#FFC000", "#FFC000", "#FFC000"],
      merges: ["A1:C1"],
    });
  });

  it("sizes the columns by their longest displayed text, leaving out a title merged over several columns", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(copied.bytes) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(copied.name)!;
    expect([1, 2, 3].map((column) => sheet.getColumn(column).width)).toEqual([18, 12, 9]);
  });

  it("keeps every part of a workbook with a chart, an image and a pivot table byte-identical", async () => {
    const before = await partBytes(original);
    const after = await partBytes(copied.bytes);
    const changed = [...before.keys()].filter(
      (path) =>
        !after.has(path) ||
        Buffer.compare(Buffer.from(before.get(path)!), Buffer.from(after.get(path)!)) !== 0,
    );
    expect({ changed: changed.sort(), problems: await packageProblems(copied.bytes) }).toEqual({
      changed: editedParts,
      problems: { missingTargets: [], withoutContentType: [], overridesWithoutPart: [], malformed: [] },
    });
  });
});
