import type { PlannedSheet } from "../../../../src/core/plan/reportPlan";
import { worksheetXml, worksheetXmlChunks } from "../../../../src/hosts/xlsx/write/sheetXml";
import { minimalStylesXml, StyleSheetMerger } from "../../../../src/hosts/xlsx/write/styles";

/** A Trends-like sheet: a header and `rows` rows of text, numbers and an empty cell, one text wrapped. */
function largeSheet(rows: number): PlannedSheet {
  return {
    key: "trends",
    name: "Koers Trends",
    columnWidths: [30, 12, 12, 40],
    blocks: [
      { row: 1, column: 1, values: [["Categorie", "2023", "2024", "Toelichting"]], style: { bold: true } },
      {
        row: 2,
        column: 1,
        values: Array.from({ length: rows }, (_, index) => [
          `Categorie ${index} <é & "€">`,
          index * 5,
          index % 7 === 0 ? null : index * 4.5,
          index % 3 === 0 ? "Een lange toelichting die over meer dan één regel loopt in deze kolom." : "",
        ]),
        columnStyles: [undefined, { numberFormat: "#,##0" }, { numberFormat: "0.0" }, { wrap: true }],
        cellStyles: [{ row: 4, column: 1, style: { fill: "#FFEEEE" } }],
      },
    ],
    merges: ["A1:B1"],
    conditionalFormats: [
      { kind: "expression", range: "A2:D9", formula: "MOD(ROW(),2)=0", style: { fill: "#F2F2F2" } },
    ],
    charts: [],
    hyperlinks: [],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      header: { left: "Koers" },
      footer: { right: "Pagina &P" },
    },
  };
}

describe("worksheetXmlChunks", () => {
  it("hands a large sheet on in chunks that end between elements and together are the whole part", () => {
    const sheet = largeSheet(5000);
    const chunks = [
      ...worksheetXmlChunks(sheet, new StyleSheetMerger(minimalStylesXml()), { linkTargets: null }),
    ];
    const whole = worksheetXml(sheet, new StyleSheetMerger(minimalStylesXml()), { linkTargets: null });
    expect({
      several: chunks.length > 3,
      endsBetweenElements: chunks.every((chunk) => chunk.endsWith(">")),
      joined: chunks.join("") === whole,
      rows: (whole.match(/<row /g) ?? []).length,
      escaped: whole.includes("Categorie 0 &lt;é &amp; &quot;€&quot;&gt;"),
    }).toEqual({ several: true, endsBetweenElements: true, joined: true, rows: 5001, escaped: true });
  });
});
