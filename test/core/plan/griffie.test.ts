import { parseCellAddress } from "../../../src/core/address";
import { buildReportPlan, headerFooterCode } from "../../../src/core";
import { planCellMap } from "../../support/planCellMap";
import { leakedEmail, seedReport, settingsFor } from "./reportFixtures";
import { addressOf, rowFrom, sheetOf, textsOf } from "./planTestHelpers";

describe("buildReportPlan for the griffie", () => {
  const settings = settingsFor({ documentStatus: "Definitief" });
  const plan = buildReportPlan(seedReport(settings), settings, [], { audience: "griffie", version: "1.2.3" });

  it("puts a cover first and opens on it", () => {
    expect({
      sheets: plan.sheets.map((sheet) => sheet.name),
      active: plan.activeSheet,
      audience: plan.audience,
    }).toEqual({
      sheets: ["Voorblad", "Koers Overzicht", "Koers Trends", "Koers Aandachtspunten", "Koers Toelichting"],
      active: "Voorblad",
      audience: "griffie",
    });
  });

  it("shows title, organisation, report date, period, status and a reading guide on the cover", () => {
    const cover = planCellMap(sheetOf(plan, "cover"));
    expect(cover.get("A1")).toBe("Voortgang IVP 2023-2026");
    expect(rowFrom(cover, "Organisatie", 2)).toEqual(["Organisatie", "Gemeente Lelystad"]);
    expect(rowFrom(cover, "Rapportagedatum", 2)).toEqual(["Rapportagedatum", 45717]);
    expect(rowFrom(cover, "Periode cijfers", 2)).toEqual(["Periode cijfers", "2016–2018"]);
    expect(rowFrom(cover, "Status", 2)).toEqual(["Status", "Definitief"]);
    expect(rowFrom(cover, "Koers Trends", 2)).toEqual([
      "Koers Trends",
      "Alle categorieën criminaliteitscijfers per jaar, met verandering, significantie en trend.",
    ]);
    expect(textsOf(sheetOf(plan, "cover"))).toContain("Gemaakt met Koers 1.2.3.");
    expect(sheetOf(plan, "cover").print).toMatchObject({
      header: { center: "Definitief", right: "Pagina &P van &N" },
      footer: { left: "Rapportagedatum 1 maart 2025", right: "Definitief" },
    });
  });

  it("counts findings without references to source cells and without links", () => {
    const findings = sheetOf(plan, "findings");
    const cells = planCellMap(findings);
    expect(rowFrom(cells, "duplicate-id", 2)).toEqual(["duplicate-id", 1]);
    expect(rowFrom(cells, "unknown-status", 2)).toEqual(["unknown-status", 1]);
    const texts = textsOf(findings).join("\n");
    expect(texts).not.toMatch(/Activiteiten|A12|F40|Tabel 2/);
    expect(plan.sheets.flatMap((sheet) => sheet.hyperlinks)).toEqual([]);
  });

  it("removes e-mail addresses from activity names", () => {
    const overview = planCellMap(sheetOf(plan, "overview"));
    expect(JSON.stringify(plan)).not.toContain(leakedEmail);
    const { row } = parseCellAddress(addressOf(overview, "012"));
    expect(overview.get(`A${row}`)).toBe("Cyberweerbaarheid ondernemers (contact [e-mailadres verwijderd])");
  });

  it("says on the notes sheet that personal data were removed", () => {
    expect(textsOf(sheetOf(plan, "notes"))).toContain("Persoonsgegevens");
  });
});

describe("page headers and footers of the griffie copy", () => {
  it("are in English throughout an English copy: no Dutch status, page or date words", () => {
    const settings = settingsFor({ language: "en" });
    const plan = buildReportPlan(seedReport(settings), settings, [], { audience: "griffie" });
    const texts = plan.sheets.flatMap((sheet) => [
      headerFooterCode(sheet.print.header),
      headerFooterCode(sheet.print.footer),
    ]);
    expect(texts.filter((text) => /Concept|Definitief|Pagina|Rapportagedatum|maart/.test(text))).toEqual([]);
    expect(plan.sheets.map((sheet) => sheet.print)).toEqual(
      plan.sheets.map(() =>
        expect.objectContaining({
          header: expect.objectContaining({ center: "Draft", right: "Page &P of &N" }),
          footer: { left: "Report date 1 March 2025", right: "Draft" },
        }),
      ),
    );
  });

  it("stay within Excel's 255 characters with a long title, shortened with an ellipsis at a word", () => {
    const title = `Voortgangsrapportage Integraal Veiligheidsplan 2023-2026 van de gemeenten Lelystad & Dronten, ${"met de cijfers van politie en CBS per wijk en per thema ".repeat(4)}`;
    const settings = settingsFor({ title });
    const plan = buildReportPlan(seedReport(settings), settings, [], { audience: "griffie" });
    const headers = plan.sheets.map((sheet) => headerFooterCode(sheet.print.header));
    expect(title.length).toBeGreaterThan(255);
    expect(headers.map((header) => header.length <= 255)).toEqual(headers.map(() => true));
    const left = plan.sheets[0].print.header.left!;
    expect(left).toMatch(
      /^Voortgangsrapportage Integraal Veiligheidsplan 2023-2026 van de gemeenten Lelystad && Dronten, .*[a-z]…$/,
    );
    expect(headers[0]).toMatch(/…&CConcept&RPagina &P van &N$/);
  });
});
