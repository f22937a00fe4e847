#!/usr/bin/env node
// `npm run bench`: times Koers against the tools people use today, on a large workbook made in code
// (20,000 activities, 150 categories × 12 years). Writes bench/results.json.
//
// Measures, in one run: the core analysis alone (read once, then analyse + plan, median of runs); the CLI
// end to end in a fresh process (read, analyse, write the summary with charts); the peer pandas script
// (Debian's python3-pandas + python3-openpyxl, installed when missing) in a fresh process; the Office
// host's sync count and largest payload (scripts/office-budget.mjs); the task-pane bundle size (gzip).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { makeLargeWorkbook } from "../bench/makeLargeWorkbook.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const work = join(root, "bench", "tmp");
mkdirSync(work, { recursive: true });

function log(line) {
  process.stderr.write(`${line}\n`);
}

function ensureBuilt() {
  if (!existsSync(join(root, "build/cli/hosts/xlsx/cli.js"))) {
    log("Compiling the CLI (npm run build:cli)…");
    execFileSync("npm", ["run", "-s", "build:cli"], { cwd: root, stdio: "inherit" });
  }
}

function ensurePandas() {
  const probe = spawnSync("/usr/bin/python3", ["-c", "import pandas, openpyxl"], { encoding: "utf8" });
  if (probe.status === 0) return true;
  log("Installing python3-pandas and python3-openpyxl (Debian packages) for the peer script…");
  const sudo = process.getuid && process.getuid() !== 0 ? ["sudo"] : [];
  const run = (args) =>
    spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: "inherit" });
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "python3-pandas", "python3-openpyxl"]);
  return spawnSync("/usr/bin/python3", ["-c", "import pandas, openpyxl"]).status === 0;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeProcess(command, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr}`);
  return { seconds, stdout: result.stdout, stderr: result.stderr };
}

async function coreAnalysis(path) {
  const { readWorkbookSnapshot } = require(join(root, "build/cli/hosts/xlsx/readSnapshot.js"));
  const { analyzeWorkbooks } = require(join(root, "build/cli/core/pipeline.js"));
  const { buildReportPlan } = require(join(root, "build/cli/core/plan/buildPlan.js"));
  const { parseSettings } = require(join(root, "build/cli/core/settings.js"));
  const readStarted = performance.now();
  const snapshot = await readWorkbookSnapshot(new Uint8Array(readFileSync(path)), "large.xlsx");
  const readSeconds = (performance.now() - readStarted) / 1000;
  const settings = parseSettings({ reportDate: "2025-09-30" });
  const runs = [];
  let report;
  for (let run = 0; run < 7; run++) {
    const started = performance.now();
    report = analyzeWorkbooks({ workbooks: [snapshot], settings }).report;
    buildReportPlan(
      report,
      settings,
      snapshot.sheets.map((sheet) => sheet.name),
    );
    runs.push((performance.now() - started) / 1000);
  }
  return {
    readSeconds,
    analysisSeconds: median(runs),
    activities: report.activities?.total ?? 0,
    categories: report.figures.reduce((sum, table) => sum + table.series.length, 0),
    findings: report.findings.length,
  };
}

function bundleSize() {
  const dist = join(root, "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    log("Building the task pane (webpack --mode production)…");
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "ignore" });
  }
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src));
  const files = readdirSync(dist).filter((file) => file.endsWith(".js"));
  const gzip = (file) => gzipSync(readFileSync(join(dist, file))).length;
  const initialBytes = initial.reduce((sum, src) => sum + gzip(src.replace(/^\.?\//, "")), 0);
  const allBytes = files.reduce((sum, file) => sum + gzip(file), 0);
  return { initialGzipBytes: initialBytes, allChunksGzipBytes: allBytes, initialScripts: initial };
}

async function main() {
  ensureBuilt();
  const path = join(work, "large.xlsx");
  log("Generating the benchmark workbook: 20,000 activities, 150 categories × 12 years…");
  await makeLargeWorkbook(path);

  log("Core analysis…");
  const core = await coreAnalysis(path);

  log("Koers CLI end to end…");
  const cliRuns = [];
  let cliMemory = null;
  for (let run = 0; run < 3; run++) {
    const result = timeProcess(process.execPath, [
      join(root, "scripts/bench-cli-child.cjs"),
      "summarize",
      path,
      "--out",
      join(work, "koers-out.xlsx"),
      "--json",
      join(work, "report.json"),
      "--date",
      "2025-09-30",
    ]);
    cliRuns.push(result.seconds);
    cliMemory = JSON.parse(result.stdout.trim().split("\n").pop()).maxRssMb;
  }

  let pandas = null;
  if (ensurePandas()) {
    log("pandas peer…");
    const runs = [];
    let inner = null;
    for (let run = 0; run < 3; run++) {
      const result = timeProcess("/usr/bin/python3", [
        join(root, "bench/pandas_peer.py"),
        path,
        join(work, "pandas-out.xlsx"),
      ]);
      runs.push(result.seconds);
      inner = JSON.parse(result.stdout.trim());
    }
    pandas = { seconds: median(runs), insideScriptSeconds: inner.seconds, maxRssMb: inner.maxRssMb };
  } else {
    log("pandas is not available: the peer comparison is skipped.");
  }

  let office = null;
  if (existsSync(join(root, "scripts/office-budget.mjs"))) {
    log("Office host budget (fake Excel)…");
    const result = timeProcess(process.execPath, [join(root, "scripts/office-budget.mjs"), path]);
    office = JSON.parse(result.stdout);
  }

  log("Task-pane bundle…");
  const bundle = bundleSize();

  const cliSeconds = median(cliRuns);
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "",
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    workbook: {
      activities: core.activities,
      categories: core.categories,
      years: 12,
      findings: core.findings,
    },
    core: { analysisSeconds: round(core.analysisSeconds), readSeconds: round(core.readSeconds) },
    cli: { seconds: round(cliSeconds), maxRssMb: cliMemory },
    pandas,
    ratioKoersToPandas: pandas ? round(cliSeconds / pandas.seconds) : null,
    office,
    bundle,
  };
  writeFileSync(join(root, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
  console.log(
    `\ncore analysis ${fmt(core.analysisSeconds)} · CLI ${fmt(cliSeconds)} (${cliMemory} MB)` +
      (pandas
        ? ` · pandas ${fmt(pandas.seconds)} (${pandas.maxRssMb} MB) · Koers/pandas ${results.ratioKoersToPandas}`
        : "") +
      (office
        ? ` · Office syncs ${office.syncs}, max request ${office.maxRequestBytes} B, max response ${office.maxResponseBytes} B`
        : "") +
      ` · pane ${(bundle.initialGzipBytes / 1024).toFixed(1)} KB gzip`,
  );
}

function round(value) {
  return Math.round(value * 1000) / 1000;
}

function fmt(seconds) {
  return `${seconds.toFixed(3)} s`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
