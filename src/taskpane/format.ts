import type { Language } from "../core";

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A count or figure as the pane shows it: Intl.NumberFormat of the pane's language ("20.000", "41,5" in
 * Dutch). The i18next texts use the same formatter through `{{count, number}}` (i18n.ts).
 */
export function formatCount(value: number, language: Language = "nl", fractionDigits?: number): string {
  const key = `${language}:${fractionDigits ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      locales[language],
      fractionDigits === undefined
        ? { maximumFractionDigits: 2 }
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
    );
    formatters.set(key, formatter);
  }
  // The typographic minus, as core and the report write it ("−34,7").
  return formatter.format(value).replace(/^-/, "\u2212");
}
