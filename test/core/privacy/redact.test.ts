import { redactPersonName, redactText } from "../../../src/core/privacy/redact";
import { scanText } from "../../../src/core/privacy/textPatterns";

describe("redactText", () => {
  it("replaces each item by a neutral Dutch word and lists what it removed", () => {
    expect(
      redactText(
        "Bel J. de Vries op 06-12345678 of mail j.devries@example.nl; IBAN NL91ABNA0417164300, Dorpsstraat 12, 1234 AB Dronten, BSN 123456782.",
      ),
    ).toEqual({
      text: "Bel [naam verwijderd] op [telefoonnummer verwijderd] of mail [e-mailadres verwijderd]; IBAN [rekeningnummer verwijderd], [adres verwijderd] Dronten, BSN [BSN verwijderd].",
      removed: ["person-name", "phone", "email", "iban", "postcode", "bsn"],
    });
  });

  it("leaves text without personal data as it is", () => {
    const text = "Woninginbraken daalden van 121 in 2018 naar 79 in 2020 (−34,7%); zie Q2 2025.";
    expect(redactText(text)).toEqual({ text, removed: [] });
  });

  it("leaves nothing a re-scan would find", () => {
    const text = "Contact: dhr. Jansen, 010-1234567, 1234AB, 5, jan@example.nl";
    expect(scanText(redactText(text).text)).toEqual([]);
  });
});

describe("redactPersonName", () => {
  it("replaces names by the role and keeps roles and teams", () => {
    const values = [
      "J. de Vries",
      "OOV / J. de Vries",
      "Politie, J. Jansen (06-12345678)",
      "Team Handhaving en Jan Jansen",
      "Politie",
      "j.jansen@example.nl",
      "",
    ];
    expect(values.map((value) => redactPersonName(value))).toEqual([
      "OOV",
      "OOV",
      "Politie, OOV",
      "Team Handhaving en OOV",
      "Politie",
      "OOV",
      "",
    ]);
  });

  it("uses the given role", () => {
    expect(redactPersonName("Karin Smit", "Beleidsadviseur OOV")).toBe("Beleidsadviseur OOV");
  });
});
