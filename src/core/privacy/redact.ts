import type { PrivacyHit } from "../report";

export interface Redaction {
  text: string;
  removed: PrivacyHit["kind"][];
}

/** PLACEHOLDER (privacy helper replaces this): replaces personal data in a text by a neutral word. */
export function redactText(text: string): Redaction {
  return { text, removed: [] };
}
