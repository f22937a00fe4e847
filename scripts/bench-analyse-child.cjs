// The CLI's read and analysis alone, in a fresh process, for `npm run bench`: reads a workbook as the CLI does
// (Node's zlib, the xlsx host's reader) and analyses it (detect, validate, privacy scan, trends), without
// planning or writing. Prints the process's CPU seconds, wall seconds and peak memory as JSON.
// NOTE: with the V8 settings bin/koers.cjs gives the CLI (the bench adds its shebang's flag on the command line).
require("node:v8").setFlagsFromString("--heap-growing-percent=50");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const build = join(__dirname, "../build/cli");
const started = performance.now();
const { readWorkbookSnapshot } = require(join(build, "hosts/xlsx/read.js"));
const { zlibPartReader } = require(join(build, "hosts/xlsx/node/zlibZip.js"));
const { analyzeWorkbooks } = require(join(build, "core/pipeline.js"));
const { parseSettings } = require(join(build, "core/settings.js"));
const [file, reportDate] = process.argv.slice(2);

(async () => {
  const snapshot = await readWorkbookSnapshot(new Uint8Array(readFileSync(file)), file, {
    openParts: zlibPartReader,
  });
  const { report } = analyzeWorkbooks({ workbooks: [snapshot], settings: parseSettings({ reportDate }) });
  const cpu = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      seconds: (performance.now() - started) / 1000,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      series: report.figures.reduce((sum, table) => sum + table.series.length, 0),
    })}\n`,
  );
})();
