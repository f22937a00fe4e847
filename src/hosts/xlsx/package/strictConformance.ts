/**
 * Strict Open XML (ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet") is the same SpreadsheetML
 * under other namespace and relationship-type names (http://purl.oclc.org/ooxml/…). Koers reads and writes
 * the transitional names only, so a strict package is seen through transitionalXml: every strict name in
 * a part's attributes (xmlns declarations, relationship types) becomes its transitional twin and the
 * workbook's conformance="strict" goes, which makes each part a valid transitional part with the same
 * content. Browser-safe.
 */

const strictRoot = "http://purl.oclc.org/ooxml/";
const transitionalRoot = "http://schemas.openxmlformats.org/";
const strictRelationships = `${strictRoot}officeDocument/relationships`;
const transitionalRelationships = `${transitionalRoot}officeDocument/2006/relationships`;

/** Names whose transitional form is not the strict one with "/2006" inserted (ISO/IEC 29500-1 Annex A). */
const irregularNames: Record<string, string> = {
  [`${strictRoot}officeDocument/extendedProperties`]: `${transitionalRoot}officeDocument/2006/extended-properties`,
  [`${strictRoot}officeDocument/customProperties`]: `${transitionalRoot}officeDocument/2006/custom-properties`,
  [`${strictRelationships}/extendedProperties`]: `${transitionalRelationships}/extended-properties`,
  [`${strictRelationships}/customProperties`]: `${transitionalRelationships}/custom-properties`,
  [`${strictRelationships}/metadata/thumbnail`]: `${transitionalRoot}package/2006/relationships/metadata/thumbnail`,
};

/** Vocabularies with a strict namespace: "http://purl.oclc.org/ooxml/<area>/<name>". */
const strictAreas = [
  "spreadsheetml",
  "drawingml",
  "officeDocument",
  "presentationml",
  "wordprocessingml",
  "schemaLibrary",
];

/** The transitional twin of a strict namespace or relationship type; any other text as it is. */
export function transitionalName(name: string): string {
  const irregular = irregularNames[name];
  if (irregular) return irregular;
  if (name === strictRelationships || name.startsWith(`${strictRelationships}/`)) {
    return transitionalRelationships + name.slice(strictRelationships.length);
  }
  const match = /^http:\/\/purl\.oclc\.org\/ooxml\/(\w+)\/(.+)$/.exec(name);
  if (!match || !strictAreas.includes(match[1])) return name;
  return `${transitionalRoot}${match[1]}/2006/${match[2]}`;
}

/** True when the package root's relationships name a strict main part (Excel's Strict Open XML). */
export function isStrictPackage(rootRelationshipsXml: string | null): boolean {
  return rootRelationshipsXml?.includes(`"${strictRelationships}/officeDocument"`) ?? false;
}

/**
 * A strict part's text with the transitional names: every quoted attribute value that is a strict name is
 * replaced (element content, where a user's text lives, is left alone), and the root's conformance="strict"
 * is dropped. Text without strict names comes back unchanged.
 */
export function transitionalXml(xml: string): string {
  if (!xml.includes(strictRoot)) return xml;
  return xml
    .replace(
      /(=\s*)(["'])(http:\/\/purl\.oclc\.org\/ooxml\/[^"'<>\s]*)\2/g,
      (_whole, equals: string, quote: string, name: string) =>
        `${equals}${quote}${transitionalName(name)}${quote}`,
    )
    .replace(/(<(?:\w+:)?workbook\b[^>]*?)\s+conformance=(["'])strict\2/, "$1");
}
