/** True for an ISO yyyy-mm-dd date that exists in the calendar. */
export function isValidIsoDate(text: string | null | undefined): text is string {
  // NOTE: called for every planning of every activity: read by character codes, no regex match to allocate.
  if (typeof text !== "string" || text.length !== 10) return false;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && dayExists(year, month, day);
}

/** The number written by `length` ASCII digits from `start`, or -1 when one of them is no digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let index = start; index < start + length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/**
 * The first day-month-year date written in the text that does not exist ("31-02-2025", "12-13-2025"),
 * or null. Catches what a lenient date parser would roll over into the next month.
 */
export function impossibleDateIn(text: string): string | null {
  // Cheap guard: most plannings ("Q2 2025", "eind 2025") hold no digit–separator–digit at all.
  if (!/\d[-/.]\d/.test(text)) return null;
  for (const match of text.matchAll(/(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})/g)) {
    const [whole, day, month, year] = match;
    if (!dayExists(Number(year), Number(month), Number(day))) return whole;
  }
  return null;
}

/** Days per month of a common year. */
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : daysInMonth[month - 1]);
}
