import type { Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { PrivacyHit } from "../report";

/** PLACEHOLDER (privacy helper replaces this): one personal-data finding per hit. */
export function privacyFindings(_hits: PrivacyHit[], _language: Language): Finding[] {
  return [];
}
