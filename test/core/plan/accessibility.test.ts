import { parseRangeAddress } from "../../../src/core/address";
import { buildReportPlan, type CellStyle, type PlannedSheet, type ReportPlan } from "../../../src/core";
import { contrastRatio, requiredContrast } from "../../../src/core/plan/contrast";
import { palette } from "../../../src/core/plan/sheetBuilder";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import { blockCellStyle } from "../../../src/core/plan/cellStyles";
import { drontenWideSheet, lelystadActivityList } from "../../support/fixtures";
import { workbookFromSheets } from "../../support/snapshotBuilder";
import { longRegionsSheet, wideMarginSheet } from "../../support/surveyWorkbooks";
import { chartsCutByColumnPages, smallestPrintedFont } from "../../hosts/xlsx/write/renderChecks";

/**
 * The checks of Excel's Accessibility Checker (and WCAG 2.1 AA, EN 301 549) that apply to what Koers writes,
 * over every sheet Koers plans, in both languages, for the user's workbook and the griffie copy: text contrast
 * of every cell and conditional format, alt text on every chart with its type and figures, no merged cells
 * inside tables, meaningful sheet names, marked header rows, and colour never the only carrier of meaning.
 */

function plans(): { label: string; plan: ReportPlan }[] {
  return (["nl", "en"] as const).flatMap((language) => {
    const settings = parseSettings({ reportDate: "2025-03-01", organisation: "Gemeente Lelystad", language });
    const workbooks = [
      lelystadActivityList(),
      workbookFromSheets("veiligheidsmonitor.xlsx", wideMarginSheet(), longRegionsSheet()),
      workbookFromSheets("dronten-cijfers.xlsx", drontenWideSheet()),
    ];
    const { report } = analyzeWorkbooks({ workbooks, settings });
    return (["workbook", "griffie"] as const).map((audience) => ({
      label: `${language} ${audience}`,
      plan: buildReportPlan(report, settings, [], { audience }),
    }));
  });
}

const all = plans();

interface Cell {
  sheet: string;
  address: string;
  row: number;
  column: number;
  value: string | number | boolean | null;
  style: CellStyle;
}

function cellsOf(sheet: PlannedSheet): Cell[] {
  return sheet.blocks.flatMap((block) => {
    const styleOf = blockCellStyle(block);
    return block.values.flatMap((values, rowOffset) =>
      values.map((value, columnOffset) => {
        const row = block.row + rowOffset;
        const column = block.column + columnOffset;
        return {
          sheet: sheet.name,
          address: `${String.fromCharCode(64 + column)}${row}`,
          row,
          column,
          value,
          style: styleOf(rowOffset, columnOffset),
        };
      }),
    );
  });
}

function inRange(range: string, row: number, column: number): boolean {
  return range.split(/[ ,]/).some((part) => {
    const { start, end } = parseRangeAddress(part);
    return row >= start.row && row <= end.row && column >= start.column && column <= end.column;
  });
}

/** A cell's text and background under each conditional format that may apply to it (and without any). */
function renderings(sheet: PlannedSheet, cell: Cell): CellStyle[] {
  const shown = [cell.style];
  for (const format of sheet.conditionalFormats) {
    if (format.kind === "iconSet" || !inRange(format.range, cell.row, cell.column)) continue;
    shown.push({ ...cell.style, ...format.style });
  }
  return shown;
}

/** Tables: a header block (bold on the header fill) and the body block right under it. */
function tablesOf(sheet: PlannedSheet): { header: string; range: string; headerStyle: CellStyle }[] {
  return sheet.blocks.flatMap((block) => {
    if (block.values.length !== 1 || block.style?.fill !== palette.headerFill) return [];
    const body = sheet.blocks.find((other) => other.row === block.row + 1 && other.column === block.column);
    const width = Math.max(...block.values.map((row) => row.length));
    const lastRow = block.row + (body?.values.length ?? 0);
    const from = `${String.fromCharCode(64 + block.column)}${block.row}`;
    const to = `${String.fromCharCode(64 + block.column + width - 1)}${lastRow}`;
    return [{ header: from, range: `${from}:${to}`, headerStyle: block.style }];
  });
}

describe.each(all)("accessibility of every planned sheet ($label)", ({ plan }) => {
  it("gives every cell with text at least 4.5:1 contrast (3:1 for large text), with and without its conditional formats", () => {
    const failures = plan.sheets.flatMap((sheet) =>
      cellsOf(sheet)
        .filter((cell) => cell.value !== null && cell.value !== "")
        .flatMap((cell) =>
          renderings(sheet, cell)
            .map((style) => ({
              cell: `${sheet.name}!${cell.address}`,
              text: style.color ?? "#000000",
              fill: style.fill ?? "#FFFFFF",
              ratio: contrastRatio(style.color ?? "#000000", style.fill ?? "#FFFFFF"),
              needed: requiredContrast(style),
            }))
            .filter((check) => check.ratio < check.needed)
            .map((check) => ({ ...check, ratio: Number(check.ratio.toFixed(2)) })),
        ),
    );
    expect(failures).toEqual([]);
  });

  it("gives every chart alt text that names its type and its figures, not only its title", () => {
    const charts = plan.sheets.flatMap((sheet) => sheet.charts);
    expect(charts.length).toBeGreaterThanOrEqual(3);
    for (const chart of charts) {
      const type =
        plan.language === "nl" ? /^(Staafdiagram|Lijndiagram|Kolomdiagram)\b/ : /^(Bar|Line|Column) chart\b/;
      expect({
        id: chart.id,
        typed: type.test(chart.altText),
        notTitle: chart.altText !== chart.title,
      }).toEqual({
        id: chart.id,
        typed: true,
        notTitle: true,
      });
      const names = chart.kind === "line" ? chart.series.map((series) => series.name) : chart.categoryCache;
      expect(names.filter((name) => !chart.altText.includes(name))).toEqual([]);
      expect(chart.altText).toMatch(/\d/);
    }
  });

  it("merges no cells inside a data table (merges are for titles and text only)", () => {
    const clashes = plan.sheets.flatMap((sheet) =>
      sheet.merges.flatMap((merge) => {
        const { start, end } = parseRangeAddress(merge);
        return tablesOf(sheet)
          .filter((table) => {
            const area = parseRangeAddress(table.range);
            return (
              start.row <= area.end.row &&
              end.row >= area.start.row &&
              start.column <= area.end.column &&
              end.column >= area.start.column
            );
          })
          .map((table) => `${sheet.name}: ${merge} in ${table.range}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it("names every sheet meaningfully: no default names, unique, within Excel's 31 characters", () => {
    const names = plan.sheets.map((sheet) => sheet.name);
    expect(names.filter((name) => /^(Sheet|Blad|Tabelle|Feuil)\d*$/i.test(name) || name.length > 31)).toEqual(
      [],
    );
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("marks every table's header row (bold on a fill) and repeats a long table's header on every printed page", () => {
    for (const sheet of plan.sheets) {
      const tables = tablesOf(sheet);
      for (const table of tables) expect(table.headerStyle).toMatchObject({ bold: true });
      expect(
        tables.length > 0 || sheet.key === "cover" || sheet.key === "notes" || sheet.key === "overview",
      ).toBe(true);
    }
    const trends = plan.sheets.find((sheet) => sheet.key === "trends")!;
    expect(trends.print.printTitleRows).toBeDefined();
  });

  it("never lets colour alone carry meaning: coloured cells hold a value, the trends keep ▲▼ and words", () => {
    const meaningful = new Set<string>([
      palette.better,
      palette.worse,
      palette.green,
      palette.amber,
      palette.red,
      ...Object.values(palette.status),
    ]);
    const empty = plan.sheets.flatMap((sheet) =>
      cellsOf(sheet)
        .filter(
          (cell) =>
            (meaningful.has(cell.style.color ?? "") || meaningful.has(cell.style.fill ?? "")) &&
            (cell.value === null || cell.value === ""),
        )
        .map((cell) => `${sheet.name}!${cell.address}`),
    );
    expect(empty).toEqual([]);
    const trendsTexts = cellsOf(plan.sheets.find((sheet) => sheet.key === "trends")!).map(
      (cell) => cell.value,
    );
    expect(trendsTexts).toEqual(expect.arrayContaining(["▲", "▼"]));
    const surveyTexts = cellsOf(plan.sheets.find((sheet) => sheet.key === "survey")!).map(
      (cell) => cell.value,
    );
    const words = plan.language === "nl" ? ["beter", "slechter"] : ["better", "worse"];
    expect(surveyTexts).toEqual(expect.arrayContaining(words));
  });
});

describe("text size on paper", () => {
  it.each(all.map(({ label }) => label))(
    "never prints a sheet's text below 8 pt after its print scale, nor cuts a chart at a column page (%s)",
    (label) => {
      const { plan } = all.find((candidate) => candidate.label === label)!;
      expect(
        plan.sheets
          .map((sheet) => ({ sheet: sheet.name, points: smallestPrintedFont(sheet) }))
          .filter(({ points }) => points < 8),
      ).toEqual([]);
      expect(plan.sheets.flatMap(chartsCutByColumnPages)).toEqual([]);
    },
  );
});

describe("the status chart's alt text", () => {
  it("says it is a bar chart of the 117 activities per priority, with each priority's figures", () => {
    const chart = all[0].plan.sheets
      .flatMap((sheet) => sheet.charts)
      .find((candidate) => candidate.id === "status-per-group")!;
    expect(chart.altText).toMatch(
      /^Staafdiagram \(gestapeld\): status van 117 activiteiten per prioriteit \/ thema; Cybercriminaliteit 18 activiteiten, 3 afgerond, 12 loopt volgens planning, 2 vertraagd, 1 niet gestart; Jeugd en veiligheid 27 activiteiten, /,
    );
  });
});

describe("what the accessibility checks cover", () => {
  it("every sheet Koers writes, in Dutch and English, for the workbook and the griffie copy (its cover included), with the survey sheet", () => {
    expect(
      all.map(({ label, plan }) => {
        const trends = plan.sheets.find((sheet) => sheet.key === "trends")!;
        const survey = plan.sheets.find((sheet) => sheet.key === "survey")!;
        return {
          label,
          language: plan.language,
          sheets: plan.sheets.map((sheet) => sheet.key),
          surveyTable: cellsOf(survey).some((cell) => cell.value === "Voelt zich wel eens onveilig (%)"),
          surveyCharts: survey.charts.filter((chart) => chart.series.some((series) => series.errorBars))
            .length,
          figuresTable: cellsOf(trends).some((cell) => cell.value === "Criminaliteit totaal"),
        };
      }),
    ).toEqual(
      (["nl", "en"] as const).flatMap((language) =>
        (["workbook", "griffie"] as const).map((audience) => ({
          label: `${language} ${audience}`,
          language,
          sheets: [
            ...(audience === "griffie" ? ["cover"] : []),
            "overview",
            "trends",
            "survey",
            "findings",
            "notes",
          ],
          surveyTable: true,
          surveyCharts: expect.any(Number),
          figuresTable: true,
        })),
      ),
    );
    expect(
      all.every(({ plan }) =>
        plan.sheets
          .find((sheet) => sheet.key === "survey")!
          .charts.some((chart) => chart.series.some((series) => series.errorBars)),
      ),
    ).toBe(true);
  });
});
