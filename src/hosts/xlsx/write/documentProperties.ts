import { documentLanguageTags, type DocumentProperties, type ReportPlan } from "../../../core";
import { escapeXml, unescapeXml, xmlDeclaration } from "../package/xml";

/** docProps parts of the griffie copy. Author and company are the organisation, never a person. */

/**
 * docProps/core.xml with title and language (nl-NL / en-GB, as accessibility checkers ask); created and
 * modified are the report date, so the file is reproducible.
 */
export function coreProperties(properties: DocumentProperties, language: ReportPlan["language"]): string {
  const timestamp = `${properties.reportDate}T00:00:00Z`;
  return (
    xmlDeclaration +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(properties.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(properties.keywords)}</cp:keywords>` +
    `<cp:lastModifiedBy>${escapeXml(properties.author)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>` +
    `<dc:language>${documentLanguageTags[language]}</dc:language>` +
    `<cp:contentStatus>${escapeXml(properties.status)}</cp:contentStatus>` +
    "</cp:coreProperties>"
  );
}

const worksheetsHeading = { nl: "Werkbladen", en: "Worksheets" } as const;

/** docProps/app.xml with the organisation as company and the sheet names as titles of parts. */
export function extendedProperties(
  properties: DocumentProperties,
  sheetNames: string[],
  language: ReportPlan["language"],
): string {
  const names = sheetNames.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join("");
  return (
    xmlDeclaration +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Koers</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>' +
    worksheetsHeading[language] +
    "</vt:lpstr></vt:variant>" +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    `<Company>${escapeXml(properties.company)}</Company>` +
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>" +
    "<AppVersion>16.0300</AppVersion></Properties>"
  );
}

/** docProps/custom.xml: report date and document status as named properties. */
export function customProperties(properties: DocumentProperties): string {
  const entries: [string, string][] = [
    ["Rapportagedatum", properties.reportDate],
    ["Status", properties.status],
  ];
  return (
    xmlDeclaration +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    entries
      .map(
        ([name, value], index) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${name}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
      )
      .join("") +
    "</Properties>"
  );
}

/**
 * An existing docProps/app.xml with its list of worksheets set to `sheetNames` (the user's sheets plus the ones
 * Koers adds, in tab order): the worksheets' heading pair gets the new count and TitlesOfParts the new names;
 * other headings (named ranges, charts) keep their entries. The worksheets' pair is the one whose titles all
 * are sheets the workbook had before (`previousSheetNames`), whatever language its label is in; without one,
 * a pair is added first. Returns the text unchanged when it has no HeadingPairs/TitlesOfParts it can read.
 */
export function withWorksheetTitles(
  xml: string,
  previousSheetNames: string[],
  sheetNames: string[],
  language: ReportPlan["language"],
): string {
  const pairsMatch = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(
    xml,
  );
  const titlesMatch = /<TitlesOfParts>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(
    xml,
  );
  const variants = pairsMatch
    ? [...pairsMatch[1].matchAll(/<vt:variant>\s*<vt:(lpstr|i4)>([^<]*)<\/vt:\1>\s*<\/vt:variant>/g)].map(
        (match) => match[2],
      )
    : [];
  const titles = titlesMatch
    ? [...titlesMatch[1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((match) => unescapeXml(match[1]))
    : [];
  if ((pairsMatch && variants.length % 2 !== 0) || (!pairsMatch && titlesMatch)) return xml;
  const pairs: { label: string; titles: string[] }[] = [];
  let offset = 0;
  for (let index = 0; index < variants.length; index += 2) {
    const count = Number(variants[index + 1]);
    if (!Number.isInteger(count) || count < 0) return xml;
    pairs.push({ label: variants[index], titles: titles.slice(offset, offset + count) });
    offset += count;
  }
  const previous = new Set(previousSheetNames);
  const worksheets = pairs.find(
    (pair) => pair.titles.length > 0 && pair.titles.every((title) => previous.has(title)),
  );
  if (worksheets) worksheets.titles = sheetNames;
  else pairs.unshift({ label: escapeXml(worksheetsHeading[language]), titles: sheetNames });
  const headingPairs =
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">` +
    pairs
      .map(
        (pair) =>
          `<vt:variant><vt:lpstr>${pair.label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${pair.titles.length}</vt:i4></vt:variant>`,
      )
      .join("") +
    "</vt:vector></HeadingPairs>";
  const allTitles = pairs.flatMap((pair) => pair.titles);
  const titlesOfParts =
    `<TitlesOfParts><vt:vector size="${allTitles.length}" baseType="lpstr">` +
    allTitles.map((title) => `<vt:lpstr>${escapeXml(title)}</vt:lpstr>`).join("") +
    "</vt:vector></TitlesOfParts>";
  if (pairsMatch && titlesMatch)
    return xml.replace(pairsMatch[0], headingPairs).replace(titlesMatch[0], titlesOfParts);
  // CT_Properties is an xsd:all: its children may come in any order.
  return xml.replace(/<\/Properties>/, `${headingPairs}${titlesOfParts}</Properties>`);
}
