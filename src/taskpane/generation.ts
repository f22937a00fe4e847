import { analyzeInputs, type GenerateInputs, type GeneratedReport, planAnalysis } from "../core";
import type { Report, WorkbookSnapshot } from "../core";
import type { ProgressEvent } from "./host";

/** The analysis half of core's generateReport, as the pane shows it: the report only. */
export function analyzeForPane(inputs: GenerateInputs): { report: Report } {
  return { report: analyzeInputs(inputs).report };
}

/**
 * Core's generateReport for the pane's engine (preview, griffie copy, the Office host's plan), reporting
 * each stage with a count and yielding in between so a progress message can go out (in the pane's thread:
 * so the progress bar can paint). `previous` null or absent: the stored generation before this report's
 * date in `history`, if any (the pane's "no file picked").
 */
export async function planReport(
  inputs: GenerateInputs,
  onProgress: (event: ProgressEvent) => void = () => undefined,
): Promise<GeneratedReport> {
  const generation = { ...inputs, previous: inputs.previous ?? undefined };
  onProgress({
    stage: "reading",
    count: inputs.workbooks.reduce((sum, workbook) => sum + userSheets(workbook).length, 0),
  });
  await nextFrame();
  const analysis = analyzeInputs(generation);
  onProgress({ stage: "checking", count: analysis.report.findings.length });
  await nextFrame();
  const computed =
    (analysis.report.activities?.total ?? 0) +
    analysis.report.figures.reduce((sum, table) => sum + table.series.length, 0);
  onProgress({ stage: "computing", count: computed });
  await nextFrame();
  const generated = planAnalysis(analysis, generation);
  onProgress({ stage: "writing", count: generated.plan.sheets.length });
  await nextFrame();
  return generated;
}

/** Names of the user's own sheets (never the generated ones). */
function userSheets(workbook: WorkbookSnapshot): string[] {
  return workbook.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name);
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
