import {
  findingCatalog,
  type CatalogEntry,
  type FindingCode,
  type FindingArguments,
  type Severity,
} from "./catalog";
import { formatNumber, interpolate, type Language } from "../i18n/language";

/** Parameters a check passes to its message template. Never personal data in clear text. */
export type FindingParameters = Record<string, string | number>;

/**
 * One problem in the user's data (docs/contracts.md "Findings"), over one or more cells. Findings are values;
 * checks never throw.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet and A1 cell the finding points at (its first cell); null for workbook-wide findings. */
  sheet: string | null;
  cell: string | null;
  /**
   * Every cell the finding covers as an Excel multi-area reference on `sheet`, contiguous runs merged:
   * "D2:D20001", "E4,E9:E12"; equal to `cell` for one cell, null when `cell` is null.
   */
  range: string | null;
  /** Number of cells the finding covers: 1 for one cell and for a workbook-wide finding. */
  count: number;
  message: string;
  hint: string;
  parameters: FindingParameters;
}

export interface FindingLocation {
  sheet: string | null;
  cell: string | null;
  /** All cells, when more than `cell` (see Finding.range). */
  range?: string | null;
  count?: number;
}

/**
 * Builds a finding from the catalog in the given language. The parameters are typed by the code: every name
 * its templates fill must be given (see FindingParametersOf).
 */
export function createFinding<Code extends FindingCode>(
  code: Code,
  location: FindingLocation,
  ...[parameters, language]: FindingArguments<Code>
): Finding {
  return findingFromParameters(code, location, parameters ?? {}, language ?? "nl");
}

/**
 * A finding rebuilt from parameters a finding already carries (they were checked against the code when it
 * was first created): another language, or one finding over the cells of a group.
 */
export function findingFromParameters(
  code: FindingCode,
  location: FindingLocation,
  parameters: FindingParameters,
  language: Language,
): Finding {
  const entry: CatalogEntry = findingCatalog[code];
  const count = location.count ?? 1;
  const range = location.range ?? location.cell;
  if (count > 1) return groupedFinding(entry, code, { ...location, range, count }, parameters, language);
  const text = entry[language];
  const shown = entry.terms ? withTerms(parameters, entry.terms, language) : parameters;
  return {
    code,
    severity: entry.severity,
    sheet: location.sheet,
    cell: location.cell,
    range,
    count,
    message: interpolate(text.message, shown),
    hint: interpolate(text.hint, shown),
    parameters,
  };
}

const cellsWord: Record<Language, string> = { nl: "cellen", en: "cells" };

/** A finding over `count` cells: the entry's grouped text, or the single text with " (n cellen)". */
function groupedFinding(
  entry: CatalogEntry,
  code: FindingCode,
  location: FindingLocation & { count: number; range: string | null },
  parameters: FindingParameters,
  language: Language,
): Finding {
  const terms = entry.grouped?.terms ?? entry.terms;
  const shown: FindingParameters = {
    ...(terms ? withTerms(parameters, terms, language) : parameters),
    count: formatNumber(location.count, language),
  };
  if (shown.columnName === undefined && location.cell) shown.columnName = location.cell.replace(/\d+$/, "");
  let message: string;
  let hint: string;
  if (entry.grouped) {
    message = interpolate(entry.grouped[language].message, shown);
    hint = interpolate(entry.grouped[language].hint, shown);
  } else {
    const single = interpolate(entry[language].message, shown).replace(/\.$/, "");
    message = `${single} (${shown.count} ${cellsWord[language]}).`;
    hint = interpolate(entry[language].hint, shown);
  }
  return {
    code,
    severity: entry.severity,
    sheet: location.sheet,
    cell: location.cell,
    range: location.range,
    count: location.count,
    message,
    hint,
    parameters,
  };
}

/** Parameters with term values ("name", "count, percent") replaced by their words in the language. */
function withTerms(
  parameters: FindingParameters,
  terms: NonNullable<CatalogEntry["terms"]>,
  language: Language,
): FindingParameters {
  const shown: FindingParameters = { ...parameters };
  for (const [name, byLanguage] of Object.entries(terms)) {
    const value = parameters[name];
    if (typeof value !== "string") continue;
    const words = byLanguage[language];
    const items = value.split(", ");
    if (items.every((item) => Object.prototype.hasOwnProperty.call(words, item))) {
      shown[name] = items.map((item) => words[item]).join(", ");
    }
  }
  return shown;
}

/** The same finding with message and hint in another language. */
export function translateFinding(finding: Finding, language: Language): Finding {
  return findingFromParameters(finding.code, finding, finding.parameters, language);
}

/** True when the finding's code makes computed figures wrong (the pane blocks generation). */
export function blocksFigures(finding: Finding): boolean {
  return findingCatalog[finding.code].blocksFigures;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for reports: severity, sheet, row, column, code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
    cellSortKey(a.cell) - cellSortKey(b.cell) ||
    a.code.localeCompare(b.code)
  );
}

function cellSortKey(cell: string | null): number {
  if (!cell) return -1;
  const match = /^([A-Z]+)(\d+)/.exec(cell);
  if (!match) return -1;
  let column = 0;
  for (const character of match[1]) column = column * 26 + character.charCodeAt(0) - 64;
  return Number(match[2]) * 20000 + column;
}
