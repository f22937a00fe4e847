import type { Language } from "../i18n/language";

/**
 * The wordings Koers suggests for an unrecognised status (DESIGN.md "Status").
 * NOTE: the reading side owns status normalisation (src/core/read/status.ts, `nearestStatusWording`);
 * until that lands this small fallback gives the hint of unknown-status. Merge when it exists.
 */
const knownWordings: Record<Language, readonly string[]> = {
  nl: [
    "Afgerond",
    "Gereed",
    "Klaar",
    "Loopt volgens planning",
    "Op schema",
    "Op koers",
    "Vertraagd",
    "Loopt achter",
    "Niet gestart",
    "Nog niet gestart",
  ],
  en: ["Done", "Completed", "On track", "On schedule", "Delayed", "Behind schedule", "Not started"],
};

/** The known status wording nearest to a typed status (edit distance, case and spaces ignored). */
export function nearestStatusWording(text: string, language: Language): string {
  const typed = normalise(text);
  const candidates = [...knownWordings[language], ...knownWordings[language === "nl" ? "en" : "nl"]];
  let best = knownWordings[language][0];
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const wording = normalise(candidate);
    const score = wording.startsWith(typed) && typed.length >= 3 ? 0 : editDistance(typed, wording, bestScore);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Levenshtein distance, giving up (returning `limit`) once every path is at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const first = a.slice(0, 60);
  const second = b.slice(0, 60);
  let previous = Array.from({ length: second.length + 1 }, (_, index) => index);
  for (let i = 1; i <= first.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= second.length; j++) {
      const cost = first[i - 1] === second[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return previous[second.length];
}
