import { minimalStylesXml, StyleSheetMerger } from "../../../../src/hosts/xlsx/write/styles";
import { plainParser } from "../packageInspection";

const userStyles =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="dd-mm-yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

describe("StyleSheetMerger", () => {
  it("appends fonts, fills, borders, number formats and cell formats after the user's, keeping their indices", () => {
    const merger = new StyleSheetMerger(userStyles);
    const header = merger.cellFormat({ bold: true, fill: "#1f4e79", color: "#FFFFFF", borderBottom: "thin" });
    const percent = merger.cellFormat({ numberFormat: "0.0%" });
    const date = merger.cellFormat({ numberFormat: "dd-mm-yyyy" });
    const plain = merger.cellFormat({});
    const again = merger.cellFormat({ color: "#FFFFFF", borderBottom: "thin", fill: "#1F4E79", bold: true });
    const xml = merger.toXml();
    const sheet = plainParser.parse(xml).styleSheet;
    const xfs = sheet.cellXfs.xf;
    expect({
      indices: [header, percent, date, plain, again],
      counts: [
        sheet.numFmts.count,
        sheet.fonts.count,
        sheet.fills.count,
        sheet.borders.count,
        sheet.cellXfs.count,
      ],
      userPrefix: xml.startsWith(userStyles.slice(0, userStyles.indexOf("<numFmts"))),
      numberFormats: [sheet.numFmts.numFmt]
        .flat()
        .map((format: { numFmtId: string; formatCode: string }) => [format.numFmtId, format.formatCode]),
      headerXf: [xfs[3].fontId, xfs[3].fillId, xfs[3].borderId],
      dateXf: xfs[5].numFmtId,
    }).toEqual({
      indices: [3, 4, 5, 0, 3],
      counts: ["2", "4", "3", "2", "6"],
      userPrefix: true,
      numberFormats: [
        ["170", "dd-mm-yyyy"],
        ["171", "0.0%"],
      ],
      headerXf: ["2", "2", "1"],
      dateXf: "170",
    });
  });

  it("appends nothing when the styles are there already, so regenerating keeps the part's bytes", () => {
    const first = new StyleSheetMerger(userStyles);
    first.cellFormat({ bold: true, numberFormat: "#,##0.0" });
    first.differentialFormat({ fill: "#FCE4D6", color: "#9C0006" });
    const once = first.toXml();
    const second = new StyleSheetMerger(once);
    second.cellFormat({ bold: true, numberFormat: "#,##0.0" });
    second.differentialFormat({ fill: "#FCE4D6", color: "#9C0006" });
    expect(second.toXml()).toBe(once);
  });

  it("adds numFmts and dxfs where the part has none, in schema order", () => {
    const merger = new StyleSheetMerger(minimalStylesXml().replace('<dxfs count="0"/>', ""));
    merger.cellFormat({ numberFormat: "+0.0;-0.0;0.0" });
    merger.differentialFormat({ bold: true });
    const tags = [...merger.toXml().matchAll(/<(\w+) count=/g)].map((match) => match[1]);
    expect(tags).toEqual([
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
    ]);
  });
});
