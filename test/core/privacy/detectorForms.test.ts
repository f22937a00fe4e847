import fc from "fast-check";
import { redactText } from "../../../src/core/privacy/redact";
import { scanGrid } from "../../../src/core/privacy/scan";
import { scanText } from "../../../src/core/privacy/textPatterns";

const found = (text: string, options = {}) =>
  scanText(text, options).map((match) => [match.kind, text.slice(match.start, match.end)]);

describe("the forms of issue 18 item 5", () => {
  it("ends a phone number before what follows it: '(2 pogingen)', another number, a full stop", () => {
    expect([
      found("bel 06-12345678 (2 pogingen)"),
      found("gebeld 0612345678 3 keer"),
      found("tel. 010-1234567 2x geprobeerd"),
      found("Nummer: +31 6 12345678."),
    ]).toEqual([
      [["phone", "06-12345678"]],
      [["phone", "0612345678"]],
      [["phone", "010-1234567"]],
      [["phone", "+31 6 12345678"]],
    ]);
  });

  it("takes 06.12.34.56.78, 06-12-34-56-78 and 06–12345678 (en dash) for phone numbers, not dates", () => {
    expect([found("06.12.34.56.78"), found("06-12-34-56-78"), found("mobiel 06–12345678")]).toEqual([
      [["phone", "06.12.34.56.78"]],
      [["phone", "06-12-34-56-78"]],
      [["phone", "06–12345678"]],
    ]);
  });

  it("finds a BSN written 3-3-3 and an IBAN with dashes or spaces", () => {
    expect([
      found("BSN 123 456 782"),
      found("bsn: 123-456-782"),
      found("IBAN NL91-ABNA-0417-1643-00"),
      found("rekening NL91 ABNA 0417 1643 00 (stichting)"),
    ]).toEqual([
      [["bsn", "123 456 782"]],
      [["bsn", "123-456-782"]],
      [["iban", "NL91-ABNA-0417-1643-00"]],
      [["iban", "NL91 ABNA 0417 1643 00"]],
    ]);
  });

  it("removes from the griffie text what the source scan calls a BSN: 'huisbezoek 111222333' in a person column", () => {
    const hits = scanGrid("Blad1", [["Trekker"], ["huisbezoek 111222333"]]);
    expect({
      source: hits.map((hit) => `${hit.kind} ${hit.cell}`),
      copy: redactText("huisbezoek 111222333", { bsnContext: true }).text,
    }).toEqual({ source: ["bsn A2"], copy: "huisbezoek [BSN verwijderd]" });
  });
});

/** A valid BSN: eight random digits and the ninth that makes 9·d1 + … + 2·d8 − d9 a multiple of 11. */
const bsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const sum = digits.reduce((total, digit, index) => total + (9 - index) * digit, 0);
    return [...digits, sum % 11];
  })
  .filter((digits) => digits[8] < 10 && digits.some((digit) => digit !== 0))
  .map((digits) => digits.join(""));

const bsnForm = fc
  .tuple(bsn, fc.constantFrom("plain", "3-3-3", "4-2-3", "2-3-4"), fc.constantFrom(" ", ".", "-"))
  .map(([digits, form, separator]) => {
    if (form === "plain") return digits;
    const sizes = form.split("-").map(Number);
    const groups: string[] = [];
    let at = 0;
    for (const size of sizes) {
      groups.push(digits.slice(at, at + size));
      at += size;
    }
    return groups.join(separator);
  });

/** A valid Dutch IBAN: bank code and account, check digits 98 − (BBAN + "NL00" as digits) mod 97. */
const iban = fc
  .tuple(
    fc.stringOf(fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), { minLength: 4, maxLength: 4 }),
    fc.stringOf(fc.constantFrom(..."0123456789"), { minLength: 10, maxLength: 10 }),
  )
  .map(([bank, account]) => {
    const numeric = [...`${bank}${account}NL00`]
      .map((character) => (/[A-Z]/.test(character) ? String(character.charCodeAt(0) - 55) : character))
      .join("");
    let remainder = 0;
    for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
    return `NL${String(98 - remainder).padStart(2, "0")}${bank}${account}`;
  });

const ibanForm = fc
  .tuple(iban, fc.constantFrom("", " ", "-"))
  .map(([compact, separator]) =>
    separator === "" ? compact : (compact.match(/.{1,4}/g) ?? []).join(separator),
  );

const digitsOf = (length: number) =>
  fc.stringOf(fc.constantFrom(..."0123456789"), { minLength: length, maxLength: length });

/** Dutch phone numbers as people write them. */
const phoneForm = fc.oneof(
  digitsOf(8).map((rest) => `06-${rest}`),
  digitsOf(8).map((rest) => `06 ${rest}`),
  digitsOf(8).map((rest) => `06${rest}`),
  digitsOf(8).map((rest) => `06–${rest}`),
  digitsOf(8).map((rest) => `06.${rest.match(/../g)!.join(".")}`),
  digitsOf(8).map((rest) => `06-${rest.match(/../g)!.join("-")}`),
  digitsOf(8).map((rest) => `+31 6 ${rest}`),
  digitsOf(8).map((rest) => `0031 6 ${rest}`),
  digitsOf(7).map((rest) => `010-${rest}`),
  digitsOf(6).map((rest) => `0320-${rest}`),
  digitsOf(6).map((rest) => `0320 ${rest}`),
);

const before = fc.constantFrom("", "Bel ", "contact: ", "(", "nummer ", "zie ");
const after = fc.constantFrom("", ".", ",", " (2 pogingen)", " 3 keer", ")", " of later", "; daarna");

function holds(text: string, value: string, kind: string, options = {}): boolean {
  const start = text.indexOf(value);
  const matches = scanText(text, options);
  const match = matches.find((item) => item.kind === kind);
  const redacted = redactText(text, options).text;
  return (
    match !== undefined &&
    match.start === start &&
    match.end === start + value.length &&
    !redacted.includes(value)
  );
}

describe("detectors on generated personal data", () => {
  it("finds and redacts every valid BSN in each grouping next to a BSN keyword", () => {
    fc.assert(
      fc.property(bsnForm, before, after, (value, head, tail) =>
        holds(`${head}BSN ${value}${tail}`, value, "bsn"),
      ),
      { numRuns: 400 },
    );
  });

  it("finds and redacts every valid IBAN, compact or grouped by spaces or dashes", () => {
    fc.assert(
      fc.property(ibanForm, before, after, (value, head, tail) =>
        holds(`${head}${value}${tail}`, value, "iban"),
      ),
      { numRuns: 400 },
    );
  });

  it("finds and redacts every phone number form, also followed by a number or a remark", () => {
    fc.assert(
      fc.property(phoneForm, before, after, (value, head, tail) =>
        holds(`${head}${value}${tail}`, value, "phone"),
      ),
      { numRuns: 600 },
    );
  });
});

describe("ordinary numbers are no personal data", () => {
  const thousands = fc.integer({ min: 1000, max: 999_999 }).map((value) => value.toLocaleString("nl-NL"));
  const year = fc.integer({ min: 1900, max: 2099 }).map(String);
  const date = fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1990, max: 2040 }),
    )
    .chain(([day, month, yearValue]) =>
      fc
        .constantFrom("-", "/", ".")
        .map((separator) =>
          [String(day).padStart(2, "0"), String(month).padStart(2, "0"), String(yearValue)].join(separator),
        ),
    );
  const address = fc
    .tuple(
      fc.constantFrom("Dorpsstraat", "Stationsweg", "Kerkplein", "De Kaai"),
      fc.integer({ min: 1, max: 300 }),
    )
    .map(([street, number]) => `${street} ${number}, Dronten`);
  const ordinary = fc.oneof(thousands, year, date, address, fc.integer({ min: 0, max: 99_999 }).map(String));
  const sentence = fc
    .array(ordinary, { minLength: 1, maxLength: 4 })
    .chain((parts) => fc.constantFrom(" ", " en ", "; ", " (", " - ").map((glue) => parts.join(glue)));

  it("finds nothing in years, counts like 1.697, dates like 31-12-2025 and addresses without postcode", () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const matches = [...scanText(text), ...scanText(`woninginbraken ${text}`)];
        return matches.length === 0;
      }),
      { numRuns: 600 },
    );
    expect([
      found("1.697 misdrijven"),
      found("31-12-2025"),
      found("periode 2016-2023"),
      found("Dorpsstraat 12, Dronten"),
    ]).toEqual([[], [], [], []]);
  });
});
