import type { Dataset } from "../datasets";
import type { Language } from "../i18n/language";

/** PLACEHOLDER (reading helper replaces this): "sheet 'Prioriteiten', header on row 4, columns: …". */
export function describeDetection(dataset: Dataset, _language: Language): string {
  return `${dataset.sheet}: ${dataset.headerRow}`;
}
