// The CLI's read and analysis alone, in a fresh process, for `npm run bench`: reads a workbook as the CLI does
// (Node's zlib, the xlsx host's reader) and analyses it (detect, validate, privacy scan, trends), without
// planning or writing. Prints the process's CPU seconds, wall seconds and peak memory as JSON.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const build = join(__dirname, "../build/cli");
const started = performance.now();
const { readWorkbookSnapshot } = require(join(build, "hosts/xlsx/read.js"));
const { zlibPartReader } = require(join(build, "hosts/xlsx/node/zlibZip.js"));
const { analyzeWorkbooks } = require(join(build, "core/pipeline.js"));
const { parseSettings } = require(join(build, "core/settings.js"));
// NOTE: the CLI's heap setting for the input's size (the bench gives the shebang's V8 flag on the command line).
const { tuneHeapFor } = require(join(build, "hosts/xlsx/node/heap.js"));
const [file, reportDate] = process.argv.slice(2);

(async () => {
  const bytes = new Uint8Array(readFileSync(file));
  tuneHeapFor(bytes.length);
  const snapshot = await readWorkbookSnapshot(bytes, file, {
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
