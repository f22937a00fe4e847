/**
 * The names of the files Koers writes. Apart from generate.ts, so a host or the pane can name a download
 * without loading the analysis and the plan.
 */
import { formatLongDate } from "./i18n/language";
import type { Settings } from "./settings";

/** "plan.xlsx" → "plan (Koers).xlsx": the user's workbook with the generated sheets, never the file itself. */
export function reportFileName(workbookName: string): string {
  return `${workbookName.replace(/\.xlsx$/i, "")} (Koers).xlsx`;
}

/**
 * "<titel> <organisatie> <rapportagedatum> (griffie).xlsx", the date written out ("1 maart 2025"), so each
 * report gets its own file name (docs/domain.md "The griffie copy"); characters a file system refuses
 * become spaces. Every host names the copy with this function.
 */
export function griffieFileName(
  title: string,
  settings?: Pick<Settings, "organisation" | "reportDate" | "language">,
): string {
  const parts = settings
    ? [title, settings.organisation, formatLongDate(settings.reportDate, settings.language)]
    : [title];
  const safe =
    parts
      .join(" ")
      // eslint-disable-next-line no-control-regex -- control characters are exactly what file systems refuse
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim() || "Koers";
  return `${safe} (griffie).xlsx`;
}
