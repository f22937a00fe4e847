import JSZip from "jszip";
import { scanPrivacy, scanWorkbookCopy } from "../../src/core/privacy/scan";
import { generateFromFiles } from "../../src/hosts/xlsx/generate";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import type { CellValue } from "../../src/core/snapshot";
import { drontenWideSheet } from "../support/fixtures";
import { toXlsxBuffer } from "../support/fixtures/xlsx";
import { sheetFromRows, workbookFromSheets } from "../support/snapshotBuilder";

/** An activity list full of personal data, as teams really keep it: owners by name, contacts in notes. */
function privateWorkbook() {
  const rows: CellValue[][] = [
    ["Actielijst IVP 2023-2026 — contactpersoon J. de Vries (j.devries@lelystad.nl)"],
    [],
    [
      "Nr",
      "Prioriteit",
      "Activiteit",
      "Trekker",
      "Contactpersoon",
      "BSN betrokkene",
      "Planning",
      "Status",
      "Toelichting",
    ],
    [
      "001",
      "Ondermijning",
      "Huisbezoek mevr. Jansen, Dorpsstraat 12, 8232 AB",
      "Jan Jansen",
      "P. van Dijk",
      "111222333",
      "Q2 2025",
      "Loopt volgens planning",
      "Bel 06-12345678",
    ],
    [
      "002",
      "Ondermijning",
      "Bibob-toets horeca",
      "Petra de Boer",
      "dhr. Bakker",
      null,
      "eind 2025",
      "Vertraagd",
      "IBAN NL91ABNA0417164300 voor de subsidie",
    ],
    [
      "003",
      "Jeugd en veiligheid",
      "Overleg met m.bakker@example.nl over JIT",
      "OOV",
      "OOV",
      null,
      "doorlopend",
      "Loopt volgens planning",
      "Contact: +31 20 123 4567",
    ],
    [
      "004",
      "Zorg en veiligheid",
      "Nazorg ex-gedetineerden (fase 2)",
      "A.B. Smit",
      "Sociaal Domein",
      "123456782",
      "Q1 2024",
      "Afgerond",
      null,
    ],
    [
      "005",
      "Cybercriminaliteit",
      "Bewustwording phishing ouderen",
      "K. El Amrani",
      "Politie",
      null,
      "Q4 2025",
      "Niet gestart",
      "Adres 1234AB 5",
    ],
  ];
  return workbookFromSheets(
    "prive.xlsx",
    sheetFromRows("Activiteiten J. de Vries", rows),
    drontenWideSheet(),
  );
}

async function documentProperties(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const properties: Record<string, string> = {};
  for (const part of ["docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"]) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    for (const match of xml.matchAll(/<([\w:]+)[^>]*>([^<]+)<\/\1>/g))
      properties[`${part}#${match[1]}`] = match[2];
  }
  return properties;
}

describe("the griffie copy of a workbook full of personal data", () => {
  let source: Awaited<ReturnType<typeof generateFromFiles>>;
  let copy: Uint8Array;

  beforeAll(async () => {
    const bytes = new Uint8Array(await toXlsxBuffer(privateWorkbook()));
    source = await generateFromFiles([{ name: "prive.xlsx", data: bytes }], {
      settings: {
        reportDate: "2025-06-30",
        title: "Voortgang IVP (contact j.devries@lelystad.nl)",
        organisation: "Gemeente Lelystad",
      },
      griffie: true,
    });
    copy = source.griffie as Uint8Array;
  });

  it("starts from a workbook in which the scan finds each kind of personal data", async () => {
    const snapshot = await readWorkbookSnapshot(
      new Uint8Array(await toXlsxBuffer(privateWorkbook())),
      "prive.xlsx",
    );
    const kinds = new Set(scanPrivacy(snapshot, []).map((hit) => hit.kind));
    expect([...kinds].sort()).toEqual(["bsn", "email", "iban", "person-name", "phone", "postcode"]);
  });

  it("leaves nothing a re-scan of every cell, sheet name and document property can find", async () => {
    const snapshot = await readWorkbookSnapshot(copy, "griffie.xlsx");
    const properties = await documentProperties(copy);
    expect(properties["docProps/core.xml#dc:title"]).toBe("Voortgang IVP (contact [e-mailadres verwijderd])");
    expect(properties["docProps/core.xml#dc:creator"]).toBe("Gemeente Lelystad");
    expect(scanWorkbookCopy(snapshot, properties)).toEqual({ cells: [], labels: [] });
  });

  it("holds only the generated sheets, visible, with values and no formulas or links to the source", async () => {
    const zip = await JSZip.loadAsync(copy);
    const snapshot = await readWorkbookSnapshot(copy, "griffie.xlsx");
    const sheetParts = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
    const formulas = await Promise.all(
      sheetParts.map(async (path) => /<f[\s>]/.test(await zip.file(path)!.async("string"))),
    );
    expect({
      sheets: snapshot.sheets.map((sheet) => [sheet.name, sheet.visibility]),
      formulas: formulas.some(Boolean),
      externalLinks: Object.keys(zip.files).some((path) => path.includes("externalLink")),
      comments: Object.keys(zip.files).some((path) => /comments/i.test(path)),
    }).toEqual({
      sheets: source.griffiePlan!.sheets.map((sheet) => [sheet.name, "visible"]),
      formulas: false,
      externalLinks: false,
      comments: false,
    });
    expect(snapshot.sheets.map((sheet) => sheet.name)).not.toContain("Activiteiten J. de Vries");
  });
});
