import { analyzeInputs, type GeneratedReport, planAnalysis } from "../core";
import type { Settings, StoredHistory, WorkbookSnapshot } from "../core";
import type { ExtraWorkbook, ProgressEvent } from "./host";

export interface PlanInput {
  workbook: WorkbookSnapshot;
  extraWorkbooks: ExtraWorkbook[];
  /** The user's pick; null: the stored generation before this report's date in `history`, if any. */
  previous: WorkbookSnapshot | null;
  /** The history stored in the workbook at earlier generations. */
  history?: StoredHistory | null;
  settings: Settings;
  audience: "workbook" | "griffie";
  onProgress?: (event: ProgressEvent) => void;
}

/**
 * Core's generateReport for the pane's own hosts (preview, griffie copy), reporting each stage with a count
 * and yielding to the browser in between so the progress bar can paint.
 */
export async function planReport(input: PlanInput): Promise<GeneratedReport> {
  const progress = input.onProgress ?? (() => undefined);
  const workbooks = [input.workbook, ...input.extraWorkbooks.map((extra) => extra.snapshot)];
  const generation = {
    workbooks,
    settings: input.settings,
    previous: input.previous ?? undefined,
    history: input.history,
    audience: input.audience,
  };
  progress({
    stage: "reading",
    count: workbooks.reduce((sum, workbook) => sum + userSheets(workbook).length, 0),
  });
  await nextFrame();
  const analysis = analyzeInputs(generation);
  progress({ stage: "checking", count: analysis.report.findings.length });
  await nextFrame();
  const computed =
    (analysis.report.activities?.total ?? 0) +
    analysis.report.figures.reduce((sum, table) => sum + table.series.length, 0);
  progress({ stage: "computing", count: computed });
  await nextFrame();
  const generated = planAnalysis(analysis, generation);
  progress({ stage: "writing", count: generated.plan.sheets.length });
  await nextFrame();
  return generated;
}

/** Names of the user's own sheets (never the generated ones). */
export function userSheets(workbook: WorkbookSnapshot): string[] {
  return workbook.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
