/**
 * Which sheets of an .xlsx Koers generated, by core's one rule (sheetOwnership): a generated sheet carries a
 * sheet-scoped hidden defined name `KoersGenerated` (generatedMarker) whose value is a generation id,
 *   <definedName name="KoersGenerated" localSheetId="N" hidden="1">"k1-…"</definedName>
 * (N the 0-based position of the sheet in <sheets>), and the custom document property `KoersGeneration`
 * (docProps/custom.xml) records that generation with the sheet's position and name. Reader and writer both
 * use these functions. Browser-safe (no Node APIs).
 */
import {
  generatedMarker,
  type GenerationRecord,
  generationRecordKey,
  type MarkedSheet,
  type SheetOwnership,
  sheetOwnership,
  storedGenerationRecord,
} from "../../../core";
import type { PartReader } from "./parts";
import { readStoredData } from "../stored";
import { relationshipTarget, relationshipTypes } from "./relationships";
import { attributeByLocalName, parseAttributes, unescapeXml, xmlTreeParser } from "./xml";

const parser = xmlTreeParser(["sheet", "definedName"]);

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

/** The sheets of a workbook.xml with their marker values (XML comments are not content: a parser skips them). */
export function markedSheets(workbookXml: string): MarkedSheet[] {
  const { sheets, definedNames } = parseWorkbookXml(workbookXml);
  const markers = new Map<number, string>();
  for (const definedName of definedNames) {
    if (definedName.name !== generatedMarker || definedName.localSheetId === undefined) continue;
    const position = Number(definedName.localSheetId);
    if (Number.isInteger(position) && !markers.has(position))
      markers.set(position, String(definedName["#text"] ?? ""));
  }
  return sheets.map((sheet, position) => ({
    name: String(sheet.name ?? ""),
    position,
    marker: markers.get(position) ?? null,
  }));
}

/** Path of the custom document properties part: the root relationship's target, else docProps/custom.xml. */
export async function customPropertiesPath(read: PartReader): Promise<string> {
  return (await relationshipTarget(read, "", relationshipTypes.customProperties)) ?? "docProps/custom.xml";
}

/** The text value of a custom document property in a docProps/custom.xml text, or null. */
export function customPropertyValue(xml: string, name: string): string | null {
  for (const match of xml.matchAll(
    /<(?:\w+:)?property\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/(?:\w+:)?property>/g,
  )) {
    if (attributeByLocalName(parseAttributes(match[1]), "name") !== name) continue;
    const value = /<(?:\w+:)?lpwstr>([\s\S]*?)<\/(?:\w+:)?lpwstr>/.exec(match[2]);
    return value ? unescapeXml(value[1]) : null;
  }
  return null;
}

/**
 * The generation record Koers stored in the package (core's storedGenerationRecord): the custom document
 * property, which both hosts write, else the pane's workbook setting (Excel, when the record was too long
 * for a custom property there).
 */
export async function readGenerationRecord(read: PartReader): Promise<GenerationRecord | null> {
  const custom = await read(await customPropertiesPath(read));
  const fromFile = custom ? customPropertyValue(custom, generationRecordKey) : null;
  return storedGenerationRecord(fromFile, (await readStoredData(read)).generation);
}

/** Which sheets of the package are Koers's (sheetOwnership over its workbook.xml and stored record). */
export async function ownershipOf(read: PartReader, workbookXml: string): Promise<SheetOwnership> {
  return sheetOwnership(markedSheets(workbookXml), await readGenerationRecord(read));
}

/** Path of the workbook part inside the package: the officeDocument target of _rels/.rels, else xl/workbook.xml. */
export async function workbookPartPath(read: PartReader): Promise<string> {
  return (await relationshipTarget(read, "", relationshipTypes.officeDocument)) ?? "xl/workbook.xml";
}
