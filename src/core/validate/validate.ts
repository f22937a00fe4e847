import type { ActivityDataset, Dataset, FiguresDataset } from "../datasets";
import type { Finding } from "../findings/finding";
import type { Settings } from "../settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { Check } from "./check";
import { activityChecks } from "./checks/activityChecks";
import { figureChecks } from "./checks/figureChecks";
import { regionChecks } from "./checks/regionChecks";
import { appendAll } from "../collections";

export type { Check } from "./check";
export { summarizeFindings } from "./summarizeFindings";

/**
 * Every validation check, in the order their findings are reported. Header problems (blank-header,
 * duplicate-header) are reported by reading; subtotal-mismatch and small-numbers by analysis.
 */
export const checks: readonly Check[] = [...regionChecks, ...activityChecks, ...figureChecks];

/**
 * Runs every registered check over the datasets found in a workbook (docs/contracts.md "Findings"). Findings are
 * in `settings.language`; each points at a sheet and A1 cell. Never throws on the content of the workbook.
 * Where two datasets share a sheet (and may overlap) a finding repeated for the same cell is reported once.
 */
export function validateDatasets(
  workbook: WorkbookSnapshot,
  datasets: Dataset[],
  settings: Settings,
): Finding[] {
  const language = settings.language;
  const sheets = new Map<string, SheetSnapshot>();
  for (const sheet of workbook.sheets) if (!sheets.has(sheet.name)) sheets.set(sheet.name, sheet);
  const findings: Finding[] = [];
  for (const check of checks) {
    if (check.appliesTo === "workbook") {
      appendAll(findings, check.run({ workbook, datasets, settings, language }));
      continue;
    }
    for (const dataset of datasets) {
      const sheet = sheets.get(dataset.sheet) ?? null;
      if (check.appliesTo === "activities" && dataset.kind === "activities")
        appendAll(
          findings,
          check.run({ workbook, dataset: dataset as ActivityDataset, sheet, settings, language }),
        );
      if (check.appliesTo === "figures" && dataset.kind === "figures")
        appendAll(
          findings,
          check.run({ workbook, dataset: dataset as FiguresDataset, sheet, settings, language }),
        );
    }
  }
  const sheetsWithDatasets = new Set(datasets.map((dataset) => dataset.sheet));
  return sheetsWithDatasets.size < datasets.length ? withoutRepeats(findings) : findings;
}

function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.sheet}\u0000${finding.cell}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
