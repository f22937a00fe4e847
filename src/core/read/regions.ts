/**
 * Pseudo-regions: rows of a regional table (CBS StatLine, police open data) that are not a place a council
 * can be compared with — offences that could not be placed, abroad, the rest. They stay in the tables and
 * the counts, but never lead a headline or become the focus region (docs/domain.md "The headline"). One
 * list for reading and analysis alike.
 */
export const pseudoRegionNames: readonly string[] = [
  "Niet in te delen",
  "Onbekend",
  "Buitenland",
  "Overig",
  "Overige",
  "Niet-gemeentelijk ingedeeld",
  "Niet gemeentelijk ingedeeld",
  "Unknown",
  "Abroad",
  "Other",
];

const pseudoKeys = new Set(pseudoRegionNames.map(regionKey));

/** The same rows with a qualifier after them, as exports write them ("Onbekend (PV)", "Overige gemeenten"). */
const pseudoRegionPattern =
  /^(niet in te delen|niet ingedeeld|niet gemeentelijk ingedeeld|onbekend|onbekende gemeente|buitenland|overig|overige|overige gemeenten|rest|unknown|not classified|other|abroad|elders)\b/;

/** Lower case, accents and punctuation dropped, spaces collapsed: "Niet-gemeentelijk  ingedeeld" → "niet gemeentelijk ingedeeld". */
export function regionKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * True for a pseudo-region by name ("Niet in te delen", "Onbekend (PV)", "Buitenland", …), in any case or
 * spacing.
 */
export function isPseudoRegion(name: string | null): boolean {
  if (name === null) return false;
  const key = regionKey(name);
  return pseudoKeys.has(key) || pseudoRegionPattern.test(key);
}
