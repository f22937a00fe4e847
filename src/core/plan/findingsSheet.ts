import { rangeAreas, rangeCells } from "../address";
import type { Severity } from "../findings/catalog";
import { compareFindings, translateFinding, type Finding } from "../findings/finding";
import { interpolate } from "../i18n/language";
import { printSetup, type PlanContext } from "./planContext";
import type { CellStyle, PlannedSheet, PlanValue } from "./reportPlan";
import { palette, SheetBuilder, styles } from "./sheetBuilder";
import { lineCount } from "./textMetrics";

// NOTE: message and hint wrap in 48 characters each, so the sheet fits A4 landscape at 8 pt or more.
const columnWidths = [16, 20, 22, 20, 9, 48, 48];
/** The column of the cells (range) each finding row links to. */
const rangeColumn = 3;
/** Most example cells the sheet lists per finding group (issue 17): enough to start, short enough to read. */
export const maxExampleCells = 20;
const griffieWidths = [16, 26, 12];
const severities: Severity[] = ["error", "warning", "info"];
const severityFill: Record<Severity, string> = {
  error: palette.red,
  warning: palette.amber,
  info: "#DDEBF7",
};

/** A source cell a link can point at: a sheet of this workbook, not "[other.xlsx]Sheet". */
function linkable(finding: Finding): finding is Finding & { sheet: string; cell: string } {
  return finding.sheet !== null && finding.cell !== null && !finding.sheet.startsWith("[");
}

/** Groups per severity: a finding over 20,000 cells is one point to attend to. */
function countsBlock(context: PlanContext, findings: Finding[]): PlanValue[][] {
  const { texts } = context;
  const rows: PlanValue[][] = severities.map((severity) => [
    texts.severity[severity],
    findings.filter((finding) => finding.severity === severity).length,
  ]);
  rows.push([texts.common.total, findings.length]);
  return rows;
}

/**
 * A finding's cells as the sheet shows them: the reference when it fits on one line of its column, else as
 * many whole areas as fit, separated by ", ", and "…". One line, because a cell with a link does not wrap in
 * LibreOffice, and a scattered range of thousands of areas says nothing a person reads: the count beside it,
 * the example cells below, the pane and report.json hold the rest. The link still goes to the cells.
 */
function shownRange(finding: Finding): string | null {
  const range = finding.range ?? finding.cell;
  const width = columnWidths[rangeColumn];
  if (range === null || lineCount(range, width) === 1) return range;
  const areas = range.split(",");
  let shown = areas[0];
  for (const area of areas.slice(1)) {
    if (lineCount(`${shown}, ${area}, …`, width) > 1) break;
    shown = `${shown}, ${area}`;
  }
  return `${shown}, …`;
}

/** Where a link to a finding's cells lands: its whole range when that is one area, else its first cell. */
function linkTarget(finding: Finding & { cell: string }): string {
  const areas = finding.range ? rangeAreas(finding.range) : [];
  return areas.length === 1 ? areas[0] : finding.cell;
}

function severityFormats(sheet: SheetBuilder, context: PlanContext, range: string): void {
  for (const severity of severities) {
    const style: CellStyle = { fill: severityFill[severity] };
    sheet.conditionalFormat({ kind: "textContains", range, text: context.texts.severity[severity], style });
  }
}

/**
 * "Koers Aandachtspunten": one row per finding group (a finding over all its cells: range and count), most
 * severe first, each linked to its cells; below them at most maxExampleCells example cells per group, each
 * linked. For the griffie only counts per severity (groups) and cells per code: no cell references, no
 * messages that may quote data.
 */
export function buildFindingsSheet(context: PlanContext): PlannedSheet {
  const { report, texts } = context;
  const findings = [...report.findings].sort(compareFindings);
  const sheet = new SheetBuilder(context.griffie ? griffieWidths : columnWidths);
  sheet.line(`${context.userText(report.title)} — ${texts.findings.title}`, styles.title);
  sheet.write([[texts.common.reportDate, context.reportDateText]], {
    columnStyles: [styles.label, undefined],
  });

  sheet.skip();
  sheet.line(texts.findings.counts, styles.section);
  sheet.table({
    header: texts.findings.countHeader,
    rows: countsBlock(context, findings),
    columnStyles: [undefined, { numberFormat: "#,##0" }],
    cellStyles: [
      ...severities.map((severity, row) => ({ row, column: 0, style: { fill: severityFill[severity] } })),
      { row: severities.length, column: 0, style: { bold: true, borderTop: "thin" } },
      { row: severities.length, column: 1, style: { bold: true, borderTop: "thin" } },
    ],
  });

  if (context.griffie) return buildGriffieFindings(sheet, context, findings);

  sheet.skip();
  if (findings.length === 0) {
    sheet.line(texts.findings.none, styles.note);
    return sheet.build({
      key: "findings",
      name: context.names.findings,
      tabColor: "#ED7D31",
      columnWidths,
      print: printSetup(context, "landscape"),
    });
  }
  const translated = findings.map((finding) => translateFinding(finding, context.language));
  const table = sheet.table({
    header: texts.findings.header,
    rows: translated.map((finding) => [
      texts.severity[finding.severity],
      finding.code,
      finding.sheet,
      shownRange(finding),
      finding.count,
      finding.message,
      finding.hint,
    ]),
    bodyStyle: { verticalAlignment: "top" },
    columnStyles: [
      undefined,
      undefined,
      undefined,
      { color: "#0563C1", wrap: true },
      { numberFormat: "#,##0" },
      { wrap: true },
      { wrap: true },
    ],
  });
  const severityRange = table.bodyColumn(0);
  if (severityRange) severityFormats(sheet, context, severityRange);
  if (table.bodyRange && table.lastRow > table.firstRow) sheet.band(table.bodyRange);
  translated.forEach((finding, row) => {
    if (!linkable(finding)) return;
    const target = linkTarget(finding);
    sheet.hyperlink({
      cell: table.cell(row, rangeColumn),
      target: { sheet: finding.sheet, cell: target },
      tooltip: interpolate(texts.findings.goTo, { sheet: finding.sheet, cell: target }),
    });
  });
  examplesBlock(sheet, context, translated);

  return sheet.build({
    key: "findings",
    name: context.names.findings,
    tabColor: "#ED7D31",
    columnWidths,
    freeze: { rows: table.headerRow, columns: 0 },
    autoFilter: table.range,
    print: printSetup(context, "landscape", `${table.headerRow}:${table.headerRow}`),
  });
}

/**
 * Below the groups: for every finding over more than one cell, its first cells (at most maxExampleCells),
 * one per row, each linked to its cell, so a person can work through them from the top.
 */
function examplesBlock(sheet: SheetBuilder, context: PlanContext, findings: Finding[]): void {
  const { texts } = context;
  const rows: PlanValue[][] = [];
  const links: { row: number; sheet: string; cell: string }[] = [];
  findings.forEach((finding, index) => {
    if (finding.count < 2 || !linkable(finding) || !finding.range) return;
    for (const cell of rangeCells(finding.range, maxExampleCells)) {
      links.push({ row: rows.length, sheet: finding.sheet, cell });
      rows.push([index + 1, finding.code, finding.sheet, cell]);
    }
  });
  if (rows.length === 0) return;
  sheet.skip();
  sheet.line(interpolate(texts.findings.examples, { count: maxExampleCells }), styles.section);
  const table = sheet.table({
    header: texts.findings.examplesHeader,
    rows,
    columnStyles: [undefined, undefined, undefined, { color: "#0563C1" }],
  });
  for (const link of links)
    sheet.hyperlink({
      cell: table.cell(link.row, 3),
      target: { sheet: link.sheet, cell: link.cell },
      tooltip: interpolate(texts.findings.goTo, { sheet: link.sheet, cell: link.cell }),
    });
}

function buildGriffieFindings(sheet: SheetBuilder, context: PlanContext, findings: Finding[]): PlannedSheet {
  const { texts } = context;
  sheet.skip();
  sheet.line(texts.findings.perCode, styles.section);
  const perCode = new Map<string, { severity: Severity; count: number }>();
  for (const finding of findings) {
    const entry = perCode.get(finding.code) ?? { severity: finding.severity, count: 0 };
    entry.count += finding.count;
    perCode.set(finding.code, entry);
  }
  const rows = [...perCode.entries()].map(([code, entry]): PlanValue[] => [
    texts.severity[entry.severity],
    code,
    entry.count,
  ]);
  if (rows.length > 0) {
    const table = sheet.table({
      header: texts.findings.perCodeHeader,
      rows,
      columnStyles: [undefined, undefined, { numberFormat: "#,##0" }],
    });
    const severityRange = table.bodyColumn(0);
    if (severityRange) severityFormats(sheet, context, severityRange);
  } else {
    sheet.line(texts.findings.none, styles.note);
  }
  sheet.skip();
  sheet.paragraph(
    texts.findings.griffieNote,
    griffieWidths.reduce((sum, width) => sum + width, 0),
    3,
    styles.note,
  );
  return sheet.build({
    key: "findings",
    name: context.names.findings,
    tabColor: "#ED7D31",
    columnWidths: griffieWidths,
    print: printSetup(context, "portrait"),
  });
}
