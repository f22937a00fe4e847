/**
 * Detection notes: the typed remarks of DetectionExplanation.details and their stable codes
 * ("section-rows:5", "units:per10000,percent") in DetectionExplanation.notes.
 */
import type { DetectionNote, FigureUnit } from "../datasets";

const flagCodes = new Set<string>([
  "title-above",
  "two-row-header",
  "manual-mapping",
  "periods-as-rows",
  "flattened-header",
]);
const countCodes = new Set<string>([
  "section-rows",
  "group-filled-down",
  "region-filled-down",
  "status-from-fill",
  "blank-rows",
  "subheadings",
  "regions",
  "skipped-rows",
  "duplicate-periods",
  "sheets-combined",
]);

/** The stable code of a note: its code, then after a colon its parameter (lists joined by commas). */
export function formatNote(note: DetectionNote): string {
  if ("count" in note) return `${note.code}:${note.count}`;
  if ("row" in note) return `${note.code}:${note.row}`;
  if ("units" in note) return `${note.code}:${note.units.join(",")}`;
  if ("years" in note) return `${note.code}:${note.years.join(",")}`;
  return note.code;
}

/** A note back from its stable code (a report kept from an earlier version); null for an unknown code. */
export function parseNote(text: string): DetectionNote | null {
  const separator = text.indexOf(":");
  const code = separator === -1 ? text : text.slice(0, separator);
  const parameter = separator === -1 ? "" : text.slice(separator + 1);
  if (flagCodes.has(code)) return { code } as DetectionNote;
  if (countCodes.has(code)) return { code, count: Number(parameter) } as DetectionNote;
  if (code === "footnote" || code === "unit-row") return { code, row: Number(parameter) };
  if (code === "units") return { code, units: parameter.split(",") as FigureUnit[] };
  if (code === "provisional") return { code, years: parameter.split(",").map(Number) };
  return null;
}
