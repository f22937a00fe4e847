// The core analysis alone, in a fresh process with V8's defaults, for `npm run bench`: reads the workbook once
// with the xlsx host's reader, then runs core's analysis and plan nine times (warm), timing each run's CPU (this
// process, V8's background threads included) and wall time. Prints the medians and the report's counts as JSON.
// NOTE: a process of its own, so the heap it measures holds no garbage of the bench's workbook generation.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const build = join(__dirname, "../build/cli");
const { readWorkbookSnapshot } = require(join(build, "hosts/xlsx/read.js"));
const { analyzeWorkbooks } = require(join(build, "core/pipeline.js"));
const { buildReportPlan } = require(join(build, "core/plan/buildPlan.js"));
const { parseSettings } = require(join(build, "core/settings.js"));
const [file, reportDate] = process.argv.slice(2);
const runs = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

(async () => {
  const readStarted = performance.now();
  const snapshot = await readWorkbookSnapshot(new Uint8Array(readFileSync(file)), file);
  const readSeconds = (performance.now() - readStarted) / 1000;
  const settings = parseSettings({ reportDate });
  const wall = [];
  const cpu = [];
  let report;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    report = analyzeWorkbooks({ workbooks: [snapshot], settings }).report;
    buildReportPlan(
      report,
      settings,
      snapshot.sheets.map((sheet) => sheet.name),
    );
    const used = process.cpuUsage(cpuStarted);
    wall.push((performance.now() - started) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  process.stdout.write(
    `${JSON.stringify({
      readSeconds,
      analysisSeconds: median(wall),
      analysisCpuSeconds: median(cpu),
      activities: report.activities?.total ?? 0,
      categories: report.figures.reduce((sum, table) => sum + table.series.length, 0),
      findings: report.findings.length,
    })}\n`,
  );
})();
