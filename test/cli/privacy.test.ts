import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/hosts/xlsx/node/cli";
import { lelystadActivitySheet, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";
import { workbookFromSheets } from "../support/snapshotBuilder";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], alterGriffie?: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => lelystadReportDate,
    alterGriffie,
  });
  return { code, stdout, stderr };
}

const raw = ["kees@example.nl", "Jan de Vries", "06-12345678", "NL91ABNA0417164300", "123456782"];

/** The Lelystad list with personal data in activity names and ids, as real lists have it. */
function leakyList() {
  const { sheet, activities, headerRow } = lelystadActivitySheet();
  const header = sheet.values[headerRow - 1];
  const nameColumn = header.findIndex((value) => value === "Activiteit");
  const idColumn = header.findIndex((value) => value === "Nr.");
  const values = sheet.values.map((row) => [...row]);
  activities.forEach((activity, index) => {
    const row = values[activity.sheetRow - 1];
    row[nameColumn] = `${String(row[nameColumn])} (overleg met Jan de Vries, kees@example.nl, 06-12345678)`;
    if (index % 3 === 0)
      row[idColumn] = index === 0 ? "kees@example.nl" : `BSN 123456782 NL91ABNA0417164300 ${index}`;
  });
  return workbookFromSheets("Dossier Jan de Vries.xlsx", { ...sheet, values });
}

describe("koers summarize: personal data on stdout, in report.json and in the griffie copy", () => {
  let directory: string;
  let input: string;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-privacy-"));
    input = path.join(directory, "Dossier Jan de Vries.xlsx");
    writeFileSync(input, await toXlsxBuffer(leakyList()));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("masks names, e-mail addresses, phone numbers, BSNs and IBANs on stdout and in report.json by default", async () => {
    const json = path.join(directory, "report.json");
    const result = await run(["summarize", input, "--date", lelystadReportDate, "--json", json]);
    const report = readFileSync(json, "utf8");
    expect(result.code).toBe(0);
    expect(
      raw.filter(
        (value) => report.includes(value) || result.stdout.includes(value) || result.stderr.includes(value),
      ),
    ).toEqual([]);
    expect(report).toContain("k***@example.nl");
    expect(report).toContain("J** d* V****");
    expect(result.stdout).toContain("Dossier J** d* V**** (Koers).xlsx");
  });

  it("shows them in full with --unmasked, and still keeps them out of the griffie copy", async () => {
    const json = path.join(directory, "unmasked.json");
    const copy = path.join(directory, "copy.xlsx");
    const result = await run([
      "summarize",
      input,
      "--date",
      lelystadReportDate,
      "--json",
      json,
      "--griffie",
      copy,
      "--organisation",
      "Jan de Vries",
      "--unmasked",
    ]);
    const report = readFileSync(json, "utf8");
    const zip = await JSZip.loadAsync(readFileSync(copy));
    const parts = await Promise.all(Object.values(zip.files).map((file) => file.async("string")));
    expect(result.code).toBe(0);
    expect(raw.filter((value) => report.includes(value))).toEqual(raw);
    expect(raw.filter((value) => parts.some((part) => part.includes(value)))).toEqual([]);
  });

  it("deletes a griffie copy that still holds personal data, exits 1 and says what and where (masked)", async () => {
    const copy = path.join(directory, "leaky copy.xlsx");
    const result = await run(
      [
        "summarize",
        input,
        "--date",
        lelystadReportDate,
        "--griffie",
        copy,
        "--out",
        path.join(directory, "out.xlsx"),
      ],
      async (bytes) => {
        const zip = await JSZip.loadAsync(bytes);
        const core = await zip.file("docProps/core.xml")!.async("string");
        zip.file("docProps/core.xml", core.replace(/<dc:title>[^<]*</, "<dc:title>Voor kees@example.nl<"));
        return zip.generateAsync({ type: "uint8array" });
      },
    );
    expect({
      code: result.code,
      exists: existsSync(copy),
      leftovers: readdirSync(directory).filter((file) => file.startsWith("leaky")),
      message: result.stderr.split("\n").find((line) => line.includes("griffie")),
    }).toEqual({
      code: 1,
      exists: false,
      leftovers: [],
      message: expect.stringMatching(/persoonsgegevens.*verwijderd.*email title k\*\*\*@example\.nl/),
    });
    expect(result.stderr).not.toContain("kees@example.nl");
  });
});
