import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { PrivacyHit } from "../report";

/** The kind of personal data in words, as the personal-data finding names it. */
export const privacyKindNames: Readonly<Record<Language, Record<PrivacyHit["kind"], string>>> = {
  nl: {
    bsn: "burgerservicenummer",
    email: "e-mailadres",
    phone: "telefoonnummer",
    iban: "rekeningnummer (IBAN)",
    postcode: "postcode met huisnummer",
    "person-name": "naam van een persoon",
  },
  en: {
    bsn: "citizen service number (BSN)",
    email: "e-mail address",
    phone: "phone number",
    iban: "bank account number (IBAN)",
    postcode: "postcode with house number",
    "person-name": "name of a person",
  },
};

/** One personal-data finding per hit, naming the kind in words and showing only the masked value. */
export function privacyFindings(hits: PrivacyHit[], language: Language): Finding[] {
  return hits.map((hit) =>
    createFinding(
      "personal-data",
      { sheet: hit.sheet === "" ? null : hit.sheet, cell: hit.cell === "" ? null : hit.cell },
      { kind: privacyKindNames[language][hit.kind], masked: hit.masked },
      language,
    ),
  );
}
