import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { drontenLong, drontenWideSheet } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { wideMarginSheet, wideWithoutMarginsSheet } from "../../support/surveyWorkbooks";

function summaryOf(workbooks: SheetSnapshot[][], settings: Partial<SettingsInput> = {}) {
  return analyzeWorkbooks({
    workbooks: workbooks.map((sheets, index) => workbookFromSheets(`werkmap-${index + 1}.xlsx`, ...sheets)),
    settings: parseSettings({ reportDate: "2025-03-01", ...settings }),
  }).report.summary;
}

describe("the kernboodschap on what residents feel", () => {
  it("says how residents feel and whether that changed significantly, beside the police figures", () => {
    const summary = summaryOf([[drontenWideSheet()], [wideMarginSheet()]]);
    expect(summary.lines).toContain(
      "Het aandeel inwoners dat zich wel eens onveilig voelt steeg van 33,1% naar 36,0% (significant) tussen 2021 en 2023.",
    );
    expect(summary.headline).toMatch(/^Van de 13 categorieën daalden er 7/);
  });

  it("says in one sentence that registered crime fell while the feeling of unsafety did not", () => {
    const summary = summaryOf([[drontenWideSheet()], [wideMarginSheet()]]);
    expect(summary.lines.filter((line) => line.startsWith("De geregistreerde criminaliteit"))).toEqual([
      "De geregistreerde criminaliteit daalde (Criminaliteit totaal −16,1%, 2017–2018), maar het gevoel van onveiligheid nam toe, significant (2021–2023).",
    ]);
  });

  it("names the other significant survey changes better or worse by their meaning", () => {
    const summary = summaryOf([[wideMarginSheet()]]);
    expect(summary.lines).toContain(
      "Verder significant veranderd in de enquête: Ervaart veel overlast in de buurt (%) van 10,4% naar 9,1%, beter; Rapportcijfer veiligheid in de buurt van 7,3 naar 7,1, slechter.",
    );
  });

  it("leads with what residents feel when the workbook holds only a survey", () => {
    const summary = summaryOf([[wideMarginSheet()]]);
    expect(summary.headline).toBe(
      "Het aandeel inwoners dat zich wel eens onveilig voelt steeg van 33,1% naar 36,0% (significant) tussen 2021 en 2023.",
    );
    expect(summary.lines.some((line) => line.includes("geregistreerde criminaliteit"))).toBe(false);
  });

  it("gives no verdict without margins and says why", () => {
    const summary = summaryOf([[drontenWideSheet()], [wideWithoutMarginsSheet()]]);
    expect(summary.lines).toContain(
      "Het aandeel inwoners dat zich wel eens onveilig voelt steeg van 33,1% naar 36,0% tussen 2021 en 2023; zonder marges zegt Koers niet of dat significant is.",
    );
    expect(summary.lines).toContain(
      "De geregistreerde criminaliteit daalde (Criminaliteit totaal −16,1%, 2017–2018), maar het gevoel van onveiligheid daalde niet mee; zonder marges is niet te zeggen of dat toeval is (2021–2023).",
    );
  });

  it("says nothing of a contrast when the feeling of unsafety fell significantly too", () => {
    const falling = sheetFromRows("Veiligheidsmonitor", [
      ["Indicator", 2021, "marge", 2023, "marge"],
      ["Voelt zich wel eens onveilig (%)", "36,0", "±1,3", "32,4", "±1,3"],
    ]);
    const summary = summaryOf([[drontenWideSheet()], [falling]]);
    expect(summary.lines).toContain(
      "Het aandeel inwoners dat zich wel eens onveilig voelt daalde van 36,0% naar 32,4% (significant) tussen 2021 en 2023.",
    );
    expect(summary.lines.some((line) => line.startsWith("De geregistreerde criminaliteit"))).toBe(false);
  });

  it("writes the survey line in English too", () => {
    const summary = summaryOf([[wideMarginSheet()]], { language: "en" });
    expect(summary.headline).toBe(
      'The share of residents who say "voelt zich wel eens onveilig" rose from 33.1% to 36.0% (significant) between 2021 and 2023.',
    );
  });
});

describe("the headline never says no figures were found while it summarises figures", () => {
  it("summarises two figures workbooks without an activity list", () => {
    const summary = summaryOf([[drontenWideSheet()], drontenLong().workbook.sheets]);
    expect(summary.headline).not.toMatch(/geen activiteiten en geen cijfers|geen cijfertabel/);
    expect(summary.headline).toMatch(/^Van de 13 categorieën/);
  });

  it("does not claim a table has no two years when it has them but only small numbers", () => {
    const small = sheetFromRows("Cijfers", [
      ["Soort misdrijf", 2022, 2023],
      ["straatroof", 3, 5],
      ["overval", 2, 1],
    ]);
    const summary = summaryOf([[small], [small]]);
    expect(summary.headline).toBe(
      "Koers vond 2 cijfertabellen zonder aantallen waarvan de verandering te tellen is (alleen kleine aantallen of geen aantallen); zie het blad met trends.",
    );
  });
});
