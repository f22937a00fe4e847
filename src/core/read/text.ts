/**
 * Text normalisation shared by header, status and planning matching: case, accents, punctuation and
 * spacing never decide whether two words mean the same.
 */

/** "  Stand van Zaken " → "stand van zaken"; "Regio's" → "regio s"; "Prioriteit/Thema" → "prioriteit thema". */
export function normalizeText(text: string): string {
  return stripAccents(text.toLowerCase())
    .replace(/[^a-z0-9%#*]+/g, " ")
    .trim();
}

/** Normalised text without spaces: "Op  schema" and "opschema" give the same key. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/ /g, "");
}

/** "geëvalueerd" → "geevalueerd". */
export function stripAccents(text: string): string {
  return /[^ -~\t\n\r]/.test(text) ? text.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : text;
}

/** Trims and collapses runs of whitespace (including non-breaking spaces and newlines) to one space. */
export function collapseSpaces(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/g, " ").trim();
}

/**
 * True when a text has no whitespace but single plain spaces between words: what collapseSpaces returns
 * unchanged. A loop over the text, because it runs on every cell read and most cells pass.
 */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  let previousSpace = true;
  for (let index = 0; index <= last; index++) {
    const code = text.charCodeAt(index);
    if (code === 32) {
      if (previousSpace || index === last) return false;
      previousSpace = true;
    } else if (isWhitespace(code)) return false;
    else previousSpace = false;
  }
  return true;
}

/**
 * What `\s` matches in a JavaScript pattern (ECMAScript WhiteSpace and LineTerminator), for a UTF-16 code
 * unit: for loops that run per cell, where a pattern would cost too much.
 */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when `phrase` (normalised) occurs in `text` (normalised) as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

/** Levenshtein edit distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/** "Population1" → "Population", "Inwoners²" → "Inwoners": a footnote mark glued to a header word. */
export function withoutFootnoteMark(header: string): string {
  return header.replace(/(?<=[A-Za-zÀ-ÿ)'])(?:\d|[¹²³⁴-⁹])$/, "").trim();
}
