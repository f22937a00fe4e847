/** Languages Koers writes in: Dutch first, English on request. */
export type Language = "nl" | "en";

/** Month names, January first: Dutch in lower case as Dutch writes them, English capitalised. */
export const monthNames: Record<Language, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** "2025-03-01" → "1 maart 2025" / "1 March 2025". Text that is not an ISO date is returned as is. */
export function formatLongDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = monthNames[language][Number(match[2]) - 1];
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Fills {{name}} placeholders, the same syntax as i18next's, so catalog templates can be shared with the
 * task pane's i18next resources.
 * NOTE: core formats thousands of findings per run; a plain replace keeps that cheap and synchronous.
 */
export function interpolate(template: string, parameters: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in parameters ? String(parameters[name]) : whole,
  );
}

/** Formats a number the Dutch or English way: 1.697 / 1,697 and −34,7 / -34.7. */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  const fixed = Math.abs(value).toFixed(fractionDigits);
  const [whole, fraction] = fixed.split(".");
  const thousands = language === "nl" ? "." : ",";
  const decimal = language === "nl" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = value < 0 && Number(fixed) !== 0 ? "−" : "";
  return sign + grouped + (fraction ? decimal + fraction : "");
}
