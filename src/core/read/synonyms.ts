/**
 * Column synonyms in Dutch and English (case, accent and punctuation insensitive). Detection scores a
 * header against these; the manual mapping in settings overrides them.
 */
import type { ActivityField, FigureField } from "../datasets";
import { compactText, containsPhrase, normalizeText, withoutFootnoteMark } from "./text";

/**
 * A synonym, optionally with a weight below 1 after a bar ("betreft|0.7"): words that name the field in
 * some tables but mean something else in others.
 */
export const activitySynonyms: Record<ActivityField, string[]> = {
  id: [
    "nr",
    "nummer",
    "no",
    "id",
    "#",
    "volgnummer",
    "code",
    "kenmerk",
    "ref",
    "referentie",
    "number",
    "num",
    "activiteitnummer",
    "actienummer",
  ],
  name: [
    "activiteit",
    "activiteiten",
    "actie",
    "acties",
    "maatregel",
    "maatregelen",
    "omschrijving",
    "beschrijving",
    "activity",
    "activities",
    "action",
    "actions",
    "measure",
    "measures",
    "description",
    "inspanning",
    "inspanningen",
    "interventie",
    "project|0.8",
    "wat|0.7",
    "what|0.7",
    "taak|0.8",
    "task|0.8",
    "onderwerp|0.6",
  ],
  group: [
    "prioriteit",
    "prioriteiten",
    "thema",
    "themas",
    "programma",
    "priority",
    "priorities",
    "theme",
    "themes",
    "programme",
    "program",
    "speerpunt",
    "speerpunten",
    "pijler",
    "domein|0.8",
    "topic|0.8",
    "categorie|0.6",
    "category|0.6",
  ],
  owner: [
    "trekker",
    "eigenaar",
    "verantwoordelijke",
    "verantwoordelijk",
    "owner",
    "lead",
    "uitvoerder",
    "responsible",
    "accounthouder",
    "wie|0.8",
    "who|0.8",
    "afdeling|0.7",
    "team|0.7",
    "betreft|0.7",
    "door|0.6",
  ],
  partners: [
    "partners",
    "ketenpartners",
    "partner",
    "ketenpartner",
    "samenwerkingspartners",
    "betrokken partners",
    "betrokkenen",
    "stakeholders",
    "met wie|0.8",
    "samenwerking|0.7",
  ],
  planning: [
    "planning",
    "deadline",
    "gereed",
    "kwartaal",
    "einddatum",
    "due",
    "due date",
    "termijn",
    "streefdatum",
    "opleverdatum",
    "end date",
    "timing",
    "quarter",
    "wanneer|0.8",
    "when|0.8",
    "datum|0.8",
    "date|0.8",
    "looptijd|0.8",
    "periode|0.6",
  ],
  status: [
    "status",
    "stand van zaken",
    "voortgang",
    "progress",
    "stand",
    "state|0.8",
    "rag",
    "stoplicht",
    "kleur|0.8",
    "voortgangsstatus",
  ],
  note: [
    "toelichting",
    "opmerking",
    "opmerkingen",
    "notes",
    "note",
    "comments",
    "comment",
    "remarks",
    "explanation",
    "resultaat|0.8",
    "resultaten|0.8",
    "result|0.8",
    "results|0.8",
    "bijzonderheden",
    "uitleg",
  ],
};

export const figureSynonyms: Record<FigureField, string[]> = {
  category: [
    "categorie",
    "delict",
    "delicten",
    "soort misdrijf",
    "misdrijf",
    "soort delict",
    "category",
    "offence",
    "offense",
    "crime",
    "indicator",
    "misdrijven|0.8",
    "criminaliteit|0.7",
    "onderwerp|0.7",
    "type|0.6",
  ],
  period: [
    "perioden",
    "periode",
    "jaar",
    "jaren",
    "period",
    "periods",
    "year",
    "years",
    "peiljaar",
    "maand",
    "maanden",
    "month",
    "kwartaal",
    "quarter",
    "datum|0.8",
    "date|0.8",
  ],
  region: [
    "regio",
    "regio s",
    "regios",
    "gemeente",
    "gemeenten",
    "region",
    "regions",
    "municipality",
    "wijk",
    "gebied",
    "area",
    "district",
    "buurt",
  ],
  value: [
    "waarde",
    "aantal",
    "value",
    "count",
    "aantallen",
    "number|0.8",
    "geregistreerde misdrijven",
    "totaal|0.6",
    "cijfer|0.8",
    "values",
  ],
  unit: ["eenheid", "unit", "eenheden", "units", "maat|0.7"],
  target: ["doel", "target", "streefwaarde", "doelstelling", "norm", "ambitie", "streefcijfer", "goal"],
};

interface CompiledSynonym {
  normalized: string;
  compact: string;
  weight: number;
}

function compile<F extends string>(table: Record<F, string[]>): Map<F, CompiledSynonym[]> {
  const compiled = new Map<F, CompiledSynonym[]>();
  for (const field of Object.keys(table) as F[]) {
    compiled.set(
      field,
      table[field].map((entry) => {
        const [word, weight] = entry.split("|");
        return {
          normalized: normalizeText(word),
          compact: compactText(word),
          weight: weight ? Number(weight) : 1,
        };
      }),
    );
  }
  return compiled;
}

const compiledTables = new WeakMap<object, Map<string, CompiledSynonym[]>>();

export interface HeaderFieldMatch<F extends string> {
  field: F;
  /** 1 exact, 0.8 the header starts with the synonym, 0.6 contains it; times the synonym's weight. */
  score: number;
}

/**
 * The field a header names, or null. "Stand van zaken per 1-3-2025" → status (starts with, 0.8);
 * "Toelichting voortgang" → note (starts with) rather than status (contains). Short synonyms (≤ 3
 * characters: "nr", "id", "#") only match exactly or at the start.
 */
export function matchHeader<F extends string>(
  header: string,
  table: Record<F, string[]>,
): HeaderFieldMatch<F> | null {
  const match = matchHeaderText(header, table);
  if (match) return match;
  // A footnote mark glued to a header word ("Perioden1", "Regio's²") is no part of it.
  const clean = withoutFootnoteMark(header);
  return clean === header ? null : matchHeaderText(clean, table);
}

function matchHeaderText<F extends string>(
  header: string,
  table: Record<F, string[]>,
): HeaderFieldMatch<F> | null {
  let compiled = compiledTables.get(table) as Map<F, CompiledSynonym[]> | undefined;
  if (!compiled) {
    compiled = compile(table);
    compiledTables.set(table, compiled as Map<string, CompiledSynonym[]>);
  }
  const normalized = normalizeText(header);
  if (normalized === "") return null;
  const compact = normalized.replace(/ /g, "");
  let best: HeaderFieldMatch<F> | null = null;
  for (const [field, synonyms] of compiled) {
    for (const synonym of synonyms) {
      let score = 0;
      if (normalized === synonym.normalized || compact === synonym.compact) score = 1;
      else if (numbered(normalized, synonym.normalized)) score = 0.3;
      else if (normalized.startsWith(`${synonym.normalized} `)) score = 0.8;
      else if (synonym.normalized.length > 3 && containsPhrase(normalized, synonym.normalized)) score = 0.6;
      score *= synonym.weight;
      if (score > 0 && (best === null || score > best.score)) best = { field, score };
    }
  }
  return best;
}

/** "activiteit 12", "thema 3": a synonym followed by only a number reads as data, not as a header. */
function numbered(normalized: string, synonym: string): boolean {
  return normalized.startsWith(`${synonym} `) && /^\d+$/.test(normalized.slice(synonym.length + 1));
}
