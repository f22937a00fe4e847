/**
 * Access to office.js for the Office host: the `Excel` global, requirement-set checks, and the
 * translation of Office.js errors into Koers' error classes with a message in Dutch and English.
 *
 * Outside Office, office.js resolves Office.onReady with host null and never defines `Excel`; every
 * entry point checks that first and throws a HostReadError the pane can show.
 */
import { HostReadError, HostWriteError, hostMessage, KoersError, UnsupportedApiError } from "../../core";

/** ExcelApi minor versions the host uses, with what each brings. */
export const requirement = {
  /** workbook.functions (DATE): the workbook's date system. */
  functions: 2,
  /** getItemOrNullObject, getUsedRangeOrNullObject, worksheet.names (the generated marker), workbook settings. */
  names: 4,
  /** worksheets.getFirst / getNextOrNullObject: the one-sync read. */
  sheetChain: 5,
  conditionalFormats: 6,
  /** Chart series setValues / setXAxisValues, hyperlinks, freeze panes, tab colour: the minimum to write. */
  write: 7,
  createWorkbook: 8,
  /**
   * getCellProperties (fills), getSpecialCellsOrNullObject (where a huge sheet's values stand), page layout,
   * autofilter, suspendScreenUpdatingUntilNextSync.
   */
  cellProperties: 9,
  /** getMergedAreasOrNullObject, insertWorksheetsFromBase64. */
  mergedAreas: 13,
} as const;

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
    hostMessage("excel-api-missing", { feature, requirement: `ExcelApi 1.${minor}` }),
  );
}

/**
 * Runs a batch in Excel.run after checking that office.js runs inside Excel. Whatever escapes the batch or
 * Excel.run itself leaves as a KoersError: `failure` (readFailure, or writeFailure for a batch that writes)
 * turns an Office.js error or an engine's TypeError into a sentence from `hostMessages`.
 */
export async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  failure: (error: unknown) => KoersError = readFailure,
): Promise<T> {
  if (!insideExcel()) {
    throw new HostReadError(hostMessage("not-in-excel"));
  }
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw failure(error);
  }
}

/** The error code of an Office.js error ("AccessDenied", "ItemNotFound", ...), or null. */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : null;
}

/**
 * Turns a failure while writing into a KoersError whose message is a sentence from `hostMessages`, never
 * the engine's text: an Office.js error by its code (AccessDenied, a payload limit, Excel busy, a missing
 * API; any other code, "InvalidArgument" or "GeneralException", as `excel-write-failed`), anything else
 * (a TypeError or RangeError from office.js or Koers: "Cannot set properties of undefined", "Invalid array
 * length") as `unexpected-failure`. The original stays as `cause`; Koers errors pass through.
 */
export function writeFailure(error: unknown): KoersError {
  return hostFailure(error, "write");
}

/** As writeFailure, for reading: a HostReadError with `excel-read-failed` for an Office.js error without a sentence of its own. */
export function readFailure(error: unknown): KoersError {
  return hostFailure(error, "read");
}

function hostFailure(error: unknown, during: "read" | "write"): KoersError {
  if (error instanceof KoersError) return error;
  const Failure = during === "read" ? HostReadError : HostWriteError;
  const code = officeErrorCode(error);
  switch (code) {
    case null:
      return new Failure(hostMessage("unexpected-failure"), { cause: error });
    case "AccessDenied":
      return during === "write"
        ? new Failure(hostMessage("excel-access-denied"), { cause: error })
        : new Failure(hostMessage("excel-read-failed"), { cause: error });
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature": {
      const unsupported = new UnsupportedApiError("ExcelApi", hostMessage("excel-feature-missing"));
      (unsupported as { cause?: unknown }).cause = error;
      return unsupported;
    }
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new Failure(hostMessage("excel-payload-too-large"), { cause: error });
    case "Conflict":
    case "InvalidOperationInCellEditMode":
      return new Failure(hostMessage("excel-busy"), { cause: error });
    default:
      return new Failure(hostMessage(during === "read" ? "excel-read-failed" : "excel-write-failed"), {
        cause: error,
      });
  }
}
