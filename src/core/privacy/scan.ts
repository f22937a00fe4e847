import type { Dataset } from "../datasets";
import type { PrivacyHit } from "../report";
import type { WorkbookSnapshot } from "../snapshot";

/** PLACEHOLDER (privacy helper replaces this): scans every cell for personal data. */
export function scanPrivacy(_workbook: WorkbookSnapshot, _datasets: Dataset[]): PrivacyHit[] {
  return [];
}
