import { HostReadError, HostWriteError, KoersError, UnsupportedApiError } from "../../../src/core/errors";
import { readFailure, writeFailure } from "../../../src/hosts/office/officeRuntime";
import { FakeExcelError } from "../../support/fakeExcel";

describe("readFailure and writeFailure", () => {
  const engineErrors = [
    new TypeError("Cannot set properties of undefined (setting 'values')"),
    new RangeError("Invalid array length"),
    new FakeExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format."),
    new FakeExcelError("GeneralException", "An internal error has occurred."),
  ];

  it("turn every engine error into a host message sentence, keeping the original as cause", () => {
    const outcomes = engineErrors.flatMap((error) =>
      [readFailure(error), writeFailure(error)].map((failure) => ({
        kind: failure.constructor.name,
        code: failure.code,
        cause: (failure as { cause?: unknown }).cause === error,
        leaks: [failure.message, failure.messageIn("nl"), failure.messageIn("en")].some((text) =>
          text.includes(error.message),
        ),
      })),
    );
    expect(outcomes).toEqual([
      { kind: "HostReadError", code: "unexpected-failure", cause: true, leaks: false },
      { kind: "HostWriteError", code: "unexpected-failure", cause: true, leaks: false },
      { kind: "HostReadError", code: "unexpected-failure", cause: true, leaks: false },
      { kind: "HostWriteError", code: "unexpected-failure", cause: true, leaks: false },
      { kind: "HostReadError", code: "excel-read-failed", cause: true, leaks: false },
      { kind: "HostWriteError", code: "excel-write-failed", cause: true, leaks: false },
      { kind: "HostReadError", code: "excel-read-failed", cause: true, leaks: false },
      { kind: "HostWriteError", code: "excel-write-failed", cause: true, leaks: false },
    ]);
  });

  it("give Excel's own refusals their sentences and let Koers errors through", () => {
    const koers = new HostWriteError("al een zin\nalready a sentence");
    expect({
      denied: writeFailure(new FakeExcelError("AccessDenied", "Access denied.")).code,
      deniedReading: readFailure(new FakeExcelError("AccessDenied", "Access denied.")).code,
      busy: readFailure(new FakeExcelError("InvalidOperationInCellEditMode", "Edit mode.")).code,
      payload: writeFailure(new FakeExcelError("RequestPayloadSizeLimitExceeded", "Too large.")).code,
      missing: writeFailure(new FakeExcelError("ApiNotFound", "Not found.")) instanceof UnsupportedApiError,
      passes: writeFailure(koers) === koers && readFailure(koers) === koers,
      reading: readFailure(new Error("x")) instanceof HostReadError,
      koers: writeFailure(new Error("x")) instanceof KoersError,
    }).toEqual({
      denied: "excel-access-denied",
      deniedReading: "excel-read-failed",
      busy: "excel-busy",
      payload: "excel-payload-too-large",
      missing: true,
      passes: true,
      reading: true,
      koers: true,
    });
  });
});
