import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { HostReadError } from "../../../../src/core";
import { inspectWorkbookFile, workbookFileKind } from "../../../../src/hosts/xlsx/package/fileKind";
import { main } from "../../../../src/hosts/xlsx/node/cli";
import { zlibPartReader } from "../../../../src/hosts/xlsx/node/zlibZip";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";

const example = path.join(__dirname, "../../../../examples/lelystad-activiteiten.xlsx");
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An OpenDocument spreadsheet as LibreOffice writes it: `mimetype` first and stored, then the content. */
async function openDocumentSpreadsheet(compression: "STORE" | "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression });
  zip.file(
    "content.xml",
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
  );
  zip.file("META-INF/manifest.xml", "<manifest:manifest/>");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** An Excel binary workbook's package: the main part is xl/workbook.bin. */
function binaryWorkbook(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>' +
      '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
  );
  zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The example workbook with its main part renamed xl/book.xml, as some generators name it. */
async function workbookNamedBook(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  const move = async (from: string, to: string) => {
    zip.file(to, await zip.file(from)!.async("uint8array"));
    zip.remove(from);
  };
  await move("xl/workbook.xml", "xl/book.xml");
  await move("xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels");
  const edit = async (name: string) =>
    zip.file(name, (await zip.file(name)!.async("string")).replace("xl/workbook.xml", "xl/book.xml"));
  await edit("_rels/.rels");
  await edit("[Content_Types].xml");
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A Word document: a package whose officeDocument is no workbook. */
function wordDocument(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file(
    "_rels/.rels",
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  );
  return zip.generateAsync({ type: "uint8array" });
}

const readError = (bytes: Uint8Array, name: string): Promise<unknown> =>
  readWorkbookSnapshot(bytes, name).then(
    () => null,
    (error: unknown) => error,
  );

describe("what a file is", () => {
  it("names an OpenDocument spreadsheet from its first bytes, and from its mimetype part when compressed", async () => {
    const stored = await openDocumentSpreadsheet("STORE");
    const compressed = await openDocumentSpreadsheet("DEFLATE");
    expect({
      bytes: workbookFileKind(stored),
      inspected: await inspectWorkbookFile(stored),
      compressed: await inspectWorkbookFile(compressed, zlibPartReader),
    }).toEqual({ bytes: "openDocument", inspected: "openDocument", compressed: "openDocument" });
  });

  it("names an .xlsb by its main part", async () => {
    const bytes = await binaryWorkbook();
    expect([await inspectWorkbookFile(bytes), await inspectWorkbookFile(bytes, zlibPartReader)]).toEqual([
      "binaryWorkbook",
      "binaryWorkbook",
    ]);
  });

  it("finds the main part by its relationship type, whatever its name", async () => {
    expect(await inspectWorkbookFile(await workbookNamedBook(), zlibPartReader)).toBe("xlsx");
    expect(await inspectWorkbookFile(await wordDocument())).toBe("notAWorkbook");
  });

  it("the reader (and so the pane) says an .ods or .xlsb is one, in Dutch and English", async () => {
    const ods = await readError(await openDocumentSpreadsheet("STORE"), "cijfers.ods");
    const xlsb = await readError(await binaryWorkbook(), "cijfers.xlsb");
    expect(ods).toBeInstanceOf(HostReadError);
    expect(xlsb).toBeInstanceOf(HostReadError);
    expect((ods as HostReadError).messageIn("nl")).toMatch(/OpenDocument-rekenblad \(\.ods/);
    expect((ods as HostReadError).messageIn("en")).toMatch(/OpenDocument spreadsheet \(\.ods/);
    expect((xlsb as HostReadError).messageIn("nl")).toMatch(/binaire Excel-werkmap \(\.xlsb\)/);
    expect((xlsb as HostReadError).messageIn("en")).toMatch(/Excel binary workbook \(\.xlsb\)/);
  });

  it("reads a workbook whose main part is xl/book.xml", async () => {
    const snapshot = await readWorkbookSnapshot(await workbookNamedBook(), "plan.xlsx");
    expect(snapshot).toEqual(await readWorkbookSnapshot(readFileSync(example), "plan.xlsx"));
  });
});

describe("what a file is, through the CLI", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-kind-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  async function run(name: string, bytes: Uint8Array, language: "nl" | "en") {
    const input = path.join(directory, name);
    const out = path.join(directory, `uit ${name}.xlsx`);
    writeFileSync(input, bytes);
    let stderr = "";
    const code = await main(["summarize", input, "--out", out, "--date", "2025-03-01", "--lang", language], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    const errors = stderr.split("\n").filter((line) => line.startsWith("koers:"));
    return { code, errors, out };
  }

  it("refuses an .ods and an .xlsb with exit 1 and one line naming the format", async () => {
    const ods = await run("cijfers.ods", await openDocumentSpreadsheet("STORE"), "nl");
    const xlsb = await run("cijfers.xlsb", await binaryWorkbook(), "en");
    expect(ods.code).toBe(1);
    expect(ods.errors).toEqual([expect.stringMatching(/cijfers\.ods.*OpenDocument-rekenblad \(\.ods/)]);
    expect(xlsb.code).toBe(1);
    expect(xlsb.errors).toEqual([expect.stringMatching(/cijfers\.xlsb.*Excel binary workbook \(\.xlsb\)/)]);
  });

  it("summarises a workbook whose main part is xl/book.xml and writes its sheets into that part", async () => {
    const result = await run("plan.xlsx", await workbookNamedBook(), "nl");
    expect({ code: result.code, errors: result.errors }).toEqual({ code: 0, errors: [] });
    const written = new Uint8Array(readFileSync(result.out));
    const zip = await JSZip.loadAsync(written);
    expect(zip.file("xl/workbook.xml")).toBeNull();
    const snapshot = await readWorkbookSnapshot(written, "uit.xlsx");
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Activiteiten", "Koers Overzicht"]),
    );
  });
});
