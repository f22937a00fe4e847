import { readFileSync } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { xlsxModule } from "../../src/taskpane/xlsxModule";
import { samplePlan } from "../hosts/xlsx/samplePlan";

const example = path.join(__dirname, "../../examples/lelystad-activiteiten.xlsx");

describe("the pane's xlsx functions", () => {
  it("write the preview's download as an .xlsx even from a macro-enabled workbook", async () => {
    const zip = await JSZip.loadAsync(readFileSync(example));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      types
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace(
          "</Types>",
          '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    const relationships = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      relationships.replace(
        "</Relationships>",
        '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    zip.file("xl/vbaProject.bin", new Uint8Array(64));
    const written = await JSZip.loadAsync(
      await xlsxModule.writeReportIntoWorkbook(await zip.generateAsync({ type: "uint8array" }), samplePlan()),
    );
    const writtenTypes = await written.file("[Content_Types].xml")!.async("string");
    expect(writtenTypes).toContain(
      'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
    );
    expect(writtenTypes).not.toMatch(/macroEnabled|vbaProject/);
    expect(written.file("xl/vbaProject.bin")).toBeNull();
  });
});
