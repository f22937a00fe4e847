/**
 * The one generation flow every host runs: choose the report to compare with → analyse → plan → the history
 * to store. Hosts read the workbook into snapshots before and write the plan after; they decide nothing here.
 * Pure and deterministic: the report date is in the settings (a host gets "today" from `localIsoDate`).
 */
import {
  baselineFor,
  compactActivities,
  expandSnapshot,
  nextHistory,
  type CompactSnapshot,
  type StoredHistory,
} from "./history";
import { analyzeWorkbooks, type AnalysisResult } from "./pipeline";
import { buildReportPlan } from "./plan/buildPlan";
import { griffieFileName, reportFileName } from "./fileNames";
import type { ReportPlan } from "./plan/reportPlan";
import type { Report } from "./report";
import type { Settings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

/** What a generation starts from. */
export interface GenerateInputs {
  /** The first workbook receives the generated sheets and its activity lists are stored; further ones add datasets. */
  workbooks: WorkbookSnapshot[];
  settings: Settings;
  /**
   * The version to compare with, as the user picked it; null compares with nothing; absent (undefined)
   * compares with the stored generation before this report's date in `history` (see chooseComparison).
   */
  previous?: WorkbookSnapshot | null;
  /** The history Koers stored in the first workbook at earlier generations. */
  history?: StoredHistory | null;
  /** "workbook" (default): the sheets for the user's workbook; "griffie": the council's copy. */
  audience?: "workbook" | "griffie";
  /**
   * The user's own sheets in the first workbook, which generated sheet names must not take; default: its
   * sheets that are not Koers's. The griffie copy is a new workbook and takes no names into account.
   */
  userSheetNames?: string[];
}

/** What the comparison was made with. */
export interface Comparison {
  snapshot: WorkbookSnapshot | null;
  /** The stored generation used, when the comparison came from the history rather than the user. */
  baseline: CompactSnapshot | null;
}

/** The report a host writes. */
export interface GeneratedReport {
  /** The report, with `output` naming the plan's sheets and charts (report.json). */
  report: Report;
  datasets: AnalysisResult["datasets"];
  plan: ReportPlan;
  /** The history to store in the workbook for the next generation (the Office host keeps it in the settings). */
  nextHistory: StoredHistory;
  /** The file name for a download of the result: "<workbook> (Koers).xlsx" or "<title> (griffie).xlsx". */
  fileName: string;
  comparison: Comparison;
}

/**
 * The previous report to compare with: the user's pick, else (previous undefined) the latest stored
 * generation with an earlier report date, so regenerating the same report compares with the same baseline.
 */
export function chooseComparison(
  previous: WorkbookSnapshot | null | undefined,
  history: StoredHistory | null | undefined,
  reportDate: string,
): Comparison {
  if (previous !== undefined) return { snapshot: previous, baseline: null };
  const baseline = baselineFor(history ?? null, reportDate);
  return { snapshot: baseline ? expandSnapshot(baseline) : null, baseline };
}

/** The analysis half of generateReport (what the pane shows before generating). */
export function analyzeInputs(inputs: GenerateInputs): AnalysisResult & { comparison: Comparison } {
  const comparison = chooseComparison(inputs.previous, inputs.history, inputs.settings.reportDate);
  const analysis = analyzeWorkbooks({
    workbooks: inputs.workbooks,
    previous: comparison.snapshot,
    settings: inputs.settings,
  });
  return { ...analysis, comparison };
}

/**
 * The plan half of generateReport, for a host that reports progress between the two or plans one analysis
 * for both audiences. The analysis is not changed.
 */
export function planAnalysis(
  analysis: AnalysisResult & { comparison: Comparison },
  inputs: GenerateInputs,
): GeneratedReport {
  const { settings } = inputs;
  const [first] = inputs.workbooks;
  const audience = inputs.audience ?? "workbook";
  const userSheetNames =
    audience === "griffie"
      ? []
      : (inputs.userSheetNames ??
        first.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name));
  const plan = buildReportPlan(analysis.report, settings, userSheetNames, { audience });
  return {
    // NOTE: a new report object, so one analysis can be planned for both audiences (the CLI's griffie copy).
    report: { ...analysis.report, output: planOutput(plan) },
    datasets: analysis.datasets,
    plan,
    nextHistory: nextHistory(
      inputs.history ?? null,
      compactActivities(first, analysis.datasets, settings.reportDate),
    ),
    fileName:
      audience === "griffie" ? griffieFileName(plan.properties.title, settings) : reportFileName(first.name),
    comparison: analysis.comparison,
  };
}

/**
 * Generates the report for the first workbook: comparison, analysis, plan and the history to store.
 * Throws RangeError without a workbook; data problems are findings in the report, never thrown.
 */
export function generateReport(inputs: GenerateInputs): GeneratedReport {
  if (inputs.workbooks.length === 0) throw new RangeError("generateReport needs at least one workbook.");
  return planAnalysis(analyzeInputs(inputs), inputs);
}

/** What report.json's `output` says about a plan: the sheet names and the number of charts. */
export function planOutput(plan: ReportPlan): { sheets: string[]; charts: number } {
  return {
    sheets: plan.sheets.map((sheet) => sheet.name),
    charts: plan.sheets.reduce((count, sheet) => count + sheet.charts.length, 0),
  };
}
