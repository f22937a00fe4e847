import {
  type ActivityField,
  activityFields,
  blocksFigures,
  columnLetter,
  columnNumber,
  type FigureField,
  type Finding,
} from "../core";
import type {
  DatasetSummary,
  FindingCode,
  Language,
  Report,
  SeriesReport,
  Severity,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../core";
import { formatCount } from "./format";

/** Findings per page in the pane: thousands of findings stay responsive. */
export const findingsPageSize = 50;

export const severities: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  severity: Severity;
  code: FindingCode;
  findings: Finding[];
  blocksFigures: boolean;
}

export interface FindingOverview {
  counts: Record<Severity, number>;
  /** Grouped by severity (errors first) and code; the largest group first within a severity. */
  groups: FindingGroup[];
}

/** Counts and groups findings for the findings panel. */
export function groupFindings(findings: readonly Finding[]): FindingOverview {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKey = new Map<string, FindingGroup>();
  for (const finding of findings) {
    counts[finding.severity] += 1;
    const key = `${finding.severity}\u0000${finding.code}`;
    let group = byKey.get(key);
    if (!group) {
      group = {
        severity: finding.severity,
        code: finding.code,
        findings: [],
        blocksFigures: blocksFigures(finding),
      };
      byKey.set(key, group);
    }
    group.findings.push(finding);
  }
  const groups = [...byKey.values()].sort(
    (a, b) =>
      severities.indexOf(a.severity) - severities.indexOf(b.severity) ||
      b.findings.length - a.findings.length ||
      a.code.localeCompare(b.code),
  );
  return { counts, groups };
}

export interface FindingFilter {
  text: string;
  severity: Severity | "all";
  /**
   * Further texts a finding is found by: its kind's readable name, the header of its column ("Trekker").
   * The pane supplies them (they depend on its language and the workbook).
   */
  describe?: (finding: Finding) => readonly string[];
}

/**
 * Findings matching a severity and a case-insensitive text: message, hint, code, sheet, cell, and what
 * `describe` adds (kind name, column header).
 */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const needle = filter.text.trim().toLowerCase();
  return findings.filter((finding) => {
    if (filter.severity !== "all" && finding.severity !== filter.severity) return false;
    if (!needle) return true;
    const place = finding.sheet && finding.cell ? `${finding.sheet}!${finding.cell}` : (finding.sheet ?? "");
    return [finding.message, finding.hint, finding.code, place, ...(filter.describe?.(finding) ?? [])].some(
      (text) => text.toLowerCase().includes(needle),
    );
  });
}

/**
 * The header text above a finding's first cell, from the header row of the table read on its sheet
 * ("Trekker" for a finding in column D of the activity list); null for a workbook-wide finding or a cell
 * outside every table's columns.
 */
export function findingHeaders(
  datasets: readonly DatasetSummary[],
  workbook: WorkbookSnapshot | null,
): (finding: Finding) => string | null {
  const headerRows = new Map<string, number[]>();
  for (const dataset of datasets)
    headerRows.set(dataset.sheet, [...(headerRows.get(dataset.sheet) ?? []), dataset.headerRow]);
  const sheets = new Map((workbook?.sheets ?? []).map((sheet) => [sheet.name, sheet]));
  return (finding) => {
    if (!finding.sheet || !finding.cell) return null;
    const rows = headerRows.get(finding.sheet);
    const sheet = sheets.get(finding.sheet);
    if (!rows || !sheet) return null;
    const match = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(finding.cell);
    if (!match) return null;
    const column = columnNumber(match[1]);
    const row = Number(match[2]);
    // The nearest header row above the cell: a sheet may hold several tables.
    const headerRow = rows.filter((candidate) => candidate <= row).sort((a, b) => b - a)[0];
    const text = headerRow ? (sheet.texts[headerRow - 1]?.[column - 1] ?? "").trim() : "";
    return text || null;
  };
}

export interface Page<T> {
  items: T[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

/** One page of items (1-based page number, clamped). */
export function pageOf<T>(items: readonly T[], page: number, size = findingsPageSize): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: items.slice((current - 1) * size, current * size), page: current, pages };
}

export interface BlockingSummary {
  count: number;
  /** Codes that block, with how often, most frequent first. */
  codes: { code: FindingCode; count: number }[];
}

/** Errors that make the figures wrong: generation waits until they are repaired. Warnings never block. */
export function blockingSummary(findings: readonly Finding[]): BlockingSummary {
  const counts = new Map<FindingCode, number>();
  for (const finding of findings) {
    if (finding.severity === "error" && blocksFigures(finding))
      counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  }
  const codes = [...counts.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { count: codes.reduce((sum, entry) => sum + entry.count, 0), codes };
}

export interface FigureChange {
  sheet: string;
  category: string;
  region: string | null;
  fromYear: number;
  toYear: number;
  from: number;
  to: number;
  changePct: number;
  significant: boolean | null;
}

/**
 * The biggest rises and falls vs the previous year over all figures tables. Small numbers get no
 * percentage headline (docs/domain.md "Trends"), and subtotal rows are left out so a category is not counted twice.
 */
export function biggestChanges(report: Report, limit = 3): { rises: FigureChange[]; falls: FigureChange[] } {
  const changes: FigureChange[] = [];
  for (const table of report.figures) {
    const years = table.years;
    for (const series of table.series) {
      const change = lastChange(series, years, table.sheet);
      if (change) changes.push(change);
    }
  }
  const rises = changes.filter((change) => change.changePct > 0).sort((a, b) => b.changePct - a.changePct);
  const falls = changes.filter((change) => change.changePct < 0).sort((a, b) => a.changePct - b.changePct);
  return { rises: rises.slice(0, limit), falls: falls.slice(0, limit) };
}

function lastChange(series: SeriesReport, years: number[], sheet: string): FigureChange | null {
  if (series.smallNumbers || series.unit !== "count" || series.lastChangePct === null) return null;
  const lastIndex = lastNonNullIndex(series.values);
  if (lastIndex < 1) return null;
  const to = series.values[lastIndex];
  const from = series.values[lastIndex - 1];
  if (to === null || from === null) return null;
  return {
    sheet,
    category: series.category,
    region: series.region,
    fromYear: years[lastIndex - 1],
    toYear: years[lastIndex],
    from,
    to,
    changePct: series.lastChangePct,
    significant: series.significant,
  };
}

function lastNonNullIndex(values: (number | null)[]): number {
  for (let index = values.length - 1; index >= 0; index -= 1) if (values[index] !== null) return index;
  return -1;
}

/**
 * Fields the column-mapping panel offers for a dataset. A wide figures table takes its years from the
 * header, so only its category, region and target columns can be chosen.
 */
export function mappableFields(
  dataset: DatasetSummary,
  layout: "wide" | "long" | null = null,
): readonly (ActivityField | FigureField)[] {
  if (dataset.kind === "activities") return activityFields;
  if (layout === "wide") return ["category", "region", "target"];
  return ["category", "period", "region", "value", "unit", "target"];
}

export interface ColumnOption {
  letter: string;
  header: string;
}

/** Columns of a sheet with the text of its header row, for the mapping dropdowns. */
export function columnOptions(sheet: SheetSnapshot | undefined, headerRow: number): ColumnOption[] {
  if (!sheet) return [];
  const texts = sheet.texts[headerRow - 1] ?? [];
  return Array.from({ length: sheet.columnCount }, (_, index) => ({
    letter: columnLetter(index + 1),
    header: (texts[index] ?? "").trim(),
  }));
}

/** Below this detection confidence the pane opens the column mapping by itself. */
export const unsureConfidence = 0.7;

/** Detection confidence as a word: sure, fairly sure, unsure. */
export function confidenceLevel(confidence: number): "high" | "medium" | "low" {
  return confidence >= 0.85 ? "high" : confidence >= unsureConfidence ? "medium" : "low";
}

/**
 * Fields a table cannot be counted without: an activity list needs the activity and its status, a long
 * figures table category, period and value, a wide one its category (years come from its header).
 */
export function requiredFields(
  dataset: Pick<DatasetSummary, "kind">,
  layout: "wide" | "long" | null = null,
): readonly (ActivityField | FigureField)[] {
  if (dataset.kind === "activities") return ["name", "status"];
  return layout === "wide" ? ["category"] : ["category", "period", "value"];
}

export interface MissingColumns {
  sheet: string;
  fields: (ActivityField | FigureField)[];
}

/** Per table, the required fields that have no column, detected or chosen (see requiredFields). */
export function missingRequiredColumns(report: Report): MissingColumns[] {
  const missing: MissingColumns[] = [];
  for (const dataset of report.datasets) {
    const layout = report.figures.find((table) => table.sheet === dataset.sheet)?.layout ?? null;
    if (dataset.kind === "figures" && layout === null) continue;
    const mapped = new Set(dataset.columns.map((column) => column.field));
    const fields = requiredFields(dataset, layout).filter((field) => !mapped.has(field));
    if (fields.length > 0) missing.push({ sheet: dataset.sheet, fields: [...fields] });
  }
  return missing;
}

/**
 * The % on track exactly as the kernboodschap prints it (core's summary: whole percent, one decimal only
 * where rounding would say 0% or 100% and mislead), so the pane's big number and the sentence agree.
 */
export function headlinePercent(value: number, language: Language = "nl"): string {
  const rounded = Math.round(value);
  const misleading = (rounded === 100 && value < 100) || (rounded === 0 && value > 0);
  return formatCount(misleading ? value : rounded, language, misleading ? 1 : 0);
}
