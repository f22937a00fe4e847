import JSZip from "jszip";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseRelationships } from "../../../src/hosts/xlsx/package/relationships";

/** Test helpers that look inside an .xlsx package with a real XML parser. */

export async function partTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(path, await file.async("string"));
  }
  return parts;
}

export async function partBytes(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(path, await file.async("uint8array"));
  }
  return parts;
}

/** Parses keeping element order: [{tag: [children…], ":@": {attributes}}]. */
export const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
});
export const plainParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: () => false,
});

type Ordered = Record<string, unknown>[];

/** Tag names of the children of the first element found by a path of tag names. */
export function findOrdered(nodes: Ordered, path: string[]): Ordered[] {
  if (path.length === 0) return [nodes];
  const [head, ...rest] = path;
  const results: Ordered[] = [];
  for (const node of nodes) {
    if (head in node) results.push(...findOrdered(node[head] as Ordered, rest));
  }
  return results;
}

export function childTags(nodes: Ordered): string[] {
  return nodes.map((node) => Object.keys(node).find((key) => key !== ":@")!).filter((tag) => tag !== "#text");
}

export interface PackageProblems {
  missingTargets: string[];
  withoutContentType: string[];
  overridesWithoutPart: string[];
  /** XML parts that are not well-formed, with the parser's message. */
  malformed: string[];
}

/**
 * Consistency of a package: every internal relationship target exists, every part has a content type
 * (Default by extension or Override), every Override names an existing part, every XML part is well-formed.
 */
export async function packageProblems(bytes: Uint8Array): Promise<PackageProblems> {
  const parts = await partTexts(bytes);
  const contentTypes = parts.get("[Content_Types].xml")!;
  const defaults = new Set(
    [...contentTypes.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((match) => match[1].toLowerCase()),
  );
  const overrides = [...contentTypes.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((match) =>
    match[1].slice(1),
  );
  const missingTargets: string[] = [];
  for (const [path, text] of parts) {
    if (!path.endsWith(".rels")) continue;
    const owner = path.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const relationship of parseRelationships(text, owner === path ? "" : owner)) {
      if (relationship.path && !parts.has(relationship.path))
        missingTargets.push(`${path} → ${relationship.target}`);
    }
  }
  const withoutContentType = [...parts.keys()].filter(
    (path) =>
      path !== "[Content_Types].xml" &&
      !overrides.includes(path) &&
      !defaults.has(path.split(".").pop()!.toLowerCase()),
  );
  const overridesWithoutPart = overrides.filter((path) => !parts.has(path));
  const malformed = [...parts.entries()]
    .filter(([path]) => /\.(xml|rels)$/.test(path))
    .flatMap(([path, text]) => {
      const result = XMLValidator.validate(text);
      return result === true ? [] : [`${path}: ${result.err.msg}`];
    });
  return { missingTargets, withoutContentType, overridesWithoutPart, malformed };
}
