import type { Dataset } from "../datasets";
import type { Finding } from "../findings/finding";
import type { Settings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";

/** PLACEHOLDER (validation helper replaces this): runs every registered check. */
export function validateDatasets(_workbook: WorkbookSnapshot, _datasets: Dataset[], _settings: Settings): Finding[] {
  return [];
}
