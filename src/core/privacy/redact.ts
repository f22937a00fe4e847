import type { PrivacyHit } from "../report";
import { scanText, type TextScanOptions } from "./textPatterns";

export { redactPersonName } from "./personNames";

export interface Redaction {
  text: string;
  removed: PrivacyHit["kind"][];
}

/** The neutral Dutch words that stand in for removed personal data in the griffie copy. */
export const redactionWords: Readonly<Record<PrivacyHit["kind"], string>> = {
  bsn: "[BSN verwijderd]",
  email: "[e-mailadres verwijderd]",
  phone: "[telefoonnummer verwijderd]",
  iban: "[rekeningnummer verwijderd]",
  postcode: "[adres verwijderd]",
  "person-name": "[naam verwijderd]",
};

/**
 * Replaces each item of personal data found in a free text by a neutral word ("[e-mailadres verwijderd]"),
 * and lists the kinds removed, in text order. Names are found only where free text marks them (a title,
 * initials with a tussenvoegsel); use redactPersonName for person columns. A BSN is only recognised next
 * to a BSN keyword unless `options.bsnContext` says the text stands in such a place. Never throws.
 */
export function redactText(text: string, options: TextScanOptions = {}): Redaction {
  if (typeof text !== "string") return { text, removed: [] };
  const matches = scanText(text, options);
  let result = "";
  let position = 0;
  for (const match of matches) {
    result += text.slice(position, match.start) + redactionWords[match.kind];
    position = match.end;
  }
  result += text.slice(position);
  return { text: result, removed: matches.map((match) => match.kind) };
}
