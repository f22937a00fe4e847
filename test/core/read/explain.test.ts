import { describeDetection, noteText } from "../../../src/core/read/explain";
import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import { drontenLong, drontenWide, lelystadTwoSheets } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2025-03-01" });

describe("describeDetection", () => {
  it("explains an activity list in Dutch and English", () => {
    const dataset = detectDatasets(lelystadTwoSheets(), settings).datasets[0];
    expect([describeDetection(dataset, "nl"), describeDetection(dataset, "en")]).toEqual([
      "Blad 'Prioriteiten', kop op rij 4, kolommen: Nr. → nummer, Prioriteit → thema, Activiteit → naam, Trekker → trekker, " +
        "Ketenpartners → partners, Planning → planning, Status → status, Toelichting → toelichting. " +
        "Activiteitenlijst met 92 activiteiten, zekerheid 100%. Titel boven de kop overgeslagen.",
      "Sheet 'Prioriteiten', header on row 4, columns: Nr. → id, Prioriteit → group, Activiteit → name, Trekker → owner, " +
        "Ketenpartners → partners, Planning → planning, Status → status, Toelichting → note. " +
        "Activity list with 92 activities, confidence 100%. Title above the header skipped.",
    ]);
  });

  it("explains a wide figures table with a headerless category column and its footnote", () => {
    const dataset = detectDatasets(drontenWide({ provisionalLastYear: true }), settings).datasets[0];
    expect(describeDetection(dataset, "nl")).toBe(
      "Blad 'Cijfers', kop op rij 3, kolommen: (kolom A) → categorie, 2016, 2017, 2018* → jaren. " +
        "Cijfertabel met een kolom per jaar, 24 categorieën, zekerheid 90%. Titel boven de kop overgeslagen. " +
        "Eenheden naast aantallen: per 10.000 inwoners. Voorlopige cijfers: 2018. Voetnoot op rij 29 hoort niet bij de tabel.",
    );
  });

  it("explains a CBS export in English", () => {
    const dataset = detectDatasets(drontenLong().workbook, settings).datasets[0];
    expect(describeDetection(dataset, "en")).toBe(
      "Sheet 'CBS', header on row 4, columns: Soort misdrijf → category, Perioden → period, Regio's → region, " +
        "Geregistreerde misdrijven (aantal) → value. Figures table with a row per category and year (CBS), 46 series, " +
        "confidence 100%. Title above the header skipped. 2 regions. Provisional figures: 2018. Footnote on row 144 is not part of the table.",
    );
  });

  it("explains a StatLine table view with a row per year", () => {
    const sheet = sheetFromRows("StatLine", [
      ["Perioden", "Totaal misdrijven", "Woninginbraak"],
      ["2023", 1310, 81],
      ["2024*", 1295, 79],
    ]);
    const dataset = detectDatasets(workbookFromSheets("statline.xlsx", sheet), settings).datasets[0];
    expect(describeDetection(dataset, "nl")).toBe(
      "Blad 'StatLine', kop op rij 1, kolommen: Perioden → periode, Totaal misdrijven → categorie, Woninginbraak → categorie. " +
        "Cijfertabel met een rij per jaar en een kolom per categorie (CBS), 2 reeksen, zekerheid 83%. Voorlopige cijfers: 2024.",
    );
  });
});

describe("noteText", () => {
  it("renders note codes in both languages and passes unknown notes through", () => {
    expect([
      noteText("section-rows:5", "nl"),
      noteText("status-from-fill:117", "en"),
      noteText("units:per10000,percent", "en"),
      noteText("something else", "nl"),
    ]).toEqual([
      "Themaregels boven de activiteiten geven het thema (5).",
      "Status read from the cell colour (117 rows).",
      "Units besides counts: per 10,000 inhabitants, percentages.",
      "something else",
    ]);
  });
});
