import JSZip from "jszip";
import { generateFromFiles } from "../../../../src/hosts/xlsx/generate";
import { readWorkbookSnapshot } from "../../../../src/hosts/xlsx/read/snapshot";
import { writeReportIntoWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import {
  lelystadActivityList,
  lelystadReportDate,
  markGenerated,
  toXlsxBuffer,
} from "../../../support/fixtures";
import { sheetFromRows } from "../../../support/snapshotBuilder";
import { samplePlan } from "../samplePlan";

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
}

/** A copy of sheet `from` as Excel's Move or Copy makes it: new part, same sheet-scoped names. */
async function copySheet(bytes: Uint8Array, from: number, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let workbook = await zip.file("xl/workbook.xml")!.async("string");
  let rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((match) => match[0]);
  const relationshipId = /r:id="([^"]+)"/.exec(sheets[from])![1];
  const target = new RegExp(
    `Id="${relationshipId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relationshipId}"`,
  ).exec(rels)!;
  const source = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  zip.file("xl/worksheets/sheetCopy.xml", await zip.file(source)!.async("uint8array"));
  rels = rels.replace(
    "</Relationships>",
    '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetCopy.xml"/></Relationships>',
  );
  const position = sheets.length;
  workbook = workbook.replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdCopy"/></sheets>`);
  const copied = [
    ...workbook.matchAll(
      new RegExp(`<definedName\\b[^>]*localSheetId="${from}"[^>]*>[^<]*</definedName>`, "g"),
    ),
  ]
    .map((match) => match[0].replace(`localSheetId="${from}"`, `localSheetId="${position}"`))
    .join("");
  workbook = workbook.replace("</definedNames>", `${copied}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  zip.file("xl/_rels/workbook.xml.rels", rels);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheetCopy.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("generated-sheet ownership in a file", () => {
  it("keeps a copy of a Koers sheet (Move or Copy keeps the marker) at the next generation, and reports it", async () => {
    const generated = await writeReportIntoWorkbook(await toXlsxBuffer(lelystadActivityList()), samplePlan());
    const copied = await copySheet(generated, 1, "Koers Overzicht (aantekeningen)");
    const again = await writeReportIntoWorkbook(copied, samplePlan());
    const snapshot = await readWorkbookSnapshot(copied, "plan.xlsx");
    const result = await generateFromFiles([{ name: "plan.xlsx", data: copied }], {
      settings: { reportDate: lelystadReportDate },
    });
    expect({
      before: await sheetNames(copied),
      after: await sheetNames(again),
      read: snapshot.sheets.map((sheet) => [sheet.name, sheet.generated ?? false, sheet.markedCopy ?? false]),
      kept: result.report.findings
        .filter((finding) => finding.code === "generated-sheet-kept")
        .map((finding) => [finding.severity, finding.sheet]),
    }).toEqual({
      before: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
        "Koers Overzicht (aantekeningen)",
      ],
      after: [
        "Activiteiten",
        "Koers Overzicht (aantekeningen)",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      read: [
        ["Activiteiten", false, false],
        ["Koers Overzicht", true, false],
        ["Koers Trends", true, false],
        ["Koers Aandachtspunten", true, false],
        ["Koers Toelichting", true, false],
        ["Koers Overzicht (aantekeningen)", false, true],
      ],
      kept: [["info", "Koers Overzicht (aantekeningen)"]],
    });
  });

  it.each([
    ["TRUE without a record", { markerValue: "TRUE", record: false }],
    ["FALSE", { markerValue: "FALSE", record: false }],
    ["a generation id that no record holds", { record: false }],
  ])("never deletes a user's sheet whose marker is %s", async (_label, options) => {
    const list = lelystadActivityList();
    const own = sheetFromRows("Mijn analyse", [["Eigen werk"], [42]]);
    const bytes = await markGenerated(
      await toXlsxBuffer({ ...list, sheets: [...list.sheets, own] }),
      [1],
      options,
    );
    const written = await writeReportIntoWorkbook(bytes, samplePlan());
    const snapshot = await readWorkbookSnapshot(bytes, "plan.xlsx");
    expect({
      sheets: await sheetNames(written),
      generated: snapshot.sheets.map((sheet) => sheet.generated ?? false),
    }).toEqual({
      sheets: [
        "Activiteiten",
        "Mijn analyse",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      generated: [false, false],
    });
  });

  it("ignores a marker inside an XML comment, and keeps a renamed Koers sheet", async () => {
    const list = lelystadActivityList();
    const own = sheetFromRows("Mijn analyse", [["Eigen werk"]]);
    const base = await toXlsxBuffer({ ...list, sheets: [...list.sheets, own] });
    const zip = await JSZip.loadAsync(base);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      xml.replace(
        "</sheets>",
        '</sheets><!-- <definedNames><definedName name="KoersGenerated" localSheetId="1" hidden="1">TRUE</definedName></definedNames> -->',
      ),
    );
    const commented = await zip.generateAsync({ type: "uint8array" });
    const generated = await writeReportIntoWorkbook(await toXlsxBuffer(list), samplePlan());
    const renamedZip = await JSZip.loadAsync(generated);
    const workbookXml = await renamedZip.file("xl/workbook.xml")!.async("string");
    renamedZip.file("xl/workbook.xml", workbookXml.replace('name="Koers Trends"', 'name="Trends voor raad"'));
    const renamed = await renamedZip.generateAsync({ type: "uint8array" });
    expect({
      commented: await sheetNames(await writeReportIntoWorkbook(commented, samplePlan())),
      renamed: await sheetNames(await writeReportIntoWorkbook(renamed, samplePlan())),
    }).toEqual({
      commented: [
        "Activiteiten",
        "Mijn analyse",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      renamed: [
        "Activiteiten",
        "Trends voor raad",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
    });
  });
});
