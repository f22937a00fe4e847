import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chartXml } from "../../../src/hosts/xlsx/write/chartParts";

/** A 2×2 red PNG. */
const pngBytes = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  ),
  (character) => character.charCodeAt(0),
);

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A user's workbook holding what ExcelJS would lose or mangle on a round trip: an image and a comment
 * (written by ExcelJS), data validation and defined names, plus a native chart and a pivot table with its
 * cache added by hand at package level. Sheets: "Activiteiten", "Bob's Data" (chart), "Draaitabel"
 * (pivot table), and optionally a user's own "Koers Overzicht".
 */
export async function richWorkbook(options: { userOverviewSheet?: boolean } = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const activities = book.addWorksheet("Activiteiten");
  activities.addRow(["Nr.", "Activiteit", "Status"]);
  activities.addRow(["001", "Bewustwordingscampagne cybercrime", "Afgerond"]);
  activities.addRow(["002", "Controles horeca", "Vertraagd"]);
  activities.addRow(["003", "Aanpak jeugdoverlast", "Loopt volgens planning"]);
  activities.getCell("A1").note = "Nummer per activiteit";
  activities.getCell("C2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"Afgerond,Vertraagd,Loopt volgens planning"'],
  };
  activities.getCell("B2").font = { bold: true, color: { argb: "FF1F4E79" } };
  book.definedNames.add("Activiteiten!$B$2:$B$4", "Activiteitnamen");
  const image = book.addImage({ buffer: pngBytes as unknown as ExcelJS.Buffer, extension: "png" });
  activities.addImage(image, { tl: { col: 5, row: 1 }, ext: { width: 40, height: 40 } });
  const data = book.addWorksheet("Bob's Data");
  data.addRow(["Status", "Aantal"]);
  data.addRow(["Afgerond", 5]);
  data.addRow(["Vertraagd", 1]);
  book.addWorksheet("Draaitabel");
  if (options.userOverviewSheet) {
    book.addWorksheet("Koers Overzicht").addRow(["Mijn eigen overzicht, niet van Koers"]);
  }
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());

  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheetPath = (name: string) => {
    const id =
      new RegExp(`<sheet [^>]*name="${name.replace(/'/g, "&apos;")}"[^>]*r:id="(rId\\d+)"`).exec(
        workbookXml,
      )?.[1] ?? new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbookXml)?.[1];
    const target =
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(workbookRels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(workbookRels)![1];
    return `xl/${target.replace(/^\/?xl\//, "")}`;
  };

  // The user's own chart on "Bob's Data".
  const dataPath = sheetPath("Bob&apos;s Data");
  zip.file(
    "xl/charts/chart1.xml",
    chartXml(
      {
        id: "user",
        kind: "column",
        title: "Mijn grafiek",
        altText: "Mijn grafiek: alt text",
        anchor: { from: { row: 1, column: 4 }, to: { row: 15, column: 10 } },
        categories: { sheet: "Bob's Data", range: "A2:A3" },
        categoryCache: ["Afgerond", "Vertraagd"],
        series: [{ name: "Aantal", values: { sheet: "Bob's Data", range: "B2:B3" }, cache: [5, 1] }],
        showLegend: false,
      },
      "nl",
    ),
  );
  zip.file(
    "xl/drawings/drawing9.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Mijn grafiek"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${rels}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  zip.file(
    "xl/drawings/_rels/drawing9.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const dataXml = await zip.file(dataPath)!.async("string");
  zip.file(dataPath, dataXml.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  zip.file(
    dataPath.replace("worksheets/", "worksheets/_rels/") + ".rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
  );

  // A pivot table on "Draaitabel" over Bob's Data!A1:B3, with its cache.
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${main}" xmlns:r="${rels}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Bob's Data"/></cacheSource><cacheFields count="2"><cacheField name="Status" numFmtId="0"><sharedItems count="2"><s v="Afgerond"/><s v="Vertraagd"/></sharedItems></cacheField><cacheField name="Aantal" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${main}" xmlns:r="${rels}" count="2"><r><x v="0"/><n v="5"/></r><r><x v="1"/><n v="1"/></r></pivotCacheRecords>`,
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${main}" name="Draaitabel1" cacheId="1" dataCaption="Waarden" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Som van Aantal" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
  );
  const pivotSheetPath = sheetPath("Draaitabel");
  zip.file(
    pivotSheetPath.replace("worksheets/", "worksheets/_rels/") + ".rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rels}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="rId900" Type="${rels}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "xl/workbook.xml",
    workbookXml.replace(
      /(<calcPr[^>]*\/>)/,
      '$1<pivotCaches><pivotCache cacheId="1" r:id="rId900"/></pivotCaches>',
    ),
  );
  const contentTypes = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    contentTypes.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>' +
        '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>' +
        '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
