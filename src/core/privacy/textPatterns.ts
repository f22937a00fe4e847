import type { PrivacyHit } from "../report";
import { givenNames, surnameParticles, surnamePrefixes } from "./givenNames";
import { abbreviationInitials, notSurnames, organisationWords, roleWords } from "./nameWords";

export type PrivacyKind = PrivacyHit["kind"];

/** One item of personal data found in a text: where it is, and how it may be shown. */
export interface TextMatch {
  kind: PrivacyKind;
  /** Start and end (exclusive) offsets in the text. */
  start: number;
  end: number;
  /** Masked form, never the full value. */
  masked: string;
}

export interface TextScanOptions {
  /**
   * True when the text stands near a BSN keyword or in a person column. Only then is a 9-digit number
   * that passes the 11-proof called a BSN: about one in eleven random 9-digit numbers passes it.
   */
  bsnContext?: boolean;
}

const bsnKeyword = /\b(?:bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer|sofi)\b/i;

/** True when the text names a BSN ("BSN", "burgerservicenummer", "sofinummer"). */
export function mentionsBsn(text: string): boolean {
  return bsnKeyword.test(text);
}

/**
 * The 11-proof (elfproef) of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11.
 * "000000000" passes the arithmetic but is never a BSN.
 */
export function passesElevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (9 - index) * Number(digits[index]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country (ISO 13616 registry, the countries a Dutch municipality meets most). */
const ibanLengths: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  LU: 20,
  ES: 24,
  IT: 27,
  PT: 25,
  AT: 20,
  CH: 21,
  IE: 22,
  DK: 18,
  NO: 15,
  SE: 24,
  FI: 18,
  PL: 28,
  CZ: 24,
  SK: 24,
  HU: 28,
  RO: 24,
  BG: 22,
  GR: 27,
  HR: 21,
  SI: 19,
  EE: 20,
  LV: 21,
  LT: 20,
  TR: 26,
  MA: 28,
  CY: 28,
  MT: 31,
  IS: 26,
  LI: 21,
  MC: 27,
  SM: 27,
};

/** True when the text (spaces and dashes allowed) is an IBAN: known length for its country and mod 97 = 1. */
export function isValidIban(text: string): boolean {
  const compact = text.replace(/[\s-]+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = ibanLengths[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : character;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_]/u.test(character);
}

/** True when the match is not glued to a word or number on either side (no look-behind: old Safari). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isWordCharacter(before) || isWordCharacter(after)) return false;
  // "Z-0612345678", "2025/0612345678", "0612345678-3": part of an id or a range, not a number by itself.
  if ((before === "-" || before === "/" || before === "#") && isWordCharacter(text[start - 2])) return false;
  if ((after === "-" || after === "/") && /\d/.test(text[end + 1] ?? "")) return false;
  if ((before === "." || before === ",") && /\d/.test(text[start - 2] ?? "")) return false;
  if ((after === "." || after === ",") && /\d/.test(text[end + 1] ?? "")) return false;
  return true;
}

/** Keeps the first `keep` characters, hides the rest but the last four digits: "06-****5678". */
function maskDigits(text: string, keep: number): string {
  const digitPositions: number[] = [];
  for (let index = 0; index < text.length; index++) if (/\d/.test(text[index])) digitPositions.push(index);
  const visible = new Set(digitPositions.slice(-4));
  return [...text]
    .map((character, index) =>
      index < keep || visible.has(index) || !/[\dA-Za-z]/.test(character) ? character : "*",
    )
    .join("");
}

type Detector = (text: string, options: TextScanOptions) => TextMatch[];

// NOTE: every detector runs in time linear in the text (hostile cells hold 200,000 characters): patterns
// have bounded quantifiers and a fixed-length reach, or are hand-written scans around an anchor
// character ("@", a leading "0" or "+"). test/core/privacy/linearTime.test.ts bounds the work.

const emailLocalCharacter = /[A-Za-z0-9._%+-]/;
const emailDomainCharacter = /[A-Za-z0-9.-]/;
/** RFC 5321 limits: 64 characters before the "@", 255 after it. */
const maxLocalLength = 64;
const maxDomainLength = 255;

/** "jan.jansen@example.nl" → "j***@example.nl". */
export function maskEmail(email: string): string {
  const at = email.indexOf("@");
  return `${email[0]}***${email.slice(at)}`;
}

/**
 * E-mail addresses, found from each "@" outwards: the local part (at most 64 characters) to its left,
 * the domain to its right up to the end of its last label that starts with two letters ("example.nl").
 */
const findEmails: Detector = (text) => {
  const matches: TextMatch[] = [];
  let searchFrom = 0;
  let previousEnd = 0;
  for (;;) {
    const at = text.indexOf("@", searchFrom);
    if (at < 0) break;
    searchFrom = at + 1;
    let start = at;
    while (start > previousEnd && at - start < maxLocalLength && emailLocalCharacter.test(text[start - 1]))
      start--;
    if (start === at) continue;
    let domainEnd = at + 1;
    while (
      domainEnd < text.length &&
      domainEnd - at <= maxDomainLength &&
      emailDomainCharacter.test(text[domainEnd])
    )
      domainEnd++;
    const end = emailEnd(text, at + 1, domainEnd);
    if (end < 0) continue;
    const email = text.slice(start, end);
    matches.push({ kind: "email", start, end, masked: maskEmail(email) });
    previousEnd = end;
    searchFrom = end;
  }
  return matches;
};

/**
 * Where an e-mail domain in text[from, to) ends: after the letters that open its last label with two or
 * more letters, when at least one non-empty label comes before it; -1 when it is no domain.
 */
function emailEnd(text: string, from: number, to: number): number {
  const labels: { start: number; end: number }[] = [];
  let labelStart = from;
  for (let index = from; index <= to; index++) {
    if (index === to || text[index] === ".") {
      labels.push({ start: labelStart, end: index });
      labelStart = index + 1;
    }
  }
  for (let last = labels.length - 1; last >= 1; last--) {
    let letters = labels[last].start;
    while (letters < labels[last].end && /[A-Za-z]/.test(text[letters])) letters++;
    if (letters - labels[last].start < 2) continue;
    if (labels.slice(0, last).every((label) => label.end > label.start)) return letters;
  }
  return -1;
}

/**
 * IBAN candidates: country, check digits, then 11–30 letters or digits with at most one space or dash
 * between any two (bounded reach, so linear). The exact length per country cuts the candidate.
 */
const ibanPattern = /[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}/g;

const findIbans: Detector = (text) => {
  const matches: TextMatch[] = [];
  ibanPattern.lastIndex = 0;
  for (let match = ibanPattern.exec(text); match !== null; match = ibanPattern.exec(text)) {
    const start = match.index;
    const found = ibanAt(text, start, match[0]);
    if (!found) {
      // NOTE: "ab12 NL91 ABNA …" — a failed candidate may hide a real IBAN inside it.
      ibanPattern.lastIndex = start + 1;
      continue;
    }
    const compact = found.replace(/[\s-]+/g, "").toUpperCase();
    matches.push({
      kind: "iban",
      start,
      end: start + found.length,
      masked: compact.slice(0, 2) + "*".repeat(compact.length - 6) + compact.slice(-4),
    });
    ibanPattern.lastIndex = start + found.length;
  }
  return matches;
};

/** The IBAN that starts a candidate (its exact length for a known country, else the longest valid one). */
function ibanAt(text: string, start: number, candidate: string): string | null {
  const expected = ibanLengths[candidate.slice(0, 2).toUpperCase()];
  const lengths = expected !== undefined ? [expected] : range(30, 15);
  for (const length of lengths) {
    const prefix = prefixWithCompactLength(candidate, length);
    if (prefix === null) continue;
    if (standsAlone(text, start, start + prefix.length) && isValidIban(prefix)) return prefix;
  }
  return null;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let value = from; value >= to; value--) values.push(value);
  return values;
}

/** The shortest prefix of a text with separators that holds `length` letters and digits; null if fewer. */
function prefixWithCompactLength(text: string, length: number): string | null {
  let counted = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== " " && text[index] !== "-") counted++;
    if (counted === length) return text.slice(0, index + 1);
  }
  return null;
}

/**
 * BSN candidates: nine digits, written together or grouped 3-3-3, 4-2-3 or 2-3-4 with a space, dot or
 * dash ("123456782", "123 456 782", "1234.56.782", "12-345-6782"). Fixed length, so linear.
 */
const bsnPattern = /\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]?\d{2}[ .-]?\d{3}|\d{2}[ .-]\d{3}[ .-]\d{4}|\d{9}/g;

/** "123456782" → "*****6782". */
export function maskBsn(digits: string): string {
  return `*****${digits.slice(-4)}`;
}

const findBsns: Detector = (text, options) => {
  if (!options.bsnContext && !mentionsBsn(text)) return [];
  const matches: TextMatch[] = [];
  bsnPattern.lastIndex = 0;
  for (let match = bsnPattern.exec(text); match !== null; match = bsnPattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].replace(/\D/g, "");
    if (standsAlone(text, start, end) && passesElevenProof(digits)) {
      matches.push({ kind: "bsn", start, end, masked: maskBsn(digits) });
    } else {
      bsnPattern.lastIndex = start + 1;
    }
  }
  return matches;
};

/** Characters inside a written phone number: digits, spaces (also no-break), dots, dashes, brackets. */
function isPhoneCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 32 ||
    code === 0xa0 ||
    code === 46 ||
    code === 40 ||
    code === 41 ||
    code === 45 ||
    code === 0x2013 ||
    code === 0x2014
  );
}
/** Longest written phone number considered ("+31 (0) 6 - 12 34 56 78" and some spare). */
const maxPhoneLength = 26;
/** A date at the start, not followed by more groups: "31-12-2025", "01.12.25 10:00" (not "06-12-34-56-78"). */
const datePrefix = /^\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d]|[-/.\u2013]\d)/;

/**
 * Whether a run of digits and separators is a phone number: Dutch numbers (06-12345678, 010-1234567,
 * 0320 123456, 06.12.34.56.78, 06–12345678, +31 6 12345678, 0031 20 1234567, +31 (0)20 …) and
 * international numbers written with "+". Not: years and ranges (2024-2025), dates, amounts
 * (1.234.567), ids without a leading 0.
 */
export function isPhoneNumber(candidate: string): boolean {
  const text = candidate.trim().replace(/[\u2013\u2014]/g, "-");
  if (datePrefix.test(text)) return false;
  const dutchInternational = /^(?:\+|00)\s?31/.exec(text);
  if (dutchInternational) {
    let rest = text.slice(dutchInternational[0].length).replace(/\(0\)/g, "");
    rest = rest.replace(/\D/g, "");
    if (rest.startsWith("0")) rest = rest.slice(1);
    return /^[1-9]\d{8}$/.test(rest);
  }
  if (text.startsWith("+")) {
    const digits = text.replace(/\D/g, "");
    return digits.length >= 9 && digits.length <= 13 && !/^0/.test(digits);
  }
  if (!text.startsWith("0") && !text.startsWith("(0")) return false;
  if (/^\(?00/.test(text)) return false;
  const digits = text.replace(/\D/g, "");
  if (digits.length !== 10 || digits[1] === "0") return false;
  const firstGroup = /^\(?(\d+)/.exec(text)?.[1] ?? "";
  if (firstGroup.length === 10) return true;
  if (firstGroup === "06") return true;
  // Landline: area code of 3 or 4 digits (010, 0320), then 7 or 6 digits.
  return firstGroup.length === 3 || firstGroup.length === 4;
}

/** True where a phone number may begin: "+" or "0" or "(0", not glued to a word or number before it. */
function mayStartPhone(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 48 && code !== 43 && code !== 40) return false;
  const character = text[index];
  const next = text[index + 1];
  const opens =
    (character === "0" && next !== undefined) ||
    (character === "+" && /[\d(]/.test(next ?? "")) ||
    (character === "(" && (next === "0" || next === "+"));
  if (!opens) return false;
  const before = text[index - 1];
  return before === undefined || !/[\p{L}\p{N}]/u.test(before);
}

/**
 * Phone numbers: from each possible start, the longest run of phone characters (bounded) is cut back
 * to the longest prefix that ends in a digit and is a phone number, so "06-12345678 (2 pogingen)" and
 * "06-12345678 2x" give the number alone.
 */
const findPhones: Detector = (text) => {
  const matches: TextMatch[] = [];
  let index = 0;
  while (index < text.length) {
    if (!mayStartPhone(text, index)) {
      index++;
      continue;
    }
    let reach = index + 1;
    while (reach < text.length && reach - index < maxPhoneLength && isPhoneCharacter(text.charCodeAt(reach)))
      reach++;
    const end = longestPhoneEnd(text, index, reach);
    // "(06-12345678)": a bracket that does not close inside the number is not part of it.
    if (end < 0 || (text[index] === "(" && !text.slice(index, end).includes(")"))) {
      index++;
      continue;
    }
    const number = text.slice(index, end);
    matches.push({
      kind: "phone",
      start: index,
      end,
      masked: maskDigits(number, visiblePrefixLength(number)),
    });
    index = end;
  }
  return matches;
};

/**
 * End of the longest phone number in text[start, reach) that ends at a digit group; -1 when none.
 * A national number ("0…") has exactly 10 digits and no "0" second: only that end is tried.
 */
function longestPhoneEnd(text: string, start: number, reach: number): number {
  const international = text[start] === "+" || text.startsWith("00", start) || text.startsWith("(+", start);
  let digits = 0;
  const ends: number[] = [];
  for (let index = start; index < reach; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) continue;
    digits++;
    if (!international && digits === 2 && code === 48) return -1;
    const next = text.charCodeAt(index + 1);
    const groupEnds = index + 1 === reach || !(next >= 48 && next <= 57);
    if (!groupEnds) continue;
    if (international ? digits >= 9 && digits <= 15 : digits === 10) ends.push(index + 1);
    if (digits >= (international ? 15 : 10)) break;
  }
  for (let which = ends.length - 1; which >= 0; which--) {
    const end = ends[which];
    if (standsAlone(text, start, end) && isPhoneNumber(text.slice(start, end))) return end;
  }
  return -1;
}

/**
 * How much of a phone number's start stays visible: the country code ("+31", "0031") or the area code
 * ("06", "010", "0320") as written; a prefix glued to the rest ("0612345678", "+3212345678") shows only
 * two digits, so that at least the middle digits are always hidden.
 */
function visiblePrefixLength(text: string): number {
  const international = /^(\+|00)\s?(\d+)/.exec(text);
  if (international) {
    return international[2].length <= 3 ? international[0].length : international[1].length + 2;
  }
  const group = /^\(?(\d+)\)?/.exec(text);
  if (!group) return 0;
  return group[1].length <= 4 ? group[0].length : 2;
}

/** Two-letter combinations the postcode system does not use, and abbreviations that follow a year ("2023 OM 15"). */
const notPostcodeLetters = new Set(["SA", "SD", "SS"]);
const abbreviationsAfterYear = new Set([
  "OM",
  "NL",
  "EU",
  "BV",
  "NV",
  "VS",
  "UK",
  "HR",
  "IT",
  "PV",
  "KW",
  "EN",
  "TM",
  "TOT",
  "GR",
]);

/** Postcode and house number, either order of spacing ("1234 AB 12", "1234AB, 5"); bounded, so linear. */
const postcodePattern =
  /([1-9]\d{3})( ?)([A-Za-z]{2})(?:\s{0,3},\s{0,3}|\s{1,3})(\d{1,5})(?:\s?-?\s?[A-Za-z](?![A-Za-z]))?/g;
/** A postcode alone ("1234 AB"), the anchor for a street address written before it. */
const barePostcodePattern = /([1-9]\d{3}) ?([A-Z]{2})(?![A-Za-z])/g;
const streetSuffixes = [
  "straat",
  "weg",
  "laan",
  "plein",
  "kade",
  "gracht",
  "singel",
  "dijk",
  "dreef",
  "hof",
  "pad",
  "steeg",
  "markt",
  "park",
  "erf",
  "baan",
  "veld",
  "ring",
  "wal",
];
const maxStreetLength = 45;

/** "1234 AB 12" → "1234 ** **". */
function maskPostcode(digits: string, number: string): string {
  return `${digits} ** ${"*".repeat(number.length)}`;
}

const findPostcodes: Detector = (text) => {
  const matches: TextMatch[] = [];
  for (const match of text.matchAll(postcodePattern)) {
    const [whole, digits, space, letters, number] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    const upper = letters === letters.toUpperCase();
    if (!upper && (space !== "" || letters !== letters.toLowerCase())) continue;
    if (notPostcodeLetters.has(letters.toUpperCase())) continue;
    const yearLike = Number(digits) >= 1900 && Number(digits) <= 2099;
    if (yearLike && space !== "" && abbreviationsAfterYear.has(letters.toUpperCase())) continue;
    if (!standsAlone(text, start, end)) continue;
    matches.push({ kind: "postcode", start, end, masked: maskPostcode(digits, number) });
  }
  for (const match of text.matchAll(barePostcodePattern)) {
    const postcodeStart = match.index ?? 0;
    if (notPostcodeLetters.has(match[2])) continue;
    const street = streetBefore(text, postcodeStart);
    if (street === null) continue;
    matches.push({
      kind: "postcode",
      start: street.start,
      end: postcodeStart + match[0].length,
      masked: maskPostcode(match[1], street.number),
    });
  }
  return matches;
};

/**
 * The street and house number written right before a postcode ("Dorpsstraat 12, 1234 AB",
 * "Stationsweg 3a 1234AB"): read backwards over a bounded stretch, so the cost per postcode is constant.
 */
function streetBefore(text: string, postcodeStart: number): { start: number; number: string } | null {
  let position = postcodeStart;
  const skipSpaces = (most: number) => {
    let skipped = 0;
    while (skipped < most && /\s/.test(text[position - 1] ?? "")) {
      position--;
      skipped++;
    }
    return skipped;
  };
  skipSpaces(3);
  if (text[position - 1] === ",") position--;
  skipSpaces(3);
  if (/[A-Za-z]/.test(text[position - 1] ?? "")) {
    const letterAt = position - 1;
    let before = letterAt;
    if (text[before - 1] === " ") before--;
    if (/\d/.test(text[before - 1] ?? "")) position = before;
  }
  const numberEnd = position;
  while (numberEnd - position < 5 && /\d/.test(text[position - 1] ?? "")) position--;
  if (position === numberEnd || /\d/.test(text[position - 1] ?? "")) return null;
  const number = text.slice(position, numberEnd);
  if (skipSpaces(3) === 0) return null;
  const wordEnd = position;
  while (wordEnd - position <= maxStreetLength && /[\p{L}'-]/u.test(text[position - 1] ?? "")) position--;
  if (wordEnd - position > maxStreetLength || isWordCharacter(text[position - 1])) return null;
  const word = text.slice(position, wordEnd);
  if (!/^[A-Z]/.test(word)) return null;
  const lower = word.slice(1);
  if (!streetSuffixes.some((suffix) => lower.endsWith(suffix))) return null;
  return { start: position, number };
}

const titles = String.raw`(?:[Dd]hr|DHR|[Mm]evr|[Mm]w|[Mm]r|[Hh]r|[Dd]rs|[Dd]r|[Ii]ng|[Ii]r)`;
const titlePrefix = /^(?:(?:dhr|mevr|mw|mr|hr|drs|dr|ing|ir)\.\s?|(?:de heer|mevrouw|meneer)\s)/i;
const initials = String.raw`(?:[A-Z]\.\s?){1,4}`;
/** The surname prefixes as a pattern, longest first ("den" before "de"), from the one list in givenNames.ts. */
const tussenvoegsel = `(?:${[...surnamePrefixes]
  .sort((a, b) => b.length - a.length)
  .map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|")})`;
// NOTE: bounded word length and repeats keep the pattern linear ("van de van de …" cannot backtrack far).
const capitalised = String.raw`[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]{1,40}(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]{1,40}){0,3}`;
/**
 * Person names marked in free text: after a title ("dhr. Jansen", "mevrouw De Vries"), or initials with
 * a tussenvoegsel or several initials ("J. de Vries", "J.P. Jansen").
 * NOTE: a single initial and one word ("A. Ondermijning") is how themes are numbered, so it is not a name.
 * Names written in full ("Jan de Vries") are found by findGivenNames.
 */
const namePattern = new RegExp(
  String.raw`(?:\b${titles}\.\s?|\b(?:[Dd]e heer|[Mm]evrouw|[Mm]eneer)\s)(?:${initials})?(?:${tussenvoegsel}\s){0,3}${capitalised}(?:\s${capitalised})?` +
    String.raw`|\b(?:[A-Z]\.\s?){2,4}(?:${tussenvoegsel}\s){0,3}${capitalised}|\b[A-Z]\.\s?(?:${tussenvoegsel}\s){1,3}${capitalised}`,
  "g",
);

/** "J. de Vries" → "J. d* V****": initials stay, every other word keeps its first letter. */
export function maskPersonName(name: string): string {
  const title = titlePrefix.exec(name)?.[0] ?? "";
  const masked = name
    .slice(title.length)
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s*$/.test(token) || /^(?:[A-Za-z]\.)+$/.test(token)) return token;
      return [...token]
        .map((character, index) => (index === 0 || !/\p{L}/u.test(character) ? character : "*"))
        .join("");
    })
    .join("");
  return title + masked;
}

const findTitledNames: Detector = (text) =>
  [...text.matchAll(namePattern)]
    .filter((match) => !namesOrganisation(text, match[0], (match.index ?? 0) + match[0].length))
    .map((match) => ({
      kind: "person-name",
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      masked: maskPersonName(match[0]),
    }));

const leadingInitials = /^(?:[A-Z]\.\s?)+/;
const nextWord = /^\s{1,8}([A-Za-zÀ-ÖØ-öø-ÿ]{1,40})/;

/**
 * True when initials and a word are an organisation's name, not a person's: the initials are a country's
 * or a legal form's ("U.S. Census Bureau", "N.V. Nederlandse Spoorwegen"), or the last word or the one
 * after the match is an organisation or role word ("J.P. Morgan Bank").
 */
function namesOrganisation(text: string, name: string, end: number): boolean {
  const initials = leadingInitials.exec(name)?.[0].replace(/\s/g, "") ?? "";
  if (abbreviationInitials.has(initials)) return true;
  const last = name.split(/\s+/).pop()!.toLowerCase();
  const after = nextWord.exec(text.slice(end, end + 50))?.[1].toLowerCase();
  const organisation = (word: string | undefined) =>
    word !== undefined && (organisationWords.has(word) || roleWords.has(word));
  return organisation(last) || organisation(after);
}

/** One word of a text with the punctuation around it stripped ("(Jan" → "Jan", "Vries.xlsx" stays). */
interface Word {
  core: string;
  start: number;
  end: number;
  /** Punctuation after the word ("Jansen," "Jansen)"): a name does not run on past it. */
  closed: boolean;
  /** isGivenName(core) and isSurname(core), computed once. */
  given?: boolean;
  surname?: boolean;
}

const maxWordLength = 40;
const capitalisedWord = /^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)*$/;

/** The words of a text in one pass (linear): runs between white space, punctuation stripped at both ends. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const runs = /\S+/g;
  for (let run = runs.exec(text); run !== null; run = runs.exec(text)) {
    const runStart = run.index;
    const rawEnd = runStart + run[0].length;
    let start = runStart;
    let end = rawEnd;
    const isArticle = end - start === 2 && /^['’]t$/.test(text.slice(start, end));
    while (!isArticle && start < end && openingPunctuation.has(text[start])) start++;
    while (!isArticle && end > start && closingPunctuation.has(text[end - 1])) end--;
    // "Vries.xlsx": a file extension after the word closes it too.
    for (const dot of [end - 4, end - 5]) {
      if (dot > start && text[dot] === "." && /^[A-Za-z]+$/.test(text.slice(dot + 1, end))) {
        end = dot;
        break;
      }
    }
    words.push({ core: text.slice(start, end), start, end, closed: end < rawEnd });
  }
  return words;
}

const openingPunctuation = new Set([..."(\"'‘“["]);
const closingPunctuation = new Set([...")\"'’”.,:;!?]"]);

function isSurnameWord(word: Word): boolean {
  word.surname ??= isSurname(word.core);
  return word.surname;
}

function isGivenWord(word: Word): boolean {
  word.given ??= isGivenName(word.core);
  return word.given;
}

function isGivenName(word: string): boolean {
  if (
    word.length < 2 ||
    word.length > maxWordLength ||
    !givenNames.has(word.toLowerCase().replace(/-.*$/, ""))
  )
    return false;
  return (
    capitalisedWord.test(word) &&
    word
      .toLowerCase()
      .split("-")
      .every((part) => givenNames.has(part))
  );
}

function isSurname(word: string): boolean {
  const first = word.charCodeAt(0);
  if (word.length < 2 || word.length > maxWordLength || first < 65 || (first > 90 && first < 0xc0))
    return false;
  if (!capitalisedWord.test(word)) return false;
  const lower = word.toLowerCase();
  const head = lower.replace(/-.*$/, "");
  return !notSurnames.has(lower) && !roleWords.has(lower) && !roleWords.has(head) && !notSurnames.has(head);
}

/**
 * Names written in full in running text: a given name from the list (givenNames.ts), more given names,
 * surname prefixes (van, de, van der, ter …) and a capitalised surname that is no theme, role or place
 * word: "overleg met Jan de Vries", "Casus Fatima El Amrani", "Dossier Petra Jansen.xlsx". A given
 * name alone is not taken for a person.
 */
const findGivenNames: Detector = (text) => {
  if (!holdsGivenName(text)) return [];
  const words = wordsOf(text);
  const matches: TextMatch[] = [];
  let index = 0;
  while (index < words.length) {
    const end = givenNameEnd(words, index);
    if (end < 0) {
      index++;
      continue;
    }
    const start = words[index].start;
    const stop = words[end].end;
    matches.push({ kind: "person-name", start, end: stop, masked: maskPersonName(text.slice(start, stop)) });
    index = end + 1;
  }
  return matches;
};

/**
 * Cheap guard: some capitalised run of letters in the text is a given name (most cells hold none). A run
 * is what /[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,40}/g matches, found by character codes: no match object per word.
 */
function holdsGivenName(text: string): boolean {
  let index = 0;
  while (index < text.length) {
    if (!isNameUpper(text.charCodeAt(index))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && end - index <= 40 && isNameLower(text.charCodeAt(end))) end++;
    if (end - index >= 2 && givenNames.has(text.slice(index, end).toLowerCase())) return true;
    index = end;
  }
  return false;
}

/** Index of the last word of a full name that starts at words[first], or -1. */
function givenNameEnd(words: Word[], first: number): number {
  if (!isGivenWord(words[first])) return -1;
  let position = first;
  // Further given names: "Anne Marie de Vries", "Ahmed Ali" (then "Ali" is the surname).
  while (position + 1 < words.length && position - first < 2 && !words[position].closed) {
    if (!isGivenWord(words[position + 1])) break;
    position++;
  }
  const lastGiven = position;
  let prefixes = 0;
  while (
    position + 1 < words.length &&
    prefixes < 3 &&
    !words[position].closed &&
    surnamePrefixes.has(words[position + 1].core)
  ) {
    position++;
    prefixes++;
  }
  const next = words[position + 1];
  if (next && !words[position].closed && isSurnameWord(next)) {
    position++;
    // "El Amrani", "Ben Ali", "Van Dijk": a capitalised particle takes the word after it.
    const after = words[position + 1];
    if (
      surnameParticles.has(words[position].core.toLowerCase()) &&
      after &&
      !words[position].closed &&
      isSurnameWord(after)
    )
      position++;
    return position;
  }
  if (prefixes === 0 && lastGiven > first && isSurnameWord(words[lastGiven])) return lastGiven;
  return -1;
}

/** What a text holds at a glance, computed once per text so detectors that cannot match are skipped. */
interface TextFacts {
  digits: number;
  hasAt: boolean;
  /** Four digits (not starting with 0) and two letters: what every postcode pattern starts with. */
  mayHoldPostcode: boolean;
  mayHoldName: boolean;
  hasCapitalised: boolean;
}

const titleWord = /\b(?:dhr|mevr|mw|mr|hr|drs|dr|ing|ir)\.|\b(?:de heer|mevrouw|meneer)\b/i;

/** Upper case as a name starts it: A–Z, À–Ö, Ø–Þ (UTF-16 units, as the patterns read them). */
function isNameUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/** Lower case as a name goes on: a–z, à–ö, ø–ÿ. */
function isNameLower(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff && code !== 0xf7);
}

/**
 * The facts of the text scanText is looking at. NOTE: one object, refilled per text rather than made per
 * text: scanText runs on every text cell, only it calls textFacts, and no detector calls scanText.
 */
const facts: TextFacts = {
  digits: 0,
  hasAt: false,
  mayHoldPostcode: false,
  mayHoldName: false,
  hasCapitalised: false,
};

/** One pass over the text for the counts and pairs; the two patterns run only where a pass cannot decide. */
function textFacts(text: string): TextFacts {
  let digits = 0;
  let hasAt = false;
  let upperDot = false;
  let hasCapitalised = false;
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === 64) hasAt = true;
    else if (code === 46 && previous >= 65 && previous <= 90) upperDot = true;
    else if (!hasCapitalised && isNameLower(code) && isNameUpper(previous)) hasCapitalised = true;
    previous = code;
  }
  facts.digits = digits;
  facts.hasAt = hasAt;
  facts.mayHoldPostcode = digits >= 4 && /[1-9]\d{3} ?[A-Za-z]{2}/.test(text);
  facts.mayHoldName = upperDot || titleWord.test(text);
  facts.hasCapitalised = hasCapitalised;
  return facts;
}

/**
 * Detectors in priority order: where two overlap, the earlier one's match is kept. Each has a cheap
 * guard that is necessary for a match (an IBAN, BSN or phone number holds at least 8 digits).
 * NOTE: the guards keep a 20,000-row scan fast; they must stay looser than the patterns they guard.
 */
const detectors: readonly { applies: (facts: TextFacts) => boolean; detect: Detector }[] = [
  { applies: (facts) => facts.hasAt, detect: findEmails },
  { applies: (facts) => facts.digits >= 8, detect: findIbans },
  { applies: (facts) => facts.digits >= 8, detect: findBsns },
  { applies: (facts) => facts.digits >= 8, detect: findPhones },
  { applies: (facts) => facts.mayHoldPostcode, detect: findPostcodes },
  { applies: (facts) => facts.mayHoldName, detect: findTitledNames },
  { applies: (facts) => facts.hasCapitalised, detect: findGivenNames },
];

/**
 * Finds personal data in a free text: e-mail, IBAN, BSN (with context), phone, postcode + house number,
 * and titled or initialled names. Matches do not overlap and come in text order. Never throws.
 */
export function scanText(text: string, options: TextScanOptions = {}): readonly TextMatch[] {
  if (typeof text !== "string" || text.length === 0) return noMatches;
  const known = textFacts(text);
  // NOTE: most texts hold nothing: they share one empty result instead of allocating their own.
  let accepted: readonly TextMatch[] = noMatches;
  for (let index = 0; index < detectors.length; index++) {
    const { applies, detect } = detectors[index];
    if (!applies(known)) continue;
    const found = detect(text, options);
    if (found.length > 0) accepted = mergeWithoutOverlap(accepted, found);
  }
  return accepted;
}

const noMatches: readonly TextMatch[] = Object.freeze([]);

/**
 * Adds matches to those accepted (sorted, not overlapping), dropping each that overlaps an accepted
 * one or an earlier added one; one sweep over both, so many matches cost linear time, not quadratic.
 */
function mergeWithoutOverlap(accepted: readonly TextMatch[], added: TextMatch[]): TextMatch[] {
  const candidates = [...added].sort((a, b) => a.start - b.start || a.end - b.end);
  const result: TextMatch[] = [];
  let next = 0;
  let lastEnd = -1;
  for (const match of candidates) {
    while (next < accepted.length && accepted[next].end <= match.start) {
      result.push(accepted[next]);
      lastEnd = Math.max(lastEnd, accepted[next].end);
      next++;
    }
    const blocked = match.start < lastEnd || (next < accepted.length && accepted[next].start < match.end);
    if (blocked) continue;
    result.push(match);
    lastEnd = match.end;
  }
  while (next < accepted.length) result.push(accepted[next++]);
  return result;
}
