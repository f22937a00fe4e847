import type { FiguresDataset } from "../../datasets";
import type { Finding } from "../../findings/finding";
import type { Language } from "../../i18n/language";
import type { SheetGrid } from "../grid";

/** What a workbook step read: a dataset from several sheets, its findings and the sheets it used. */
export interface WorkbookStepResult {
  dataset: FiguresDataset;
  findings: Finding[];
  sheets: string[];
}

/**
 * A workbook-level reading step (registered in workbook/registry.ts): runs after every sheet was
 * scanned on its own, over the sheets no table detector read, and combines what belongs together
 * across sheets. Never throws on content.
 */
export interface WorkbookStep {
  id: string;
  run(grids: SheetGrid[], language: Language): WorkbookStepResult[];
}
