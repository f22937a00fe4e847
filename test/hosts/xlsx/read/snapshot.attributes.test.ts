import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";

const example = path.join(__dirname, "../../../../examples/lelystad-activiteiten.xlsx");

/** The example workbook with its first sheet's cells replaced by `cells` (one row). */
async function workbookWithCells(cells: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(example));
  const part = "xl/worksheets/sheet1.xml";
  const sheet = await zip.file(part)!.async("string");
  zip.file(
    part,
    sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData><row r="1">${cells}</row></sheetData>`),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("the cell attributes r, s and t, as writers other than Excel put them", () => {
  it("reads them in any order and spacing, with $ and lower case in r, and only as whole attribute names", async () => {
    const bytes = await workbookWithCells(
      [
        `<c t="inlineStr" r="A1"><is><t>Nr</t></is></c>`,
        `<c r="$B$1" t="str"><v>tekst</v></c>`,
        `<c r="C1" s="00"><v>1.25</v></c>`,
        `<c  r="D1"  t="b" ><v>1</v></c>`,
        // A prefixed attribute is no type: xr:t="s" leaves the cell a number.
        `<c r="E1" xr:t="s"><v>0</v></c>`,
        `<c r="F1" t="e"><v>#N/A</v></c>`,
        `<c r="g1"><v>5</v></c>`,
        `<c r="H1" t="onbekend"><v>7</v></c>`,
        `<c t="n"><v>8</v></c>`,
      ].join(""),
    );
    const { sheets } = await readWorkbookSnapshot(bytes, "attributen.xlsx");
    expect(sheets[0].values[0]).toEqual(["Nr", "tekst", 1.25, true, 0, { error: "#N/A" }, 5, 7, 8]);
    expect(sheets[0].texts[0].slice(0, 4)).toEqual(["Nr", "tekst", "1,25", "TRUE"]);
  });
});
