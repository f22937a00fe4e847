import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { drontenWide, lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";
import { launchChromium, openPane } from "./browser";

jest.setTimeout(120_000);

const root = path.resolve(__dirname, "../..");
const artifacts = path.join(root, "test-results");
let browser: Browser;
let workDirectory: string;
let lelystadFile: string;
let drontenFile: string;

beforeAll(async () => {
  browser = await launchChromium();
  workDirectory = mkdtempSync(path.join(os.tmpdir(), "koers-e2e-"));
  mkdirSync(artifacts, { recursive: true });
  lelystadFile = path.join(workDirectory, "lelystad-ivp.xlsx");
  writeFileSync(lelystadFile, await toXlsxBuffer(lelystadActivityList()));
  drontenFile = path.join(workDirectory, "dronten-cijfers.xlsx");
  writeFileSync(drontenFile, await toXlsxBuffer(drontenWide()));
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a workbook in preview mode and waits until the pane shows what it found. */
async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId("open-file").setInputFiles(file);
  await page
    .getByTestId("workbook-name")
    .filter({ hasText: path.basename(file) })
    .waitFor();
  await page.getByRole("button", { name: /Genereer overzicht|Opnieuw genereren/ }).waitFor();
}

async function setReportDate(page: Page, date: string): Promise<void> {
  const settings = page.getByRole("button", { name: "Instellingen" });
  if ((await settings.getAttribute("aria-expanded")) !== "true") await settings.click();
  const field = page.getByLabel("Rapportagedatum");
  await field.fill(date);
  await field.press("Enter");
  await settings.click();
}

async function generate(page: Page): Promise<void> {
  await page.getByRole("button", { name: /Genereer overzicht|Opnieuw genereren/ }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
}

/** Downloads the generated workbook and returns its sheet names (re-opened with ExcelJS). */
async function downloadedSheets(page: Page): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const file = path.join(workDirectory, download.suggestedFilename());
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.map((sheet) => sheet.name);
}

describe("task pane in preview mode", () => {
  it("falls back to preview mode within seconds when office.js cannot load", async () => {
    // The pane waits 3 s for office.js outside Office; a refused office.js decides at once. The real
    // library outside Office (test/e2e/officeJs.e2e.ts) must decide within the 3 s.
    const limits = { refuse: 1_500, real: 3_000, hang: 4_500 };
    for (const office of ["refuse", "real", "hang"] as const) {
      const { context, page, errors } = await openPane(browser, { width: 500, office });
      await page.getByRole("button", { name: "Excel-bestand openen (.xlsx)" }).waitFor({ timeout: 10_000 });
      const decided = await page.evaluate(() => ({
        mode: document.body.dataset.koersMode,
        milliseconds: Number(document.body.dataset.koersDecidedMs),
      }));
      expect({ office, mode: decided.mode, inTime: decided.milliseconds < limits[office], errors }).toEqual({
        office,
        mode: "preview",
        inTime: true,
        errors: [],
      });
      await context.close();
    }
  });

  it("shows 89% on track of 117 activities for the Lelystad-like list and writes the generated sheets", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, lelystadFile);
    await expect(page.getByTestId("datasets").textContent()).resolves.toContain("117 activiteiten");
    await setReportDate(page, lelystadReportDate);
    await generate(page);
    expect({
      pct: await page.getByTestId("on-track-pct").textContent(),
      of: await page.getByTestId("on-track-of").textContent(),
    }).toEqual({ pct: "89%", of: "van 117 activiteiten loopt volgens planning of is afgerond" });
    const listed = await page.getByTestId("generated-sheets").getByRole("listitem").allTextContents();
    expect(listed).toContain("Koers Overzicht");
    await page.getByRole("button", { name: "Blad 'Koers Overzicht' tonen" }).click();
    const preview = page.getByTestId("sheet-preview");
    await expect(preview.getByRole("heading").textContent()).resolves.toBe("Koers Overzicht");
    expect(await preview.locator("tr").count()).toBeGreaterThan(5);
    const sheets = await downloadedSheets(page);
    expect(sheets).toEqual(expect.arrayContaining(["Activiteiten", ...listed]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows woninginbraken −34,7% among the biggest falls for Dronten's Tabel 2", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, drontenFile);
    await expect(page.getByTestId("datasets").textContent()).resolves.toContain("2016–2018");
    await generate(page);
    const falls = await page.getByTestId("falls").textContent();
    expect(falls).toContain("−34,7%");
    expect(falls).toContain("woninginbraken");
    const sheets = await downloadedSheets(page);
    expect(sheets).toEqual(expect.arrayContaining(["Cijfers", "Koers Overzicht"]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("adds Dronten's figures from a second workbook, copies the sheet in, and the next run needs no second file", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, lelystadFile);
    await page.getByRole("button", { name: "Cijfers uit andere werkmap" }).click();
    await page.getByTestId("extra-file").setInputFiles(drontenFile);
    await expect(page.getByTestId("extra-workbooks").textContent()).resolves.toContain(
      "dronten-cijfers.xlsx: Cijfertabel op blad 'Cijfers': 2016–2018",
    );
    await generate(page);
    await expect(page.getByTestId("falls").textContent()).resolves.toContain("woninginbraken");
    await page.getByRole("button", { name: "Blad 'Cijfers' naar deze werkmap kopiëren" }).click();
    await page
      .getByText("Blad 'Cijfers' staat nu in deze werkmap als 'Cijfers'.")
      .waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("extra-workbooks").count()).toBe(0);
    await generate(page);
    await expect(page.getByTestId("falls").textContent()).resolves.toContain("woninginbraken");
    const sheets = await downloadedSheets(page);
    expect(sheets).toEqual(expect.arrayContaining(["Activiteiten", "Cijfers", "Koers Overzicht"]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the personal data first and downloads a griffie copy with only the generated sheets", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, lelystadFile);
    await page.getByRole("button", { name: "Deel met griffie" }).click();
    await expect(page.getByTestId("share").textContent()).resolves.toContain(
      "Deze persoonsgegevens worden verwijderd",
    );
    await page.getByRole("button", { name: "Kopie maken" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("griffie-download").click({ timeout: 60_000 }),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^Voortgang Integraal Veiligheidsplan Gemeente \d{1,2} \p{L}+ \d{4} \(griffie\)\.xlsx$/u,
    );
    const file = path.join(workDirectory, "griffie.xlsx");
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const names = book.worksheets.map((sheet) => sheet.name);
    expect({
      hasUserSheet: names.includes("Activiteiten"),
      hasOverview: names.includes("Koers Overzicht"),
    }).toEqual({
      hasUserSheet: false,
      hasOverview: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("compares with a previous report picked as an older .xlsx", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    const current = path.join(root, "examples", "lelystad-activiteiten.xlsx");
    const older = path.join(root, "examples", "lelystad-activiteiten-najaar-2024.xlsx");
    await openWorkbook(page, current);
    await page.getByRole("button", { name: "Instellingen" }).click();
    await page.getByTestId("previous-file").setInputFiles(older);
    await page.getByText("Vergelijkt met lelystad-activiteiten-najaar-2024.xlsx").waitFor();
    await generate(page);
    await expect(page.getByTestId("changes").textContent()).resolves.toMatch(
      /^Sinds de vorige rapportage: \d+ status(sen)? gewijzigd, \d+ nieuw, \d+ vervallen\.$/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it("generates every example workbook without an error", async () => {
    const examples = existsSync(path.join(root, "examples"))
      ? readdirSync(path.join(root, "examples")).filter((name) => name.endsWith(".xlsx"))
      : [];
    const outcomes: Record<string, { generated: string[]; error: boolean }> = {};
    for (const name of examples) {
      const { context, page } = await openPane(browser, { width: 500 });
      const local = path.join(workDirectory, name);
      const response = await page.request.get(
        `${process.env.KOERS_E2E_URL}/examples/${encodeURIComponent(name)}`,
      );
      writeFileSync(local, await response.body());
      await openWorkbook(page, local);
      await generate(page);
      outcomes[name] = {
        generated: (
          await page.getByTestId("generated-sheets").getByRole("listitem").allTextContents()
        ).filter((sheet) => sheet.startsWith("Koers ")),
        error: await page.getByTestId("error").isVisible(),
      };
      await context.close();
    }
    expect(examples.length).toBeGreaterThan(0);
    for (const [name, outcome] of Object.entries(outcomes)) {
      expect({ name, error: outcome.error, overview: outcome.generated.includes("Koers Overzicht") }).toEqual(
        {
          name,
          error: false,
          overview: true,
        },
      );
    }
  });

  it("has no axe violations and no horizontal scrolling at 320 and 500 px, light and dark; saves screenshots", async () => {
    const views = [
      { width: 320, colorScheme: "light", name: "taskpane-320" },
      { width: 500, colorScheme: "light", name: "taskpane-500" },
      { width: 500, colorScheme: "dark", name: "taskpane-500-dark" },
    ] as const;
    for (const { width, colorScheme, name } of views) {
      const { context, page, errors } = await openPane(browser, { width, height: 1400, colorScheme });
      await openWorkbook(page, lelystadFile);
      await setReportDate(page, lelystadReportDate);
      await generate(page);
      await page.getByRole("button", { name: /^Bevindingen/ }).click();
      // Fluent's panels open with a fade: contrast is measured once the motion has settled (a cancelled
      // animation rejects `finished`; it is gone, which is settled too).
      await page.evaluate(() =>
        Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
      );
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => node.target.join(" ")).slice(0, 5),
      }));
      expect({ name, violations }).toEqual({ name, violations: [] });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
      const shot = path.join(artifacts, `${name}.png`);
      // The whole pane in one view, so the sticky action bar sits at its bottom as a user sees it last.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: shot, fullPage: true });
      if (colorScheme === "light") {
        mkdirSync(path.join(root, "docs"), { recursive: true });
        copyFileSync(shot, path.join(root, "docs", `${name}.png`));
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("works with the keyboard alone: reach and press generate, open the findings, select a cell", async () => {
    const { context, page, errors } = await openPane(browser, { width: 400 });
    await openWorkbook(page, lelystadFile);
    await page.locator("body").focus();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    async function tabTo(pattern: RegExp): Promise<string> {
      for (let presses = 0; presses < 60; presses += 1) {
        await page.keyboard.press("Tab");
        const text = await focusedText();
        if (pattern.test(text)) return text;
      }
      throw new Error(`Tab never reached ${pattern}`);
    }
    await tabTo(/^Genereer overzicht$/);
    await page.keyboard.press("Enter");
    await page.getByTestId("results").waitFor({ timeout: 60_000 });
    await tabTo(/^Bevindingen/);
    await page.keyboard.press("Enter");
    const finding = await tabTo(/^Activiteiten![A-Z]+\d+:/);
    await page.keyboard.press("Enter");
    const place = /^(Activiteiten![A-Z]+\d+)/.exec(finding)?.[1];
    await expect(page.getByTestId("selected-cell").textContent()).resolves.toContain(`Cel ${place}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
