/**
 * Access to office.js for the Office host: the `Excel` global, requirement-set checks, and the
 * translation of Office.js errors into Koers' error classes with a message in Dutch and English.
 *
 * Outside Office, office.js resolves Office.onReady with host null and never defines `Excel`; every
 * entry point checks that first and throws a HostReadError the pane can show.
 */
import { HostReadError, HostWriteError, KoersError, UnsupportedApiError } from "../../core";

/** ExcelApi minor versions the host uses, with what each brings. */
export const requirement = {
  /** getItemOrNullObject, getUsedRangeOrNullObject, worksheet.names (the generated marker), workbook settings. */
  names: 4,
  /** worksheets.getFirst / getNextOrNullObject: the one-sync read. */
  sheetChain: 5,
  conditionalFormats: 6,
  /** Chart series setValues / setXAxisValues, hyperlinks, freeze panes, tab colour: the minimum to write. */
  write: 7,
  createWorkbook: 8,
  /** getCellProperties (fills), page layout, autofilter, suspendScreenUpdatingUntilNextSync. */
  cellProperties: 9,
  /** getMergedAreasOrNullObject, insertWorksheetsFromBase64. */
  mergedAreas: 13,
} as const;

/** Joins the Dutch and the English text of a user-facing message, Dutch first. */
export function bilingual(dutch: string, english: string): string {
  return `${dutch}\n${english}`;
}

/** True when office.js runs inside Excel (the `Excel` namespace exists). */
export function insideExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Excel.run === "function";
}

/** True when this Excel supports ExcelApi 1.<minor>. */
export function supportsExcelApi(minor: number): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
}

/** Throws UnsupportedApiError unless ExcelApi 1.<minor> is there; `feature` names what needs it, in nl and en. */
export function requireExcelApi(minor: number, feature: { nl: string; en: string }): void {
  if (supportsExcelApi(minor)) return;
  throw new UnsupportedApiError(
    `ExcelApi 1.${minor}`,
    bilingual(
      `${feature.nl} vraagt een nieuwere Excel (ExcelApi 1.${minor}). Werk Office bij of gebruik Excel op het web.`,
      `${feature.en} needs a newer Excel (ExcelApi 1.${minor}). Update Office or use Excel on the web.`,
    ),
  );
}

/** Runs a batch in Excel.run after checking that office.js runs inside Excel. */
export async function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (!insideExcel()) {
    throw new HostReadError(
      bilingual(
        "Koers draait niet in Excel: open de invoegtoepassing vanuit Excel.",
        "Koers is not running inside Excel: open the add-in from Excel.",
      ),
    );
  }
  return Excel.run(batch);
}

/** The error code of an Office.js error ("AccessDenied", "ItemNotFound", ...), or null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** Turns an Office.js failure while writing into a HostWriteError or UnsupportedApiError; Koers errors pass through. */
export function writeFailure(error: unknown): KoersError {
  if (error instanceof KoersError) return error;
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "AccessDenied":
      return new HostWriteError(
        bilingual(
          "Excel weigert de wijziging: de werkmap is alleen-lezen, beveiligd of wordt door iemand anders bewerkt. Er is niets gewijzigd.",
          "Excel refused the change: the workbook is read-only, protected or being edited by someone else. Nothing was changed.",
        ),
        { cause: error },
      );
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
      return new UnsupportedApiError(
        "ExcelApi",
        bilingual(
          "Deze versie van Excel mist een functie die Koers nodig heeft. Er is niets gewijzigd.",
          "This version of Excel lacks a feature Koers needs. Nothing was changed.",
        ),
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostWriteError(
        bilingual(
          "De werkmap is te groot om in één keer te verwerken.",
          "The workbook is too large to process in one go.",
        ),
        { cause: error },
      );
    case "Conflict":
    case "InvalidOperationInCellEditMode":
      return new HostWriteError(
        bilingual(
          "Excel is bezet (een cel wordt bewerkt of een collega wijzigt de werkmap). Probeer het zo nog eens.",
          "Excel is busy (a cell is being edited or a colleague is changing the workbook). Try again shortly.",
        ),
        { cause: error },
      );
    default:
      return new HostWriteError(
        bilingual(`Schrijven in Excel is mislukt: ${detail}`, `Writing to Excel failed: ${detail}`),
        {
          cause: error,
        },
      );
  }
}

/** Turns an Office.js failure while reading into a HostReadError; Koers errors pass through. */
export function readFailure(error: unknown): KoersError {
  if (error instanceof KoersError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new HostReadError(
    bilingual(`Lezen uit Excel is mislukt: ${detail}`, `Reading from Excel failed: ${detail}`),
    {
      cause: error,
    },
  );
}
