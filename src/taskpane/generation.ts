import { type AnalysisResult, analyzeWorkbooks, buildReportPlan, planOutput } from "../core";
import type { ReportPlan, Settings, WorkbookSnapshot } from "../core";
import type { ExtraWorkbook, ProgressEvent } from "./host";

export interface PlanInput {
  workbook: WorkbookSnapshot;
  extraWorkbooks: ExtraWorkbook[];
  previous: WorkbookSnapshot | null;
  settings: Settings;
  audience: "workbook" | "griffie";
  onProgress?: (event: ProgressEvent) => void;
}

export interface PlannedReport {
  analysis: AnalysisResult;
  plan: ReportPlan;
}

/**
 * Read → check → compute → plan for the pane's own hosts (preview, griffie copy), reporting each stage
 * with a count and yielding to the browser in between so the progress bar can paint.
 */
export async function planReport(input: PlanInput): Promise<PlannedReport> {
  const progress = input.onProgress ?? (() => undefined);
  const workbooks = [input.workbook, ...input.extraWorkbooks.map((extra) => extra.snapshot)];
  progress({
    stage: "reading",
    count: workbooks.reduce((sum, workbook) => sum + userSheets(workbook).length, 0),
  });
  await nextFrame();
  const analysis = analyzeWorkbooks({ workbooks, previous: input.previous, settings: input.settings });
  progress({ stage: "checking", count: analysis.report.findings.length });
  await nextFrame();
  const computed =
    (analysis.report.activities?.total ?? 0) +
    analysis.report.figures.reduce((sum, table) => sum + table.series.length, 0);
  progress({ stage: "computing", count: computed });
  await nextFrame();
  const plan = buildReportPlan(analysis.report, input.settings, userSheets(input.workbook), {
    audience: input.audience,
  });
  analysis.report.output = planOutput(plan);
  progress({ stage: "writing", count: plan.sheets.length });
  await nextFrame();
  return { analysis, plan };
}

/** Names of the user's own sheets (never the generated ones). */
export function userSheets(workbook: WorkbookSnapshot): string[] {
  return workbook.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
