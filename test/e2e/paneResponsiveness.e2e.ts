import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { toXlsxBuffer } from "../support/fixtures";
import { realisticReportDate, realisticWorkbook } from "../support/realisticWorkbook";
import { launchChromium, openPane } from "./browser";

jest.setTimeout(180_000);

/** Issue 17 item 7: the longest task the pane's thread may run, and how soon a 20,000-row file shows what it holds. */
const longestTaskMs = 200;
const resultsWithinMs = 1_500;
/** How long after the results long tasks are still counted (the read-back and analysis of the written file). */
const afterResultsMs = 3_000;

let browser: Browser;
let file: string;

beforeAll(async () => {
  browser = await launchChromium();
  const directory = mkdtempSync(path.join(os.tmpdir(), "koers-e2e-"));
  file = path.join(directory, "realistisch-20000.xlsx");
  // Owner names ("J. de Vries"), a third of the plannings before the report date, free-text notes.
  writeFileSync(file, await toXlsxBuffer(realisticWorkbook(20_000)));
});

afterAll(async () => {
  await browser?.close();
});

interface Timings {
  longTasks: { start: number; duration: number }[];
  picked: number | null;
}

/** Starts recording the pane thread's long tasks and when the user picked a file (performance.now()). */
async function recordTimings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const timings: Timings = { longTasks: [], picked: null };
    (window as unknown as { koersTimings: Timings }).koersTimings = timings;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        timings.longTasks.push({ start: Math.round(entry.startTime), duration: entry.duration });
    }).observe({ type: "longtask" });
    document
      .querySelector('[data-testid="open-file"]')
      ?.addEventListener("change", () => (timings.picked ??= performance.now()), { once: true });
  });
}

/** performance.now() of the first frame in which `selector` holds `text` (the pane has painted it). */
async function shownAt(page: Page, selector: string, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector, text }) =>
      document.querySelector(selector)?.textContent?.includes(text) ? performance.now() : 0,
    { selector, text },
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

describe("the pane on a 20,000-row activity list", () => {
  it("keeps its thread free of long tasks and shows the file's results within 1.5 s", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await page.getByRole("button", { name: "Excel-bestand openen (.xlsx)" }).waitFor({ timeout: 10_000 });
    const settings = page.getByRole("button", { name: "Instellingen" });
    await settings.click();
    const field = page.getByLabel("Rapportagedatum");
    await field.fill(realisticReportDate);
    await field.press("Enter");
    await settings.click();
    await recordTimings(page);

    await page.getByTestId("open-file").setInputFiles(file);
    const analysed = await shownAt(page, '[data-testid="datasets"]', "20.000 activiteiten");
    const generateButton = page.getByRole("button", { name: /^(Genereer overzicht|Toch genereren)/ }).first();
    await generateButton.waitFor();
    const clicked = await page.evaluate(() => performance.now());
    await generateButton.click();
    const generated = await shownAt(page, '[data-testid="on-track-of"]', "van 20.000 activiteiten");
    // The generation goes on after its results show: the written file is read back and analysed again.
    await page.waitForTimeout(afterResultsMs);
    const timings = await page.evaluate(() => (window as unknown as { koersTimings: Timings }).koersTimings);

    const measured = {
      fileToAnalysisMs: Math.round(analysed - (timings.picked ?? Number.NaN)),
      generateToResultsMs: Math.round(generated - clicked),
      longestTaskMs: Math.max(0, ...timings.longTasks.map((task) => task.duration)),
    };
    // NOTE: the figures go to the log so a run on another machine can be compared with README's.
    console.log(JSON.stringify({ ...measured, longTasks: timings.longTasks }));
    expect({
      longTasksWithinLimit: measured.longestTaskMs <= longestTaskMs,
      analysisInTime: measured.fileToAnalysisMs <= resultsWithinMs,
      generationInTime: measured.generateToResultsMs <= resultsWithinMs,
      errors,
    }).toEqual({ longTasksWithinLimit: true, analysisInTime: true, generationInTime: true, errors: [] });
    await context.close();
  });
});
