#!/usr/bin/env node
/**
 * Starts Koers for development.
 *
 *   node scripts/start.mjs [--open]   dev server on port 3000 (https with the Office developer certificates,
 *                                     plain http when they cannot be installed); prints the task pane's URL
 *                                     first (/ redirects to it), then how to sideload (--open opens the pane)
 *   node scripts/start.mjs desktop    sideloads in desktop Excel (Windows, macOS) with office-addin-debugging
 *   node scripts/start.mjs stop       ends that desktop session
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
/** Pinned to a major version so a breaking release cannot change `npm run start:desktop` unnoticed. */
const DEBUGGING_PACKAGE = "office-addin-debugging@7";

function sideloadInstructions(origin, https) {
  const lines = [
    "",
    `Koers task pane: ${origin}/taskpane.html`,
    `  In a plain browser it runs in preview mode (no Excel needed); ${origin}/ redirects there.`,
    `  Manifest: ${join(projectRoot, "manifest.xml")}`,
    "",
    "Sideload in Excel on the web:",
    "  1. Open a workbook in Excel on the web (Microsoft 365).",
    "  2. Insert > Add-ins (Home > Add-ins in newer versions) > More Add-ins > Upload My Add-in,",
    "     and pick manifest.xml from this folder.",
    '  3. The Koers group appears on the Home tab: "Open Koers" and "Genereer overzicht".',
    "Desktop Excel (Windows, macOS): npm run start:desktop",
  ];
  if (!https) {
    lines.push(
      "",
      "NOTE: this server speaks plain http, and Excel loads add-ins only over https. The preview works; to",
      "      sideload, trust the developer certificates (`npx office-addin-dev-certs install` on Windows or",
      "      macOS) and run npm start again, or deploy a build to an https host (README, Deploy).",
    );
  }
  lines.push("", "Stop with Ctrl+C.", "");
  return lines.join("\n");
}

function openInBrowser(url) {
  const command = process.platform === "win32" ? "cmd" : process.platform === "darwin" ? "open" : "xdg-open";
  const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => console.log(`Could not open a browser; open ${url} yourself.`));
  child.unref();
}

async function startDevServer({ open }) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(join(projectRoot, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const https = typeof config.devServer.server === "object" && config.devServer.server.type === "https";
  const origin = `${https ? "https" : "http"}://localhost:${config.devServer.port}`;
  // NOTE: first, before webpack's output: the page to open, not the server root.
  console.log(`Koers task pane: ${origin}/taskpane.html (building…)`);
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  try {
    await server.start();
  } catch (error) {
    console.error(
      error && error.code === "EADDRINUSE"
        ? `Port ${config.devServer.port} is in use: stop the other server (or npm run stop) and try again.`
        : `The dev server could not start: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  }
  let printed = false;
  compiler.hooks.done.tap("koers-start", (stats) => {
    // NOTE: after the dev server's own stats output, so the instructions are the last thing on screen.
    setImmediate(() => {
      if (stats.hasErrors())
        console.log("\nThe build has errors (see above); the server rebuilds on every save.");
      if (!printed) console.log(sideloadInstructions(origin, https));
      printed = true;
    });
  });
  if (open) openInBrowser(`${origin}/taskpane.html`);
  const stop = () => server.stop().finally(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function runDebugging(args) {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.error(
      [
        "Desktop Excel runs only on Windows and macOS, so there is nothing to sideload into on this machine.",
        "Use Excel on the web instead: run `npm start` and follow its sideloading steps (README, Sideload).",
      ].join("\n"),
    );
    process.exit(1);
  }
  // NOTE: office-addin-debugging is not a dependency: it pulls in keytar, which needs libsecret to build and
  // would widen the audited dependency tree for a tool only desktop sideloading uses.
  const run = spawnSync("npx", ["--yes", DEBUGGING_PACKAGE, ...args], {
    stdio: "inherit",
    cwd: projectRoot,
    shell: process.platform === "win32",
  });
  process.exit(run.status ?? 1);
}

const [command, ...rest] = process.argv.slice(2);
if (command === "desktop") {
  runDebugging([
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "node scripts/start.mjs",
    "--dev-server-port",
    "3000",
    ...rest,
  ]);
} else if (command === "stop") runDebugging(["stop", "manifest.xml", ...rest]);
else if (command === undefined || command === "--open") await startDevServer({ open: command === "--open" });
else {
  console.error(`Unknown command "${command}". Use: node scripts/start.mjs [--open] | desktop | stop`);
  process.exit(2);
}
