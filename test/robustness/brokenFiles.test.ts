import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/hosts/xlsx/node/cli";

/** A corpus of files people really try to open, each of which must give a clear one-line answer. */
async function corpus(): Promise<Record<string, Uint8Array>> {
  const good = new ExcelJS.Workbook();
  good.addWorksheet("Activiteiten").addRows([
    ["Nr", "Activiteit", "Status"],
    ["1", "Cameratoezicht evalueren", "Afgerond"],
    ["2", "Weerbaarheid ondernemers", "Vertraagd"],
  ]);
  const goodBytes = new Uint8Array(await good.xlsx.writeBuffer());
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Blad1");
  const compoundFile = (stream: string) => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = Array.from(stream).flatMap((character) => [character.charCodeAt(0), 0]);
    bytes.set(name, 1024);
    return bytes;
  };
  return {
    "niet-een-zip.xlsx": new TextEncoder().encode("Dit is geen werkmap maar een tekst."),
    "afgebroken.xlsx": goodBytes.slice(0, Math.floor(goodBytes.length / 2)),
    "wachtwoord.xlsx": compoundFile("EncryptionInfo"),
    "oud-formaat.xls": compoundFile("Workbook"),
    "csv-hernoemd.xlsx": new TextEncoder().encode("Nr;Activiteit;Status\n1;Cameratoezicht;Afgerond\n"),
    "leeg-bestand.xlsx": new Uint8Array(0),
    "word-document.xlsx": await zipOf({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document/>",
    }),
    "lege-werkmap.xlsx": new Uint8Array(await empty.xlsx.writeBuffer()),
    "alleen-grafiekblad.xlsx": await chartSheetOnlyWorkbook(),
  };
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array" });
}

function chartSheetOnlyWorkbook(): Promise<Uint8Array> {
  const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipOf({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>' +
      "</Types>",
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relationships}">` +
      '<sheets><sheet name="Grafiek1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationships}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    "xl/chartsheets/sheet1.xml":
      '<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  });
}

interface Outcome {
  exitCode: number;
  stderr: string;
  wroteOutput: boolean;
  inputUnchanged: boolean;
}

async function run(name: string, bytes: Uint8Array, language: "nl" | "en"): Promise<Outcome> {
  const directory = mkdtempSync(join(tmpdir(), "koers-broken-"));
  const input = join(directory, name);
  const output = join(directory, "uit.xlsx");
  writeFileSync(input, bytes);
  let stderr = "";
  const exitCode = await main(
    ["summarize", input, "--out", output, "--date", "2025-06-30", "--lang", language],
    {
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
    },
  );
  let wroteOutput = true;
  try {
    readFileSync(output);
  } catch {
    wroteOutput = false;
  }
  return {
    exitCode,
    stderr,
    wroteOutput,
    inputUnchanged: Buffer.compare(readFileSync(input), Buffer.from(bytes)) === 0,
  };
}

describe("broken and unusual files through the CLI", () => {
  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    files = await corpus();
  });

  it("refuses every unreadable file with exit code 1, one clear line and no stack trace", async () => {
    const unreadable = [
      "niet-een-zip.xlsx",
      "afgebroken.xlsx",
      "wachtwoord.xlsx",
      "oud-formaat.xls",
      "csv-hernoemd.xlsx",
      "leeg-bestand.xlsx",
      "word-document.xlsx",
    ];
    const outcomes: Record<string, unknown> = {};
    for (const name of unreadable) {
      const outcome = await run(name, files[name], "nl");
      outcomes[name] = {
        exitCode: outcome.exitCode,
        oneLine:
          outcome.stderr
            .trim()
            .split("\n")
            .filter((line) => line.startsWith("koers:")).length === 1,
        stackTrace: /\n\s+at /.test(outcome.stderr),
        names: outcome.stderr.includes(name),
        wroteOutput: outcome.wroteOutput,
        inputUnchanged: outcome.inputUnchanged,
      };
    }
    const expected = {
      exitCode: 1,
      oneLine: true,
      stackTrace: false,
      names: true,
      wroteOutput: false,
      inputUnchanged: true,
    };
    expect(outcomes).toEqual(Object.fromEntries(unreadable.map((name) => [name, expected])));
  });

  it("says in the user's language why a password-protected or old file is refused", async () => {
    const dutch = await run("wachtwoord.xlsx", files["wachtwoord.xlsx"], "nl");
    const english = await run("oud-formaat.xls", files["oud-formaat.xls"], "en");
    expect(dutch.stderr).toMatch(/wachtwoord/);
    expect(english.stderr).toMatch(/\.xls/);
    expect(english.stderr).toMatch(/save it as \.xlsx/);
  });

  it("reads an empty workbook and a chart-sheet-only workbook without failing, and says there is nothing to summarise", async () => {
    for (const name of ["lege-werkmap.xlsx", "alleen-grafiekblad.xlsx"]) {
      const directory = mkdtempSync(join(tmpdir(), "koers-empty-"));
      const input = join(directory, name);
      writeFileSync(input, files[name]);
      const json = join(directory, "r.json");
      const exitCode = await main(
        ["summarize", input, "--out", join(directory, "uit.xlsx"), "--json", json, "--date", "2025-06-30"],
        {
          stdout: () => undefined,
          stderr: () => undefined,
        },
      );
      const report = JSON.parse(readFileSync(json, "utf8"));
      expect({
        name,
        exitCode,
        activities: report.activities,
        figures: report.figures,
        codes: report.findings.map((f: { code: string }) => f.code),
      }).toEqual({
        name,
        exitCode: 0,
        activities: null,
        figures: [],
        codes: ["no-datasets"],
      });
    }
  });
});
