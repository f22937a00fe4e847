#!/usr/bin/env node
/**
 * Validates the add-in manifest offline, then with Microsoft's service when it is reachable.
 *
 *   node scripts/validate-manifest.mjs [manifest.xml] [--base-url https://…/] [--root DIR] [--offline]
 *
 * Offline checks: well-formed XML; root, namespaces and add-in type; required elements present and in
 * schema order; values (GUID, version, locale, permission, lengths); every resid defined in the right
 * resource table; every URL https and under the base URL; every icon file present with its pixel size;
 * requirement sets that exist; command buttons and their function file.
 * The base URL is --base-url, else ADDIN_URL, else https://localhost:3000/. Icon files are looked up
 * relative to --root (default: the manifest's folder), mirroring the URL path under the base URL.
 * Exit 0 when valid, 1 with one line per problem, 2 on bad arguments.
 */
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseManifest } from "./manifest/tree.mjs";
import { runChecks } from "./manifest/checks.mjs";
import { runOfficialCheck } from "./manifest/officialCheck.mjs";

const require = createRequire(import.meta.url);
const { DEVELOPMENT_BASE_URL, normalizeBaseUrl } = require("./manifest/baseUrl.cjs");

function parseArguments(argv) {
  const options = { manifest: null, baseUrl: null, root: null, offline: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--offline") options.offline = true;
    else if (argument === "--base-url") options.baseUrl = argv[++index];
    else if (argument === "--root") options.root = argv[++index];
    else if (argument.startsWith("--")) throw new Error(`unknown option ${argument}`);
    else if (options.manifest === null) options.manifest = argument;
    else throw new Error(`unexpected argument ${argument}`);
  }
  return options;
}

/**
 * Validates manifest text offline. Returns the problems as "check: message" lines (empty when valid).
 * @param {string} text
 * @param {{ baseUrl?: string, fileRoot: string }} options
 */
export function validateManifestText(text, { baseUrl = DEVELOPMENT_BASE_URL, fileRoot }) {
  const parsed = parseManifest(text);
  if ("error" in parsed) return [`well-formed: ${parsed.error}`];
  return runChecks(parsed.root, { baseUrl: normalizeBaseUrl(baseUrl), fileRoot }).map(
    (problem) => `${problem.check}: ${problem.message}`,
  );
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`validate-manifest: ${error.message}`);
    process.exit(2);
  }
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const manifestPath = resolve(options.manifest ?? join(projectRoot, "manifest.xml"));
  if (!existsSync(manifestPath)) {
    console.error(`validate-manifest: ${manifestPath} does not exist`);
    process.exit(2);
  }
  let baseUrl;
  try {
    baseUrl = normalizeBaseUrl(options.baseUrl ?? (process.env.ADDIN_URL || DEVELOPMENT_BASE_URL));
  } catch (error) {
    console.error(`validate-manifest: ${error.message}`);
    process.exit(2);
  }
  const fileRoot = resolve(options.root ?? dirname(manifestPath));
  const problems = validateManifestText(readFileSync(manifestPath, "utf8"), { baseUrl, fileRoot });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${manifestPath}: ${problem}`);
    console.error(`✗ ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${manifestPath}`);
    process.exit(1);
  }
  console.log(`✓ ${manifestPath} passes the offline checks (base URL ${baseUrl})`);
  if (options.offline) {
    console.log("  Skipped the official validation service (--offline).");
    return;
  }
  const official = await runOfficialCheck(manifestPath, projectRoot);
  if (official.status === "skipped")
    console.log(`  Skipped the official validation service: ${official.detail}.`);
  else if (official.status === "passed")
    console.log("✓ The official validation service accepts the manifest.");
  else {
    console.error(official.detail);
    console.error("✗ The official validation service rejects the manifest.");
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
