import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { PrivacyHit } from "../report";

/**
 * One personal-data finding per hit, naming the kind in words (from the catalog's terms, so the finding
 * translates) and showing only the masked value.
 */
export function privacyFindings(hits: PrivacyHit[], language: Language): Finding[] {
  return hits.map((hit) =>
    createFinding(
      "personal-data",
      { sheet: hit.sheet === "" ? null : hit.sheet, cell: hit.cell === "" ? null : hit.cell },
      { kind: hit.kind, masked: hit.masked },
      language,
    ),
  );
}
