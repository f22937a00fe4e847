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
  let current = text;
  const removed: PrivacyHit["kind"][] = [];
  // NOTE: removing one item can free a neighbour glued to it ("j@x.nl0612345678"); a few passes settle it.
  for (let pass = 0; pass < maxPasses; pass++) {
    const matches = scanText(current, options);
    if (matches.length === 0) break;
    let result = "";
    let position = 0;
    for (const match of matches) {
      result += current.slice(position, match.start) + redactionWords[match.kind];
      position = match.end;
      removed.push(match.kind);
    }
    current = result + current.slice(position);
  }
  return { text: current, removed };
}

const maxPasses = 4;
