#!/usr/bin/env node
/**
 * Draws docs/overview-page.png, the README's picture of the griffie copy: the first page of its overview
 * ("Koers Overzicht") for the examples (117 activities against their autumn 2024 version, the Dronten figures),
 * printed by LibreOffice in Dutch on A4, 900 px high. Needs the CLI build (npm ci builds it), LibreOffice
 * (soffice), poppler (pdftotext, pdftoppm) and the Carlito font:
 *
 *   node scripts/make-overview-page.mjs
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const examples = path.join(root, "examples");
const directory = mkdtempSync(path.join(tmpdir(), "koers-overview-"));
const dutch = { ...process.env, LANG: "nl_NL.UTF-8", LC_ALL: "nl_NL.UTF-8" };
try {
  const copy = path.join(directory, "griffie.xlsx");
  execFileSync(
    process.execPath,
    [
      path.join(root, "bin/koers.cjs"),
      "summarize",
      path.join(examples, "lelystad-activiteiten.xlsx"),
      path.join(examples, "dronten-cijfers.xlsx"),
      "--previous",
      path.join(examples, "lelystad-activiteiten-najaar-2024.xlsx"),
      "--out",
      path.join(directory, "werkmap.xlsx"),
      "--griffie",
      copy,
      "--date",
      "2025-03-01",
      "--organisation",
      "Gemeente Lelystad",
    ],
    { stdio: "ignore" },
  );
  // LibreOffice formats numbers in its locale: Dutch, as the council's Excel would.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(directory, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      directory,
      copy,
    ],
    { stdio: "ignore", env: dutch, timeout: 120_000 },
  );
  const pdf = path.join(directory, "griffie.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))[1]);
  // The cover comes first; the overview's first page is the one with the kernboodschap.
  const overview = Array.from({ length: pages }, (_, index) => index + 1).find((page) =>
    execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], {
      encoding: "utf8",
    }).includes("Kernboodschap"),
  );
  if (!overview) throw new Error("No page of the griffie copy holds the kernboodschap.");
  const stem = path.join(directory, "overview");
  execFileSync("pdftoppm", [
    "-png",
    "-f",
    String(overview),
    "-l",
    String(overview),
    "-singlefile",
    "-scale-to",
    "900",
    pdf,
    stem,
  ]);
  const target = path.join(root, "docs/overview-page.png");
  renameSync(`${stem}.png`, target);
  console.log(
    `docs/overview-page.png: page ${overview} of ${pages}, ${Math.round(statSync(target).size / 1024)} KB`,
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
