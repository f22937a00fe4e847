import { describeColumns, describeDetection, describeNotes, noteText } from "../../../src/core/read/explain";
import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import { drontenLong, drontenWide, lelystadTwoSheets } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

const settings = parseSettings({ reportDate: "2025-03-01" });

describe("describeDetection", () => {
  it("explains an activity list in Dutch and English", () => {
    const dataset = detectDatasets(lelystadTwoSheets(), settings).datasets[0];
    expect([describeDetection(dataset, "nl"), describeDetection(dataset, "en")]).toEqual([
      "Blad 'Prioriteiten', kop op rij 4, kolommen: Nr. (als nummer), Prioriteit (als prioriteit / thema), Activiteit, " +
        "Trekker, Ketenpartners (als partners), Planning, Status, Toelichting. " +
        "Activiteitenlijst met 92 activiteiten. Titel boven de kop overgeslagen.",
      "Sheet 'Prioriteiten', header on row 4, columns: Nr. (as number), Prioriteit (as priority / theme), " +
        "Activiteit (as activity name), Trekker (as owner), Ketenpartners (as partners), Planning, Status, Toelichting (as note). " +
        "Activity list with 92 activities. Title above the header skipped.",
    ]);
  });

  it("explains a wide figures table with a headerless category column and its footnote", () => {
    const dataset = detectDatasets(drontenWide({ provisionalLastYear: true }), settings).datasets[0];
    expect(describeDetection(dataset, "nl")).toBe(
      "Blad 'Cijfers', kop op rij 3, kolommen: kolom A (als categorie), 2016, 2017, 2018* (als jaren). " +
        "Cijfertabel met een kolom per jaar, 24 categorieën. Titel boven de kop overgeslagen. " +
        "Eenheden naast aantallen: per 10.000 inwoners. Voorlopige cijfers: 2018. Voetnoot op rij 29 hoort niet bij de tabel.",
    );
  });

  it("explains a CBS export in English", () => {
    const dataset = detectDatasets(drontenLong().workbook, settings).datasets[0];
    expect(describeDetection(dataset, "en")).toBe(
      "Sheet 'CBS', header on row 4, columns: Soort misdrijf (as category), Perioden (as period), Regio's (as region), " +
        "Geregistreerde misdrijven (aantal) (as value). Figures table with a row per category and year (CBS), 46 series. " +
        "Title above the header skipped. 2 regions. Provisional figures: 2018. Footnote on row 144 is not part of the table.",
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
      "Blad 'StatLine', kop op rij 1, kolommen: Perioden (als periode), Totaal misdrijven (als categorie), " +
        "Woninginbraak (als categorie). Cijfertabel met een rij per jaar en een kolom per categorie (CBS), 2 reeksen. " +
        "Voorlopige cijfers: 2024.",
    );
  });
});

describe("describeColumns and describeNotes", () => {
  it("names a column by its header alone when the header already says what it was read as", () => {
    const columns = [
      { header: "Activiteit", field: "name", column: "A" },
      { header: "trekker", field: "owner", column: "B" },
      { header: "Prioriteit/thema", field: "group", column: "C" },
      { header: "Omschrijving", field: "name", column: "D" },
      { header: "", field: "category", column: 5 },
    ];
    expect(describeColumns(columns, "nl")).toBe(
      "Activiteit, trekker, Prioriteit/thema, Omschrijving (als naam van de activiteit), kolom E (als categorie)",
    );
  });

  it("names a long run of period or value columns by its first and last header and its size", () => {
    const glued = Array.from({ length: 60 }, (_, index) => ({
      header: `Regio ${Math.floor(index / 5) + 1}_Totaal misdrijven_${2012 + (index % 5)}`,
      field: "value",
      column: index + 2,
    }));
    const years = [2019, 2020, 2021].map((year, index) => ({
      header: String(year),
      field: "year",
      column: index + 2,
    }));
    expect(
      describeColumns([{ header: "Soort misdrijf", field: "category", column: 1 }, ...glued], "nl"),
    ).toBe(
      "Soort misdrijf (als categorie), Regio 1_Totaal misdrijven_2012 t/m Regio 12_Totaal misdrijven_2016 (60 kolommen) (als waarde)",
    );
    expect(describeColumns([{ header: "Soort", field: "category", column: 1 }, ...years], "en")).toBe(
      "Soort (as category), 2019, 2020, 2021 (as years)",
    );
  });

  it("renders stable note codes in the language and drops the layout flag", () => {
    expect(describeNotes(["periods-as-rows", "unit-row:5", "provisional:2024"], "en")).toEqual([
      "Unit row on row 5 read as the unit, not as a category.",
      "Provisional figures: 2024.",
    ]);
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
