#!/usr/bin/env node
"use strict";
/**
 * Entry point of `npx koers`: runs the compiled CLI from build/cli (made by `npm run build:cli`,
 * which `npm ci` runs through the prepare script).
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
