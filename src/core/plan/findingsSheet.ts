import type { Severity } from "../findings/catalog";
import { compareFindings, translateFinding, type Finding } from "../findings/finding";
import { interpolate } from "../i18n/language";
import { printSetup, type PlanContext } from "./planContext";
import type { CellStyle, PlannedSheet, PlanValue } from "./reportPlan";
import { palette, SheetBuilder, styles } from "./sheetBuilder";

const columnWidths = [14, 20, 22, 8, 70, 70];
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

function countsBlock(context: PlanContext, findings: Finding[]): PlanValue[][] {
  const { texts } = context;
  const rows: PlanValue[][] = severities.map((severity) => [
    texts.severity[severity],
    findings.filter((finding) => finding.severity === severity).length,
  ]);
  rows.push([texts.common.total, findings.length]);
  return rows;
}

function severityFormats(sheet: SheetBuilder, context: PlanContext, range: string): void {
  for (const severity of severities) {
    const style: CellStyle = { fill: severityFill[severity] };
    sheet.conditionalFormat({ kind: "textContains", range, text: context.texts.severity[severity], style });
  }
}

/**
 * "Koers Aandachtspunten": every finding, most severe first, each linked to its source cell. All
 * findings are one block with one style, so thousands of rows cost the host one values and one format call.
 * For the griffie only counts per severity and per code: no cell references, no messages that may quote data.
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
      finding.cell,
      finding.message,
      finding.hint,
    ]),
    bodyStyle: { verticalAlignment: "top" },
    columnStyles: [undefined, undefined, undefined, { color: "#0563C1" }, { wrap: true }, { wrap: true }],
  });
  const severityRange = table.bodyColumn(0);
  if (severityRange) severityFormats(sheet, context, severityRange);
  if (table.bodyRange && table.lastRow > table.firstRow) sheet.band(table.bodyRange);
  translated.forEach((finding, row) => {
    if (!linkable(finding)) return;
    sheet.hyperlink({
      cell: table.cell(row, 3),
      target: { sheet: finding.sheet, cell: finding.cell },
      tooltip: interpolate(texts.findings.goTo, { sheet: finding.sheet, cell: finding.cell }),
    });
  });

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

function buildGriffieFindings(sheet: SheetBuilder, context: PlanContext, findings: Finding[]): PlannedSheet {
  const { texts } = context;
  sheet.skip();
  sheet.line(texts.findings.perCode, styles.section);
  const perCode = new Map<string, { severity: Severity; count: number }>();
  for (const finding of findings) {
    const entry = perCode.get(finding.code) ?? { severity: finding.severity, count: 0 };
    entry.count += 1;
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
