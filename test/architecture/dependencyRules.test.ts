import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

const projectRoot = resolve(__dirname, "../..");
const depcruise = join(projectRoot, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** Lays out a miniature project with the real layering config and runs `npm run depcheck`'s command on it. */
function cruise(files: Record<string, string>) {
  const workspace = mkdtempSync(join(tmpdir(), "koers-layers-"));
  try {
    // NOTE: the real rules, with node_modules reached through a symlink that must keep its name.
    writeFileSync(
      join(workspace, ".dependency-cruiser.cjs"),
      `const real = require(${JSON.stringify(join(projectRoot, ".dependency-cruiser.cjs"))});\n` +
        "module.exports = { ...real, options: { ...real.options, preserveSymlinks: true } };\n",
    );
    copyFileSync(join(projectRoot, "tsconfig.json"), join(workspace, "tsconfig.json"));
    // The manifest tells production from dev dependencies (rule src-not-dev-dependencies).
    copyFileSync(join(projectRoot, "package.json"), join(workspace, "package.json"));
    symlinkSync(join(projectRoot, "node_modules"), join(workspace, "node_modules"), "dir");
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true });
      writeFileSync(join(workspace, path), text);
    }
    const run = spawnSync(process.execPath, [depcruise, "src", "--config", ".dependency-cruiser.cjs"], {
      cwd: workspace,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      // NOTE: CI=true makes the reporter colour its output; the lines are parsed as plain text.
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
    });
    // eslint-disable-next-line no-control-regex
    const plain = `${run.stdout}${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
    const violations = [...plain.matchAll(/^\s*error (\S+): (\S+) → (\S+)$/gm)].map(
      ([, rule, from, to]) => `${rule}: ${from} → ${to}`,
    );
    return { status: run.status, violations: violations.sort() };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe("the layering rule (npm run depcheck)", () => {
  it("fails when src/core imports React, Node, ExcelJS, a host or the task pane", () => {
    const result = cruise({
      "src/core/pure.ts": 'import { z } from "zod";\nexport const schema = z.string();\n',
      "src/core/usesReact.ts": 'import { useState } from "react";\nexport const hook = useState;\n',
      "src/core/usesNode.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
      "src/core/usesExcelJs.ts": 'import ExcelJS from "exceljs";\nexport const workbook = ExcelJS;\n',
      "src/core/usesHost.ts": 'import { write } from "../hosts/office/write";\nexport const apply = write;\n',
      "src/core/usesPane.ts": 'import { App } from "../taskpane/App";\nexport const app = App;\n',
      "src/hosts/office/write.ts": "export function write(): void {}\n",
      "src/core/index.ts": 'export * from "./pure";\n',
      "src/taskpane/App.ts": 'import { schema } from "../core";\nexport const App = schema;\n',
    });
    expect(result).toEqual({
      status: result.status,
      violations: [
        "core-is-pure: src/core/usesExcelJs.ts → node_modules/exceljs/excel.js",
        "core-is-pure: src/core/usesHost.ts → src/hosts/office/write.ts",
        "core-is-pure: src/core/usesNode.ts → fs",
        "core-is-pure: src/core/usesPane.ts → src/taskpane/App.ts",
        "core-is-pure: src/core/usesReact.ts → node_modules/react/index.js",
        "core-no-node-builtins: src/core/usesNode.ts → fs",
        "node-builtins-only-in-xlsx-node: src/core/usesNode.ts → fs",
        "src-not-dev-dependencies: src/core/usesExcelJs.ts → node_modules/exceljs/excel.js",
      ],
    });
    expect(result.status).not.toBe(0);
  });

  it("fails when a host imports the task pane, the Office host imports the xlsx host statically, or src imports a dev dependency", () => {
    const result = cruise({
      "src/hosts/office/read.ts":
        'import { read } from "../xlsx/read";\nimport { App } from "../../taskpane/App";\nexport const both = [read, App];\n',
      "src/hosts/office/lazy.ts": 'export const load = () => import("../xlsx/read");\n',
      "src/hosts/xlsx/read.ts": "export const read = 1;\n",
      "src/hosts/xlsx/copy.ts": 'import ExcelJS from "exceljs";\nexport const copy = ExcelJS;\n',
      "src/taskpane/App.ts": "export const App = 1;\n",
    });
    expect(result.violations).toEqual([
      "hosts-not-up: src/hosts/office/read.ts → src/taskpane/App.ts",
      "office-host-not-xlsx-statically: src/hosts/office/read.ts → src/hosts/xlsx/read.ts",
      "src-not-dev-dependencies: src/hosts/xlsx/copy.ts → node_modules/exceljs/excel.js",
    ]);
    expect(result.status).not.toBe(0);
  });

  it("fails when code outside src/hosts/xlsx/node imports a Node built-in, and lets the CLI's folder do so", () => {
    const result = cruise({
      "src/hosts/xlsx/read.ts": 'import * as zlib from "node:zlib";\nexport const read = zlib;\n',
      "src/taskpane/App.ts": 'import * as path from "path";\nexport const App = path;\n',
      "src/hosts/xlsx/node/cli.ts": 'import { readFileSync } from "fs";\nexport const cli = readFileSync;\n',
    });
    expect(result.violations).toEqual([
      "node-builtins-only-in-xlsx-node: src/hosts/xlsx/read.ts → zlib",
      "node-builtins-only-in-xlsx-node: src/taskpane/App.ts → path",
    ]);
    expect(result.status).not.toBe(0);
  });

  it("fails when a host, the task pane or a command reaches past core's facade", () => {
    const result = cruise({
      "src/core/index.ts": 'export * from "./texts";\n',
      "src/core/texts.ts": "export const texts = 1;\n",
      "src/hosts/xlsx/read.ts": 'import { texts } from "../../core/texts";\nexport const read = texts;\n',
      "src/taskpane/App.ts": 'import { texts } from "../core/texts";\nexport const App = texts;\n',
      "src/commands/run.ts": 'import { texts } from "../core";\nexport const run = texts;\n',
    });
    expect(result.violations).toEqual([
      "core-through-facade: src/hosts/xlsx/read.ts → src/core/texts.ts",
      "core-through-facade: src/taskpane/App.ts → src/core/texts.ts",
    ]);
    expect(result.status).not.toBe(0);
  });

  it("fails when code outside a host reaches past its role files, and lets the host's own files do so", () => {
    const result = cruise({
      "src/core/index.ts": "export const core = 1;\n",
      "src/hosts/xlsx/package/parts.ts": "export const parts = 1;\n",
      "src/hosts/xlsx/read/snapshot.ts":
        'import { parts } from "../package/parts";\nexport const snapshot = parts;\n',
      "src/hosts/xlsx/read.ts": 'export { snapshot } from "./read/snapshot";\n',
      "src/hosts/office/write.ts": "export const write = 1;\n",
      "src/hosts/office/index.ts": 'export { write } from "./write";\n',
      "src/hosts/office/workbook.ts": 'export const load = () => import("../xlsx/read");\n',
      "src/taskpane/App.ts":
        'import { snapshot } from "../hosts/xlsx/read/snapshot";\nimport { write } from "../hosts/office/write";\n' +
        'import { snapshot as read } from "../hosts/xlsx/read";\nimport { write as written } from "../hosts/office";\n' +
        "export const App = [snapshot, write, read, written];\n",
      "src/commands/run.ts": 'export const run = () => import("../hosts/xlsx/package/parts");\n',
    });
    expect(result.violations).toEqual([
      "office-host-through-index: src/taskpane/App.ts → src/hosts/office/write.ts",
      "xlsx-host-through-role-files: src/commands/run.ts → src/hosts/xlsx/package/parts.ts",
      "xlsx-host-through-role-files: src/taskpane/App.ts → src/hosts/xlsx/read/snapshot.ts",
    ]);
    expect(result.status).not.toBe(0);
  });

  it("passes a core that uses only its allowed packages", () => {
    expect(
      cruise({
        "src/core/stats.ts": 'import { mean } from "simple-statistics";\nexport const average = mean;\n',
        "src/core/texts.ts":
          'import i18next from "i18next";\nimport { average } from "./stats";\nexport const both = [i18next, average];\n',
        "src/core/index.ts": 'export * from "./texts";\n',
        "src/hosts/office/read.ts": 'import { both } from "../../core";\nexport const read = both;\n',
      }),
    ).toEqual({ status: 0, violations: [] });
  });
});
