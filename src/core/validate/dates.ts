/** True for an ISO yyyy-mm-dd date that exists in the calendar. */
export function isValidIsoDate(text: string | null | undefined): text is string {
  if (typeof text !== "string") return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The first day-month-year date written in the text that does not exist ("31-02-2025", "12-13-2025"),
 * or null. Catches what a lenient date parser would roll over into the next month.
 */
export function impossibleDateIn(text: string): string | null {
  for (const match of text.matchAll(/(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/g)) {
    const [whole, day, month, year] = match;
    if (!dayExists(Number(year), Number(month), Number(day))) return whole;
  }
  return null;
}

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}
