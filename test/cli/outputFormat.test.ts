import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/hosts/xlsx/node/cli";
import { packageProblems } from "../hosts/xlsx/packageInspection";

const example = path.join(__dirname, "../../examples/lelystad-activiteiten.xlsx");
const sheetMain = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const macroEnabledMain = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const vbaProject = "application/vnd.ms-office.vbaProject";
const microsoftRelationships = "http://schemas.microsoft.com/office/2006/relationships";
const projectBytes = Uint8Array.from({ length: 600 }, (_, index) => (index * 31 + 7) % 256);

/**
 * The example workbook saved as Excel saves an .xlsm: a VBA project (xl/vbaProject.bin with its signature),
 * the "bin" Default content type for it and a macro-enabled main part; `macroSheet` adds an Excel 4 macro sheet.
 */
async function macroEnabledWorkbook(options: { macroSheet?: boolean } = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  const edit = async (name: string, change: (text: string) => string) =>
    zip.file(name, change(await zip.file(name)!.async("string")));
  await edit("[Content_Types].xml", (text) =>
    text
      .replace(sheetMain, macroEnabledMain)
      .replace("<Default ", `<Default Extension="bin" ContentType="${vbaProject}"/><Default `)
      .replace(
        "</Types>",
        '<Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>' +
          (options.macroSheet
            ? '<Override PartName="/xl/macrosheets/sheet1.xml" ContentType="application/vnd.ms-excel.macrosheet+xml"/>'
            : "") +
          "</Types>",
      ),
  );
  await edit("xl/_rels/workbook.xml.rels", (text) =>
    text.replace(
      "</Relationships>",
      `<Relationship Id="rId90" Type="${microsoftRelationships}/vbaProject" Target="vbaProject.bin"/>` +
        (options.macroSheet
          ? `<Relationship Id="rId91" Type="${microsoftRelationships}/xlMacrosheet" Target="macrosheets/sheet1.xml"/>`
          : "") +
        "</Relationships>",
    ),
  );
  if (options.macroSheet) {
    await edit("xl/workbook.xml", (text) =>
      text.replace("</sheets>", '<sheet name="Macro1" sheetId="9" r:id="rId91"/></sheets>'),
    );
    zip.file(
      "xl/macrosheets/sheet1.xml",
      '<xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData/></xm:macrosheet>',
    );
  }
  zip.file("xl/vbaProject.bin", projectBytes);
  zip.file(
    "xl/_rels/vbaProject.bin.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${microsoftRelationships}/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>`,
  );
  zip.file("xl/vbaProjectSignature.bin", projectBytes.slice(0, 64));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface Written {
  code: number;
  errors: string[];
  contentTypes: string;
  parts: string[];
  workbookRelationships: string;
  zip: JSZip | null;
}

describe("the output workbook is the kind of file its name says", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-format-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  async function summarize(input: string, bytes: Uint8Array, out?: string): Promise<Written> {
    const inputPath = path.join(directory, input);
    writeFileSync(inputPath, bytes);
    let stderr = "";
    const code = await main(
      ["summarize", inputPath, ...(out ? ["--out", path.join(directory, out)] : []), "--date", "2025-03-01"],
      { stdout: () => undefined, stderr: (text) => (stderr += text) },
    );
    expect(readFileSync(inputPath)).toEqual(Buffer.from(bytes));
    const written = path.join(directory, out ?? input.replace(/(\.\w+)$/, " (Koers)$1"));
    const errors = stderr.split("\n").filter((line) => line.startsWith("koers:"));
    if (!existsSync(written)) {
      return { code, errors, contentTypes: "", parts: [], workbookRelationships: "", zip: null };
    }
    const zip = await JSZip.loadAsync(readFileSync(written));
    return {
      code,
      errors,
      contentTypes: await zip.file("[Content_Types].xml")!.async("string"),
      parts: Object.keys(zip.files),
      workbookRelationships: await zip.file("xl/_rels/workbook.xml.rels")!.async("string"),
      zip,
    };
  }

  it("writes an .xlsm input asked --out x.xlsx as a valid .xlsx: plain content type, no VBA project", async () => {
    const result = await summarize("plan.xlsm", await macroEnabledWorkbook(), "uit.xlsx");
    expect({ code: result.code, errors: result.errors }).toEqual({ code: 0, errors: [] });
    expect(result.contentTypes).toContain(`PartName="/xl/workbook.xml" ContentType="${sheetMain}"`);
    expect(result.contentTypes).not.toMatch(/macroEnabled|vbaProject/);
    expect(result.parts.filter((part) => /vbaProject/.test(part))).toEqual([]);
    expect(result.workbookRelationships).not.toContain("vbaProject");
    const bytes = await result.zip!.generateAsync({ type: "uint8array" });
    expect(await packageProblems(bytes)).toEqual({
      missingTargets: [],
      withoutContentType: [],
      overridesWithoutPart: [],
      malformed: [],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Activiteiten", "Koers Overzicht"]),
    );
  });

  it("keeps an .xlsm macro-enabled, its VBA project byte for byte, with --out x.xlsm and by default", async () => {
    for (const out of ["uit.xlsm", undefined]) {
      const result = await summarize("plan.xlsm", await macroEnabledWorkbook(), out);
      expect({ code: result.code, errors: result.errors }).toEqual({ code: 0, errors: [] });
      expect(result.contentTypes).toContain(`PartName="/xl/workbook.xml" ContentType="${macroEnabledMain}"`);
      expect(result.contentTypes).toContain(`Extension="bin" ContentType="${vbaProject}"`);
      expect(await result.zip!.file("xl/vbaProject.bin")!.async("uint8array")).toEqual(projectBytes);
      expect(result.workbookRelationships).toContain(`${microsoftRelationships}/vbaProject`);
    }
  });

  it("gives an .xlsx input asked --out x.xlsm the macro-enabled content type", async () => {
    const result = await summarize("plan.xlsx", new Uint8Array(readFileSync(example)), "uit.xlsm");
    expect(result.code).toBe(0);
    expect(result.contentTypes).toContain(`PartName="/xl/workbook.xml" ContentType="${macroEnabledMain}"`);
  });

  it("refuses --out x.xlsx for a workbook with Excel 4 macro sheets (exit 2, nothing written); .xlsm works", async () => {
    const bytes = await macroEnabledWorkbook({ macroSheet: true });
    const refused = await summarize("macro.xlsm", bytes, "macro uit.xlsx");
    expect({ code: refused.code, written: refused.zip !== null }).toEqual({ code: 2, written: false });
    expect(refused.errors).toEqual([expect.stringMatching(/Excel 4-macrobladen.*\.xlsm/)]);
    const kept = await summarize("macro.xlsm", bytes, "macro uit.xlsm");
    expect(kept.code).toBe(0);
    expect(kept.parts).toContain("xl/macrosheets/sheet1.xml");
  });
});
