import { XMLParser } from "fast-xml-parser";

/**
 * Small XML text helpers for writing SpreadsheetML and editing package parts as text.
 * NOTE: parts of the user's workbook are edited as text, not re-serialised through a parser, so that
 * everything Koers does not touch keeps its exact bytes.
 */

// XML 1.0 forbids most control characters; Excel refuses a part that holds one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Any character escapeXml changes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const needsEscape = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF&<>"]/;

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  // NOTE: most texts of a large sheet need nothing; one test spares them five scans and copies.
  if (!needsEscape.test(text)) return text;
  return text
    .replace(invalidXmlCharacters, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return entity.startsWith("#x")
          ? String.fromCodePoint(parseInt(entity.slice(2), 16))
          : String.fromCodePoint(parseInt(entity.slice(1), 10));
    }
  });
}

/** Attributes of a start tag's attribute text, decoded; prefixes are kept ("r:id"). */
export function parseAttributes(attributeText: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of attributeText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes[match[1]] = unescapeXml(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

/** The value of an attribute whatever its namespace prefix ("r:id", "ns1:id"), or undefined. */
export function attributeByLocalName(
  attributes: Record<string, string>,
  localName: string,
): string | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** UTF-8 bytes of a text (browser and Node alike). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Text of UTF-8 bytes; a byte-order mark is dropped. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * The one fast-xml-parser set-up, for the small parts read as trees (workbook, styles, theme): attributes
 * without a prefix, namespace prefixes dropped, every value kept as text. `repeated` names the elements that
 * may occur more than once, so they always come back as arrays. Sheet XML is scanned directly, never parsed
 * into a tree (see read/snapshot.ts).
 */
export function xmlTreeParser(repeated: readonly string[]): XMLParser {
  const names = new Set(repeated);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => names.has(name),
  });
}

/** An element of a parsed tree: its attributes and children by name. */
export type XmlNode = Record<string, unknown>;

/** A parsed value as an element ({} when it is absent or text). */
export function xmlNode(value: unknown): XmlNode {
  return typeof value === "object" && value !== null ? (value as XmlNode) : {};
}

/** A parsed value as a list of elements (an element that occurs once, or not at all, too). */
export function xmlList(value: unknown): XmlNode[] {
  return Array.isArray(value) ? value.map(xmlNode) : value === undefined ? [] : [xmlNode(value)];
}

/** An attribute of a parsed element as text, undefined when absent. */
export function xmlAttribute(element: XmlNode, name: string): string | undefined {
  const found = element[name];
  return found === undefined ? undefined : String(found);
}
