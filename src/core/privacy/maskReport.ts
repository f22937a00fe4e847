import type { Report } from "../report";
import { scanText } from "./textPatterns";

/**
 * A text with each item of personal data replaced by its masked form ("j***@example.nl",
 * "*****6782", "J** d* V****"), read as strictly as the griffie copy's redaction (a 9-digit number that
 * passes the 11-proof counts as a BSN anywhere). What stdout and report.json show by default.
 */
export function maskText(text: string): string {
  if (typeof text !== "string" || text === "") return text;
  const matches = scanText(text, { bsnContext: true });
  if (matches.length === 0) return text;
  let result = "";
  let position = 0;
  for (const match of matches) {
    result += text.slice(position, match.start) + match.masked;
    position = match.end;
  }
  return result + text.slice(position);
}

/**
 * The report with personal data masked in every text: title, sources, activity ids, names and groups
 * (overdue and changes lists), categories, finding messages, hints and parameters, the summary lines.
 * `privacy[]` is masked already and kept as it is. The CLI prints and writes this unless --unmasked.
 */
export function maskReport(report: Report): Report {
  // NOTE: a report repeats its texts (groups, statuses, finding messages): each is masked once.
  const masked = new Map<string, string>();
  const maskOnce = (text: string): string => {
    let result = masked.get(text);
    if (result === undefined) {
      result = maskText(text);
      masked.set(text, result);
    }
    return result;
  };
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(report))
    result[key] = key === "privacy" ? item : maskStrings(item, maskOnce);
  return result as unknown as Report;
}

/**
 * The value with every string masked. A plain object or array in which nothing changes is returned as it
 * is (no copy of a report's thousands of list entries); one in which something changes is copied, as a
 * plain object with its enumerable keys in order. Other objects are copied as before.
 */
function maskStrings(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      const masked = maskStrings(item, mask);
      if (copy === null && masked !== item) copy = value.slice(0, index);
      if (copy !== null) copy.push(masked);
    }
    return copy ?? value;
  }
  if (value && typeof value === "object") {
    const source = value as Record<string, unknown>;
    const prototype: unknown = Object.getPrototypeOf(value);
    let copy: Record<string, unknown> | null =
      prototype === Object.prototype || prototype === null ? null : {};
    for (const key in source) {
      const item = source[key];
      const masked = maskStrings(item, mask);
      if (copy === null && (masked !== item || !Object.prototype.hasOwnProperty.call(source, key))) {
        copy = {};
        for (const earlier in source) {
          if (earlier === key) break;
          copy[earlier] = source[earlier];
        }
      }
      if (copy !== null) copy[key] = masked;
    }
    return copy ?? value;
  }
  return value;
}
