import type {
  ChartSpec,
  ConditionalFormat,
  DocumentProperties,
  HeaderFooterParts,
  PlannedSheet,
  PrintSetup,
  RangeRef,
  ReportPlan,
} from "../plan/reportPlan";
import { redactionWords, redactText } from "./redact";
import { looksLikePersonName, splitOwners } from "./personNames";

/**
 * The one redaction step for everything shared outside the department (the griffie copy).
 * It takes the strictest reading of each detector: a 9-digit number passing the 11-proof counts as a
 * BSN wherever it stands, because the source scan calls it one in a person or BSN column and the copy
 * no longer shows which column a text came from. A text the source scan flags is thus always removed.
 */
export function redactSharedText(text: string): string {
  if (typeof text !== "string" || text === "") return text;
  return redactText(text, { bsnContext: true }).text;
}

/**
 * A field that names who made a document (author, creator, lastModifiedBy, company): a value that reads
 * as a person's name ("Jan de Vries", "J. Jansen") is replaced, as the copy's re-scan treats such fields
 * as person fields. An organisation ("Gemeente Lelystad") stays.
 */
export function redactPersonField(text: string): string {
  if (typeof text !== "string" || text.trim() === "") return text;
  const parts = splitOwners(text).map(
    ({ part, separator }) => (looksLikePersonName(part) ? redactionWords["person-name"] : part) + separator,
  );
  return redactSharedText(parts.join(""));
}

/**
 * The griffie plan with every text redacted: cell values, sheet names (and every reference to them),
 * chart titles, series names and category caches, axis titles, conditional-format texts, link tooltips,
 * print headers and footers, document properties and renames. Both hosts write the copy from this plan,
 * so the Office host and the xlsx host share the same redaction. Numbers are left as they are. Pure.
 */
export function redactReportPlan(plan: ReportPlan): ReportPlan {
  const sheetNames = new Map<string, string>();
  for (const sheet of plan.sheets) sheetNames.set(sheet.name, redactSheetName(sheet.name));
  const sheetName = (name: string) => sheetNames.get(name) ?? redactSheetName(name);
  const range = (ref: RangeRef): RangeRef => ({ ...ref, sheet: sheetName(ref.sheet) });
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => redactSheet(sheet, sheetName, range)),
    properties: redactProperties(plan.properties),
    activeSheet: sheetName(plan.activeSheet),
    ...(plan.renamed
      ? {
          renamed: plan.renamed.map((rename) => ({
            ...rename,
            wanted: redactSharedText(rename.wanted),
            actual: sheetName(rename.actual),
          })),
        }
      : {}),
  };
}

/** A sheet name redacted within Excel's rules: no square brackets, at most 31 characters. */
function redactSheetName(name: string): string {
  const redacted = redactSharedText(name);
  return redacted === name ? name : redacted.replace(/\[/g, "(").replace(/\]/g, ")").slice(0, 31);
}

function redactSheet(
  sheet: PlannedSheet,
  sheetName: (name: string) => string,
  range: (ref: RangeRef) => RangeRef,
): PlannedSheet {
  return {
    ...sheet,
    name: sheetName(sheet.name),
    blocks: sheet.blocks.map((block) => ({
      ...block,
      values: block.values.map((row) =>
        row.map((value) => (typeof value === "string" ? redactSharedText(value) : value)),
      ),
    })),
    conditionalFormats: sheet.conditionalFormats.map(redactConditionalFormat),
    charts: sheet.charts.map((chart) => redactChart(chart, range)),
    hyperlinks: sheet.hyperlinks.map((link) => ({
      ...link,
      target: { ...link.target, sheet: sheetName(link.target.sheet) },
      ...(link.tooltip !== undefined ? { tooltip: redactSharedText(link.tooltip) } : {}),
    })),
    print: redactPrint(sheet.print),
  };
}

function redactConditionalFormat(format: ConditionalFormat): ConditionalFormat {
  return format.kind === "textContains" ? { ...format, text: redactSharedText(format.text) } : format;
}

function redactChart(chart: ChartSpec, range: (ref: RangeRef) => RangeRef): ChartSpec {
  return {
    ...chart,
    title: redactSharedText(chart.title),
    altText: redactSharedText(chart.altText),
    categories: range(chart.categories),
    categoryCache: chart.categoryCache.map(redactSharedText),
    series: chart.series.map((series) => ({
      ...series,
      name: redactSharedText(series.name),
      values: range(series.values),
      ...(series.errorBars
        ? { errorBars: { ...series.errorBars, values: range(series.errorBars.values) } }
        : {}),
    })),
    ...(chart.yAxisTitle !== undefined ? { yAxisTitle: redactSharedText(chart.yAxisTitle) } : {}),
  };
}

function redactParts(parts: HeaderFooterParts): HeaderFooterParts {
  const result: HeaderFooterParts = {};
  for (const key of ["left", "center", "right"] as const)
    if (parts[key] !== undefined) result[key] = redactSharedText(parts[key]!);
  return result;
}

function redactPrint(print: PrintSetup): PrintSetup {
  return { ...print, header: redactParts(print.header), footer: redactParts(print.footer) };
}

function redactProperties(properties: DocumentProperties): DocumentProperties {
  return {
    ...properties,
    title: redactSharedText(properties.title),
    subject: redactSharedText(properties.subject),
    keywords: redactSharedText(properties.keywords),
    author: redactPersonField(properties.author),
    company: redactPersonField(properties.company),
  };
}
