import { execFile } from "child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/hosts/xlsx/node/cli";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";
import { storedHistoryKey } from "../../src/core/history";
import { storedSettingsKey } from "../../src/core/settings";
import { earlierLelystadHistory, withSavedSettings } from "../support/savedSettings";
import { sheetFromRows } from "../support/snapshotBuilder";
import { validateJson, type Schema } from "./jsonSchema";

const root = path.resolve(__dirname, "../..");
const schema = JSON.parse(readFileSync(path.join(root, "schema/report.schema.json"), "utf8")) as Schema;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    today: () => "2025-03-01",
  });
  return { code, stdout, stderr };
}

/** Latest modification time of the .ts files under the given directories. */
function newestSource(directories: string[]): number {
  const walk = (directory: string): number =>
    readdirSync(directory, { withFileTypes: true }).reduce((latest, entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return Math.max(latest, walk(full));
      return entry.name.endsWith(".ts") ? Math.max(latest, statSync(full).mtimeMs) : latest;
    }, 0);
  return Math.max(...directories.map((directory) => walk(path.join(root, directory))));
}

async function sheetNames(file: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((sheet) => sheet.name);
}

describe("koers summarize", () => {
  let directory: string;
  let activities: string;
  let figures: string;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-cli-"));
    activities = path.join(directory, "IVP activiteiten.xlsx");
    figures = path.join(directory, "cijfers.xlsx");
    writeFileSync(activities, await toXlsxBuffer(lelystadActivityList()));
    writeFileSync(figures, await toXlsxBuffer(drontenWide()));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("writes '<input> (Koers).xlsx' next to the input with the generated sheets, and leaves the input alone", async () => {
    const before = readFileSync(activities);
    const result = await run(["summarize", activities, "--date", lelystadReportDate]);
    const out = path.join(directory, "IVP activiteiten (Koers).xlsx");
    expect({
      code: result.code,
      sheets: await sheetNames(out),
      inputUnchanged: Buffer.compare(before, readFileSync(activities)),
      stdout: result.stdout.split("\n")[0],
      progress: result.stderr.split("\n").filter(Boolean),
    }).toEqual({
      code: 0,
      sheets: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      inputUnchanged: 0,
      stdout: `Werkmap: ${out}`,
      progress: ["Lezen: IVP activiteiten.xlsx", "Analyseren…", "Overzichtsbladen schrijven…"],
    });
    expect(result.stdout).toContain("117");
  });

  it("gives the same workbook when run again on its own output, replacing only the generated sheets", async () => {
    // The copy keeps the input's file name, which the generated sheets mention as source.
    const rerun = path.join(directory, "rerun");
    mkdirSync(rerun, { recursive: true });
    const out = path.join(rerun, "IVP activiteiten.xlsx");
    await run(["summarize", activities, "--out", out, "--date", lelystadReportDate]);
    // An output may not be an input (exit 2), so the second run writes to a file of the same name elsewhere.
    const second = path.join(rerun, "again");
    mkdirSync(second, { recursive: true });
    const outAgain = path.join(second, "IVP activiteiten.xlsx");
    const again = await run(["summarize", out, "--out", outAgain, "--date", lelystadReportDate]);
    expect({
      code: again.code,
      same: Buffer.compare(readFileSync(out), readFileSync(outAgain)),
      sheets: await sheetNames(outAgain),
    }).toEqual({
      code: 0,
      same: 0,
      sheets: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
    });
  });

  it("never overwrites a user's own sheet named Koers Overzicht: the generated one gets another name", async () => {
    const input = path.join(directory, "eigen overzicht.xlsx");
    const list = lelystadActivityList();
    const own = sheetFromRows("Koers Overzicht", [["Mijn eigen overzicht"], ["niet van Koers"]]);
    writeFileSync(input, await toXlsxBuffer({ ...list, sheets: [...list.sheets, own] }));
    const out = path.join(directory, "eigen overzicht (Koers).xlsx");
    const result = await run(["summarize", input, "--date", lelystadReportDate]);
    const outAgain = path.join(directory, "eigen overzicht (Koers) (2).xlsx");
    const again = await run(["summarize", out, "--out", outAgain, "--date", lelystadReportDate]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(outAgain);
    expect({
      codes: [result.code, again.code],
      sheets: book.worksheets.map((sheet) => sheet.name),
      own: [
        book.getWorksheet("Koers Overzicht")!.getCell("A1").value,
        book.getWorksheet("Koers Overzicht")!.getCell("A2").value,
      ],
    }).toEqual({
      codes: [0, 0],
      sheets: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Overzicht (2)",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      own: ["Mijn eigen overzicht", "niet van Koers"],
    });
  });

  it("adds the datasets of further workbooks and writes report.json that follows schema version 1", async () => {
    const out = path.join(directory, "samen.xlsx");
    const json = path.join(directory, "report.json");
    const result = await run([
      "summarize",
      activities,
      figures,
      "--out",
      out,
      "--json",
      json,
      "--date",
      lelystadReportDate,
    ]);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect({
      code: result.code,
      errors: validateJson(report, schema),
      sources: report.sources,
      activities: report.activities?.total,
      onTrackPct: report.activities?.onTrackPct,
      figureTables: report.figures.length,
      output: report.output,
      sheets: await sheetNames(out),
    }).toEqual({
      code: 0,
      errors: [],
      sources: ["IVP activiteiten.xlsx", "cijfers.xlsx"],
      activities: 117,
      onTrackPct: 88.9,
      figureTables: 1,
      output: {
        sheets: ["Koers Overzicht", "Koers Trends", "Koers Aandachtspunten", "Koers Toelichting"],
        charts: expect.any(Number),
      },
      sheets: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
    });
    expect(report.output.charts).toBeGreaterThanOrEqual(2);
  });

  it("leads the headline with the region of --region, and otherwise with the one the file names", async () => {
    const cbs = path.join(root, "examples", "dronten-cbs-statline.xlsx");
    const headline = async (extra: string[]) => {
      const result = await run(["summarize", cbs, "--out", path.join(directory, "cbs.xlsx"), ...extra]);
      return [result.code, result.stdout.split("\n")[1]];
    };
    expect(await headline([])).toEqual([0, expect.stringMatching(/^Van de 13 categorieën in Dronten /)]);
    expect(await headline(["--region", "Noordoostpolder"])).toEqual([
      0,
      expect.stringMatching(/^Van de 12 categorieën in Noordoostpolder /),
    ]);
  });

  it("uses the settings the task pane saved in the workbook, and options on the command line over them", async () => {
    const saved = path.join(directory, "opgeslagen instellingen.xlsx");
    writeFileSync(
      saved,
      await withSavedSettings(readFileSync(activities), {
        [storedSettingsKey]: JSON.stringify({
          reportDate: "2024-12-31",
          language: "en",
          title: "IVP Lelystad, najaar",
          organisation: "Gemeente Lelystad",
        }),
      }),
    );
    const reportOf = async (extra: string[]) => {
      const json = path.join(directory, "opgeslagen.json");
      const result = await run([
        "summarize",
        saved,
        "--out",
        path.join(directory, "uit.xlsx"),
        "--json",
        json,
        ...extra,
      ]);
      const report = JSON.parse(readFileSync(json, "utf8"));
      return {
        code: result.code,
        told:
          result.stderr.includes("saved in the workbook") ||
          result.stderr.includes("in de werkmap zijn opgeslagen"),
        language: report.language,
        title: report.title,
        reportDate: report.reportDate,
      };
    };
    expect([
      await reportOf(["--date", lelystadReportDate]),
      await reportOf(["--date", lelystadReportDate, "--lang", "nl", "--title", "Eigen titel"]),
    ]).toEqual([
      { code: 0, told: true, language: "en", title: "IVP Lelystad, najaar", reportDate: lelystadReportDate },
      { code: 0, told: true, language: "nl", title: "Eigen titel", reportDate: lelystadReportDate },
    ]);
  });

  it("compares with the previous report the Office host kept in the workbook when --previous is not given", async () => {
    const { history, changedName } = earlierLelystadHistory("2024-09-30");
    const kept = path.join(directory, "met geschiedenis.xlsx");
    writeFileSync(
      kept,
      await withSavedSettings(readFileSync(activities), { [storedHistoryKey]: JSON.stringify(history) }),
    );
    const json = path.join(directory, "geschiedenis.json");
    const result = await run([
      "summarize",
      kept,
      "--out",
      path.join(directory, "geschiedenis.xlsx"),
      "--json",
      json,
      "--date",
      lelystadReportDate,
    ]);
    const changes = JSON.parse(readFileSync(json, "utf8")).activities.changes;
    expect({
      code: result.code,
      told: result.stderr.includes("vorige rapportage die in de werkmap is bewaard (30 september 2024)"),
      changed: changes?.statusChanged.map((change: { name: string }) => change.name),
      added: changes?.added.length,
      removed: changes?.removed.length,
    }).toEqual({ code: 0, told: true, changed: [changedName], added: 0, removed: 0 });
  });

  it("names the griffie copy '<titel> <organisatie> <rapportagedatum> (griffie).xlsx' when --griffie is a directory", async () => {
    const griffieDirectory = path.join(directory, "griffie") + path.sep;
    mkdirSync(griffieDirectory, { recursive: true });
    const result = await run([
      "summarize",
      activities,
      "--out",
      path.join(directory, "g.xlsx"),
      "--date",
      lelystadReportDate,
      "--griffie",
      griffieDirectory,
      "--organisation",
      "Gemeente Lelystad",
    ]);
    const expected = path.join(
      griffieDirectory,
      "Voortgang Integraal Veiligheidsplan Gemeente Lelystad 1 maart 2025 (griffie).xlsx",
    );
    expect({ code: result.code, exists: existsSync(expected), line: result.stdout.split("\n")[1] }).toEqual({
      code: 0,
      exists: true,
      line: `Griffie-exemplaar: ${expected}`,
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(expected);
    expect({ creator: book.creator, company: book.company, sheets: book.worksheets.length > 0 }).toEqual({
      creator: "Gemeente Lelystad",
      company: "Gemeente Lelystad",
      sheets: true,
    });
  });

  it.each([
    [
      ["summarize", "x.xlsx", "--date", "2025-13-01"],
      "koers: fout: ongeldige datum '2025-13-01'; gebruik JJJJ-MM-DD, bijvoorbeeld 2025-03-01.\n",
    ],
    [
      ["summarize", "x.xlsx", "--date", "1-3-2025", "--lang", "en"],
      "koers: error: invalid date '1-3-2025'; use YYYY-MM-DD, for example 2025-03-01.\n",
    ],
  ])("exits 2 on a bad --date with one line: %j", async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("exits 2 on an unknown --lang, an unknown option or a missing workbook argument", async () => {
    const results = await Promise.all([
      run(["summarize", activities, "--lang", "de"]),
      run(["summarize", activities, "--verbose"]),
      run(["summarize"]),
      run(["tabulate", activities]),
      run([]),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2, 2]);
    expect(results[0].stderr).toMatch(
      /^koers: fout: ongeldige opdracht: .*'de'.*\(zie koers summarize --help\)\n$/,
    );
    expect(
      results.slice(0, 4).every((result) => result.stderr.split("\n").filter(Boolean).length === 1),
    ).toBe(true);
  });

  it("exits 0 and prints usage for --help", async () => {
    const result = await run(["summarize", "--help"]);
    expect({ code: result.code, usage: result.stdout.includes("--griffie <file-or-directory>") }).toEqual({
      code: 0,
      usage: true,
    });
  });

  it("exits 1 with one clear line, no stack trace, for a missing file, a non-workbook and a password-protected workbook", async () => {
    const text = path.join(directory, "notities.xlsx");
    writeFileSync(text, "dit is geen werkmap");
    const encrypted = path.join(directory, "beveiligd.xlsx");
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(
      encrypted,
      Buffer.concat([header, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(64)]),
    );
    const results = await Promise.all([
      run(["summarize", path.join(directory, "bestaat-niet.xlsx")]),
      run(["summarize", text]),
      run(["summarize", encrypted]),
      run(["summarize", text, "--lang", "en"]),
    ]);
    expect(results).toEqual([
      {
        code: 1,
        stdout: "",
        stderr: `koers: fout: bestand niet gevonden: ${path.join(directory, "bestaat-niet.xlsx")}\n`,
      },
      { code: 1, stdout: "", stderr: `koers: fout: ${text} is geen Excel-werkmap (.xlsx).\n` },
      {
        code: 1,
        stdout: "",
        stderr: `koers: fout: ${encrypted} is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer opnieuw.\n`,
      },
      { code: 1, stdout: "", stderr: `koers: error: ${text} is not an Excel workbook (.xlsx).\n` },
    ]);
  });

  it("exits 1 when a zip is not a workbook, without a stack trace", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("readme.txt", "geen werkmap");
    const file = path.join(directory, "archief.xlsx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const result = await run(["summarize", file]);
    expect({
      code: result.code,
      lines: result.stderr.split("\n").filter((line) => line && !line.startsWith("Lezen")).length,
      stack: /\n\s+at /.test(result.stderr),
    }).toEqual({
      code: 1,
      lines: 1,
      stack: false,
    });
  });

  it("runs as bin/koers.cjs in a child process", async () => {
    const built = path.join(root, "build/cli/hosts/xlsx/node/cli.js");
    if (!existsSync(built) || newestSource(["src/core", "src/hosts/xlsx"]) > statSync(built).mtimeMs) {
      // tsc exits non-zero on type errors elsewhere but still emits; the run below is the judge.
      await new Promise<void>((resolve) =>
        execFile("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root }, () => resolve()),
      );
    }
    const out = path.join(directory, "bin.xlsx");
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        [
          path.join(root, "bin/koers.cjs"),
          "summarize",
          activities,
          "--out",
          out,
          "--date",
          lelystadReportDate,
          "--lang",
          "en",
        ],
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect({ code: result.code, stderr: result.stderr.split("\n")[0] }).toEqual({
      code: 0,
      stderr: "Reading: IVP activiteiten.xlsx",
    });
    expect({ first: result.stdout.split("\n")[0], sheets: await sheetNames(out) }).toEqual({
      first: `Workbook: ${out}`,
      sheets: ["Activiteiten", "Koers Overview", "Koers Trends", "Koers Issues", "Koers Notes"],
    });
  }, 120_000);
});
