import fc from "fast-check";
import { redactPersonName, redactText } from "../../../src/core/privacy/redact";
import { scanGrid, scanLabels, scanPrivacy } from "../../../src/core/privacy/scan";
import { scanText } from "../../../src/core/privacy/textPatterns";
import type { CellValue } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

/** Cell contents that have broken scanners before: errors, huge numbers, unicode, formula-looking text, digits. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(123456782, 12345672, 0, Number.MAX_VALUE, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string(),
  fc.fullUnicodeString(),
  fc.stringOf(fc.constantFrom(..."0123456789 -+().,@NLABbsn:"), { maxLength: 40 }),
  fc.constantFrom(
    "BSN",
    "Trekker",
    "Contactpersoon:",
    '=HYPERLINK("x")',
    "06-12345678",
    "J. de Vries",
    "NL91 ABNA 0417 1643 00",
    "",
    "   ",
  ),
  fc.constantFrom("#DIV/0!", "#REF!", "#N/A").map((error) => ({ error })),
);

const grid = fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 8 });

describe("privacy scan on random content", () => {
  it("never throws and never returns a hit without a masked value", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const workbook = workbookFromSheets("random.xlsx", sheetFromRows("Blad1", rows));
        const hits = [...scanPrivacy(workbook, []), ...scanGrid("Blad1", rows)];
        return hits.every((hit) => typeof hit.masked === "string" && /^[A-Z]+\d+$/.test(hit.cell));
      }),
      { numRuns: 300 },
    );
  });

  it("redacts text so that a second scan finds nothing, without throwing", () => {
    const text = fc.oneof(
      fc.fullUnicodeString(),
      fc.stringOf(fc.constantFrom(..."0123456789 -+()., @jxnlABNLbsnJ.deVries"), { maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const redacted = redactText(value).text;
        redactPersonName(value);
        scanLabels({ title: value, author: value });
        return scanText(redacted).length === 0;
      }),
      { numRuns: 500 },
    );
  });

  it("hides most digits and letters of every item it finds (of an e-mail address: all but one of the name)", () => {
    const text = fc.oneof(
      fc.stringOf(fc.constantFrom(..."0123456789 -+()"), { maxLength: 30 }),
      fc.constantFrom(
        "+3212345678",
        "0612345678",
        "bsn 123456782",
        "NL91ABNA0417164300",
        "a@b.nl",
        "1234AB 1",
      ),
    );
    fc.assert(
      fc.property(text, (value) =>
        scanText(value, { bsnContext: true }).every((match) => {
          const original = value.slice(match.start, match.end);
          if (match.kind === "email")
            return match.masked === `${original[0]}***${original.slice(original.indexOf("@"))}`;
          const shown = (match.masked.match(/[\p{L}\p{N}]/gu) ?? []).length;
          const total = (original.match(/[\p{L}\p{N}]/gu) ?? []).length;
          return match.masked !== original && shown <= Math.ceil(total * 0.6);
        }),
      ),
      { numRuns: 1000 },
    );
  });
});
