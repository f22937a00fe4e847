/**
 * The package's relationships (OPC): the one reader of .rels parts for reading and writing, and the text edits
 * the writer makes to them. A relationship's target resolves against the part that holds it.
 */
import type { PartReader } from "./parts";
import { escapeXml, parseAttributes } from "./xml";
import { largest } from "../../../core";

export const relationshipTypes = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  extendedProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
};

const packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Package path of the target ("xl/worksheets/sheet1.xml"), null for an external target. */
  path: string | null;
  /** The exact XML text of the element, for removal. */
  xml: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship. */
export function resolveTarget(sourcePartPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePartPath.includes("/")
    ? sourcePartPath.slice(0, sourcePartPath.lastIndexOf("/")).split("/")
    : [];
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** Parses a .rels part. An element without an Id or a Target (a damaged or hostile part) is left out. */
export function parseRelationships(xml: string, sourcePartPath: string): Relationship[] {
  const relationships: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>(?:<\/(?:\w+:)?Relationship>)?/g)) {
    const attributes = parseAttributes(match[1]);
    if (!attributes.Id || attributes.Target === undefined) continue;
    const external = attributes.TargetMode === "External";
    relationships.push({
      id: attributes.Id,
      type: attributes.Type ?? "",
      target: attributes.Target,
      external,
      path: external ? null : resolveTarget(sourcePartPath, attributes.Target),
      xml: match[0],
    });
  }
  return relationships;
}

/** An empty relationships part. */
export function emptyRelationshipsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${packageRelationshipNamespace}"></Relationships>`;
}

/** Adds a relationship element to a .rels part's text. */
export function appendRelationship(xml: string, id: string, type: string, target: string): string {
  const element = `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  if (/<Relationships\b[^>]*\/>/.test(xml)) {
    return xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`);
  }
  return xml.replace(/<\/Relationships>/, `${element}</Relationships>`);
}

/** The next free "rIdN" among the relationships. */
export function nextRelationshipId(relationships: { id: string }[]): string {
  const numbers = relationships
    .map((relationship) => /^rId(\d+)$/.exec(relationship.id))
    .map((match) => (match ? Number(match[1]) : 0));
  return `rId${Math.max(0, largest(numbers)) + 1}`;
}

/** A relative target from one part to another in the same package. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The relationships of a part (empty when it has none). */
export async function readRelationships(read: PartReader, partPath: string): Promise<Relationship[]> {
  const xml = await read(relationshipsPath(partPath));
  return xml ? parseRelationships(xml, partPath) : [];
}

/** The package path of the first relationship of `type` with a target inside the package, or null. */
export function targetOfType(relationships: readonly Relationship[], type: string): string | null {
  return relationships.find((relationship) => relationship.type === type && relationship.path)?.path ?? null;
}

/** The package path of a part's first relationship of `type` ("" for the package's root relationships), or null. */
export async function relationshipTarget(
  read: PartReader,
  partPath: string,
  type: string,
): Promise<string | null> {
  return targetOfType(await readRelationships(read, partPath), type);
}
