#!/usr/bin/env node
/* global process, console */
// Sums self time per function (and per file) of a V8 .cpuprofile, as written by `node --cpu-prof`:
// `node bench/cpuProfileSummary.mjs <file.cpuprofile> [top]`. Used to find where the CLI's time goes.
import { readFileSync } from "node:fs";

const [path, topArgument] = process.argv.slice(2);
if (!path) {
  console.error("usage: node bench/cpuProfileSummary.mjs <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArgument ?? 30);
const profile = JSON.parse(readFileSync(path, "utf8"));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map();
for (let index = 0; index < profile.samples.length; index++) {
  const id = profile.samples[index];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
const perFunction = new Map();
const perFile = new Map();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const file = url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "") || "(native)";
  const name = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
  perFunction.set(name, (perFunction.get(name) ?? 0) + micros);
  perFile.set(file, (perFile.get(file) ?? 0) + micros);
}
const print = (title, map) => {
  console.log(`\n${title} (total ${(total / 1000).toFixed(0)} ms)`);
  for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${(micros / 1000).toFixed(1).padStart(8)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${name}`,
    );
};
print("Self time per function", perFunction);
print("Self time per file", perFile);
