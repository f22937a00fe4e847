"use strict";
/**
 * The workbook the in-Excel self-test runs on, made from the examples: the Lelystad activity list, Dronten's
 * Tabel 2 copied in as sheet "Cijfers", and a user's own sheet ("Mijn notities") that regeneration must leave
 * alone. With `addinId` the file also carries a task pane part, so Excel opens the add-in's pane by itself
 * when the file is opened with that add-in sideloaded (the Office Open XML web extension parts).
 */
const path = require("node:path");
const { writeFile, mkdir } = require("node:fs/promises");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const root = path.resolve(__dirname, "../..");
const userSheetName = "Mijn notities";

async function makeTestWorkbook(outFile, { addinId, addinVersion = "1.0.0.0" } = {}) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(root, "examples", "lelystad-activiteiten.xlsx"));
  const figures = new ExcelJS.Workbook();
  await figures.xlsx.readFile(path.join(root, "examples", "dronten-cijfers.xlsx"));
  for (const source of figures.worksheets) {
    const target = book.addWorksheet(
      book.getWorksheet(source.name) ? `${source.name} (Dronten)` : source.name,
    );
    source.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const copy = target.getCell(rowNumber, columnNumber);
        copy.value = cell.value;
        copy.numFmt = cell.numFmt;
        if (cell.fill) copy.fill = cell.fill;
        if (cell.font) copy.font = cell.font;
      });
    });
    for (const merge of source.model.merges ?? []) target.mergeCells(merge);
  }
  const notes = book.addWorksheet(userSheetName);
  notes.addRows([
    ["Eigen aantekeningen bij de rapportage (dit blad is van de gebruiker, niet van Koers)"],
    ["Overleg driehoek", "12-03-2025"],
    ["Koers Overzicht", "een tekst die op een Koers-bladnaam lijkt"],
  ]);
  let bytes = Buffer.from(await book.xlsx.writeBuffer());
  if (addinId) bytes = await withTaskPane(bytes, addinId, addinVersion);
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { file: outFile, userSheetName };
}

/** Adds xl/webextensions/ (a task pane of the add-in `id`, docked right and visible) to an .xlsx. */
async function withTaskPane(bytes, id, version) {
  const zip = await JSZip.loadAsync(bytes);
  const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "xl/webextensions/webextension1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" ' +
      'id="{3B7C2F1E-5D4A-4C6B-9E8F-1A2B3C4D5E6F}">' +
      `<we:reference id="${id}" version="${version}" store="developer" storeType="Registry"/>` +
      "<we:alternateReferences/><we:properties/><we:bindings/>" +
      `<we:snapshot xmlns:r="${relationships}"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/taskpanes.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
      '<wetp:taskpane dockstate="right" visibility="1" width="350" row="4">' +
      `<wetp:webextensionref xmlns:r="${relationships}" r:id="rId1"/>` +
      "</wetp:taskpane></wetp:taskpanes>",
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" ' +
      'Target="webextension1.xml"/></Relationships>',
  );
  const rels = await zip.file("_rels/.rels").async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdKoersTaskpanes" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" ' +
        'Target="xl/webextensions/taskpanes.xml"/></Relationships>',
    ),
  );
  const types = await zip.file("[Content_Types].xml").async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

module.exports = { makeTestWorkbook, userSheetName };
