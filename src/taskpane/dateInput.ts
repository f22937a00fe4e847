/**
 * The report date as typed in the pane, in the order of Office's locale ("1-3-2025" in nl-NL, "3/1/2025"
 * in en-US, "01/03/2025" in en-GB) or as ISO ("2025-03-01"). Pure; the date field shows its refusal.
 */

type Part = "day" | "month" | "year";

/** The order of day, month and year in a locale's short date. */
export function dateOrder(locale: string): Part[] {
  try {
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" })
      .formatToParts(new Date(Date.UTC(2025, 10, 22)))
      .map((part) => part.type)
      .filter((type): type is Part => type === "day" || type === "month" || type === "year");
  } catch {
    return ["day", "month", "year"];
  }
}

/** An ISO date as the locale writes it ("1-3-2025" for nl-NL); the ISO text itself when not a date. */
export function formatDateInput(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  try {
    return new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "numeric",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
  } catch {
    return iso;
  }
}

/** A typed date as ISO, or null when it is no date of the calendar in the locale's order (or ISO). */
export function parseDateInput(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : fromLocale(trimmed, dateOrder(locale));
  if (!parts) return null;
  const { year, month, day } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromLocale(text: string, order: Part[]): Record<Part, number> | null {
  const pieces = text.split(/[-/.\s]+/).filter(Boolean);
  if (pieces.length !== 3 || order.length !== 3 || pieces.some((piece) => !/^\d{1,4}$/.test(piece)))
    return null;
  const parts = {} as Record<Part, number>;
  order.forEach((part, index) => (parts[part] = Number(pieces[index])));
  if (String(pieces[order.indexOf("year")]).length !== 4) return null;
  return parts;
}
