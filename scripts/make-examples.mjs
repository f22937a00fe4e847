#!/usr/bin/env node
/**
 * Makes the sample workbooks in examples/ from the seed-based fixture builders in test/support/fixtures
 * (Dronten Tabel 2; a Lelystad-like list of 117 activities), so a new user can try Koers at once:
 *
 *   node scripts/make-examples.mjs
 *
 * The fixtures are TypeScript; this script compiles them to a temporary CommonJS directory under build/.
 * The examples are committed as source: run this only when the fixtures change.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");

// Inside the repository (build/ is ignored by git) so the compiled fixtures find node_modules.
mkdirSync(path.join(root, "build"), { recursive: true });
const build = mkdtempSync(path.join(root, "build", "examples-"));
try {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(root, "node_modules/typescript/bin/tsc"),
        "--outDir",
        build,
        "--rootDir",
        root,
        "--module",
        "commonjs",
        "--target",
        "es2022",
        "--moduleResolution",
        "node",
        "--esModuleInterop",
        "--skipLibCheck",
        "--resolveJsonModule",
        "--types",
        "node",
        path.join(root, "test/support/fixtures/index.ts"),
      ],
      { stdio: "pipe" },
    );
  } catch (error) {
    // tsc reports type errors in files under construction but still emits JavaScript.
    if (!error.stdout) throw error;
  }
  const fixtures = require(path.join(build, "test/support/fixtures/index.js"));
  const examples = path.join(root, "examples");

  const current = fixtures.lelystadActivityList({ status: "textAndFill", footnote: true });
  await save(path.join(examples, "lelystad-activiteiten.xlsx"), current, { headerRow: 4 });
  await save(path.join(examples, "lelystad-activiteiten-najaar-2024.xlsx"), previousVersion(current, 4), {
    headerRow: 4,
  });
  await save(path.join(examples, "dronten-cijfers.xlsx"), fixtures.drontenWide(), {});
  await save(path.join(examples, "dronten-cbs-statline.xlsx"), fixtures.drontenLong().workbook, {
    headerRow: 1,
  });

  /** Writes a fixture snapshot as .xlsx with readable column widths, a bold header and fixed dates. */
  async function save(file, snapshot, { headerRow }) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await fixtures.toXlsxBuffer(snapshot));
    const fixed = new Date(Date.UTC(2025, 2, 1, 9));
    Object.assign(book, {
      creator: "Gemeente (voorbeeld)",
      lastModifiedBy: "Gemeente (voorbeeld)",
      created: fixed,
      modified: fixed,
    });
    for (const sheet of book.worksheets) {
      sheet.getCell("A1").font = { bold: true, size: 14 };
      if (headerRow) {
        sheet.getRow(headerRow).font = { bold: true };
        sheet.views = [{ state: "frozen", ySplit: headerRow }];
      }
      sheet.columns.forEach((column, index) => {
        let longest = 6;
        column.eachCell?.({ includeEmpty: false }, (cell, row) => {
          if (row === 1) return;
          longest = Math.max(longest, String(cell.text ?? "").length);
        });
        column.width = Math.min(index === 0 && headerRow === 4 ? 8 : 60, longest + 2);
      });
    }
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    console.log(
      `${path.relative(root, file)}: ${snapshot.sheets.map((sheet) => `${sheet.name} (${sheet.rowCount} rijen)`).join(", ")}`,
    );
  }
} finally {
  rmSync(build, { recursive: true, force: true });
}

/**
 * The same list half a year earlier, for `--previous`: six activities had another status, the last two
 * did not exist yet, and one activity was dropped since.
 */
function previousVersion(snapshot, headerRow) {
  const sheet = snapshot.sheets[0];
  const statusColumn = sheet.values[headerRow - 1].indexOf("Status");
  const earlier = {
    done: "Loopt volgens planning",
    delayed: "Loopt volgens planning",
    onTrack: "Niet gestart",
  };
  const fills = { "Loopt volgens planning": "#92D050", "Niet gestart": "#BFBFBF" };
  const clone = (grid) => grid.map((row) => [...row]);
  const values = clone(sheet.values);
  const texts = clone(sheet.texts);
  const formats = clone(sheet.numberFormats);
  const fillGrid = clone(sheet.fills);
  const changed = [6, 14, 22, 40, 61, 90].map((index) => headerRow + index);
  for (const row of changed) {
    const status = String(values[row][statusColumn]).toLowerCase();
    const key = status.startsWith("afgerond")
      ? "done"
      : status.startsWith("vertraagd")
        ? "delayed"
        : "onTrack";
    values[row][statusColumn] = texts[row][statusColumn] = earlier[key];
    fillGrid[row][statusColumn] = fills[earlier[key]];
  }
  const lastActivityRow = values.findLastIndex((row) => /^\d{3}$/.test(String(row[0] ?? "")));
  const dropped = ["118", ...values[lastActivityRow].slice(1)];
  dropped[values[headerRow - 1].indexOf("Activiteit")] = "Pilot buurtpreventie-app (gestopt)";
  const keep = (grid, extra) => [
    ...grid.slice(0, lastActivityRow - 1),
    extra(grid[lastActivityRow]),
    ...grid.slice(lastActivityRow + 1),
  ];
  return {
    name: "lelystad-ivp-najaar-2024.xlsx",
    sheets: [
      {
        ...sheet,
        values: keep(values, () => dropped),
        texts: keep(texts, () => dropped.map((value) => (value === null ? "" : String(value)))),
        numberFormats: keep(formats, (row) => row),
        fills: keep(fillGrid, (row) => row),
        rowCount: sheet.rowCount - 1,
      },
    ],
  };
}
