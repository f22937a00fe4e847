import { translateFinding } from "../../../src/core/findings/finding";
import { aggregatePrivacyHits, privacyFindings } from "../../../src/core/privacy/findings";

describe("privacyFindings", () => {
  it("gives one personal-data finding per hit with the kind in words and the masked value", () => {
    const hits = [
      { kind: "email" as const, sheet: "Contacten", cell: "B2", masked: "j***@example.nl" },
      { kind: "person-name" as const, sheet: "Activiteiten", cell: "C5", masked: "J. d* V****" },
    ];
    expect(
      privacyFindings(hits, "nl").map((finding) => [
        finding.code,
        finding.severity,
        finding.sheet,
        finding.cell,
        finding.message,
      ]),
    ).toEqual([
      [
        "personal-data",
        "warning",
        "Contacten",
        "B2",
        "Mogelijk persoonsgegeven (e-mailadres): j***@example.nl.",
      ],
      [
        "personal-data",
        "warning",
        "Activiteiten",
        "C5",
        "Mogelijk persoonsgegeven (naam van een persoon): J. d* V****.",
      ],
    ]);
    expect(privacyFindings(hits, "en")[0].message).toBe(
      "Possible personal data (e-mail address): j***@example.nl.",
    );
  });
});

describe("aggregatePrivacyHits", () => {
  it("makes one hit per kind and column of a sheet, with range and count, the top cell first", () => {
    const hits = [
      { kind: "person-name" as const, sheet: "Activiteiten", cell: "D3", masked: "A. B*****" },
      { kind: "person-name" as const, sheet: "Activiteiten", cell: "D2", masked: "J. d* V****" },
      { kind: "email" as const, sheet: "Activiteiten", cell: "H9", masked: "j***@gemeente.nl" },
      { kind: "person-name" as const, sheet: "Activiteiten", cell: "D5", masked: "S. J*****" },
      { kind: "person-name" as const, sheet: "Contacten", cell: "D2", masked: "K. V*****" },
    ];
    const aggregated = aggregatePrivacyHits(hits);
    expect(aggregated).toEqual([
      {
        kind: "person-name",
        sheet: "Activiteiten",
        cell: "D2",
        masked: "J. d* V****",
        range: "D2:D3,D5",
        count: 3,
      },
      { kind: "email", sheet: "Activiteiten", cell: "H9", masked: "j***@gemeente.nl", range: "H9", count: 1 },
      { kind: "person-name", sheet: "Contacten", cell: "D2", masked: "K. V*****", range: "D2", count: 1 },
    ]);
    const [names] = privacyFindings(aggregated, "nl", (sheet, column) =>
      column === "D" ? "'Trekker'" : null,
    );
    expect([names.cell, names.range, names.count, names.message]).toEqual([
      "D2",
      "D2:D3,D5",
      3,
      "Kolom 'Trekker' bevat namen van personen (3 cellen); het griffie-exemplaar laat ze weg.",
    ]);
    expect(translateFinding(names, "en").message).toBe(
      "Column 'Trekker' holds names of persons (3 cells); the griffie copy leaves them out.",
    );
  });
});
