import { privacyFindings } from "../../../src/core/privacy/findings";

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
