import { readFileSync, readdirSync } from "fs";
import path from "path";
import { gzipSync } from "zlib";

/**
 * Bundle budget (docs/contracts.md "Quality bars"): the scripts a page loads before it can show anything stay
 * small, and ExcelJS (about 250 KB gzip, a dev dependency for tests) is in no script at all: the pane reads,
 * writes and copies sheets with Koers' own package code. "CsvParser" is a name only ExcelJS's build carries.
 * dist/ is built by the E2E globalSetup.
 * Raise a budget only with a reason in the commit message.
 */
const budgetsGzipBytes = { taskpane: 200 * 1024, commands: 100 * 1024 };

const dist = path.resolve(__dirname, "../../dist");

function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(dist, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1])
    .filter((source) => !/^https?:/.test(source));
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(path.join(dist, file))).length;
}

describe("bundle budget", () => {
  it.each(Object.entries(budgetsGzipBytes))(
    "keeps the initial scripts of %s.html within budget",
    (page, budget) => {
      const scripts = initialScripts(`${page}.html`);
      const total = scripts.reduce((sum, script) => sum + gzipSize(script), 0);
      expect(scripts.length).toBeGreaterThan(0);
      expect({ page, withinBudget: total <= budget, total }).toEqual({ page, withinBudget: true, total });
    },
  );

  it("ships no ExcelJS in any script", () => {
    const carryingExcelJs = readdirSync(dist).filter(
      (file) => file.endsWith(".js") && readFileSync(path.join(dist, file), "utf8").includes("CsvParser"),
    );
    expect(carryingExcelJs).toEqual([]);
  });
});
