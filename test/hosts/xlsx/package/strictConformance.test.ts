import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../../../src/hosts/xlsx/node/cli";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";
import { transitionalName, transitionalXml } from "../../../../src/hosts/xlsx/package/strictConformance";
import { writeReportIntoWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import { packageProblems, partTexts } from "../packageInspection";
import { samplePlan } from "../samplePlan";

const example = path.join(__dirname, "../../../../examples/lelystad-activiteiten.xlsx");

/**
 * The names Excel writes when it saves as "Strict Open XML Spreadsheet" (ISO/IEC 29500-1 Annex A), each
 * with the transitional name the example workbook carries. Written out here, not derived from the code.
 */
const strictNames: [transitional: string, strict: string][] = [
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
  ],
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
  ],
  ...["officeDocument", "worksheet", "sharedStrings", "styles", "theme"].map((type): [string, string] => [
    `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`,
    `http://purl.oclc.org/ooxml/officeDocument/relationships/${type}`,
  ]),
  [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
  [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
  ],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
];

/** The example activity list as Excel saves it in Strict Open XML: strict names, conformance="strict". */
async function strictWorkbook(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(name)) continue;
    let text = await file.async("string");
    for (const [transitional, strict] of strictNames)
      text = text.split(`"${transitional}"`).join(`"${strict}"`);
    if (name === "xl/workbook.xml") text = text.replace("<workbook ", '<workbook conformance="strict" ');
    zip.file(name, text);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    today: () => "2025-03-01",
  });
  return { code, stderr };
}

describe("Strict Open XML workbooks", () => {
  let strict: Uint8Array;
  let directory: string;
  beforeAll(async () => {
    strict = await strictWorkbook();
    directory = mkdtempSync(path.join(tmpdir(), "koers-strict-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("maps every strict name to its transitional twin, the irregular ones too", () => {
    expect(strictNames.map(([, name]) => transitionalName(name))).toEqual(strictNames.map(([name]) => name));
    expect(transitionalName("http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties")).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
    );
    expect(transitionalName("http://purl.oclc.org/ooxml/drawingml/chart")).toBe(
      "http://schemas.openxmlformats.org/drawingml/2006/chart",
    );
    expect(transitionalName("http://schemas.microsoft.com/office/spreadsheetml/2009/9/main")).toBe(
      "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
    );
  });

  it("leaves a user's text that spells a strict name alone", () => {
    const xml = '<si><t>zie "http://purl.oclc.org/ooxml/spreadsheetml/main"</t></si>';
    expect(transitionalXml(xml)).toBe(xml);
  });

  it("reads a strict workbook as the same workbook saved as transitional", async () => {
    const fromStrict = await readWorkbookSnapshot(strict, "plan.xlsx");
    const fromTransitional = await readWorkbookSnapshot(readFileSync(example), "plan.xlsx");
    expect(fromStrict).toEqual(fromTransitional);
    expect(fromStrict.sheets[0].rowCount).toBeGreaterThan(100);
  });

  it("writes into a strict workbook an ordinary .xlsx that ExcelJS opens, with the user's sheet intact", async () => {
    const input = path.join(directory, "plan strict.xlsx");
    const out = path.join(directory, "uit.xlsx");
    writeFileSync(input, strict);
    const result = await run(["summarize", input, "--out", out, "--date", "2025-03-01"]);
    expect(result).toEqual({ code: 0, stderr: expect.not.stringMatching(/koers: fout/) });
    const written = new Uint8Array(readFileSync(out));
    const parts = await partTexts(written);
    const strictLeft = [...parts].filter(([, text]) =>
      /purl\.oclc\.org\/ooxml|conformance="strict"/.test(text),
    );
    expect(strictLeft.map(([name]) => name)).toEqual([]);
    expect(await packageProblems(written)).toEqual({
      missingTargets: [],
      withoutContentType: [],
      overridesWithoutPart: [],
      malformed: [],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(written) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe("Activiteiten");
    expect(names).toContain("Koers Overzicht");
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(example) as unknown as ExcelJS.Buffer);
    const values = (sheet: ExcelJS.Worksheet) =>
      sheet
        .getSheetValues()
        .map((row) => (Array.isArray(row) ? row.map((cell) => JSON.stringify(cell)) : row));
    expect(values(workbook.worksheets[0])).toEqual(values(original.worksheets[0]));
    expect(readFileSync(input)).toEqual(Buffer.from(strict));
  });

  it("the package writer turns a strict package transitional before adding its parts", async () => {
    const written = await writeReportIntoWorkbook(strict, samplePlan());
    const parts = await partTexts(written);
    expect([...parts.values()].some((text) => text.includes("purl.oclc.org"))).toBe(false);
    expect(parts.get("_rels/.rels")).toContain(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    );
  });
});
