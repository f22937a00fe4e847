import type { Dataset } from "../datasets";
import type { Finding } from "../findings/finding";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";

export interface DetectionResult {
  datasets: Dataset[];
  findings: Finding[];
}

/** PLACEHOLDER (reading helper replaces this): finds activity lists and figures tables in a workbook. */
export function detectDatasets(_workbook: WorkbookSnapshot, _settings: Settings): DetectionResult {
  return { datasets: [], findings: [] };
}
