import {
  isPhoneNumber,
  isValidIban,
  passesElevenProof,
  scanText,
} from "../../../src/core/privacy/textPatterns";

const found = (text: string, options = {}) =>
  scanText(text, options).map((match) => [match.kind, text.slice(match.start, match.end), match.masked]);

describe("BSN 11-proof", () => {
  it("accepts numbers that pass the 11-proof and rejects the rest and 000000000", () => {
    const numbers = [
      "123456782",
      "111222333",
      "012345672",
      "123456789",
      "111222334",
      "000000000",
      "12345678",
      "1234567820",
    ];
    expect(numbers.map((number) => [number, passesElevenProof(number)])).toEqual([
      ["123456782", true],
      ["111222333", true],
      ["012345672", true],
      ["123456789", false],
      ["111222334", false],
      ["000000000", false],
      ["12345678", false],
      ["1234567820", false],
    ]);
  });

  it("finds a BSN only next to a BSN keyword or in a given context", () => {
    expect([
      found("BSN 123456782"),
      found("burgerservicenummer: 1234.56.782"),
      found("sofinummer 123456789"),
      found("123456782"),
      found("123456782", { bsnContext: true }),
      found("bsn 000000000"),
    ]).toEqual([
      [["bsn", "123456782", "*****6782"]],
      [["bsn", "1234.56.782", "*****6782"]],
      [],
      [],
      [["bsn", "123456782", "*****6782"]],
      [],
    ]);
  });
});

describe("IBAN mod-97", () => {
  it("accepts valid IBANs of several countries, spaced or not, and rejects bad checksums and lengths", () => {
    const ibans = [
      "NL91ABNA0417164300",
      "NL91 ABNA 0417 1643 00",
      "nl91abna0417164300",
      "BE68539007547034",
      "DE89370400440532013000",
      "GB82 WEST 1234 5698 7654 32",
      "NL91ABNA0417164301",
      "NL91ABNA041716430",
      "DE89370400440532013001",
    ];
    expect(ibans.map((iban) => [iban, isValidIban(iban)])).toEqual([
      ["NL91ABNA0417164300", true],
      ["NL91 ABNA 0417 1643 00", true],
      ["nl91abna0417164300", true],
      ["BE68539007547034", true],
      ["DE89370400440532013000", true],
      ["GB82 WEST 1234 5698 7654 32", true],
      ["NL91ABNA0417164301", false],
      ["NL91ABNA041716430", false],
      ["DE89370400440532013001", false],
    ]);
  });

  it("finds an IBAN in text and masks all but country and last four", () => {
    expect(found("Betaling op NL91 ABNA 0417 1643 00 t.n.v. stichting")).toEqual([
      ["iban", "NL91 ABNA 0417 1643 00", "NL************4300"],
    ]);
  });
});

describe("phone numbers", () => {
  it("recognises Dutch mobile, landline and international forms", () => {
    const phones = [
      "06-12345678",
      "06 12 34 56 78",
      "0612345678",
      "010-1234567",
      "0320-123456",
      "(010) 123 45 67",
      "+31 6 12345678",
      "+31 (0)20 123 4567",
      "0031 20 1234567",
      "+32 2 123 45 67",
    ];
    expect(phones.filter((phone) => !isPhoneNumber(phone))).toEqual([]);
  });

  it("does not take years, ranges, dates, amounts or ids for phone numbers", () => {
    const texts = [
      "2024-2025",
      "periode 2016-2023",
      "01-12-2025 10:00",
      "31-12-2025",
      "€ 1.234.567,89",
      "0,1234567890",
      "zaak 2025-0012345",
      "Z-0123456789",
      "kenmerk 0123456789-2",
      "1234567890",
      "0012345678",
      "00-12-3456-78",
      "1.697 misdrijven in 2024",
    ];
    expect(texts.map((text) => [text, found(text)])).toEqual(texts.map((text) => [text, []]));
  });

  it("masks a phone number keeping the prefix and the last four digits", () => {
    expect([found("bel 06-12345678"), found("+31 6 12345678"), found("tel. 010-1234567")]).toEqual([
      [["phone", "06-12345678", "06-****5678"]],
      [["phone", "+31 6 12345678", "+31 * ****5678"]],
      [["phone", "010-1234567", "010-***4567"]],
    ]);
  });
});

describe("e-mail, postcode and names in free text", () => {
  it("finds e-mail addresses and shows only the first letter of the name", () => {
    expect(found("Mail jan.jansen@example.nl of info@dronten.nl")).toEqual([
      ["email", "jan.jansen@example.nl", "j***@example.nl"],
      ["email", "info@dronten.nl", "i***@dronten.nl"],
    ]);
  });

  it("finds postcode with house number in both orders, not a year followed by an abbreviation", () => {
    expect([
      found("1234 AB 12"),
      found("1234AB, 5"),
      found("Dorpsstraat 12, 1234 AB Dronten"),
      found("in 2023 OM 15 zaken"),
      found("1234 AB"),
      found("2024 en 12 andere"),
    ]).toEqual([
      [["postcode", "1234 AB 12", "1234 ** **"]],
      [["postcode", "1234AB, 5", "1234 ** *"]],
      [["postcode", "Dorpsstraat 12, 1234 AB", "1234 ** **"]],
      [],
      [],
      [],
    ]);
  });

  it("finds titled or initialled names, not a numbered theme", () => {
    expect([
      found("overleg met J. de Vries"),
      found("dhr. Jansen belt terug"),
      found("J.P. Jansen"),
      found("A. Ondermijning"),
      found("Mevrouw De Vries-Bakker"),
      found("besproken met A. el Amrani"),
      found("M. al Khatib"),
    ]).toEqual([
      [["person-name", "J. de Vries", "J. d* V****"]],
      [["person-name", "dhr. Jansen", "dhr. J*****"]],
      [["person-name", "J.P. Jansen", "J.P. J*****"]],
      [],
      [["person-name", "Mevrouw De Vries-Bakker", "Mevrouw D* V****-******"]],
      [["person-name", "A. el Amrani", "A. e* A*****"]],
      [["person-name", "M. al Khatib", "M. a* K*****"]],
    ]);
  });
});
