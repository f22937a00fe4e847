#!/usr/bin/env -S node --no-concurrent-recompilation
"use strict";
/**
 * Entry point of `npx koers`: runs the compiled CLI from build/cli (made by `npm run build:cli`,
 * which `npm ci` runs through the prepare script).
 *
 * NOTE: a run of the CLI is one short job; V8's background recompiler, which re-optimises functions on a
 * second thread for long-running processes, cost a sixth of its CPU time on the 20,000-row bench (1.30 s
 * against 1.06 s without, the same wall time). The flag rides in the shebang (`env -S`, which npm's Windows
 * shims read too), because V8 takes it only at start-up. The bench passes it to scripts/bench-analyse-child.cjs too.
 */
const path = require("path");

const cliPath = path.join(__dirname, "..", "build", "cli", "hosts", "xlsx", "node", "cli.js");
let cli;
try {
  cli = require(cliPath);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).split("\n")[0].includes(cliPath)) {
    process.stderr.write(
      "koers: de CLI is nog niet gebouwd; voer eerst `npm run build:cli` uit. / " +
        "The CLI is not built yet; run `npm run build:cli` first.\n",
    );
    process.exit(1);
  }
  throw error;
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`koers: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 1;
  },
);
