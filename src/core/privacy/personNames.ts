import { collapseSpaces } from "../read/text";
import { surnamePrefixes } from "./givenNames";
import { abbreviationInitials, organisationWords, roleWords } from "./nameWords";
import { maskPersonName, scanText } from "./textPatterns";

const initialsToken = /^(?:[A-Z]\.)+[A-Z]?$|^[A-Z]$/;
const capitalisedToken = /^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ'’]+)*$/;

/**
 * True when a value reads as one person's name: "J. de Vries", "Jan Jansen", "P.J. van den Berg",
 * "Fatima El Amrani-Bakker". Not: roles and teams ("OOV", "Team Handhaving", "Gemeente"), organisations
 * ("U.S. Census Bureau", nameWords.organisationWords), acronyms,
 * a single word ("Jan" — it may as well be a team), or anything with digits or punctuation.
 * NOTE: two capitalised words that are no role word ("Stadstoezicht Lelystad") still read as a name;
 * roleWords keeps such cases rare for the safety domain.
 */
export function looksLikePersonName(value: string): boolean {
  const text = value.replace(/\s+/g, " ").trim();
  if (text.length < 3 || text.length > 60) return false;
  if (/[\d@#€$%&()[\]{}:;!?=+_/\\|<>",]/.test(text)) return false;
  const tokens = text.replace(/\.\s(?=[A-Z]\.)/g, ".").split(" ");
  if (tokens.length < 2 || tokens.length > 6) return false;
  let capitalised = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const lower = token.toLowerCase();
    if (roleWords.has(lower) || roleWords.has(lower.replace(/-.*$/, ""))) return false;
    if (organisationWords.has(lower) || abbreviationInitials.has(token)) return false;
    if (/^[A-Z]{2,}$/.test(token)) return false;
    const first = index === 0;
    const last = index === tokens.length - 1;
    if (initialsToken.test(token)) {
      if (last) return false;
      continue;
    }
    if (surnamePrefixes.has(token)) {
      if (first || last) return false;
      continue;
    }
    if (capitalisedToken.test(token)) {
      capitalised++;
      continue;
    }
    return false;
  }
  return capitalised >= 1;
}

/** Splits a cell that may list several owners: "OOV / J. de Vries", "Politie, OM en Halt". */
export function splitOwners(value: string): { part: string; separator: string }[] {
  // NOTE: bounded white space around a separator keeps the split linear on a cell of spaces.
  const pieces = value.split(/(\s{0,8}[/,;&+\n]\s{0,8}|\s{1,8}(?:-|en|and)\s{1,8})/);
  const parts: { part: string; separator: string }[] = [];
  for (let index = 0; index < pieces.length; index += 2)
    parts.push({ part: pieces[index], separator: pieces[index + 1] ?? "" });
  return parts;
}

/** The masked form of a cell's person names ("OOV / J. d* V****"), or null when it holds none. */
export function maskedPersonNames(value: string): string | null {
  let found = false;
  const masked = splitOwners(value)
    .map(({ part, separator }) => {
      if (!looksLikePersonName(part)) return part + separator;
      found = true;
      return maskPersonName(part) + separator;
    })
    .join("");
  return found ? masked : null;
}

/**
 * A person-name cell made fit to share: each name (and any e-mail or phone number with it) is replaced by
 * the role, repeats are dropped. "J. de Vries" → "OOV"; "OOV / J. de Vries" → "OOV";
 * "Politie, J. Jansen (06-12345678)" → "Politie, OOV". Values without names are returned unchanged.
 */
export function redactPersonName(value: string, roleFallback = "OOV"): string {
  if (typeof value !== "string" || value.trim() === "") return value;
  const kept: { part: string; separator: string }[] = [];
  const keptLower = new Set<string>();
  let changed = false;
  for (const { part, separator } of splitOwners(value)) {
    const cleaned = removeMatches(part);
    const hadData = cleaned !== part.trim();
    const isName =
      looksLikePersonName(cleaned) || scanText(part).some((match) => match.kind === "person-name");
    changed ||= isName || hadData;
    const replacement =
      isName || (hadData && cleaned === "") ? roleFallback : hadData ? cleaned : part.trim();
    if (replacement === "" || keptLower.has(replacement.toLowerCase())) continue;
    keptLower.add(replacement.toLowerCase());
    kept.push({ part: replacement, separator });
  }
  if (!changed) return value;
  return kept
    .map(({ part, separator }, index) => part + (index < kept.length - 1 ? separator || " " : ""))
    .join("");
}

/** The text with e-mail addresses, phone numbers and other detected items cut out, brackets left empty removed. */
function removeMatches(text: string): string {
  const matches = scanText(text, { bsnContext: true }).filter((match) => match.kind !== "person-name");
  let result = "";
  let position = 0;
  for (const match of matches) {
    result += text.slice(position, match.start);
    position = match.end;
  }
  result += text.slice(position);
  return result
    .replace(/[()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Header words of columns that hold people: trekker, contactpersoon, eigenaar, verantwoordelijke,
 * behandelaar, owner, contact … and "naam" unless it names something else ("naam activiteit").
 */
const personHeader =
  /\b(?:trekkers?|contactpersonen|contactpersoon|contact|eigenaars?|verantwoordelijken?|behandelaars?|medewerkers?|co[öo]rdinator|projectleider|accounthouder|aanspreekpunt|uitvoerder|opsteller|auteur|owner|responsible|assignee|lead|person|persoon|personen|betrokkenen?|melder|bewoner|verdachten?|slachtoffers?|dader)\b/i;
const nameHeader = /\b(?:naam|namen|name)\b/i;
const notAPersonHeader =
  /\b(?:activiteit|activiteiten|activity|project|actie|maatregel|organisatie|organisation|partner|partners|categorie|category|thema|theme|wijk|school|bedrijf|locatie|straat|document|bestand|indicator|blad|sheet|aantal|number|count|status|datum|date)\b/i;

/** True when a header names a column of people. */
export function isPersonHeader(header: string): boolean {
  const text = collapseSpaces(header);
  if (text === "" || text.length > 40) return false;
  if (personHeader.test(text)) return !/^(?:aantal|number of|count)\b/i.test(text);
  return nameHeader.test(text) && !notAPersonHeader.test(text);
}
