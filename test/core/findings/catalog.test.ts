import { findingCatalog, findingCodes } from "../../../src/core/findings/catalog";
import { createFinding, translateFinding } from "../../../src/core/findings/finding";

describe("finding catalog", () => {
  it("has stable kebab-case codes with Dutch and English text for each", () => {
    for (const code of findingCodes) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      const entry = findingCatalog[code];
      for (const language of ["nl", "en"] as const) {
        expect(entry[language].message.length).toBeGreaterThan(5);
        expect(entry[language].hint.length).toBeGreaterThan(5);
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const code of findingCodes) {
      const { nl, en } = findingCatalog[code];
      expect({ code, placeholders: placeholders(en.message + en.hint) }).toEqual({
        code,
        placeholders: placeholders(nl.message + nl.hint),
      });
    }
  });

  it("reports duplicate-id on A4 in Dutch and translates it to English", () => {
    const finding = createFinding("duplicate-id", { sheet: "Activiteiten", cell: "A4" }, { value: "004", otherRow: 3 });
    expect(finding).toEqual({
      code: "duplicate-id",
      severity: "error",
      sheet: "Activiteiten",
      cell: "A4",
      message: "Nummer 004 komt vaker voor (ook in rij 3).",
      hint: "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
      parameters: { value: "004", otherRow: 3 },
    });
    expect(translateFinding(finding, "en").message).toBe("Number 004 occurs more than once (also on row 3).");
  });
});
