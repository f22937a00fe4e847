import type { ActivityDataset, Dataset, FiguresDataset } from "../datasets";
import type { FindingCode } from "../findings/catalog";
import type { Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { Settings } from "../settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";

/** What every check receives. `sheet` is the dataset's sheet, null when the workbook has no such sheet. */
export interface DatasetCheckContext<D extends Dataset> {
  workbook: WorkbookSnapshot;
  dataset: D;
  sheet: SheetSnapshot | null;
  settings: Settings;
  language: Language;
}

export interface WorkbookCheckContext {
  workbook: WorkbookSnapshot;
  datasets: readonly Dataset[];
  settings: Settings;
  language: Language;
}

/**
 * A validation check: a small plug-in registered in the table of validate.ts. A check returns findings
 * for problems in the user's data and never throws on content, however odd.
 * NOTE: checks must be linear in the number of rows (Maps, not nested loops): a workbook with 10,000
 * problems is validated in one pass.
 */
export type Check =
  | {
      id: FindingCode;
      appliesTo: "activities";
      run(context: DatasetCheckContext<ActivityDataset>): Finding[];
    }
  | { id: FindingCode; appliesTo: "figures"; run(context: DatasetCheckContext<FiguresDataset>): Finding[] }
  | { id: FindingCode; appliesTo: "workbook"; run(context: WorkbookCheckContext): Finding[] };
