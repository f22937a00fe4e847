#!/usr/bin/env node
/**
 * `npm run test:excel`: the in-Excel self-test (test/excel/selfTest.ts) inside desktop Excel.
 *
 *   npm run test:excel             Windows or macOS with desktop Excel: makes the test workbook from the
 *                                  examples, sideloads a test copy of the add-in (office-addin-debugging, as
 *                                  start:desktop does) whose pane is the self-test page, opens the workbook,
 *                                  waits for the results on office-addin-test-server (port 4201), prints them
 *                                  and exits 1 when a check failed or no result came within 10 minutes
 *   npm run test:excel -- --fake   anywhere: the same self-test in Chromium against the fake Excel
 *                                  (test/e2e/selfTest.e2e.ts; builds the pane like the E2E suite)
 *
 * On Linux without --fake it says that it needs desktop Excel and exits 1.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const DEBUGGING_PACKAGE = "office-addin-debugging@7";
const TEST_SERVER_PORT = 4201;
const RESULT_TIMEOUT_MS = 10 * 60_000;
/** The test copy of the add-in has its own id, so it never replaces a sideloaded development Koers. */
const TEST_ADDIN_ID = "5e1f0c3a-8b2d-4f6e-9a71-2c4d6b8e0f13";
const work = join(projectRoot, ".cache", "excel");

function npx(args, options = {}) {
  return spawnSync("npx", args, {
    stdio: "inherit",
    cwd: projectRoot,
    shell: process.platform === "win32",
    ...options,
  });
}

if (process.argv.includes("--fake")) {
  const run = npx(["jest", "--selectProjects", "e2e", "--testPathPattern", "selfTest"]);
  process.exit(run.status ?? 1);
}

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      "npm run test:excel needs desktop Excel, which runs only on Windows and macOS: nothing to test in here.",
      "On this machine `npm run test:excel -- --fake` runs the same self-test against the fake Excel",
      "(it also runs in `npm test`, test/e2e/selfTest.e2e.ts).",
    ].join("\n"),
  );
  process.exit(1);
}

/** manifest.xml with the pane pointing at the self-test page, under the test add-in's id and name. */
function writeTestManifest() {
  const manifest = readFileSync(join(projectRoot, "manifest.xml"), "utf8")
    .replace(/<Id>[^<]+<\/Id>/, `<Id>${TEST_ADDIN_ID}</Id>`)
    .replace(/<DisplayName DefaultValue="[^"]*"/, '<DisplayName DefaultValue="Koers self-test"')
    .replaceAll("https://localhost:3000/taskpane.html", "https://localhost:3000/selftest.html");
  const file = join(work, "manifest.xml");
  writeFileSync(file, manifest);
  return { file, version: /<Version>([^<]+)<\/Version>/.exec(manifest)?.[1] ?? "1.0.0.0" };
}

function printReport(report) {
  console.log(`\nKoers self-test in ${report.host}: ${report.passed ? "passed" : "FAILED"}`);
  for (const check of report.checks ?? []) {
    console.log(`  ${check.passed ? "✓" : "✗"} ${check.name}\n      ${check.detail}`);
  }
}

mkdirSync(work, { recursive: true });
const manifest = writeTestManifest();
const { makeTestWorkbook } = require("../test/excel/testWorkbook.cjs");
const { file: workbook } = await makeTestWorkbook(join(work, "koers-selftest.xlsx"), {
  addinId: TEST_ADDIN_ID,
  addinVersion: manifest.version,
});
console.log(`Test workbook: ${workbook}\nTest manifest: ${manifest.file}`);

const { TestServer } = require("office-addin-test-server");
const server = new TestServer(TEST_SERVER_PORT);
// NOTE: until it starts, the package's results promise is a rejected one; handled so Node does not abort.
server.getTestResults().catch(() => undefined);
try {
  await server.startTestServer(false);
} catch (error) {
  console.error(`The test server could not start on port ${TEST_SERVER_PORT}: ${error.message}`);
  process.exit(1);
}
const resultsReady = server.getTestResults();

// NOTE: the dev server serves the self-test page (test/excel/webpack.config.cjs) over https with the Office
// developer certificates, which office-addin-debugging installs on the first run.
const debugging = spawn(
  "npx",
  [
    "--yes",
    DEBUGGING_PACKAGE,
    "start",
    manifest.file,
    "desktop",
    "--app",
    "excel",
    "--document",
    workbook,
    "--no-debug",
    "--dev-server",
    "npx webpack serve --config test/excel/webpack.config.cjs --mode development",
    "--dev-server-port",
    "3000",
  ],
  { stdio: "inherit", cwd: projectRoot, shell: process.platform === "win32" },
);
debugging.on("error", (error) => console.error(`office-addin-debugging did not start: ${error.message}`));

let timer;
const report = await Promise.race([
  resultsReady,
  new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), RESULT_TIMEOUT_MS);
  }),
]);
clearTimeout(timer);
if (report) printReport(report);
else
  console.error(
    `\nNo self-test result within ${RESULT_TIMEOUT_MS / 60_000} minutes (did the Koers self-test pane open?).`,
  );

npx(["--yes", DEBUGGING_PACKAGE, "stop", manifest.file]);
await server.stopTestServer();
process.exit(report && report.passed ? 0 : 1);
