import { execFileSync } from "child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/hosts/xlsx/node/cli";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";

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

describe("koers summarize never writes over its inputs", () => {
  let directory: string;
  let activities: string;
  let figures: string;
  let older: string;
  let original: Buffer;
  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), "koers-safety-"));
    activities = path.join(directory, "plan.xlsx");
    figures = path.join(directory, "cijfers.xlsx");
    older = path.join(directory, "plan najaar.xlsx");
    original = await toXlsxBuffer(lelystadActivityList());
    writeFileSync(activities, original);
    writeFileSync(older, original);
    writeFileSync(figures, await toXlsxBuffer(drontenWide()));
    symlinkSync(activities, path.join(directory, "link.xlsx"));
    linkSync(figures, path.join(directory, "hard.xlsx"));
    mkdirSync(path.join(directory, "linked"));
    symlinkSync(directory, path.join(directory, "alias"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const files = () => readdirSync(directory).sort();
  const base = () => ["summarize", activities, figures, "--previous", older, "--date", lelystadReportDate];

  it.each([
    ["--out the first input", () => ["--out", activities]],
    ["--json the first input", () => ["--json", activities]],
    ["--griffie the first input", () => ["--griffie", activities]],
    ["--out a further input", () => ["--out", figures]],
    ["--json the --previous workbook", () => ["--json", older]],
    ["--out a symbolic link to the input", () => ["--out", path.join(directory, "link.xlsx")]],
    ["--out the input through a linked folder", () => ["--out", path.join(directory, "alias", "plan.xlsx")]],
    ["--griffie a hard link to an input", () => ["--griffie", path.join(directory, "hard.xlsx")]],
    [
      "--out and --json the same new file",
      () =>
        ["--out", "x.json", "--json", "x.json"].map((item) =>
          item.startsWith("x") ? path.join(directory, item) : item,
        ),
    ],
  ])("exits 2 and writes nothing for %s", async (_label, extra) => {
    const before = files();
    const result = await run([...base(), ...extra()]);
    expect({
      code: result.code,
      stdout: result.stdout,
      lines: result.stderr.split("\n").filter((line) => line.startsWith("koers:")).length,
      files: files(),
      input: readFileSync(activities).equals(original),
      previous: readFileSync(older).equals(original),
    }).toEqual({ code: 2, stdout: "", lines: 1, files: before, input: true, previous: true });
  });

  it("refuses a griffie folder whose computed file name is an input", async () => {
    const folder = path.join(directory, "griffie");
    mkdirSync(folder, { recursive: true });
    const title = ["--title", "Integrale Veiligheid", "--date", lelystadReportDate];
    const first = await run([
      "summarize",
      activities,
      ...title,
      "--griffie",
      folder,
      "--out",
      path.join(directory, "uit.xlsx"),
    ]);
    const [copy] = readdirSync(folder);
    const copyBytes = readFileSync(path.join(folder, copy));
    const result = await run([
      "summarize",
      path.join(folder, copy),
      ...title,
      "--griffie",
      folder,
      "--out",
      path.join(directory, "uit2.xlsx"),
    ]);
    expect({
      first: first.code,
      code: result.code,
      wroteOut: existsSync(path.join(directory, "uit2.xlsx")),
      copyUnchanged: readFileSync(path.join(folder, copy)).equals(copyBytes),
    }).toEqual({ first: 0, code: 2, wroteOut: false, copyUnchanged: true });
  });

  it("writes all outputs or none: a --json that cannot be written leaves no --out and no temporary file", async () => {
    const out = path.join(directory, "geheel.xlsx");
    const before = files();
    const result = await run([
      ...base(),
      "--out",
      out,
      "--json",
      path.join(directory, "bestaat-niet", "r.json"),
    ]);
    expect({
      code: result.code,
      stdout: result.stdout,
      files: files(),
      stack: /\n\s+at /.test(result.stderr),
    }).toEqual({
      code: 1,
      stdout: "",
      files: before,
      stack: false,
    });
  });

  it("refuses /dev/zero and a FIFO at once instead of reading forever", async () => {
    const fifo = path.join(directory, "pijp.xlsx");
    execFileSync("mkfifo", [fifo]);
    const started = process.hrtime.bigint();
    const results = [await run(["summarize", "/dev/zero"]), await run(["summarize", fifo, "--lang", "en"])];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rmSync(fifo);
    expect({ results: results.map((result) => [result.code, result.stderr]), fast: seconds < 5 }).toEqual({
      results: [
        [
          1,
          "koers: fout: /dev/zero is geen gewoon bestand (maar een apparaat, pijp of socket); geef een Excel-werkmap op.\n",
        ],
        [
          1,
          `koers: error: ${fifo} is not a regular file (but a device, pipe or socket); give an Excel workbook.\n`,
        ],
      ],
      fast: true,
    });
  });
});
