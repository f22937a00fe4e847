import type { FigureSeries, FiguresDataset } from "../../../../src/core/datasets";
import { describeDetection } from "../../../../src/core/read/explain";
import { detectDatasets } from "../../../../src/core/read/detect";
import {
  marginFromRespondents,
  marginKind,
  parseMargin,
  surveyUnit,
} from "../../../../src/core/read/detectors/surveyValues";
import { parseSettings } from "../../../../src/core/settings";
import type { SheetSnapshot } from "../../../../src/core/snapshot";
import { drontenWideSheet } from "../../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../../support/snapshotBuilder";
import {
  longRegionsSheet,
  wideBoundsSheet,
  wideMarginSheet,
  wideRespondentsSheet,
  wideWithoutMarginsSheet,
} from "../../../support/surveyWorkbooks";

function figures(...sheets: SheetSnapshot[]): FiguresDataset[] {
  const result = detectDatasets(
    workbookFromSheets("veiligheidsmonitor-dronten.xlsx", ...sheets),
    parseSettings({ reportDate: "2025-03-01" }),
  );
  return result.datasets.filter((dataset): dataset is FiguresDataset => dataset.kind === "figures");
}

function only(sheet: SheetSnapshot): FiguresDataset {
  const found = figures(sheet);
  expect(found).toHaveLength(1);
  return found[0];
}

function series(dataset: FiguresDataset, category: string, region: string | null = null): FigureSeries {
  const found = dataset.series.find((entry) => entry.category === category && entry.region === region);
  if (!found) throw new Error(`no series '${category}' (${region}) in ${dataset.sheet}`);
  return found;
}

/** The parts of a series a reader of the survey needs, for one comparable view. */
function view(entry: FigureSeries) {
  return { unit: entry.unit, values: entry.values, margins: entry.margins };
}

describe("survey tables (Veiligheidsmonitor)", () => {
  it("reads a wide table with a margin column after each year, text margins '±1,3' and decimal commas", () => {
    const dataset = only(wideMarginSheet());
    expect({
      survey: dataset.survey,
      layout: dataset.layout,
      headerRow: dataset.headerRow,
      years: dataset.years,
      unsafe: view(series(dataset, "Voelt zich wel eens onveilig (%)")),
      mark: view(series(dataset, "Rapportcijfer veiligheid in de buurt")),
      score: view(series(dataset, "Sociale cohesie (schaalscore)")),
      rows: dataset.series.length,
      marginColumns: dataset.explanation.columns.filter((column) => column.field === "margin").length,
    }).toEqual({
      survey: true,
      layout: "wide",
      headerRow: 4,
      years: [2019, 2021, 2023],
      unsafe: { unit: "percent", values: [34.6, 33.1, 36], margins: [1.3, 1.4, 1.3] },
      mark: { unit: "mark", values: [7.3, 7.3, 7.1], margins: [0.04, 0.05, 0.04] },
      score: { unit: "score", values: [6.1, 6, 6], margins: [0.06, 0.06, 0.07] },
      rows: 7,
      marginColumns: 3,
    });
  });

  it("reads bounds as half the interval and percentages stored as fractions with a % format", () => {
    const dataset = only(wideBoundsSheet());
    expect({
      years: dataset.years,
      unsafe: view(series(dataset, "Voelt zich wel eens onveilig (%)")),
      mark: view(series(dataset, "Rapportcijfer veiligheid in de buurt")),
    }).toEqual({
      years: [2019, 2023],
      unsafe: { unit: "percent", values: [34.6, 36], margins: [1.3, 1.3] },
      mark: { unit: "mark", values: [7.3, 7.1], margins: [0.04, 0.04] },
    });
  });

  it("derives the margin of a percentage from the respondents, and gives a mark none from n alone", () => {
    const dataset = only(wideRespondentsSheet());
    const expected = (p: number, n: number) =>
      Math.round(1.959964 * Math.sqrt((p * (1 - p)) / n) * 10000) / 100;
    expect({
      unsafe: series(dataset, "Voelt zich wel eens onveilig (%)").margins,
      burglary: series(dataset, "Is slachtoffer geweest van woninginbraak (%)").margins,
      mark: series(dataset, "Rapportcijfer veiligheid in de buurt").margins,
    }).toEqual({
      unsafe: [expected(0.331, 4210), expected(0.36, 5140)],
      burglary: [expected(0.019, 4210), expected(0.016, 5140)],
      mark: [null, null],
    });
  });

  it("reads the long form with the municipality, its police unit and Nederland as regions", () => {
    const dataset = only(longRegionsSheet());
    expect({
      survey: dataset.survey,
      layout: dataset.layout,
      years: dataset.years,
      dronten: view(series(dataset, "Voelt zich wel eens onveilig (%)", "Dronten")),
      unit: view(series(dataset, "Voelt zich wel eens onveilig (%)", "Politie-eenheid Midden-Nederland")),
      nederland: view(series(dataset, "Voelt zich wel eens onveilig (%)", "Nederland")),
      mark: series(dataset, "Rapportcijfer veiligheid in de buurt", "Dronten").unit,
      notes: dataset.explanation.notes,
    }).toEqual({
      survey: true,
      layout: "long",
      years: [2019, 2021, 2023],
      dronten: { unit: "percent", values: [34.6, 33.1, 36], margins: [1.3, 1.4, 1.3] },
      unit: { unit: "percent", values: [34.8, 33.5, 35.2], margins: [0.3, 0.3, 0.3] },
      nederland: { unit: "percent", values: [34.4, 32.8, 34], margins: [0.1, 0.1, 0.1] },
      mark: "mark",
      notes: ["regions:3"],
    });
  });

  it("reads a survey named only by its title, with no margins, as a survey whose margins are unknown", () => {
    const dataset = only(wideWithoutMarginsSheet());
    expect({
      survey: dataset.survey,
      mark: view(series(dataset, "Rapportcijfer veiligheid in de buurt")),
    }).toEqual({
      survey: true,
      mark: { unit: "mark", values: [7.3, 7.3, 7.1], margins: [null, null, null] },
    });
  });

  it("leaves the police figures beside a survey to the figures detectors", () => {
    const [registered, survey] = figures(drontenWideSheet(), wideMarginSheet());
    expect({
      registered: [
        registered.sheet,
        registered.survey,
        registered.series.every((entry) => entry.margins === undefined),
      ],
      survey: [survey.sheet, survey.survey],
    }).toEqual({ registered: ["Cijfers", undefined, true], survey: ["Veiligheidsmonitor", true] });
  });

  it("does not claim a table of registered nuisance counts without margins or a survey title", () => {
    const dataset = only(
      sheetFromRows("Meldingen", [
        ["Meldingen politie"],
        [],
        ["Soort melding", 2021, 2022, 2023],
        ["Overlast jeugd", 212, 187, 240],
        ["Overlast verward persoon", 98, 121, 133],
        ["Burengerucht", 64, 71, 58],
      ]),
    );
    expect({ survey: dataset.survey, units: dataset.series.map((entry) => entry.unit) }).toEqual({
      survey: undefined,
      units: ["count", "count", "count"],
    });
  });

  it("explains a survey table in words, naming its margin columns", () => {
    const text = describeDetection(only(wideMarginSheet()), "nl");
    expect(text).toContain("2023 (als jaren), marge, marge, marge");
    expect(text).toContain("Enquêtetabel (zoals de Veiligheidsmonitor)");
    expect(text).toContain("7 indicatoren");
  });
});

describe("survey values", () => {
  it("reads the margin kinds teams write in their headers", () => {
    expect(
      [
        "marge",
        "± 2021",
        "Betrouwbaarheidsmarge",
        "ondergrens 95%",
        "Bovengrens",
        "n",
        "Aantal respondenten",
        "2021",
      ].map(marginKind),
    ).toEqual(["margin", "margin", "margin", "lower", "upper", "respondents", "respondents", null]);
  });

  it("reads margins typed as text or numbers, and rejects what is not one", () => {
    expect(["±1,3", "± 1,3", "+/- 1,3", "1,3%", 0.04, "n.b.", -1].map((value) => parseMargin(value))).toEqual(
      [1.3, 1.3, 1.3, 1.3, 0.04, null, null],
    );
  });

  it("gives an indicator's unit by its name, and a share as a percentage when its name gives none", () => {
    expect([
      surveyUnit("Rapportcijfer veiligheid in de buurt", [7.3]),
      surveyUnit("Sociale cohesie (schaalscore)", [6.1]),
      surveyUnit("Voelt zich wel eens onveilig (%)", [33.1]),
      surveyUnit("Vindt dat de gemeente voldoende doet", [42]),
      surveyUnit("Gemiddeld aantal keren slachtoffer", [120, 140]),
    ]).toEqual(["mark", "score", "percent", "percent", "score"]);
  });

  it("derives no margin from respondents for a mark or without n", () => {
    expect([
      marginFromRespondents(7.3, 4210, "mark"),
      marginFromRespondents(33.1, null, "percent"),
      marginFromRespondents(33.1, 0, "percent"),
    ]).toEqual([null, null, null]);
  });
});
