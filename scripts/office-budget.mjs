#!/usr/bin/env node
/**
 * Sync budget of the Office host on a real workbook:
 *
 *   node scripts/office-budget.mjs <workbook.xlsx> [--date YYYY-MM-DD] [--lang nl|en] [--api 1.x] [--no-build]
 *
 * prints {"syncs": n, "maxRequestBytes": n, "maxResponseBytes": n, "sheets": [...]}: the workbook is
 * read with the xlsx host, loaded into the recording fake of Excel (test/support/fakeExcel), and a full
 * generation runs through the Office host (generateInExcel) as in Excel.
 *
 * Node 20 cannot run TypeScript itself, so the script first compiles src/core, src/hosts/office,
 * src/hosts/xlsx and the fake with `tsc -p tsconfig.budget.json` into build/office-budget (skip with
 * --no-build when that is fresh). Exit 1 when the file is not a readable workbook, 2 on bad arguments.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const usage =
  "usage: node scripts/office-budget.mjs <workbook.xlsx> [--date YYYY-MM-DD] [--lang nl|en] [--api 1.x] [--no-build]";

function parseArguments(argv) {
  const options = { file: null, date: null, language: "nl", api: "1.17", build: true };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const value = () => {
      const next = argv[++index];
      if (next === undefined) throw new Error(`${argument} needs a value`);
      return next;
    };
    if (argument === "--date") options.date = value();
    else if (argument === "--lang") options.language = value();
    else if (argument === "--api") options.api = value();
    else if (argument === "--no-build") options.build = false;
    else if (argument.startsWith("--")) throw new Error(`unknown option ${argument}`);
    else if (options.file === null) options.file = argument;
    else throw new Error(`unexpected argument ${argument}`);
  }
  if (options.file === null) throw new Error("no workbook given");
  if (options.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new Error("--date must be YYYY-MM-DD");
  if (!["nl", "en"].includes(options.language)) throw new Error("--lang must be nl or en");
  if (!/^1\.\d+$/.test(options.api)) throw new Error("--api must look like 1.13");
  return options;
}

function today() {
  const now = new Date();
  const pad = (value) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`office-budget: ${error.message}\n${usage}`);
  process.exit(2);
}

const entry = join(root, "build", "office-budget", "test", "support", "fakeExcel", "budget.js");
if (options.build) {
  try {
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", join(root, "tsconfig.budget.json")],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  } catch {
    // NOTE: tsc still emits JavaScript when it finds type errors (often someone's work in progress);
    // the measurement runs on that output, and `npm run typecheck` is where types are judged.
    if (!existsSync(entry)) {
      console.error("office-budget: compiling with tsconfig.budget.json failed");
      process.exit(1);
    }
    console.error("office-budget: tsc reported type errors; measuring with the JavaScript it emitted");
  }
}

const require = createRequire(import.meta.url);
const { measureOfficeBudget } = require(
  join(root, "build", "office-budget", "test", "support", "fakeExcel", "budget.js"),
);

let bytes;
try {
  bytes = new Uint8Array(readFileSync(options.file));
} catch (error) {
  console.error(`office-budget: cannot read ${options.file}: ${error.message}`);
  process.exit(1);
}

try {
  const budget = await measureOfficeBudget(bytes, basename(options.file), {
    settings: { reportDate: options.date ?? today(), language: options.language },
    apiVersion: options.api,
  });
  console.log(JSON.stringify(budget));
} catch (error) {
  console.error(`office-budget: ${error.message}`);
  process.exit(1);
}
