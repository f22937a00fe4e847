import ExcelJS from "exceljs";
import { analyzeWorkbooks } from "../../../../src/core/pipeline";
import { buildReportPlan } from "../../../../src/core/plan/buildPlan";
import { parseSettings } from "../../../../src/core/settings";
import { writeGriffieWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import { drontenWide, lelystadActivityList, lelystadReportDate } from "../../../support/fixtures";
import { packageProblems, partTexts } from "../packageInspection";
import { samplePlan } from "../samplePlan";
import { leaks, leakyReport } from "../../../core/privacy/leakyReport";
import { scanText } from "../../../../src/core/privacy/textPatterns";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

describe("writeGriffieWorkbook", () => {
  it("writes only the plan's sheets as values: no formulas, links, hidden sheets, comments or stray names", async () => {
    const bytes = await writeGriffieWorkbook(samplePlan());
    const parts = await partTexts(bytes);
    const sheetParts = [...parts.entries()].filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    const workbookXml = parts.get("xl/workbook.xml")!;
    const book = await load(bytes);
    expect({
      sheets: book.worksheets.map((sheet) => [sheet.name, sheet.state]),
      formulas: sheetParts.some(([, xml]) => xml.includes("<f>") || xml.includes("<f ")),
      hyperlinks: sheetParts.some(([, xml]) => xml.includes("<hyperlink")),
      otherParts: [...parts.keys()].filter((path) =>
        /comments|externalLink|vmlDrawing|sharedStrings|calcChain/.test(path),
      ),
      names: [...workbookXml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)].map(
        (match) => `${match[1]}=${match[2]}`,
      ),
      problems: await packageProblems(bytes),
    }).toEqual({
      sheets: [
        ["Koers Overzicht", "visible"],
        ["Koers Trends", "visible"],
        ["Koers Aandachtspunten", "visible"],
        ["Koers Toelichting", "visible"],
      ],
      formulas: false,
      hyperlinks: false,
      otherParts: [],
      names: [
        "_xlnm.Print_Titles='Koers Overzicht'!$1:$2",
        "_xlnm.Print_Titles='Koers Trends'!$4:$4",
        "_xlnm._FilterDatabase='Koers Aandachtspunten'!$A$3:$D$7",
        "_xlnm.Print_Titles='Koers Aandachtspunten'!$3:$3",
      ],
      problems: { missingTargets: [], withoutContentType: [], overridesWithoutPart: [], malformed: [] },
    });
  });

  it("sets the document properties with the organisation as author and the report date and status", async () => {
    const bytes = await writeGriffieWorkbook({
      ...samplePlan(),
      properties: { ...samplePlan().properties, status: "Definitief" },
    });
    const book = await load(bytes);
    const custom = (await partTexts(bytes)).get("docProps/custom.xml")!;
    expect({
      title: book.title,
      subject: book.subject,
      creator: book.creator,
      lastModifiedBy: book.lastModifiedBy,
      company: book.company,
      created: book.created.toISOString(),
      customDate: /name="Rapportagedatum"><vt:lpwstr>([^<]+)</.exec(custom)?.[1],
      customStatus: /name="Status"><vt:lpwstr>([^<]+)</.exec(custom)?.[1],
    }).toEqual({
      title: "Voortgang Integraal Veiligheidsplan",
      subject: "Voortgangsrapportage IVP 2023-2026",
      creator: "Gemeente Lelystad",
      lastModifiedBy: "Gemeente Lelystad",
      company: "Gemeente Lelystad",
      created: "2025-03-01T00:00:00.000Z",
      customDate: "2025-03-01",
      customStatus: "Definitief",
    });
  });

  it.each([
    ["nl", "nl-NL", "Werkbladen"],
    ["en", "en-GB", "Worksheets"],
  ] as const)(
    "declares its language (%s → %s) and title, and lists its sheets",
    async (language, tag, heading) => {
      const plan = { ...samplePlan(), language };
      const parts = await partTexts(await writeGriffieWorkbook(plan));
      const core = parts.get("docProps/core.xml")!;
      const app = parts.get("docProps/app.xml")!;
      expect({
        language: /<dc:language>([^<]*)<\/dc:language>/.exec(core)?.[1],
        title: /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1],
        heading: /<HeadingPairs>.*?<vt:lpstr>([^<]*)</.exec(app)?.[1],
        sheets: [
          ...(/<TitlesOfParts>(.*)<\/TitlesOfParts>/.exec(app)?.[1] ?? "").matchAll(/<vt:lpstr>([^<]*)</g),
        ].map((match) => match[1]),
      }).toEqual({
        language: tag,
        title: "Voortgang Integraal Veiligheidsplan",
        heading,
        sheets: plan.sheets.map((sheet) => sheet.name),
      });
    },
  );

  it("prints the plan's header on every sheet as it is and opens on the plan's active sheet", async () => {
    const plan = samplePlan();
    plan.sheets = plan.sheets.map((sheet) => ({
      ...sheet,
      print: { ...sheet.print, header: { left: "Voortgang IVP", center: "Concept", right: "Pagina &P" } },
    }));
    plan.activeSheet = "Koers Trends";
    const bytes = await writeGriffieWorkbook(plan);
    const book = await load(bytes);
    const parts = await partTexts(bytes);
    const workbookXml = parts.get("xl/workbook.xml")!;
    expect({
      headers: book.worksheets.map((sheet) => sheet.headerFooter.oddHeader),
      activeTab: /activeTab="(\d+)"/.exec(workbookXml)?.[1],
      selected: [1, 2, 3, 4].map((number) =>
        parts.get(`xl/worksheets/sheet${number}.xml`)!.includes('tabSelected="1"'),
      ),
    }).toEqual({
      headers: Array(4).fill("&LVoortgang IVP&CConcept&RPagina &P"),
      activeTab: "1",
      selected: [false, true, false, false],
    });
  });

  it("redacts personal data in a plan that was made for the user's workbook", async () => {
    const plan = samplePlan();
    plan.sheets[3].blocks.push({
      row: 6,
      column: 1,
      values: [["Contact: j.jansen@lelystad.nl of 06-12345678"]],
    });
    const book = await load(await writeGriffieWorkbook(plan));
    const text = String(book.getWorksheet("Koers Toelichting")!.getCell("A6").value);
    expect(text).toBe("Contact: [e-mailadres verwijderd] of [telefoonnummer verwijderd]");
  });

  it("writes no personal data into any part: cells, chart caches and titles, sheet names, properties", async () => {
    const { report, settings } = leakyReport("Jan de Vries");
    const plan = buildReportPlan(report, settings, [], { audience: "griffie" });
    const parts = await partTexts(await writeGriffieWorkbook(plan));
    const texts = [...parts.entries()].flatMap(([path, xml]) =>
      [...xml.matchAll(/>([^<]+)</g), ...xml.matchAll(/name="([^"]+)"/g)].map((match) => [path, match[1]]),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(
      texts.filter(
        ([, text]) =>
          Object.values(leaks).some((leak) => text.includes(leak)) ||
          scanText(text, { bsnContext: true }).length > 0,
      ),
    ).toEqual([]);
  });

  it("gives the same bytes for the same plan", async () => {
    const [first, second] = await Promise.all([
      writeGriffieWorkbook(samplePlan()),
      writeGriffieWorkbook(samplePlan()),
    ]);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it("writes the griffie plan of real seed data with its cover first", async () => {
    const settings = parseSettings({ reportDate: lelystadReportDate, organisation: "Gemeente Lelystad" });
    const { report } = analyzeWorkbooks({ workbooks: [lelystadActivityList(), drontenWide()], settings });
    const plan = buildReportPlan(report, settings, [], { audience: "griffie" });
    const bytes = await writeGriffieWorkbook(plan);
    const book = await load(bytes);
    expect({
      sheets: book.worksheets.map((sheet) => sheet.name),
      charts: [...(await partTexts(bytes)).keys()].filter((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))
        .length,
      headersSayStatus: book.worksheets.every((sheet) => sheet.headerFooter.oddHeader?.includes("Concept")),
    }).toEqual({
      sheets: plan.sheets.map((sheet) => sheet.name),
      charts: plan.sheets.reduce((count, sheet) => count + sheet.charts.length, 0),
      headersSayStatus: true,
    });
    expect(plan.sheets[0].key).toBe("cover");
  });
});
