import type { DocumentProperties } from "../../core";
import { escapeXml, xmlDeclaration } from "./xml";

/** docProps parts of the griffie copy. Author and company are the organisation, never a person. */

/** docProps/core.xml; created and modified are the report date, so the file is reproducible. */
export function coreProperties(properties: DocumentProperties): string {
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
    `<cp:contentStatus>${escapeXml(properties.status)}</cp:contentStatus>` +
    "</cp:coreProperties>"
  );
}

/** docProps/app.xml with the organisation as company and the sheet names as titles of parts. */
export function extendedProperties(properties: DocumentProperties, sheetNames: string[]): string {
  const names = sheetNames.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join("");
  return (
    xmlDeclaration +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>Koers</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Werkbladen</vt:lpstr></vt:variant>' +
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
