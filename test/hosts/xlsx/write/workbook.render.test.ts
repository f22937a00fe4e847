import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { ReportPlan } from "../../../../src/core/plan/reportPlan";
import { generateFromFiles } from "../../../../src/hosts/xlsx/generate";
import { openZlibStore } from "../../../../src/hosts/xlsx/node/zlibZip";
import { writeGriffieWorkbook } from "../../../../src/hosts/xlsx/write";
import { toXlsxBuffer } from "../../../support/fixtures";
import { workbookFromSheets } from "../../../support/snapshotBuilder";
import { longRegionsSheet, wideMarginSheet } from "../../../support/surveyWorkbooks";
import {
  bodyLines,
  chartsCutByColumnPages,
  pageBound,
  pagesWithCutOffValues,
  sheetPages,
  smallestPrintedFont,
  strandedRows,
  tablesOnPages,
  type RenderedPage,
} from "./renderChecks";

/**
 * Renders the examples (the 117 activities of examples/lelystad-activiteiten.xlsx against its autumn 2024
 * version, the Dronten figures, a Veiligheidsmonitor sheet for the survey section, and all three together) with LibreOffice
 * (headless, in the report's locale) to PDF and PNG: the written workbook and the griffie copy, in Dutch and
 * in English. Checks per generated sheet where it prints, its page count against a bound from its content,
 * no "###", no table split leaving a handful of rows, the overview's first page, and the survey section.
 * The PNG pages (70 dpi) are kept in $KOERS_RENDER_DIR, else in a new <tmp>/koers-render-* folder that the
 * test prints, for a person to look at. The checks themselves are proven to fail in renderChecks.test.ts
 * and on a broken plan below.
 */
const hasTools = ["soffice", "pdftotext", "pdfinfo", "pdftoppm"].every((tool) => {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
const describeRender = hasTools ? describe : describe.skip;

const locales = { nl: "nl_NL.UTF-8", en: "en_GB.UTF-8" } as const;

function renderPdf(file: string, directory: string, language: "nl" | "en"): RenderedPage[] {
  // One profile per locale: LibreOffice formats numbers in its locale ("88,9%" in Dutch), as Excel does.
  const profile = `file://${path.join(directory, `lo-profile-${language}`)}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", directory, file],
    {
      stdio: "ignore",
      timeout: 120_000,
      env: { ...process.env, LANG: locales[language], LC_ALL: locales[language] },
    },
  );
  const pdf = path.join(directory, `${path.basename(file, ".xlsx")}.pdf`);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, path.join(directory, path.basename(file, ".xlsx"))]);
  return sizes.map(([width, height], index) => ({
    text: execFileSync("pdftotext", ["-f", String(index + 1), "-l", String(index + 1), "-layout", pdf, "-"], {
      encoding: "utf8",
    }),
    width,
    height,
  }));
}

function isA4(page: RenderedPage): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - 595.3) < 1 && Math.abs(long - 841.9) < 1;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

/**
 * Whether a page shows a chart's title: whole, or, where it wraps in a half-page chart beside another
 * (pdftotext then prints the other chart's title between its lines), its words in order.
 */
function showsTitle(text: string, title: string): boolean {
  if (squash(text).includes(title)) return true;
  const words = title.split(/[\s-]+/).filter(Boolean);
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return true;
}

interface Rendered {
  label: string;
  language: "nl" | "en";
  audience: "workbook" | "griffie";
  plan: ReportPlan;
  pages: RenderedPage[];
  file: string;
}

const examples = path.join(__dirname, "../../../../examples");
const example = (name: string) => ({ name, data: readFileSync(path.join(examples, name)) });

/** Writes and renders one generation's workbook and griffie copy (or only the copy). */
async function renderGeneration(
  directory: string,
  stem: string,
  language: "nl" | "en",
  inputs: { name: string; data: Uint8Array | ArrayBuffer }[],
  audiences: ("workbook" | "griffie")[],
): Promise<Rendered[]> {
  const result = await generateFromFiles(inputs, {
    // A long month name: "30 september 2025" is wider than a number column.
    settings: { reportDate: "2025-09-30", organisation: "Gemeente Lelystad", language },
    previous: example("lelystad-activiteiten-najaar-2024.xlsx"),
    griffie: true,
    // The CLI's zip writer, so LibreOffice opens what `koers summarize` writes.
    openPackageStore: openZlibStore,
  });
  return audiences.map((audience) => {
    const plan = audience === "workbook" ? result.plan : result.griffiePlan!;
    const file = path.join(
      directory,
      `${stem}-${audience === "workbook" ? "werkmap" : "griffie"}-${language}.xlsx`,
    );
    writeFileSync(file, audience === "workbook" ? result.workbook : result.griffie!);
    return {
      label: `${stem} ${language} ${audience}`,
      language,
      audience,
      plan,
      pages: renderPdf(file, directory, language),
      file,
    };
  });
}

/**
 * The examples (activities and Dronten figures) as workbook and griffie copy, and the activities with a
 * Veiligheidsmonitor workbook as griffie copy, for the survey section; each in Dutch and English.
 */
async function renderExamples(directory: string): Promise<Rendered[]> {
  const survey = {
    name: "veiligheidsmonitor.xlsx",
    data: await toXlsxBuffer(
      workbookFromSheets("veiligheidsmonitor.xlsx", wideMarginSheet(), longRegionsSheet()),
    ),
  };
  const rendered: Rendered[] = [];
  for (const language of ["nl", "en"] as const) {
    const activities = example("lelystad-activiteiten.xlsx");
    rendered.push(
      ...(await renderGeneration(
        directory,
        "voorbeeld",
        language,
        [activities, example("dronten-cijfers.xlsx")],
        ["workbook", "griffie"],
      )),
      ...(await renderGeneration(directory, "enquete", language, [activities, survey], ["griffie"])),
      ...(await renderGeneration(
        directory,
        "combinatie",
        language,
        [activities, example("dronten-cijfers.xlsx"), survey],
        ["griffie"],
      )),
    );
  }
  return rendered;
}

describeRender("rendering the examples with LibreOffice", () => {
  // A fresh folder per run, so two runs (or two checkouts) on one machine never share pages.
  const directory = process.env.KOERS_RENDER_DIR ?? mkdtempSync(path.join(tmpdir(), "koers-render-"));
  let all: Rendered[] = [];

  beforeAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    all = await renderExamples(directory);
    console.log(`Rendered pages (PNG, 70 dpi): ${directory}`);
  }, 300_000);

  const documents = () => all;
  const labels = ["nl", "en"].flatMap((language) => [
    `voorbeeld ${language} workbook`,
    `voorbeeld ${language} griffie`,
    `enquete ${language} griffie`,
    `combinatie ${language} griffie`,
  ]);
  describe.each(labels)("%s", (label) => {
    const document = () => documents().find((candidate) => candidate.label === label)!;

    it("prints every generated sheet and chart on A4 pages in the planned orientation", () => {
      const { plan, pages } = document();
      const printed = sheetPages(plan, pages);
      expect(
        printed.map(({ sheet, first, pages: own }) => ({
          sheet: sheet.name,
          found: first >= 0,
          a4: own.every(isA4),
          landscape: own.length > 0 && own[0].width > own[0].height,
          charts: sheet.charts.map((chart) => own.some((page) => showsTitle(page.text, chart.title))),
        })),
      ).toEqual(
        plan.sheets.map((sheet) => ({
          sheet: sheet.name,
          found: true,
          a4: true,
          landscape: sheet.print.orientation === "landscape",
          charts: sheet.charts.map(() => true),
        })),
      );
    });

    it("keeps each sheet within the pages its content needs (the cover on one)", () => {
      const { plan, pages } = document();
      const counts = sheetPages(plan, pages).map(({ sheet, pages: own }) => ({
        sheet: sheet.name,
        pages: own.length,
        within: own.length >= 1 && own.length <= pageBound(sheet),
      }));
      expect(counts.filter((count) => !count.within)).toEqual([]);
    });

    it("puts the kernboodschap, key figures and the tables above the charts on the overview's first page, the first chart on its second", () => {
      const { plan, pages } = document();
      const overview = sheetPages(plan, pages).find(({ sheet }) => sheet.key === "overview")!;
      const firstChart = overview.sheet.charts[0];
      const tablesAbove = tablesOnPages(overview).filter(
        (_, index) => overview.sheet.tables![index].to < firstChart.anchor.from.row,
      );
      const firstPage = squash(bodyLines(overview.pages[0]).join(" "));
      const headline = plan.sheets
        .find((sheet) => sheet.key === "overview")!
        .blocks.find((block) => block.style?.bold && block.style.size === 12)!.values[0][0] as string;
      expect({
        headline: firstPage.includes(squash(headline).slice(0, 60)),
        tablesAbove: tablesAbove.map((table) => table.rowsPerPage.map(({ page }) => page)),
        // NOTE: LibreOffice also draws a chart, clipped away, on the page above the one it shows on, so its
        // title is in that page's text too: the check is that the second page has it.
        firstChartOnSecondPage: squash(overview.pages[1]?.text ?? "").includes(firstChart.title),
      }).toEqual({
        headline: true,
        tablesAbove: tablesAbove.map(() => [0]),
        firstChartOnSecondPage: true,
      });
      expect(tablesAbove.length).toBeGreaterThanOrEqual(2);
    });

    it("prints no sheet's text below 8 pt after scaling", () => {
      const { plan } = document();
      expect(
        plan.sheets
          .map((sheet) => ({ sheet: sheet.name, points: Math.round(smallestPrintedFont(sheet) * 10) / 10 }))
          .filter(({ points }) => points < 8),
      ).toEqual([]);
    });

    it("keeps every chart within the columns of one printed page", () => {
      const { plan } = document();
      expect(plan.sheets.flatMap(chartsCutByColumnPages)).toEqual([]);
    });

    it("shows no value cut off as ###", () => {
      const { plan, pages } = document();
      // The user's own sheets, printed first in the workbook, are not Koers' to fix.
      const first = sheetPages(plan, pages)[0].first;
      expect(pagesWithCutOffValues(pages.slice(first))).toEqual([]);
    });

    it("prints every table row, and never splits a table leaving fewer than 5 rows (or a lone total) on a page", () => {
      const { plan, pages } = document();
      const tables = sheetPages(plan, pages).flatMap(tablesOnPages);
      expect(tables.filter((table) => table.missing.length > 0)).toEqual([]);
      expect(strandedRows(tables)).toEqual([]);
      expect(tables.length).toBeGreaterThanOrEqual(6);
    });

    it("leaves a PNG per page for a person to review", () => {
      const { file, pages } = document();
      const stem = path.basename(file, ".xlsx");
      const pngs = readdirSync(directory).filter(
        (name) => name.startsWith(`${stem}-`) && name.endsWith(".png"),
      );
      expect(pngs.length).toBe(pages.length);
    });
  });

  it.each(["nl", "en"])(
    "prints the survey sheet (%s): the Veiligheidsmonitor indicators with their margins, its charts two by two",
    (language) => {
      const { plan, pages } = all.find((document) => document.label === `enquete ${language} griffie`)!;
      const survey = sheetPages(plan, pages).find(({ sheet }) => sheet.key === "survey")!;
      const text = survey.pages.map((page) => page.text).join(" ");
      const surveyCharts = survey.sheet.charts.filter((chart) =>
        chart.series.some((series) => series.errorBars),
      );
      expect({
        indicator: squash(text).includes("Voelt zich wel eens onveilig (%)"),
        margin: /± ?2019/.test(text) && /\b1[,.]3\b/.test(text),
        charts: surveyCharts.map((chart) => showsTitle(text, chart.title)),
        noTrends: plan.sheets.some((sheet) => sheet.key === "trends"),
      }).toEqual({ indicator: true, margin: true, charts: surveyCharts.map(() => true), noTrends: false });
      expect(surveyCharts.length).toBe(5);
      // A page for the first table, one for the second, and the five charts on a page or two of their own.
      expect(survey.pages.length).toBeLessThanOrEqual(4);
    },
  );

  it("prints the griffie copy's status on every page, in the report's language", () => {
    expect(
      all
        .filter((document) => document.audience === "griffie")
        .map((document) => ({
          label: document.label.split(" ").slice(0, 2).join(" "),
          everyPage: document.pages.every((page) =>
            page.text.includes(document.language === "nl" ? "Concept" : "Draft"),
          ),
          otherLanguage: document.pages.some((page) =>
            page.text.includes(document.language === "nl" ? "Draft" : "Concept"),
          ),
        })),
    ).toEqual(
      ["nl", "en"].flatMap((language) => [
        { label: `voorbeeld ${language}`, everyPage: true, otherLanguage: false },
        { label: `enquete ${language}`, everyPage: true, otherLanguage: false },
        { label: `combinatie ${language}`, everyPage: true, otherLanguage: false },
      ]),
    );
  });

  it("catches a broken plan: a table split leaving 3 rows, a value cut off as ###, a sheet past its page bound", async () => {
    const { plan } = all.find((document) => document.label === "voorbeeld nl griffie")!;
    const trends = plan.sheets.find((sheet) => sheet.key === "trends")!;
    const notes = plan.sheets.find((sheet) => sheet.key === "notes")!;
    const table = trends.tables![0];
    const broken: ReportPlan = {
      ...plan,
      sheets: plan.sheets.map((sheet) => {
        // Column B of Trends (2016) too narrow for "1.697", and a break 3 rows before its table's end.
        if (sheet === trends)
          return {
            ...sheet,
            columnWidths: sheet.columnWidths.map((width, index) => (index === 1 ? 2 : width)),
            print: { ...sheet.print, rowBreaks: [table.to - 2] },
          };
        // A page for every other row of the notes.
        if (sheet === notes)
          return {
            ...sheet,
            print: { ...sheet.print, rowBreaks: Array.from({ length: 30 }, (_, index) => 3 + 2 * index) },
          };
        return sheet;
      }),
    };
    const file = path.join(directory, "kapot-nl.xlsx");
    writeFileSync(file, await writeGriffieWorkbook(broken, { openStore: openZlibStore }));
    const printed = sheetPages(broken, renderPdf(file, directory, "nl"));
    const printedTrends = printed.find(({ sheet }) => sheet.key === "trends")!;
    const printedNotes = printed.find(({ sheet }) => sheet.key === "notes")!;
    expect({
      stranded: strandedRows(tablesOnPages(printedTrends)).map((entry) => entry.rowsPerPage.at(-1)?.rows),
      cutOff: pagesWithCutOffValues(printedTrends.pages).length > 0,
      notesPastBound: printedNotes.pages.length > pageBound(notes),
      titles: printed.map(({ first }) => first >= 0),
    }).toEqual({
      stranded: [3],
      cutOff: true,
      notesPastBound: true,
      titles: plan.sheets.map(() => true),
    });
  }, 120_000);
});
