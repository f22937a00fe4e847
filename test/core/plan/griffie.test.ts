import { parseCellAddress } from "../../../src/core/address";
import { buildReportPlan } from "../../../src/core";
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
    expect(sheetOf(plan, "cover").print.footer).toBe("&LRapportagedatum 1 maart 2025&RDefinitief");
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
