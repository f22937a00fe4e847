import { freeSheetName } from "../address";
import { formatLongDate, formatNumber, interpolate, type Language } from "../i18n/language";
import { redactText } from "../privacy/redact";
import type { Report } from "../report";
import type { Settings } from "../settings";
import {
  headerFooterCode,
  headerFooterLimit,
  type HeaderFooterParts,
  type PlannedSheetKey,
  type PrintSetup,
  type SheetRename,
} from "./reportPlan";
import { textsFor, type PlanTexts } from "./texts";

/** Everything a sheet module needs: the report, the texts, the final sheet names and the audience. */
export interface PlanContext {
  report: Report;
  settings: Settings;
  language: Language;
  texts: PlanTexts;
  griffie: boolean;
  version: string;
  /** Final names of the generated sheets (after avoiding the user's own sheets). */
  names: Record<PlannedSheetKey, string>;
  reportDateText: string;
  documentStatusText: string;
  /**
   * Text that comes from the user's data (activity and group names, categories, file names, messages).
   * For the griffie it is passed through redactText so that no personal data leaves the department.
   */
  userText(text: string): string;
}

export interface PlanContextInput {
  report: Report;
  settings: Settings;
  griffie: boolean;
  version: string;
  names: Record<PlannedSheetKey, string>;
}

export function createPlanContext(input: PlanContextInput): PlanContext {
  const language = input.settings.language;
  const texts = textsFor(language);
  return {
    ...input,
    language,
    texts,
    reportDateText: formatLongDate(input.report.reportDate, language),
    documentStatusText: texts.documentStatus[input.settings.documentStatus],
    userText: input.griffie ? (text) => redactText(text).text : (text) => text,
  };
}

/** "2025-03-01" → Excel date serial (days since 1899-12-30), so hosts write a real date. */
export function dateSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const days = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - Date.UTC(1899, 11, 30);
  return Math.round(days / 86_400_000);
}

/** Number format of a long date, with the language's locale so month names do not follow the viewer's Excel. */
export function longDateFormat(language: Language): string {
  return language === "nl" ? "[$-413]d mmmm yyyy" : "[$-809]d mmmm yyyy";
}

/** A year as a column header: 2018 → 2018, provisional → "2018*". */
export function yearLabel(year: number, provisionalYears: number[]): number | string {
  return provisionalYears.includes(year) ? `${year}*` : year;
}

/** A percentage (−34.7) as the fraction Excel's % formats expect (−0.347), without float noise. */
export function fraction(percent: number): number {
  return Number((percent / 100).toFixed(6));
}

/** A p-value as text: two decimals, three below 0.01. */
export function formatPValue(p: number, language: Language): string {
  // NOTE: a p-value is never shown as 0: below 0.001 it reads "< 0,001" (the exact value is in report.json).
  if (p < 0.001) return `< ${formatNumber(0.001, language, 3)}`;
  return formatNumber(p, language, p < 0.01 ? 3 : 2);
}

/** Excel header/footer text: "&" must be doubled or it starts a code. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * `text` as header text of at most `budget` characters: cut at a word where it can and ended with "…"
 * when it is longer, never in the middle of a doubled "&".
 */
export function shortenHeaderText(text: string, budget: number): string {
  const full = headerText(text);
  if (full.length <= budget) return full;
  const characters = [...text];
  let kept = "";
  for (const character of characters) {
    const next = kept + character;
    if (headerText(next).length + 1 > budget) break;
    kept = next;
  }
  const wordEnd = kept.lastIndexOf(" ");
  const cut = wordEnd >= kept.length / 2 ? kept.slice(0, wordEnd) : kept;
  return `${headerText(cut.trimEnd())}…`;
}

/**
 * A4, fit to one page wide; header: title (shortened with "…" so the whole header stays within Excel's 255
 * characters), for the griffie the document status, and page x of n; footer: report date and status — all in
 * the report's language.
 */
export function printSetup(
  context: PlanContext,
  orientation: PrintSetup["orientation"],
  printTitleRows?: string,
): PrintSetup {
  const status = headerText(context.documentStatusText);
  const rest: HeaderFooterParts = {
    ...(context.griffie ? { center: status } : {}),
    right: context.texts.print.page,
  };
  const budget = headerFooterLimit - headerFooterCode(rest).length - "&L".length;
  const header: HeaderFooterParts = {
    left: shortenHeaderText(context.userText(context.report.title), budget),
    ...rest,
  };
  const footer: HeaderFooterParts = {
    left: shortenHeaderText(
      interpolate(context.texts.print.reportDate, { date: context.reportDateText }),
      headerFooterLimit - status.length - 4,
    ),
    right: status,
  };
  const setup: PrintSetup = { orientation, paperSize: "A4", fitToWidth: true, header, footer };
  if (printTitleRows) setup.printTitleRows = printTitleRows;
  return setup;
}

/**
 * Gives each generated sheet its fixed name, unless a user's own sheet already has it (Excel compares
 * sheet names case-insensitively): then "Name (2)", "Name (3)", … — a user sheet is never overwritten.
 */
export function assignSheetNames(
  keys: PlannedSheetKey[],
  texts: PlanTexts,
  userSheetNames: string[],
): { names: Record<PlannedSheetKey, string>; renamed: SheetRename[] } {
  const taken = new Set(userSheetNames.map((name) => name.toLowerCase()));
  const names = { ...texts.sheetNames };
  const renamed: SheetRename[] = [];
  for (const key of keys) {
    const wanted = texts.sheetNames[key];
    const actual = freeSheetName(wanted, taken);
    taken.add(actual.toLowerCase());
    names[key] = actual;
    if (actual !== wanted) renamed.push({ key, wanted, actual });
  }
  return { names, renamed };
}
