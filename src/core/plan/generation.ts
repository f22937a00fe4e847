/**
 * Which sheets of a workbook are Koers's: the one ownership rule both hosts apply, for reading (a generated
 * sheet is never read as data) and for writing (only generated sheets are replaced).
 *
 * A sheet is Koers's only when
 *  1. it carries the sheet-scoped marker name `generatedMarker` whose value is the id of a generation, and
 *  2. the workbook's stored generation record (written by Koers in a part only it writes: docProps/custom.xml
 *     in a file, the workbook settings in Excel) has that same id, and lists the sheet at that position
 *     (0-based tab index) with that name.
 * Everything else is the user's, whatever its name or marker: a copy made with Move or Copy (it keeps the
 * sheet-scoped names, but not the name and position), a renamed sheet, a marker with another value (TRUE,
 * FALSE, an old id) or a marker without a record. Such a sheet is kept and reported (`generated-sheet-kept`).
 * Pure: the hosts bring the sheets, markers and record.
 */
import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { ReportPlan } from "./reportPlan";

/** What Koers records about the sheets it wrote in one generation. */
export interface GenerationRecord {
  /** The generation's id; each generated sheet's marker holds it. */
  id: string;
  /** The generated sheets as written: tab position (0-based) and name. */
  sheets: { position: number; name: string }[];
}

/** A sheet as the host found it: name, tab position and its marker's value (null: no marker). */
export interface MarkedSheet {
  name: string;
  position: number;
  /** The marker name's value as stored: the formula text without "=", e.g. `"k1-…"` with quotes. */
  marker: string | null;
}

/** Why a sheet with a marker is the user's. */
export type KeptReason = "no-record" | "other-generation" | "moved-or-renamed";

export interface SheetOwnership {
  /** Tab positions of Koers's sheets, ascending. */
  owned: number[];
  /** Sheets that carry a marker and are the user's nonetheless. */
  kept: { name: string; position: number; reason: KeptReason }[];
}

/** Name of the custom document property (file) and workbook setting (Excel) holding the record. */
export const generationRecordKey = "KoersGeneration";

const idPattern = /^k1-[0-9a-f]{16}$/;

/** The one ownership rule (see the module comment). */
export function sheetOwnership(sheets: MarkedSheet[], record: GenerationRecord | null): SheetOwnership {
  const owned: number[] = [];
  const kept: SheetOwnership["kept"] = [];
  for (const sheet of sheets) {
    if (sheet.marker === null) continue;
    const id = markerId(sheet.marker);
    let reason: KeptReason | null = null;
    if (!record) reason = "no-record";
    else if (id !== record.id) reason = "other-generation";
    else if (!record.sheets.some((entry) => entry.position === sheet.position && entry.name === sheet.name))
      reason = "moved-or-renamed";
    if (reason === null) owned.push(sheet.position);
    else kept.push({ name: sheet.name, position: sheet.position, reason });
  }
  return { owned: owned.sort((a, b) => a - b), kept };
}

/** The marker's value for a generation id: a text constant, as a defined name stores it (`"k1-…"`). */
export function markerValue(id: string): string {
  return `"${id}"`;
}

/** The generation id a marker value carries, or null ("=TRUE", FALSE, anything not an id). */
export function markerId(value: string): string | null {
  const text = value.trim().replace(/^=/, "").trim();
  const match = /^"([^"]*)"$/.exec(text);
  return match && idPattern.test(match[1]) ? match[1] : null;
}

/**
 * A deterministic generation id from what the generation writes (report date, language, sheet names and
 * any content key the host passes), so regenerating the same report gives the same bytes.
 */
export function generationId(parts: string[]): string {
  // FNV-1a, 2 × 32 bits with different offsets: an id, not a secret (ownership rests on the record).
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  const text = parts.join("\u0000");
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x01000193 ^ 0x2c1b3c6d) >>> 0;
  }
  return `k1-${first.toString(16).padStart(8, "0")}${second.toString(16).padStart(8, "0")}`;
}

/**
 * The record of a generation that writes `plan`'s sheets in order from tab position `firstPosition` (after the
 * user's sheets), with its deterministic id. Both hosts take the id for the markers and the record from here.
 */
export function planGenerationRecord(plan: ReportPlan, firstPosition: number): GenerationRecord {
  return {
    id: generationId([
      plan.properties.reportDate,
      plan.language,
      plan.properties.title,
      ...plan.sheets.map((sheet) => sheet.name),
    ]),
    sheets: plan.sheets.map((sheet, index) => ({ position: firstPosition + index, name: sheet.name })),
  };
}

/**
 * The record a workbook holds, chosen the same way by both hosts: the custom document property
 * `generationRecordKey` (its text) when it holds a record, else the record in the add-in setting of that key.
 */
export function storedGenerationRecord(
  customProperty: string | null | undefined,
  setting: GenerationRecord | null,
): GenerationRecord | null {
  return parseGenerationRecord(customProperty) ?? setting;
}

/** The record as stored (JSON). */
export function serializeGenerationRecord(record: GenerationRecord): string {
  return JSON.stringify({
    id: record.id,
    sheets: record.sheets.map((sheet) => [sheet.position, sheet.name]),
  });
}

/** A stored record, or null when absent or not a record Koers wrote. Never throws. */
export function parseGenerationRecord(text: string | null | undefined): GenerationRecord | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { id?: unknown; sheets?: unknown };
    if (typeof parsed.id !== "string" || !idPattern.test(parsed.id) || !Array.isArray(parsed.sheets))
      return null;
    const sheets: GenerationRecord["sheets"] = [];
    for (const entry of parsed.sheets) {
      if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || typeof entry[1] !== "string") return null;
      sheets.push({ position: entry[0] as number, name: entry[1] });
    }
    return { id: parsed.id, sheets };
  } catch {
    return null;
  }
}

/** The info findings for sheets kept although they carry a Koers marker. */
export function keptSheetFindings(kept: SheetOwnership["kept"], language: Language): Finding[] {
  return kept.map((sheet) =>
    createFinding("generated-sheet-kept", { sheet: sheet.name, cell: "A1" }, { name: sheet.name }, language),
  );
}
