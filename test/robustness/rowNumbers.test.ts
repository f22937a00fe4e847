import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/hosts/xlsx/node/cli";
import { parseRelationships } from "../../src/hosts/xlsx/package/relationships";

const example = path.join(__dirname, "../../examples/lelystad-activiteiten.xlsx");
const sheetPath = "xl/worksheets/sheet1.xml";

/** A text cell at a reference, inline so no shared-string index is needed. */
const cell = (reference: string, text: string) =>
  `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * The example activity list with rows Excel does not have (0, negative, past 1,048,576) and, on a real row,
 * cells whose references name no column Excel has: what a hostile or broken writer produces.
 */
async function workbookWithOddRows(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  const sheet = await zip.file(sheetPath)!.async("string");
  const odd =
    `<row r="0">${cell("A0", "rij nul")}</row>` +
    `<row r="-5">${cell("A-5", "rij min vijf")}</row>` +
    `<row r="99999999">${cell("B99999999", "rij ver weg")}</row>` +
    `<row r="200">${cell("$$", "geen kolom")}${cell("1A", "cijfer eerst")}${cell("XFE200", "voorbij XFD")}</row>`;
  zip.file(sheetPath, sheet.replace("</sheetData>", `${odd}</sheetData>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every cell and row reference in the worksheet parts Koers wrote (its sheets, found by name). */
async function referencesInKoersSheets(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const relationships = parseRelationships(
    await zip.file("xl/_rels/workbook.xml.rels")!.async("string"),
    "xl/workbook.xml",
  );
  const references: string[] = [];
  for (const match of workbook.matchAll(/<sheet\b[^>]*name="(Koers[^"]*)"[^>]*r:id="([^"]+)"/g)) {
    const part = relationships.find((relationship) => relationship.id === match[2])!.path!;
    const xml = await zip.file(part)!.async("string");
    for (const reference of xml.matchAll(/<(?:row|c)\b[^>]*\br="([^"]*)"/g)) references.push(reference[1]);
  }
  return references;
}

describe("rows and cells Excel does not have, through the CLI", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-rows-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("are left out with a cells-omitted finding, never named as a row 0, negative or huge", async () => {
    const input = path.join(directory, "plan.xlsx");
    const out = path.join(directory, "uit.xlsx");
    const json = path.join(directory, "report.json");
    const bytes = await workbookWithOddRows();
    writeFileSync(input, bytes);
    let stderr = "";
    const code = await main(["summarize", input, "--out", out, "--json", json, "--date", "2025-03-01"], {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    expect({ code, errors: stderr.split("\n").filter((line) => line.startsWith("koers:")) }).toEqual({
      code: 0,
      errors: [],
    });
    const report = JSON.parse(readFileSync(json, "utf8")) as {
      findings: { code: string; cell?: string; sheet?: string; message: string }[];
      activities: { total: number };
    };
    const omitted = report.findings.filter((finding) => finding.code === "cells-omitted");
    expect(omitted).toEqual([
      expect.objectContaining({
        sheet: "Activiteiten",
        message: expect.stringContaining("6 cel(len) niet gelezen"),
      }),
    ]);
    const outsideExcel = (reference: string) => {
      const match = /^\$?([A-Z]*)\$?(-?\d+)$/.exec(reference);
      const row = match ? Number(match[2]) : NaN;
      return !match || !(row >= 1 && row <= 1048576);
    };
    expect(
      report.findings.flatMap((finding) => (finding.cell && outsideExcel(finding.cell) ? [finding] : [])),
    ).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(/rij nul|rij min vijf|rij ver weg|geen kolom|cijfer eerst/);
    const written = new Uint8Array(readFileSync(out));
    const references = await referencesInKoersSheets(written);
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter((reference) => outsideExcel(reference) && !/^\d+$/.test(reference))).toEqual([]);
    expect(
      references.filter(
        (reference) => /^\d+$/.test(reference) && !(Number(reference) >= 1 && Number(reference) <= 1048576),
      ),
    ).toEqual([]);
    // NOTE: the user's sheet keeps its odd rows byte for byte (Koers never edits source parts); ExcelJS, the
    // tests' independent reader, refuses such a sheet, so only Koers' parts are checked here.
    expect(readFileSync(input)).toEqual(Buffer.from(bytes));
  });
});
