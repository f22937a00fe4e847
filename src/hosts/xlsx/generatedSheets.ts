/**
 * Which sheets of an .xlsx Koers generated. A generated sheet carries a sheet-scoped hidden defined name
 * `KoersGenerated` (generatedMarker) with the value TRUE:
 *   <definedName name="KoersGenerated" localSheetId="N" hidden="1">TRUE</definedName>
 * where N is the 0-based position of the sheet in <sheets>. Browser-safe (no Node APIs).
 */
import { XMLParser } from "fast-xml-parser";
import type JSZip from "jszip";
import { generatedMarker } from "../../core";
import { jszipPartReader, type PartReader } from "./packageParts";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "sheet" || name === "definedName",
});

interface SheetEntry {
  name?: string;
}

interface DefinedNameEntry {
  name?: string;
  localSheetId?: string;
  "#text"?: string;
}

/** A workbook.xml's sheets (in tab order) and defined names. */
export function parseWorkbookXml(xml: string): { sheets: SheetEntry[]; definedNames: DefinedNameEntry[] } {
  const document = parser.parse(xml) as {
    workbook?: { sheets?: { sheet?: SheetEntry[] }; definedNames?: { definedName?: DefinedNameEntry[] } };
  };
  return {
    sheets: document.workbook?.sheets?.sheet ?? [],
    definedNames: document.workbook?.definedNames?.definedName ?? [],
  };
}

/** Names of the sheets marked generated in a workbook.xml text. */
export function listGeneratedSheetNames(workbookXml: string): string[];
/** Names of the sheets marked generated in a loaded package (reads its workbook part). */
export function listGeneratedSheetNames(zip: JSZip): Promise<string[]>;
export function listGeneratedSheetNames(source: string | JSZip): string[] | Promise<string[]> {
  if (typeof source === "string") return generatedFromXml(source);
  const read = jszipPartReader(source);
  return workbookPartPath(read)
    .then(read)
    .then((xml) => (xml === null ? [] : generatedFromXml(xml)));
}

function generatedFromXml(xml: string): string[] {
  const { sheets, definedNames } = parseWorkbookXml(xml);
  const names: string[] = [];
  for (const definedName of definedNames) {
    if (definedName.name !== generatedMarker || definedName.localSheetId === undefined) continue;
    const value = String(definedName["#text"] ?? "")
      .trim()
      .toUpperCase();
    if (value !== "TRUE" && value !== "1") continue;
    const sheet = sheets[Number(definedName.localSheetId)];
    if (sheet?.name !== undefined && !names.includes(String(sheet.name))) names.push(String(sheet.name));
  }
  return names;
}

/** Path of the workbook part inside the package: the officeDocument target of _rels/.rels, else xl/workbook.xml. */
export async function workbookPartPath(read: PartReader): Promise<string> {
  const rels = await read("_rels/.rels");
  const target = rels
    ? (/<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*Target="([^"]+)"/.exec(rels)?.[1] ??
      /<(?:\w+:)?Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels)?.[1])
    : undefined;
  return target ? target.replace(/^\//, "") : "xl/workbook.xml";
}
