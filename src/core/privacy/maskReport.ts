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
 * NOTE: the result shares every part without personal data with `report`; neither is to be changed after.
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
 * `value` with `mask` applied to every string in it. Parts without a changed string are returned as they are
 * (not copied), so a large report costs a walk, not a second copy of its number arrays.
 */
function maskStrings(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item === "number") continue;
      const masked = maskStrings(item, mask);
      if (masked !== item) (copy ??= value.slice())[index] = masked;
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | null = null;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    // NOTE: `cells` are the cell addresses of a series' values ("C5"), never a text of the user's.
    if (key === "cells") continue;
    const item = record[key];
    const masked = maskStrings(item, mask);
    if (masked !== item) (copy ??= { ...record })[key] = masked;
  }
  return copy ?? value;
}
