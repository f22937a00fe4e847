import { scanLabels, scanWorkbookCopy, type PrivacyHit } from "../../../core";
import { loadJszip, type OpenParts } from "../package/parts";
import { readWorkbookSnapshot } from "./snapshot";
import { unescapeXml } from "../package/xml";

/** Personal data left in a written copy: what (masked) and where ("Koers Overzicht!B12", a part and field). */
export interface CopyLeak {
  kind: PrivacyHit["kind"];
  where: string;
  masked: string;
}

/** Document properties read back from docProps (element → label; creator and lastModifiedBy are person fields). */
const propertyElements: [RegExp, string][] = [
  [/<dc:title>([^<]*)</, "title"],
  [/<dc:subject>([^<]*)</, "subject"],
  [/<dc:creator>([^<]*)</, "creator"],
  [/<cp:lastModifiedBy>([^<]*)</, "lastModifiedBy"],
  [/<cp:keywords>([^<]*)</, "keywords"],
  [/<dc:description>([^<]*)</, "description"],
  [/<cp:category>([^<]*)</, "category"],
  [/<Company>([^<]*)</, "company"],
  [/<Manager>([^<]*)</, "manager"],
];

/**
 * Re-scans a written copy meant for sharing (the griffie copy) in every part: the cells as read back
 * from the bytes (scanWorkbookCopy, with header context), the document properties, and every text and
 * name attribute of every other XML part (chart titles and caches, sheet names, headers and footers,
 * defined names). An empty list means Koers recognises no personal data in the file. Browser-safe.
 */
export async function scanGriffieCopy(bytes: Uint8Array, openParts?: OpenParts): Promise<CopyLeak[]> {
  const zip = await new (await loadJszip())().loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir && /\.(?:xml|rels)$/i.test(path)) parts.set(path, await file.async("string"));
  }
  const properties: Record<string, string> = {};
  for (const path of ["docProps/core.xml", "docProps/app.xml"]) {
    const xml = parts.get(path) ?? "";
    for (const [pattern, label] of propertyElements) {
      const match = pattern.exec(xml);
      if (match) properties[label] = unescapeXml(match[1]);
    }
  }
  const snapshot = await readWorkbookSnapshot(bytes, "griffie.xlsx", openParts ? { openParts } : {});
  const scan = scanWorkbookCopy(snapshot, properties);
  const leaks: CopyLeak[] = [
    ...scan.cells.map((hit) => ({ kind: hit.kind, where: `${hit.sheet}!${hit.cell}`, masked: hit.masked })),
    ...scan.labels.map((hit) => ({ kind: hit.kind, where: hit.label, masked: hit.masked })),
  ];
  for (const [path, xml] of parts) {
    const texts: Record<string, string> = {};
    let index = 0;
    for (const match of xml.matchAll(/>([^<]+)</g)) texts[`${path} #${++index}`] = unescapeXml(match[1]);
    for (const match of xml.matchAll(/\bname="([^"]*)"/g))
      texts[`${path} #${++index}`] = unescapeXml(match[1]);
    for (const hit of scanLabels(texts)) {
      const where = hit.label.replace(/ #\d+$/, "");
      // NOTE: an item found already (in a cell or a property) is named once, where it was found first.
      if (!leaks.some((leak) => leak.kind === hit.kind && leak.masked === hit.masked))
        leaks.push({ kind: hit.kind, where, masked: hit.masked });
    }
  }
  return leaks;
}
