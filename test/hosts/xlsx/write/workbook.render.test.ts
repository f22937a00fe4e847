import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { PlannedSheet, ReportPlan } from "../../../../src/core/plan/reportPlan";
import { generateFromFiles } from "../../../../src/hosts/xlsx/generate";
import { openZlibStore } from "../../../../src/hosts/xlsx/node/zlibZip";
import { drontenWide, lelystadActivityList, toXlsxBuffer } from "../../../support/fixtures";

/**
 * Renders the written workbook and the griffie copy with LibreOffice (headless) to PDF and PNG, and
 * checks that every generated sheet and chart appears on A4 pages. The PNG pages are kept in
 * $KOERS_RENDER_DIR (default: a new <tmp>/koers-render-* folder) for a person to look at.
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

interface RenderedPage {
  text: string;
  width: number;
  height: number;
}

function renderPdf(file: string, directory: string): RenderedPage[] {
  const profile = `file://${path.join(directory, "lo-profile")}`;
  execFileSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", directory, file],
    {
      stdio: "ignore",
      timeout: 120_000,
    },
  );
  const pdf = path.join(directory, `${path.basename(file, ".xlsx")}.pdf`);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => [
    Number(match[1]),
    Number(match[2]),
  ]);
  execFileSync("pdftoppm", ["-png", "-r", "50", pdf, path.join(directory, path.basename(file, ".xlsx"))]);
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

/** The first text cell of a sheet: its title. */
function sheetTitle(sheet: PlannedSheet): string {
  for (const block of sheet.blocks) {
    for (const row of block.values)
      for (const value of row) if (typeof value === "string" && value.trim()) return value;
  }
  return sheet.name;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

function expectations(plan: ReportPlan, pages: RenderedPage[]) {
  // Sheets print in tab order, so each title is looked for from the previous sheet's page on.
  let from = 0;
  const pageOf = (text: string, start = 0) =>
    pages.findIndex((page, index) => index >= start && squash(page.text).includes(squash(text)));
  return plan.sheets.map((sheet) => {
    const titlePage = pageOf(sheetTitle(sheet), from);
    if (titlePage >= 0) from = titlePage + 1;
    return {
      sheet: sheet.name,
      titleShown: titlePage >= 0,
      titlePageIsA4: titlePage >= 0 && isA4(pages[titlePage]),
      landscape: titlePage >= 0 && pages[titlePage].width > pages[titlePage].height,
      chartsShown: sheet.charts.map((chart) => pageOf(chart.title) >= 0),
    };
  });
}

describeRender("rendering with LibreOffice", () => {
  // A fresh folder per run, so two runs (or two checkouts) on one machine never share pages.
  const directory = process.env.KOERS_RENDER_DIR ?? mkdtempSync(path.join(tmpdir(), "koers-render-"));
  let plan: ReportPlan;
  let griffiePlan: ReportPlan;
  let workbookPages: RenderedPage[];
  let griffiePages: RenderedPage[];

  beforeAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    const result = await generateFromFiles(
      [
        { name: "activiteiten.xlsx", data: await toXlsxBuffer(lelystadActivityList()) },
        { name: "cijfers.xlsx", data: await toXlsxBuffer(drontenWide()) },
      ],
      {
        // A long month name: "30 september 2025" is wider than a number column.
        settings: { reportDate: "2025-09-30", organisation: "Gemeente Lelystad" },
        griffie: true,
        // The CLI's zip writer, so LibreOffice opens what `koers summarize` writes.
        openPackageStore: openZlibStore,
      },
    );
    plan = result.plan;
    griffiePlan = result.griffiePlan!;
    const workbookFile = path.join(directory, "werkmap.xlsx");
    const griffieFile = path.join(directory, "griffie.xlsx");
    writeFileSync(workbookFile, result.workbook);
    writeFileSync(griffieFile, result.griffie!);
    workbookPages = renderPdf(workbookFile, directory);
    griffiePages = renderPdf(griffieFile, directory);
  }, 240_000);

  it("shows every generated sheet and chart of the workbook on A4 pages in the planned orientation", () => {
    expect({
      sheets: expectations(plan, workbookPages),
      // "###" is how a spreadsheet shows a number or date too wide for its cell (the user's own sheets,
      // printed first, are not Koers' to fix).
      pagesWithCutOffValues: workbookPages
        .slice(
          workbookPages.findIndex((page) => squash(page.text).includes(squash(sheetTitle(plan.sheets[0])))),
        )
        .filter((page) => page.text.includes("###")).length,
    }).toEqual({
      sheets: plan.sheets.map((sheet) => ({
        sheet: sheet.name,
        titleShown: true,
        titlePageIsA4: true,
        landscape: sheet.print.orientation === "landscape",
        chartsShown: sheet.charts.map(() => true),
      })),
      pagesWithCutOffValues: 0,
    });
  });

  it("prints the griffie copy on A4 only, every sheet and chart shown, in a reasonable number of pages", () => {
    expect({
      allA4: griffiePages.every(isA4),
      sheets: expectations(griffiePlan, griffiePages),
      reasonableLength:
        griffiePages.length >= griffiePlan.sheets.length &&
        griffiePages.length <= griffiePlan.sheets.length * 4,
      statusInEveryPage: griffiePages.every((page) => page.text.includes("Concept")),
    }).toEqual({
      allA4: true,
      sheets: griffiePlan.sheets.map((sheet) => ({
        sheet: sheet.name,
        titleShown: true,
        titlePageIsA4: true,
        landscape: sheet.print.orientation === "landscape",
        chartsShown: sheet.charts.map(() => true),
      })),
      reasonableLength: true,
      statusInEveryPage: true,
    });
  });

  it("leaves PNG pages for a person to review", () => {
    const pngs = readdirSync(directory).filter((file) => file.endsWith(".png"));
    expect(pngs.length).toBe(workbookPages.length + griffiePages.length);
    expect(existsSync(path.join(directory, "werkmap.pdf"))).toBe(true);
  });
});
