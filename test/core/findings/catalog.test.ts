import {
  findingCatalog,
  findingCodes,
  findingTitles,
  type CatalogEntry,
} from "../../../src/core/findings/catalog";
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

  it("names every code with a short title of its own in each language", () => {
    for (const language of ["nl", "en"] as const) {
      const titles = findingTitles(language);
      const names = findingCodes.map((code) => titles[code]);
      expect(names.every((name) => name.length > 3 && name.length <= 40 && !name.includes("{{"))).toBe(true);
      expect(new Set(names).size).toBe(findingCodes.length);
    }
    expect([findingTitles("nl")["duplicate-id"], findingTitles("en")["duplicate-id"]]).toEqual([
      "Dubbel nummer",
      "Duplicate number",
    ]);
  });

  it("marks as per-cell only parameters its single-cell text uses, and groups those codes in both languages", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const code of findingCodes) {
      const entry: CatalogEntry = findingCatalog[code];
      const used = new Set(placeholders(entry.nl.message + entry.nl.hint));
      for (const name of entry.perCell ?? [])
        if (name !== "plannedEnd")
          expect({ code, name, used: used.has(name) }).toEqual({ code, name, used: true });
      if ((entry.perCell ?? []).length > 0)
        expect({ code, grouped: entry.grouped !== undefined }).toEqual({ code, grouped: true });
      if (entry.grouped)
        expect({ code, en: placeholders(entry.grouped.en.message + entry.grouped.en.hint) }).toEqual({
          code,
          en: placeholders(entry.grouped.nl.message + entry.grouped.nl.hint),
        });
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const code of findingCodes) {
      const { nl, en } = findingCatalog[code];
      expect({ code, placeholders: placeholders(en.message + en.hint) }).toEqual({
        code,
        placeholders: placeholders(nl.message + nl.hint),
      });
    }
  });

  it("reports duplicate-id on A4 in Dutch and translates it to English", () => {
    const finding = createFinding(
      "duplicate-id",
      { sheet: "Activiteiten", cell: "A4" },
      { value: "004", otherRow: 3 },
    );
    expect(finding).toEqual({
      code: "duplicate-id",
      severity: "error",
      sheet: "Activiteiten",
      cell: "A4",
      range: "A4",
      count: 1,
      message: "Nummer 004 komt vaker voor (ook in rij 3).",
      hint: "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
      parameters: { value: "004", otherRow: 3 },
    });
    expect(translateFinding(finding, "en").message).toBe("Number 004 occurs more than once (also on row 3).");
  });

  it("keeps term parameters language-neutral so a finding translates whole", () => {
    const missing = createFinding(
      "missing-value",
      { sheet: "Activiteiten", cell: "B6" },
      { field: "name" },
      "nl",
    );
    const privacy = createFinding(
      "personal-data",
      { sheet: "Contacten", cell: "B2" },
      { kind: "email", masked: "j***@example.nl" },
      "nl",
    );
    const units = createFinding(
      "mixed-units",
      { sheet: "Cijfers", cell: "A8" },
      { units: "count, percent", category: "% onveilig" },
      "nl",
    );
    expect(
      [missing, privacy, units].flatMap((finding) => [
        finding.message,
        translateFinding(finding, "en").message,
      ]),
    ).toEqual([
      "Het veld naam van de activiteit is leeg.",
      "The field activity name is empty.",
      "Mogelijk persoonsgegeven (e-mailadres): j***@example.nl.",
      "Possible personal data (e-mail address): j***@example.nl.",
      "De tabel mengt eenheden (aantallen, percentages); '% onveilig' wordt niet opgeteld bij aantallen.",
      "The table mixes units (counts, percentages); '% onveilig' is not added to counts.",
    ]);
    expect(missing.parameters).toEqual({ field: "name" });
  });

  it("shows a parameter that is not a term as it is", () => {
    expect(
      createFinding("missing-value", { sheet: "A", cell: "C5" }, { field: "Trekker" }, "en").message,
    ).toBe("The field Trekker is empty.");
  });
});

describe("typed finding parameters", () => {
  it("requires every parameter a code's templates fill, and none for a code whose templates fill none", () => {
    const at = { sheet: "Activiteiten", cell: "A4" };
    const complete = createFinding("duplicate-id", at, { value: "004", otherRow: 9 });
    // @ts-expect-error -- "Nummer {{value}} komt vaker voor (ook in rij {{otherRow}})" needs otherRow.
    const incomplete = createFinding("duplicate-id", at, { value: "004" });
    // @ts-expect-error -- the parameters of a code whose templates name some may not be left out.
    const none = createFinding("duplicate-id", at);
    const blank = createFinding("blank-row", at);
    expect([complete.message, incomplete.message, none.message, blank.code]).toEqual([
      "Nummer 004 komt vaker voor (ook in rij 9).",
      "Nummer 004 komt vaker voor (ook in rij {{otherRow}}).",
      "Nummer {{value}} komt vaker voor (ook in rij {{otherRow}}).",
      "blank-row",
    ]);
  });
});
