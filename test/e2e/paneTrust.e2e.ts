import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, Locator, Page } from "playwright-core";
import { lelystadActivityList, toXlsxBuffer } from "../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../support/snapshotBuilder";
import { launchChromium, openPane } from "./browser";

jest.setTimeout(180_000);

/** Screenshots of every state, at 320 and 500 px, for a person to look at (not compared by the test). */
const shots = process.env.KOERS_PANE_SHOTS ?? path.join(os.tmpdir(), "pane-shots");
let browser: Browser;
let directory: string;
let lelystad: string;
let duplicates: string;
let longHeaders: string;

beforeAll(async () => {
  browser = await launchChromium();
  directory = mkdtempSync(path.join(os.tmpdir(), "koers-trust-"));
  mkdirSync(shots, { recursive: true });
  lelystad = path.join(directory, "lelystad-ivp.xlsx");
  writeFileSync(lelystad, await toXlsxBuffer(lelystadActivityList()));
  // 130 activities whose numbers come in pairs: 65 duplicate-number findings (more than a page of 50), one
  // owner column of names, and a long header that must not widen the pane at 320 px.
  const rows: (string | null)[][] = [
    [
      "Nr",
      "Activiteit",
      "Trekker (eerste aanspreekpunt binnen de gemeentelijke organisatie)",
      "Planning",
      "Status",
    ],
  ];
  for (let index = 0; index < 130; index += 1)
    rows.push([
      String(Math.floor(index / 2) + 1),
      `Activiteit ${index + 1} in de wijk`,
      ["J. de Vries", "A. Bakker", "M. Jansen"][index % 3],
      ["Q2 2025", "eind 2025", "Q4 2026"][index % 3],
      ["Loopt volgens planning", "Vertraagd", "Afgerond"][index % 3],
    ]);
  duplicates = path.join(directory, "dubbele-nummers.xlsx");
  writeFileSync(
    duplicates,
    await toXlsxBuffer(workbookFromSheets("dubbel.xlsx", sheetFromRows("Plan 2025", rows))),
  );
  longHeaders = path.join(directory, "lange-koppen.xlsx");
  writeFileSync(
    longHeaders,
    await toXlsxBuffer(
      workbookFromSheets(
        "lang.xlsx",
        sheetFromRows("Activiteiten", [
          [
            "Nr",
            "Activiteit",
            "Trekker",
            "Planning",
            "Status",
            "Toelichting op de voortgang in het afgelopen halfjaar volgens de trekker van de activiteit (ingevuld door de beleidsadviseur)",
          ],
          ["1", "Cameratoezicht uitbreiden", "Team OOV", "Q2 2025", "Loopt volgens planning", "op schema"],
          ["2", "Buurtpreventie-apps", "Team OOV", "Q3 2025", "Afgerond", "klaar"],
          ["3", "Keurmerk Veilig Ondernemen", "Politie", "eind 2025", "Vertraagd", "wacht op partner"],
        ]),
      ),
    ),
  );
});

afterAll(async () => {
  await browser?.close();
});

async function openWorkbook(page: Page, file: string): Promise<void> {
  await page.getByTestId("open-file").setInputFiles(file);
  await page
    .getByTestId("workbook-name")
    .filter({ hasText: path.basename(file) })
    .waitFor();
  await page.getByTestId("action-bar").waitFor();
}

/**
 * Types into a field and commits it with Enter; returns what the field shows once the pane has re-rendered
 * it (the committed value comes back through the settings, a render later than the key press).
 */
async function commitField(field: Locator, text: string): Promise<string> {
  await field.fill(text);
  await field.press("Enter");
  await field
    .evaluate(
      (element, typed) =>
        new Promise<void>((resolve) => {
          const started = Date.now();
          const poll = () =>
            (element as HTMLInputElement).value !== typed || Date.now() - started > 2000
              ? resolve()
              : setTimeout(poll, 20);
          poll();
        }),
      text,
    )
    .catch(() => undefined);
  return field.inputValue();
}

async function toggle(page: Page, name: RegExp | string): Promise<void> {
  const header = page.getByRole("button", { name });
  const opening = (await header.getAttribute("aria-expanded")) !== "true";
  await header.click();
  // An opened panel is looked at (axe, screenshot) from its header down, not from behind the action bar.
  if (opening) await header.evaluate((element) => element.scrollIntoView({ block: "start" }));
}

async function generate(
  page: Page,
  name: RegExp = /^(Genereer overzicht|Opnieuw genereren)$/,
): Promise<void> {
  await page.getByTestId("action-bar").getByRole("button", { name }).click();
  await page.getByTestId("results").waitFor({ timeout: 60_000 });
  await page.getByTestId("action-bar").getByRole("button", { name: "Opnieuw genereren" }).waitFor();
}

/** Axe violations and the page's width beyond the viewport, in the state the page is in now. */
async function check(page: Page, state: string, width: number) {
  // Fluent's panels open with a fade: contrast is measured once the motion has settled. An animation that a
  // re-render cancels rejects `finished` with an AbortError; it is gone, which is settled too.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => null))),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  // The whole pane in one view (the sticky bar at its bottom), then back to the viewport the test uses.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport) await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: path.join(shots, `${state}-${width}.png`) });
  if (viewport) await page.setViewportSize(viewport);
  return { state, width, violations, fits: scrollWidth <= width };
}

describe("a task pane a policy officer can trust (issue 19)", () => {
  it("keeps the other columns detected when only 'Prioriteit / thema' is chosen", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, lelystad);
    await toggle(page, "Kolommen kiezen");
    const select = (label: string) => page.getByLabel(label, { exact: true });
    await select("Prioriteit / thema").selectOption("A");
    const selected = async (label: string) =>
      (await select(label).locator("option:checked").textContent()) ?? "";
    const after = {
      activity: await selected("Activiteit"),
      owner: await selected("Trekker"),
      status: await selected("Status"),
      confidence: await page.getByTestId("mapping-confidence").textContent(),
      missing: await page.getByTestId("mapping-missing").count(),
    };
    await generate(page);
    expect({ ...after, pct: await page.getByTestId("on-track-pct").textContent(), errors }).toEqual({
      activity: expect.stringMatching(/^Automatisch: kolom [A-Z]/),
      owner: expect.stringMatching(/^Automatisch: kolom [A-Z]/),
      status: expect.stringMatching(/^Automatisch: kolom [A-Z]/),
      confidence: expect.stringMatching(/^Zekerheid met deze kolommen: \d+%$/),
      missing: 0,
      pct: "89%",
      errors: [],
    });
    await context.close();
  });

  it("reads '41.000' inhabitants as forty-one thousand and refuses what reads two ways or out of order", async () => {
    const { context, page, errors } = await openPane(browser, { width: 320 });
    await openWorkbook(page, lelystad);
    await toggle(page, "Instellingen");
    const population = page.getByLabel("Aantal inwoners (voor cijfers per 1.000)");
    const plain = await commitField(population, "41000");
    const dutch = await commitField(population, "41.000");
    await population.fill("41,000");
    await population.press("Enter");
    const ambiguous = await page.getByText("'41,000' kan twee getallen zijn").isVisible();
    await page.getByLabel("Groen vanaf").fill("95");
    await page.getByLabel("Groen vanaf").press("Enter");
    await page.getByLabel("Oranje vanaf").fill("99");
    await page.getByLabel("Oranje vanaf").press("Enter");
    const order = await page.getByText("Oranje (99) moet lager zijn dan groen (95)").isVisible();
    const fits = (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320;
    await page.screenshot({ path: path.join(shots, "numbers-320.png"), fullPage: false });
    expect({ plain, dutch, ambiguous, order, fits, errors }).toEqual({
      plain: "41.000",
      dutch: "41.000",
      ambiguous: true,
      order: true,
      fits: true,
      errors: [],
    });
    await context.close();
  });

  it("marks the result out of date after a settings change and disables the stale download", async () => {
    const { context, page, errors } = await openPane(browser, { width: 500 });
    await openWorkbook(page, lelystad);
    await generate(page);
    const download = page.getByTestId("download");
    const before = { stale: await page.getByTestId("stale").count(), enabled: await download.isEnabled() };
    await toggle(page, "Instellingen");
    await page.getByRole("checkbox", { name: "Afgerond" }).click();
    await page.getByTestId("stale").waitFor();
    const changed = {
      text: await page.getByTestId("stale").textContent(),
      enabled: await download.isEnabled(),
      status: await page.getByTestId("action-status").textContent(),
    };
    await generate(page);
    const again = { stale: await page.getByTestId("stale").count(), enabled: await download.isEnabled() };
    expect({ before, changed, again, errors }).toEqual({
      before: { stale: 0, enabled: true },
      changed: {
        text: expect.stringContaining("Instellingen gewijzigd — genereer opnieuw"),
        enabled: false,
        status: "Instellingen gewijzigd — genereer opnieuw",
      },
      again: { stale: 0, enabled: true },
      errors: [],
    });
    await context.close();
  });

  it("groups 65 duplicate numbers, searches by column header and sheet, pages from the top, and generates anyway", async () => {
    const { context, page, errors } = await openPane(browser, { width: 320, height: 700 });
    await openWorkbook(page, duplicates);
    const blocked = await page.getByTestId("blocked").textContent();
    await toggle(page, /^Bevindingen/);
    const groups = await page.getByRole("list", { name: "Soorten bevindingen" }).textContent();
    const search = page.getByLabel("Zoeken (tekst, kolomkop of blad)");
    await search.fill("eerste aanspreekpunt");
    const byHeader = await page.getByTestId("findings-shown").textContent();
    await search.fill("plan 2025");
    const bySheet = await page.getByTestId("findings-shown").textContent();
    await search.fill("");
    await page.getByRole("button", { name: "Volgende" }).click();
    await expect(page.getByTestId("findings-page-label").textContent()).resolves.toBe("Pagina 2 van 2");
    const top = await page.getByTestId("findings-top").boundingBox();
    await page.screenshot({ path: path.join(shots, "findings-page-2-320.png"), fullPage: false });
    await page.getByTestId("action-bar").getByRole("button", { name: "Toch genereren" }).click();
    await page.getByTestId("generated-anyway").waitFor({ timeout: 60_000 });
    expect({
      blocked,
      groups,
      byHeader,
      bySheet,
      topInView: top !== null && top.y >= 0 && top.y < 100,
      errors,
    }).toEqual({
      blocked: expect.stringContaining("65 fouten maken de cijfers onjuist: Dubbel nummer (65×)."),
      groups: expect.stringContaining("Dubbel nummer65×"),
      byHeader: expect.stringMatching(/^[1-9]\d* bevinding(en)? gevonden$/),
      bySheet: expect.stringMatching(/^[1-9]\d* bevindingen gevonden$/),
      topInView: true,
      errors: [],
    });
    await context.close();
  });

  it("speaks one language: English Office gets an English pane, a Dutch pane stays Dutch for an English report", async () => {
    const english = await openPane(browser, { width: 500, locale: "en-US" });
    await english.page.getByRole("button", { name: "Open an Excel file (.xlsx)" }).waitFor();
    await english.page.getByTestId("open-file").setInputFiles(lelystad);
    await english.page.getByRole("button", { name: "Generate overview" }).waitFor();
    const englishText = (await english.page.locator("main").textContent()) ?? "";
    const englishLang = await english.page.evaluate(() => document.documentElement.lang);
    await english.context.close();

    const dutch = await openPane(browser, { width: 500 });
    await openWorkbook(dutch.page, lelystad);
    await toggle(dutch.page, "Instellingen");
    await dutch.page.getByLabel("Taal van het overzicht").selectOption("en");
    await generate(dutch.page);
    const dutchText = (await dutch.page.locator("main").textContent()) ?? "";
    const dutchLang = await dutch.page.evaluate(() => document.documentElement.lang);
    expect({
      englishLang,
      englishHasDutch: /Genereer|Bevindingen|Instellingen|activiteiten/.test(englishText),
      dutchLang,
      dutchHasEnglish: /Generate overview|Findings|Settings|Download workbook/.test(dutchText),
      plurals: /\((en|sen|s|ies)\)/.test(englishText + dutchText),
      // NOTE: "Kolom → veld" in the detection explanation is the reading engineer's text (core explain.ts).
      jargon: /Mann.Kendall|\bSen\b|\bns\b/.test(englishText + dutchText),
      errors: [...english.errors, ...dutch.errors],
    }).toEqual({
      englishLang: "en",
      englishHasDutch: false,
      dutchLang: "nl",
      dutchHasEnglish: false,
      plurals: false,
      jargon: false,
      errors: [],
    });
    await dutch.context.close();
  });

  it("fits 320 px and has no axe violations in every state, including the sheet preview; screenshots each", async () => {
    const outcomes: Awaited<ReturnType<typeof check>>[] = [];
    for (const width of [320, 500]) {
      const { context, page, errors } = await openPane(browser, { width, height: 800 });
      await page.getByTestId("open-file").waitFor({ state: "attached" });
      outcomes.push(await check(page, "start", width));
      await openWorkbook(page, longHeaders);
      outcomes.push(await check(page, "loaded", width));
      await toggle(page, "Kolommen kiezen");
      outcomes.push(await check(page, "mapping", width));
      await toggle(page, "Kolommen kiezen");
      await toggle(page, "Instellingen");
      outcomes.push(await check(page, "settings", width));
      await toggle(page, "Instellingen");
      await toggle(page, "Cijfers uit andere werkmap");
      outcomes.push(await check(page, "extra", width));
      await toggle(page, "Cijfers uit andere werkmap");
      await generate(page);
      outcomes.push(await check(page, "generated", width));
      await toggle(page, /^Bevindingen/);
      outcomes.push(await check(page, "findings", width));
      await toggle(page, /^Bevindingen/);
      await page.getByRole("button", { name: "Blad 'Koers Overzicht' tonen" }).click();
      await page.getByTestId("sheet-preview").waitFor();
      outcomes.push(await check(page, "sheet-preview", width));
      await page.getByTestId("action-bar").getByRole("button", { name: "Deel met griffie" }).click();
      await page.getByTestId("share").waitFor();
      outcomes.push(await check(page, "share", width));
      await page.getByRole("button", { name: "Kopie maken" }).click();
      await page.getByTestId("griffie-download").waitFor({ timeout: 60_000 });
      outcomes.push(await check(page, "griffie-ready", width));
      await toggle(page, "Instellingen");
      await page.getByRole("checkbox", { name: "Vertraagd" }).click();
      await page.getByTestId("stale").waitFor();
      outcomes.push(await check(page, "stale", width));
      expect({ width, errors }).toEqual({ width, errors: [] });
      await context.close();
    }
    const duplicatesPane = await openPane(browser, { width: 320, height: 800 });
    await openWorkbook(duplicatesPane.page, duplicates);
    outcomes.push(await check(duplicatesPane.page, "blocked", 320));
    await duplicatesPane.context.close();
    expect(outcomes.filter((outcome) => outcome.violations.length > 0 || !outcome.fits)).toEqual([]);
  });

  it("keeps the next step in view: the action bar stays on screen at 320 px after loading and after generating", async () => {
    const { context, page, errors } = await openPane(browser, { width: 320, height: 600 });
    await openWorkbook(page, lelystad);
    const inView = async () => {
      const box = await page.getByTestId("action-bar").boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 600 + 1;
    };
    const loaded = await inView();
    await generate(page);
    await page.mouse.wheel(0, 2000);
    const generated = await inView();
    const primaries = await page.locator("[data-appearance=primary]").count();
    expect({ loaded, generated, primaries, errors }).toEqual({
      loaded: true,
      generated: true,
      primaries: 1,
      errors: [],
    });
    await context.close();
  });
});
