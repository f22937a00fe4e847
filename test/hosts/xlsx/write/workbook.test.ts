import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HostWriteError } from "../../../../src/core/errors";
import { seriesFormula } from "../../../../src/hosts/xlsx/write/chartParts";
import { parseRelationships, relationshipsPath } from "../../../../src/hosts/xlsx/package/relationships";
import { writeReportIntoWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import { toXlsxBuffer } from "../../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../../support/snapshotBuilder";
import { packageProblems, partBytes, partTexts, plainParser } from "../packageInspection";
import { unescapeXml } from "../../../../src/hosts/xlsx/package/xml";
import { richWorkbook } from "../richWorkbook";
import { samplePlan } from "../samplePlan";

/** The shared parts Koers must edit to add sheets; every other part keeps its bytes. */
// _rels/.rels gains the relationship to docProps/custom.xml, which holds the generation record;
// docProps/app.xml lists the sheets.
const editedParts = [
  "[Content_Types].xml",
  "_rels/.rels",
  "docProps/app.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/workbook.xml",
];

// Parsed XML is shaped by the document; the assertions say what shape they expect.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type XmlNode = Record<string, any>;

async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function changedParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>): string[] {
  return [...before.keys()]
    .filter((path) => {
      const next = after.get(path);
      return !next || Buffer.compare(Buffer.from(before.get(path)!), Buffer.from(next)) !== 0;
    })
    .sort();
}

describe("writeReportIntoWorkbook", () => {
  let original: Uint8Array;
  let written: Uint8Array;
  beforeAll(async () => {
    original = await richWorkbook();
    written = await writeReportIntoWorkbook(original, samplePlan());
  });

  it("keeps every part of a workbook with a chart, an image, a pivot table and a comment byte-identical", async () => {
    const before = await partBytes(original);
    expect([...before.keys()]).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/media/image1.png",
        "xl/pivotTables/pivotTable1.xml",
        "xl/pivotCache/pivotCacheDefinition1.xml",
        "xl/pivotCache/pivotCacheRecords1.xml",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
      ]),
    );
    expect(changedParts(before, await partBytes(written))).toEqual(editedParts);
  });

  it("keeps the user's content of the parts it edits: sheets, names, pivot caches, relationships, types, styles", async () => {
    const before = await partTexts(original);
    const after = await partTexts(written);
    const elements = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]);
    const cellFormats = (text: string) =>
      elements(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text)![1], /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g);
    const workbookBefore = before.get("xl/workbook.xml")!;
    const workbookAfter = after.get("xl/workbook.xml")!;
    expect({
      sheets: elements(workbookBefore, /<sheet [^>]*\/>/g).every((sheet) => workbookAfter.includes(sheet)),
      names: workbookAfter.includes(
        '<definedName name="Activiteitnamen">Activiteiten!$B$2:$B$4</definedName>',
      ),
      pivotCaches: workbookAfter.includes(
        '<pivotCaches><pivotCache cacheId="1" r:id="rId900"/></pivotCaches>',
      ),
      relationships: elements(before.get("xl/_rels/workbook.xml.rels")!, /<Relationship [^>]*\/>/g).every(
        (item) => after.get("xl/_rels/workbook.xml.rels")!.includes(item),
      ),
      types: elements(before.get("[Content_Types].xml")!, /<(Override|Default) [^>]*\/>/g).every((item) =>
        after.get("[Content_Types].xml")!.includes(item),
      ),
      cellFormatsArePrefix: cellFormats(after.get("xl/styles.xml")!).slice(
        0,
        cellFormats(before.get("xl/styles.xml")!).length,
      ),
    }).toEqual({
      sheets: true,
      names: true,
      pivotCaches: true,
      relationships: true,
      types: true,
      cellFormatsArePrefix: cellFormats(before.get("xl/styles.xml")!),
    });
  });

  it("appends the generated sheets after the user's and marks each with a hidden sheet-scoped name", async () => {
    const workbookXml = (await partTexts(written)).get("xl/workbook.xml")!;
    const markers = [
      ...workbookXml.matchAll(
        /<definedName name="KoersGenerated" localSheetId="(\d+)" hidden="1">&quot;k1-[0-9a-f]{16}&quot;<\/definedName>/g,
      ),
    ];
    const book = await loadWithExcelJs(written);
    expect({
      sheets: book.worksheets.map((sheet) => sheet.name),
      markers: markers.map((match) => Number(match[1])),
    }).toEqual({
      sheets: [
        "Activiteiten",
        "Bob's Data",
        "Draaitabel",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      markers: [3, 4, 5, 6],
    });
  });

  it("writes values, number formats, widths, merges, panes, tab colours and print setup that read back in ExcelJS", async () => {
    const book = await loadWithExcelJs(written);
    const overview = book.getWorksheet("Koers Overzicht")!;
    const trends = book.getWorksheet("Koers Trends")!;
    expect({
      title: overview.getCell("A1").value,
      titleBold: overview.getCell("A1").font?.bold,
      titleSize: overview.getCell("A1").font?.size,
      total: overview.getCell("B4").value,
      onTrack: overview.getCell("B5").value,
      onTrackFormat: overview.getCell("B5").numFmt,
      headerFill: (overview.getCell("A8").fill as ExcelJS.FillPattern).fgColor?.argb,
      firstGroup: [overview.getCell("A9").value, overview.getCell("B9").value, overview.getCell("G9").numFmt],
      merged: overview.getCell("G1").isMerged,
      widths: [overview.getColumn(1).width, overview.getColumn(2).width],
      view: overview.views[0],
      tab: overview.properties.tabColor,
      setup: {
        paperSize: overview.pageSetup.paperSize,
        orientation: overview.pageSetup.orientation,
        fitToPage: overview.pageSetup.fitToPage,
        fitToWidth: overview.pageSetup.fitToWidth,
        fitToHeight: overview.pageSetup.fitToHeight,
        printTitlesRow: overview.pageSetup.printTitlesRow,
      },
      header: overview.headerFooter.oddHeader,
      footer: overview.headerFooter.oddFooter,
      trendRow: [
        trends.getCell("A5").value,
        trends.getCell("B5").value,
        trends.getCell("E5").value,
        trends.getCell("E5").numFmt,
      ],
    }).toEqual({
      title: "Voortgang Integraal Veiligheidsplan",
      titleBold: true,
      titleSize: 16,
      total: 117,
      onTrack: 0.889,
      onTrackFormat: "0.0%",
      headerFill: "FF1F4E79",
      firstGroup: ["Cybercriminaliteit", 18, "0.0%"],
      merged: true,
      widths: [34, 9],
      view: expect.objectContaining({ state: "frozen", ySplit: 2, topLeftCell: "A3" }),
      tab: { argb: "FF1F4E79" },
      setup: {
        paperSize: 9,
        orientation: "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:2",
      },
      header: "&LVoortgang IVP&RConcept",
      footer: "&LKoers, 1 maart 2025&RPagina &P van &N",
      trendRow: ["Criminaliteit totaal", 1697, -16.1, "+0.0;-0.0;0.0"],
    });
  });

  it("writes text that starts with = + - @ as text, never as a formula", async () => {
    const book = await loadWithExcelJs(written);
    const findings = book.getWorksheet("Koers Aandachtspunten")!;
    const sheetXml = [...(await partTexts(written)).entries()].find(
      ([path, text]) =>
        path.startsWith("xl/worksheets/sheet") && text.includes("Aandachtspunten in de gegevens"),
    )![1];
    expect({
      cells: ["D5", "D6", "D7"].map((address) => [
        findings.getCell(address).type,
        findings.getCell(address).value,
      ]),
      formulas: sheetXml.includes("<f>"),
    }).toEqual({
      cells: [
        [ExcelJS.ValueType.String, "=SUM(A1:A3) is als tekst overgenomen"],
        [ExcelJS.ValueType.String, "+31 en @team blijven tekst"],
        [ExcelJS.ValueType.String, "-5 is geen geldig aantal"],
      ],
      formulas: false,
    });
  });

  it("links findings to their source cells with internal hyperlinks, an autofilter and conditional formats", async () => {
    const parts = await partTexts(written);
    const findingsXml = [...parts.values()].find((text) => text.includes("Aandachtspunten in de gegevens"))!;
    const trendsXml = [...parts.values()].find((text) => text.includes("Criminaliteitscijfers Dronten"))!;
    const overviewXml = [...parts.values()].find((text) => text.includes("Stand per 1 maart 2025"))!;
    expect({
      links: [...findingsXml.matchAll(/<hyperlink [^>]*\/>/g)].map((match) => match[0]),
      autoFilter: /<autoFilter ref="([^"]+)"\/>/.exec(findingsXml)?.[1],
      rules: [overviewXml, trendsXml, findingsXml].map((xml) =>
        [...xml.matchAll(/<cfRule type="(\w+)"/g)].map((match) => match[1]),
      ),
      rowHeight: /<row r="1" ht="24" customHeight="1">/.test(findingsXml),
      filterName: parts
        .get("xl/workbook.xml")!
        .includes(
          `<definedName name="_xlnm._FilterDatabase" localSheetId="5" hidden="1">'Koers Aandachtspunten'!$A$3:$D$7</definedName>`,
        ),
    }).toEqual({
      links: [
        `<hyperlink ref="C4" location="Activiteiten!A4" tooltip="Ga naar de bron"/>`,
        `<hyperlink ref="C5" location="Activiteiten!G12"/>`,
      ],
      autoFilter: "A3:D7",
      rules: [["cellIs", "iconSet"], ["iconSet", "expression"], ["containsText"]],
      rowHeight: true,
      filterName: true,
    });
  });

  it("leaves out a hyperlink whose target sheet is not in the workbook", async () => {
    const out = await writeReportIntoWorkbook(original, samplePlan({ sourceSheet: "[cijfers.xlsx]Cijfers" }));
    const findingsXml = [...(await partTexts(out)).values()].find((text) =>
      text.includes("Aandachtspunten in de gegevens"),
    )!;
    expect(findingsXml).not.toContain("<hyperlink ");
  });

  it("writes a consistent package: every relationship target exists and every part has a content type", async () => {
    expect(await packageProblems(written)).toEqual({
      missingTargets: [],
      withoutContentType: [],
      overridesWithoutPart: [],
      malformed: [],
    });
    const parts = await partTexts(written);
    expect(
      [...parts.keys()].filter((path) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(path)).sort(),
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/charts/chart4.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
      "xl/drawings/drawing3.xml",
      "xl/drawings/drawing9.xml",
    ]);
  });

  it("would notice a broken package: a missing chart part, a stray override, a malformed part", async () => {
    const zip = await JSZip.loadAsync(written);
    zip.remove("xl/charts/chart2.xml");
    zip.file("xl/worksheets/sheet9.xml", "<worksheet><sheetData></worksheet>");
    expect(await packageProblems(await zip.generateAsync({ type: "uint8array" }))).toEqual({
      missingTargets: ["xl/drawings/_rels/drawing2.xml.rels → ../charts/chart2.xml"],
      withoutContentType: [],
      overridesWithoutPart: ["xl/charts/chart2.xml"],
      malformed: [expect.stringMatching(/^xl\/worksheets\/sheet9.xml: /)],
    });
  });

  it("writes each planned chart into the part its sheet's drawing points at, with the plan's caches and formulas", async () => {
    const parts = await partTexts(written);
    const relationshipTarget = (relsPath: string, owner: string) =>
      parseRelationships(parts.get(relsPath)!, owner).map((relationship) => relationship.path!);
    const plan = samplePlan();
    const found = plan.sheets
      .filter((sheet) => sheet.charts.length > 0)
      .map((sheet) => {
        const sheetPath = [...parts.entries()].find(
          ([path, text]) =>
            /^xl\/worksheets\/sheet\d+\.xml$/.test(path) &&
            text.includes(String(sheet.blocks[0].values[0][0])),
        )![0];
        const [drawingPath] = relationshipTarget(relationshipsPath(sheetPath), sheetPath);
        const chartPaths = relationshipTarget(relationshipsPath(drawingPath), drawingPath);
        return chartPaths.map((chartPath) => {
          const chart = plainParser.parse(parts.get(chartPath)!)["c:chartSpace"]["c:chart"];
          const plot = chart["c:plotArea"];
          const group = plot["c:barChart"] ?? plot["c:lineChart"];
          return {
            title: chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"],
            series: [group["c:ser"]].flat().map((series: XmlNode) => ({
              formula: series["c:val"]["c:numRef"]["c:f"],
              cache: [series["c:val"]["c:numRef"]["c:numCache"]["c:pt"] ?? []]
                .flat()
                .map((point: XmlNode) => point["c:v"]),
            })),
          };
        });
      });
    expect(found).toEqual(
      plan.sheets
        .filter((sheet) => sheet.charts.length > 0)
        .map((sheet) =>
          sheet.charts.map((chart) => ({
            title: chart.title,
            series: chart.series.map((series) => ({
              formula: seriesFormula(series.values),
              cache: series.cache.filter((value) => value !== null),
            })),
          })),
        ),
    );
  });

  it("puts <drawing> after the page setup in the sheets that hold charts", async () => {
    const parts = await partTexts(written);
    const overviewXml = [...parts.values()].find((text) => text.includes("Stand per 1 maart 2025"))!;
    const tags = [...overviewXml.matchAll(/<(\w+)[ >/]/g)].map((match) => match[1]);
    const order = [
      "sheetData",
      "mergeCells",
      "conditionalFormatting",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "drawing",
    ];
    expect(order.map((tag) => tags.indexOf(tag))).toEqual(
      [...order.map((tag) => tags.indexOf(tag))].sort((a, b) => a - b),
    );
    expect(tags[tags.length - 1]).toBe("drawing");
  });

  it("lists the sheets it adds in docProps/app.xml beside the user's, and only the current ones after regenerating", async () => {
    const titles = async (bytes: Uint8Array) => {
      const app = (await partTexts(bytes)).get("docProps/app.xml")!;
      const vector = (tag: string) =>
        [
          ...(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(app)?.[1] ?? "").matchAll(
            /<vt:(?:lpstr|i4)>([^<]*)</g,
          ),
        ].map((match) => unescapeXml(match[1]));
      return { headings: vector("HeadingPairs"), titles: vector("TitlesOfParts") };
    };
    const before = await titles(original);
    const sheetHeading = before.headings[0];
    const plan = samplePlan();
    const notesOnly = await writeReportIntoWorkbook(written, {
      ...plan,
      sheets: plan.sheets.filter((sheet) => sheet.key === "notes"),
    });
    expect({ before, after: await titles(written), regenerated: await titles(notesOnly) }).toEqual({
      before: { headings: [sheetHeading, "3"], titles: ["Activiteiten", "Bob's Data", "Draaitabel"] },
      after: {
        headings: [sheetHeading, "7"],
        titles: ["Activiteiten", "Bob's Data", "Draaitabel", ...plan.sheets.map((sheet) => sheet.name)],
      },
      regenerated: {
        headings: [sheetHeading, "4"],
        titles: ["Activiteiten", "Bob's Data", "Draaitabel", "Koers Toelichting"],
      },
    });
  });

  it("gives the same bytes when run again on its own output", async () => {
    const again = await writeReportIntoWorkbook(written, samplePlan());
    expect(Buffer.compare(Buffer.from(again), Buffer.from(written))).toBe(0);
  });

  it("replaces the generated sheets and their chart parts on regeneration, and nothing else", async () => {
    const plan = samplePlan();
    const smaller = { ...plan, sheets: plan.sheets.filter((sheet) => sheet.key === "notes") };
    const regenerated = await writeReportIntoWorkbook(written, smaller);
    const book = await loadWithExcelJs(regenerated);
    const after = await partBytes(regenerated);
    const before = await partBytes(original);
    expect({
      sheets: book.worksheets.map((sheet) => sheet.name),
      charts: [...after.keys()].filter((path) => path.startsWith("xl/charts/")),
      drawings: [...after.keys()].filter((path) => path.startsWith("xl/drawings/") && path.endsWith(".xml")),
      changed: changedParts(before, after),
      problems: await packageProblems(regenerated),
      markers: [
        ...new TextDecoder()
          .decode(after.get("xl/workbook.xml"))
          .matchAll(/name="KoersGenerated" localSheetId="(\d+)"/g),
      ].map((match) => match[1]),
    }).toEqual({
      sheets: ["Activiteiten", "Bob's Data", "Draaitabel", "Koers Toelichting"],
      charts: ["xl/charts/chart1.xml"],
      drawings: ["xl/drawings/drawing1.xml", "xl/drawings/drawing9.xml"],
      changed: editedParts,
      problems: { missingTargets: [], withoutContentType: [], overridesWithoutPart: [], malformed: [] },
      markers: ["3"],
    });
  });

  it("never touches a user's own sheet named Koers Overzicht, however often it regenerates", async () => {
    const userWorkbook = await richWorkbook({ userOverviewSheet: true });
    const plan = samplePlan({ overviewName: "Koers Overzicht (2)" });
    const once = await writeReportIntoWorkbook(userWorkbook, plan);
    const twice = await writeReportIntoWorkbook(once, plan);
    const book = await loadWithExcelJs(twice);
    expect({
      sheets: book.worksheets.map((sheet) => sheet.name),
      userCell: book.getWorksheet("Koers Overzicht")!.getCell("A1").value,
      changed: changedParts(await partBytes(userWorkbook), await partBytes(twice)),
      stable: Buffer.compare(Buffer.from(once), Buffer.from(twice)),
    }).toEqual({
      sheets: [
        "Activiteiten",
        "Bob's Data",
        "Draaitabel",
        "Koers Overzicht",
        "Koers Overzicht (2)",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      userCell: "Mijn eigen overzicht, niet van Koers",
      changed: editedParts,
      stable: 0,
    });
  });

  it("refuses a plan that would overwrite a user's sheet", async () => {
    const userWorkbook = await richWorkbook({ userOverviewSheet: true });
    await expect(writeReportIntoWorkbook(userWorkbook, samplePlan())).rejects.toThrow(HostWriteError);
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(
      writeReportIntoWorkbook(new TextEncoder().encode("geen werkmap"), samplePlan()),
    ).rejects.toThrow(HostWriteError);
  });

  it("shifts the sheet index of the user's sheet-scoped names when it removes a generated sheet before them", async () => {
    const snapshot = workbookFromSheets(
      "oud.xlsx",
      { ...sheetFromRows("Koers Overzicht", [["oud overzicht"]]), generated: true },
      sheetFromRows("Activiteiten", [
        ["Nr.", "Activiteit"],
        ["001", "Campagne"],
      ]),
    );
    const marked = await toXlsxBuffer(snapshot);
    const zip = await JSZip.loadAsync(marked);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file(
      "xl/workbook.xml",
      workbookXml.replace(
        "</definedNames>",
        `<definedName name="_xlnm.Print_Area" localSheetId="1">Activiteiten!$A$1:$B$2</definedName></definedNames>`,
      ),
    );
    const input = await zip.generateAsync({ type: "uint8array" });
    const out = await writeReportIntoWorkbook(input, samplePlan());
    const names = [
      ...(await partTexts(out))
        .get("xl/workbook.xml")!
        .matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"/g),
    ].map((match) => `${match[1]}@${match[2]}`);
    const book = await loadWithExcelJs(out);
    expect({
      sheets: book.worksheets.map((sheet) => sheet.name),
      names: names.filter((name) => !name.startsWith("_xlnm._Filter")),
    }).toEqual({
      sheets: [
        "Activiteiten",
        "Koers Overzicht",
        "Koers Trends",
        "Koers Aandachtspunten",
        "Koers Toelichting",
      ],
      names: [
        "_xlnm.Print_Area@0",
        "KoersGenerated@1",
        "_xlnm.Print_Titles@1",
        "KoersGenerated@2",
        "_xlnm.Print_Titles@2",
        "KoersGenerated@3",
        "_xlnm.Print_Titles@3",
        "KoersGenerated@4",
      ],
    });
  });

  it("writes into a workbook part that uses a namespace prefix (x:workbook) and an empty <definedNames/>", async () => {
    const plain = await toXlsxBuffer(
      workbookFromSheets("x.xlsx", sheetFromRows("Blad1", [["Nr.", "Activiteit"]])),
    );
    const zip = await JSZip.loadAsync(plain);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const prefixed = workbookXml
      .replace(/<(\/?)(\w+)([ >/])/g, (whole, slash: string, tag: string, next: string) =>
        tag === "xml" ? whole : `<${slash}x:${tag}${next}`,
      )
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      )
      .replace(/<x:definedNames>[\s\S]*?<\/x:definedNames>|<x:definedNames\/>/, "")
      .replace("</x:sheets>", "</x:sheets><x:definedNames/>");
    zip.file("xl/workbook.xml", prefixed);
    const input = await zip.generateAsync({ type: "uint8array" });
    const out = await writeReportIntoWorkbook(input, samplePlan());
    const again = await writeReportIntoWorkbook(out, samplePlan());
    const written = (await partTexts(out)).get("xl/workbook.xml")!;
    expect({
      sheets: [...written.matchAll(/<x:sheet [^>]*name="([^"]+)"/g)].map((match) => match[1]),
      markers: [
        ...written.matchAll(
          /<x:definedName name="KoersGenerated" localSheetId="(\d)" hidden="1">&quot;k1-[0-9a-f]{16}&quot;<\/x:definedName>/g,
        ),
      ].map((match) => match[1]),
      problems: (await packageProblems(out)).malformed,
      stable: Buffer.compare(Buffer.from(out), Buffer.from(again)),
    }).toEqual({
      sheets: ["Blad1", "Koers Overzicht", "Koers Trends", "Koers Aandachtspunten", "Koers Toelichting"],
      markers: ["1", "2", "3", "4"],
      problems: [],
      stable: 0,
    });
  });

  it("drops a calculation chain that lists cells of a generated sheet it removes, and keeps one that does not", async () => {
    const withChain = async (bytes: Uint8Array, chain: string) => {
      const zip = await JSZip.loadAsync(bytes);
      zip.file(
        "xl/calcChain.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${chain}</calcChain>`,
      );
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      zip.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace(
          "</Relationships>",
          '<Relationship Id="rId950" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
      );
      const types = await zip.file("[Content_Types].xml")!.async("string");
      zip.file(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      );
      return zip.generateAsync({ type: "uint8array" });
    };
    // Sheet ids: 1–3 the user's, 4–7 the generated ones; the second <c> inherits i="1", the fourth i="5".
    const stale = await writeReportIntoWorkbook(
      await withChain(written, '<c r="B2" i="1"/><c r="B3"/><c r="C4" i="5"/><c r="C5"/>'),
      samplePlan(),
    );
    const kept = await writeReportIntoWorkbook(
      await withChain(written, '<c r="B2" i="1"/><c r="B3"/><c r="A1" i="2"/>'),
      samplePlan(),
    );
    const staleParts = await partTexts(stale);
    const keptParts = await partTexts(kept);
    expect({
      stale: [
        staleParts.has("xl/calcChain.xml"),
        staleParts.get("xl/_rels/workbook.xml.rels")!.includes("calcChain"),
        staleParts.get("[Content_Types].xml")!.includes("calcChain"),
      ],
      kept: [
        keptParts.has("xl/calcChain.xml"),
        keptParts.get("xl/_rels/workbook.xml.rels")!.includes("calcChain"),
      ],
      problems: await packageProblems(stale),
    }).toEqual({
      stale: [false, false, false],
      kept: [true, true],
      problems: { missingTargets: [], withoutContentType: [], overridesWithoutPart: [], malformed: [] },
    });
  });
});
