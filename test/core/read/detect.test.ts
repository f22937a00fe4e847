import fc from "fast-check";
import { columnLetter } from "../../../src/core/address";
import type { ActivityDataset, Dataset, FiguresDataset, StatusKey } from "../../../src/core/datasets";
import { detectDatasets, type DetectionResult } from "../../../src/core/read/detect";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import {
  drontenLong,
  drontenProcessPlanning,
  drontenTabel1,
  drontenTabel2,
  drontenWide,
  drontenWideSheet,
  lelystadActivitySheet,
  lelystadActivityList,
  lelystadExpected,
  lelystadTwoSheets,
} from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

function detect(workbook: WorkbookSnapshot, settings: Partial<SettingsInput> = {}): DetectionResult {
  return detectDatasets(workbook, parseSettings({ reportDate: "2025-03-01", ...settings }));
}

function countBy<T>(items: T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const name = key(item) ?? "(none)";
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** One flat, comparable view of an activity dataset. */
function activitySummary(dataset: ActivityDataset) {
  return {
    sheet: dataset.sheet,
    headerRow: dataset.headerRow,
    rows: [dataset.firstRow, dataset.lastRow],
    columns: Object.fromEntries(
      Object.entries(dataset.columns).map(([field, column]) => [field, columnLetter(column!.column)]),
    ),
    total: dataset.activities.length,
    byStatus: countBy(dataset.activities, (activity) => activity.status),
    groups: countBy(dataset.activities, (activity) => activity.group),
    statusSources: countBy(dataset.activities, (activity) => activity.statusSource),
  };
}

/** One flat, comparable view of a figures dataset: category (× region) → values. */
function figuresSummary(dataset: FiguresDataset) {
  return {
    sheet: dataset.sheet,
    layout: dataset.layout,
    headerRow: dataset.headerRow,
    years: dataset.years,
    provisionalYears: dataset.provisionalYears,
    series: Object.fromEntries(
      dataset.series.map((series) => [
        series.region ? `${series.category} | ${series.region}` : series.category,
        series.values,
      ]),
    ),
    units: countBy(dataset.series, (series) => series.unit),
  };
}

function findingsOf(result: DetectionResult) {
  return result.findings.map((finding) => [finding.code, finding.sheet, finding.cell]);
}

const lelystadGroups = Object.fromEntries(lelystadExpected.groups.map((group) => [group.name, group.total]));
const lelystadStatuses: Partial<Record<StatusKey, number>> = {
  done: 21,
  onTrack: 83,
  delayed: 10,
  notStarted: 3,
};
const drontenSeries = Object.fromEntries(drontenTabel2.map((row) => [row.category, row.values]));

describe("detectDatasets on activity lists", () => {
  it("reads the Lelystad list under a title block: 117 activities, 88.9% on track", () => {
    const result = detect(lelystadActivityList());
    expect({
      datasets: result.datasets.map((dataset) => activitySummary(dataset as ActivityDataset)),
      findings: findingsOf(result),
    }).toEqual({
      datasets: [
        {
          sheet: "Activiteiten",
          headerRow: 4,
          rows: [5, 121],
          columns: {
            id: "A",
            group: "B",
            name: "C",
            owner: "D",
            partners: "E",
            planning: "F",
            status: "G",
            note: "H",
          },
          total: 117,
          byStatus: lelystadStatuses,
          groups: lelystadGroups,
          statusSources: { text: 117 },
        },
      ],
      findings: [],
    });
  });

  it("takes the theme from merged section rows and the status from traffic-light fills", () => {
    const result = detect(lelystadActivityList({ groups: "sectionRows", status: "fill", seed: 5 }));
    const dataset = result.datasets[0] as ActivityDataset;
    expect({
      summary: activitySummary(dataset),
      first: dataset.activities[0],
      findings: findingsOf(result),
    }).toEqual({
      summary: {
        sheet: "Activiteiten",
        headerRow: 4,
        rows: [6, 126],
        columns: { id: "A", name: "B", owner: "C", partners: "D", planning: "E", status: "F", note: "G" },
        total: 117,
        byStatus: lelystadStatuses,
        groups: lelystadGroups,
        statusSources: { fill: 117 },
      },
      first: expect.objectContaining({
        row: 6,
        group: "Cybercriminaliteit",
        statusSource: "fill",
        statusText: expect.stringMatching(/^(groen|blauw|rood|grijs)$/),
      }),
      findings: [],
    });
  });

  it("fills a priority column down when only the first row of each priority names it", () => {
    const dataset = detect(lelystadActivityList({ groups: "firstOnly" })).datasets[0] as ActivityDataset;
    expect({ groups: activitySummary(dataset).groups, notes: dataset.explanation.notes }).toEqual({
      groups: lelystadGroups,
      notes: ["title-above", "group-filled-down:112"],
    });
  });

  it("reads English headers and wording, skips and reports a blank row, stops at the footnote", () => {
    const { sheet, activities } = lelystadActivitySheet({
      language: "en",
      blankRowsAfter: [9],
      footnote: true,
      title: false,
    });
    const result = detect(workbookFromSheets("en.xlsx", sheet));
    const dataset = result.datasets[0] as ActivityDataset;
    expect({
      summary: activitySummary(dataset),
      notes: dataset.explanation.notes,
      findings: findingsOf(result),
    }).toEqual({
      summary: {
        sheet: "Activities",
        headerRow: 1,
        rows: [2, activities[116].sheetRow],
        columns: {
          id: "A",
          group: "B",
          name: "C",
          owner: "D",
          partners: "E",
          planning: "F",
          status: "G",
          note: "H",
        },
        total: 117,
        byStatus: lelystadStatuses,
        groups: lelystadGroups,
        statusSources: { text: 117 },
      },
      notes: ["blank-rows:1", `footnote:${activities[116].sheetRow + 2}`],
      findings: [["blank-row", "Activities", "A12"]],
    });
  });

  it("reads every sheet, skips a hidden list of drop-down values and sheets Koers generated", () => {
    const workbook = lelystadTwoSheets();
    const generated = { ...lelystadActivitySheet({ sheetName: "Koers Overzicht" }).sheet, generated: true };
    const result = detect({ ...workbook, sheets: [...workbook.sheets, generated] });
    expect(
      result.datasets.map((dataset) => [
        dataset.sheet,
        dataset.headerRow,
        (dataset as ActivityDataset).activities.length,
      ]),
    ).toEqual([
      ["Prioriteiten", 4, 92],
      ["Overige thema's", 1, 25],
    ]);
  });

  it("reads Dronten Tabel 1 (Kwartaal, Actie, Betreft) with its multi-quarter plannings", () => {
    const result = detect(drontenProcessPlanning());
    const dataset = result.datasets[0] as ActivityDataset;
    expect({
      columns: activitySummary(dataset).columns,
      rows: dataset.activities.map((activity) => [
        activity.name,
        activity.owner,
        activity.planning?.end,
        activity.status,
      ]),
      notes: dataset.explanation.notes,
    }).toEqual({
      columns: { name: "B", owner: "C", planning: "A" },
      rows: drontenTabel1.map((row) => [row.action, row.concerns, row.plannedEnd, "unknown"]),
      notes: ["title-above", "footnote:11"],
    });
  });

  it("keeps raw status and planning texts for validation", () => {
    const sheet = sheetFromRows("Acties", [
      ["Nr", "Actie", "Gereed", "Stand van zaken"],
      ["1", "Bibob-beleid actualiseren", "31-02-2025", "Loopt volgens plannig"],
      ["2", "Cameratoezicht evalueren", "Q2 2025", ""],
      ["3", "Veiligheidsmonitor", { error: "#N/A" }, "Afgerond"],
    ]);
    const dataset = detect(workbookFromSheets("acties.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect(
      dataset.activities.map((activity) => [
        activity.planningText,
        activity.planning?.end ?? null,
        activity.statusText,
        activity.status,
        activity.statusSource,
      ]),
    ).toEqual([
      ["31-02-2025", null, "Loopt volgens plannig", "unknown", "text"],
      ["Q2 2025", "2025-06-30", null, "unknown", "none"],
      ["#N/A", null, "Afgerond", "done", "text"],
    ]);
  });

  it("reports duplicate and blank headers", () => {
    const sheet = sheetFromRows("Lijst", [
      ["Activiteit", "Status", "Status", "", "Trekker"],
      ["Straatcoaches", "Op schema", "Vertraagd", "extra", "OOV"],
      ["Jongerenwerk", "Afgerond", "", "", "Team Jeugd"],
    ]);
    const result = detect(workbookFromSheets("lijst.xlsx", sheet));
    expect({
      status: (result.datasets[0] as ActivityDataset).activities.map((activity) => activity.status),
      findings: findingsOf(result),
    }).toEqual({
      status: ["onTrack", "done"],
      findings: [
        ["duplicate-header", "Lijst", "C1"],
        ["blank-header", "Lijst", "D1"],
      ],
    });
  });

  it("honours a manual column mapping over detection", () => {
    const sheet = sheetFromRows("Maatwerk", [
      ["Overzicht uitvoering"],
      [],
      ["Code", "Onderwerp van zorg", "Kleur", "Klaar per", "Wie"],
      ["A1", "Preventie woninginbraak", "Afgerond", "Q4 2024", "OOV"],
      ["A2", "Drugsoverlast wijken", "Vertraagd", "eind 2025", "Politie"],
    ]);
    const workbook = workbookFromSheets("maatwerk.xlsx", sheet);
    const mapped = detect(workbook, {
      columnMapping: { Maatwerk: { id: "A", name: "B", status: "C", planning: "D", owner: "E" } },
    });
    const dataset = mapped.datasets[0] as ActivityDataset;
    expect({
      summary: activitySummary(dataset),
      confidence: dataset.confidence,
      notes: dataset.explanation.notes,
    }).toEqual({
      summary: {
        sheet: "Maatwerk",
        headerRow: 3,
        rows: [4, 5],
        columns: { id: "A", name: "B", owner: "E", planning: "D", status: "C" },
        total: 2,
        byStatus: { done: 1, delayed: 1 },
        groups: { "(none)": 2 },
        statusSources: { text: 2 },
      },
      confidence: 1,
      notes: ["manual-mapping", "title-above"],
    });
  });

  it("overrides only the fields a manual mapping names; the others stay detected and confidence is measured", () => {
    const sheet = sheetFromRows("Activiteiten", [
      ["Nr", "Activiteit", "Thema", "Trekker", "Planning", "Status", "Opmerking"],
      [
        "1",
        "Keurmerk Veilig Ondernemen",
        "Ondermijning",
        "J. de Vries",
        "Q2 2025",
        "Loopt volgens planning",
        "Ondermijning",
      ],
      [
        "2",
        "Cameratoezicht centrum",
        "Openbare ruimte",
        "A. Bakker",
        "eind 2025",
        "Vertraagd",
        "Openbare ruimte",
      ],
      ["3", "Buurtpreventie-app", "Openbare ruimte", "M. Jansen", "Q4 2024", "Afgerond", "Openbare ruimte"],
    ]);
    const workbook = workbookFromSheets("ivp.xlsx", sheet);
    const columnsOf = (result: DetectionResult) => {
      const dataset = result.datasets[0] as ActivityDataset;
      return { columns: activitySummary(dataset).columns, confidence: dataset.confidence };
    };
    const groupOnly = columnsOf(detect(workbook, { columnMapping: { Activiteiten: { group: "G" } } }));
    const statusOnOwner = columnsOf(detect(workbook, { columnMapping: { Activiteiten: { status: "D" } } }));
    expect({ groupOnly, statusOnOwner }).toEqual({
      groupOnly: {
        columns: { id: "A", name: "B", group: "G", owner: "D", planning: "E", status: "F" },
        confidence: 1,
      },
      // Owner names read as status: the user's choice stands, the owner field gives its column up, and
      // confidence falls with the statuses that cannot be read.
      statusOnOwner: {
        columns: { id: "A", name: "B", group: "C", planning: "E", status: "D", note: "G" },
        confidence: 0.75,
      },
    });
  });

  it("honours a manual category column in a wide figures table", () => {
    const sheet = sheetFromRows("Cijfers", [
      ["Code", "Omschrijving", 2016, 2017, 2018],
      ["V01", "woninginbraken", 121, 121, 79],
      ["V02", "fietsdiefstal", 143, 54, 46],
      ["V03", "vernielingen", 171, 182, 157],
    ]);
    const workbook = workbookFromSheets("cijfers.xlsx", sheet);
    const describe = (result: DetectionResult) => {
      const dataset = result.datasets[0] as FiguresDataset;
      return {
        categories: dataset.series.map((series) => series.category),
        values: dataset.series.map((series) => series.values),
        confidence: dataset.confidence,
        manual: dataset.explanation.notes.includes("manual-mapping"),
      };
    };
    const detected = describe(detect(workbook));
    const mapped = describe(detect(workbook, { columnMapping: { Cijfers: { category: "B" } } }));
    expect({ detectedCategories: detected.categories, mapped }).toEqual({
      detectedCategories: ["V01", "V02", "V03"],
      mapped: {
        categories: ["woninginbraken", "fietsdiefstal", "vernielingen"],
        values: [
          [121, 121, 79],
          [143, 54, 46],
          [171, 182, 157],
        ],
        confidence: 1,
        manual: true,
      },
    });
  });

  it("flags a table it is not sure about with low-confidence", () => {
    const sheet = sheetFromRows("Notities", [
      ["Actie", "Wie", "Opmerking"],
      ["Overleg met wijkagent", "OOV", "zie verslag"],
      ["Brief aan bewoners", "", ""],
    ]);
    const result = detect(workbookFromSheets("notities.xlsx", sheet));
    expect({ confidence: result.datasets[0].confidence < 0.6, findings: findingsOf(result) }).toEqual({
      confidence: true,
      findings: [["low-confidence", "Notities", "A1"]],
    });
  });
});

describe("detectDatasets on figures tables", () => {
  it("reads Dronten Tabel 2 pasted from Word: text numbers, decimal commas, title and footnote", () => {
    const result = detect(drontenWide());
    const dataset = result.datasets[0] as FiguresDataset;
    expect({
      summary: figuresSummary(dataset),
      cells: dataset.series[0].cells,
      notes: dataset.explanation.notes,
      findings: findingsOf(result),
    }).toEqual({
      summary: {
        sheet: "Cijfers",
        layout: "wide",
        headerRow: 3,
        years: [2016, 2017, 2018],
        provisionalYears: [],
        series: drontenSeries,
        units: { count: 23, per10000: 1 },
      },
      cells: ["B4", "C4", "D4"],
      notes: ["title-above", "units:per10000", "footnote:29"],
      findings: [],
    });
  });

  it.each([
    ["years as text", { yearsAsText: true }],
    ["real numbers with a display format", { numbers: "numbers" as const }],
    ["every value as text", { numbers: "text" as const }],
    ["the table in column C with a category header", { offsetColumns: 2, categoryHeader: "Delict" }],
    ["no title and no footnote", { title: false, footnote: false }],
  ])("reads Tabel 2 with %s", (_label, options) => {
    const dataset = detect(drontenWide(options)).datasets[0] as FiguresDataset;
    expect({ years: dataset.years, series: figuresSummary(dataset).series }).toEqual({
      years: [2016, 2017, 2018],
      series: drontenSeries,
    });
  });

  it("marks a provisional year from the header and reports a blank row inside the table", () => {
    const result = detect(drontenWide({ provisionalLastYear: true, blankRowAfter: 5 }));
    const dataset = result.datasets[0] as FiguresDataset;
    expect({
      years: dataset.years,
      provisional: dataset.provisionalYears,
      count: dataset.series.length,
      findings: findingsOf(result),
    }).toEqual({
      years: [2016, 2017, 2018],
      provisional: [2018],
      count: 24,
      findings: [["blank-row", "Cijfers", "A10"]],
    });
  });

  it("reads a CBS StatLine export in long layout with two regions, '.', 'x' and 2018*", () => {
    const { workbook, rows } = drontenLong();
    const result = detect(workbook);
    const dataset = result.datasets[0] as FiguresDataset;
    const expected: Record<string, (number | null)[]> = {};
    for (const row of rows) (expected[`${row.category} | ${row.region}`] ??= []).push(row.value);
    const symbolCells = dataset.series.flatMap((series) =>
      series.symbols.filter((symbol) => symbol !== null),
    );
    expect({
      summary: figuresSummary(dataset),
      columns: dataset.explanation.columns.map((column) => [column.header, column.field]),
      symbols: [...new Set(symbolCells)].sort(),
      findings: findingsOf(result),
    }).toEqual({
      summary: {
        sheet: "CBS",
        layout: "long",
        headerRow: 4,
        years: [2016, 2017, 2018],
        provisionalYears: [2018],
        series: expected,
        units: { count: 46 },
      },
      columns: [
        ["Soort misdrijf", "category"],
        ["Perioden", "period"],
        ["Regio's", "region"],
        ["Geregistreerde misdrijven (aantal)", "value"],
      ],
      symbols: [".", "x"],
      findings: [],
    });
  });

  it("reads StatLine period codes and a unit column", () => {
    const dataset = detect(
      drontenLong({ periodCodes: true, regions: ["Dronten"], unitColumn: true, titleBlock: false }).workbook,
    ).datasets[0] as FiguresDataset;
    expect({
      headerRow: dataset.headerRow,
      years: dataset.years,
      provisional: dataset.provisionalYears,
      series: figuresSummary(dataset).series["wapenhandel: totaal per 10.000 inw [%] | Dronten"],
      units: figuresSummary(dataset).units,
    }).toEqual({
      headerRow: 1,
      years: [2016, 2017, 2018],
      provisional: [],
      series: [1.5, 3.2, 2.2],
      units: { count: 23, per10000: 1 },
    });
  });
});

describe("detectDatasets on whole workbooks", () => {
  it("finds an activity list and a figures table on one sheet, and more on other sheets", () => {
    const activities = lelystadActivitySheet({ onlyGroups: ["Ondermijning"] }).sheet;
    const figures = drontenWideSheet();
    const rows: CellValue[][] = [...activities.values, [], [], ...figures.values];
    const combined = sheetFromRows("Rapportage", rows);
    const result = detect(workbookFromSheets("alles.xlsx", combined, drontenLong().workbook.sheets[0]));
    expect(
      result.datasets.map((dataset: Dataset) => [
        dataset.sheet,
        dataset.kind,
        dataset.headerRow,
        dataset.kind === "activities" ? dataset.activities.length : dataset.series.length,
      ]),
    ).toEqual([
      ["Rapportage", "activities", 4, 22],
      ["Rapportage", "figures", 31, 24],
      ["CBS", "figures", 4, 46],
    ]);
  });

  it("reports no-datasets for a workbook with only prose", () => {
    const sheet = sheetFromRows("Notitie", [
      ["In juni 2016 stelde uw raad het Integraal Veiligheidsbeleid vast."],
      [],
      ["Zie bijlage."],
    ]);
    const result = detect(workbookFromSheets("notitie.xlsx", sheet, sheetFromRows("Leeg", [])));
    expect({
      datasets: result.datasets.length,
      findings: findingsOf(result),
      message: result.findings[0].message,
    }).toEqual({
      datasets: 0,
      findings: [["no-datasets", null, null]],
      message: "Koers vond geen activiteitenlijst en geen cijfertabel in deze werkmap.",
    });
  });

  it("never throws on arbitrary content", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5, max: 2100 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constantFrom(
        "Activiteit",
        "Status",
        "Planning",
        "2016",
        "2017*",
        ".",
        "x",
        "Afgerond",
        "Q2 2025",
        "Tabel 2: x",
        "Ondermijning",
        "Perioden",
        "Aantal",
      ),
      fc.string(),
      fc.record({ error: fc.constantFrom("#DIV/0!", "#N/A", "#REF!") }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (rows) => {
        const result = detect(workbookFromSheets("random.xlsx", sheetFromRows("Blad1", rows)));
        return Array.isArray(result.datasets) && Array.isArray(result.findings);
      }),
      { numRuns: 300 },
    );
  });

  it("reads 20,000 activities with their statuses", () => {
    const rows: CellValue[][] = [["Nr.", "Prioriteit", "Activiteit", "Trekker", "Planning", "Status"]];
    const statuses = ["Afgerond", "Loopt volgens planning", "Vertraagd", "Niet gestart", "op koers"];
    const plannings = ["Q2 2025", "eind 2025", "doorlopend", "31-12-2025", "Q4 2024 / Q1 2025"];
    for (let index = 0; index < 20000; index++) {
      rows.push([
        String(index + 1),
        `Thema ${index % 7}`,
        `Activiteit ${index}`,
        "OOV",
        plannings[index % 5],
        statuses[index % 5],
      ]);
    }
    const workbook = workbookFromSheets("groot.xlsx", sheetFromRows("Activiteiten", rows));
    // NOTE: the time it takes is measured in `npm run bench`, not here.
    const dataset = detect(workbook).datasets[0] as ActivityDataset;
    expect({ total: dataset.activities.length, byStatus: activitySummary(dataset).byStatus }).toEqual({
      total: 20000,
      byStatus: { done: 4000, onTrack: 8000, delayed: 4000, notStarted: 4000 },
    });
  });
});

describe("detectDatasets on tricky rows", () => {
  it("does not take a category whose counts look like years for a new header", () => {
    const sheet = sheetFromRows("Cijfers", [
      ["Delict", 2021, 2022, 2023],
      ["Criminaliteit totaal", 2050, 1987, 2012],
      ["woninginbraken", 121, 121, 79],
    ]);
    const dataset = detect(workbookFromSheets("stad.xlsx", sheet)).datasets[0] as FiguresDataset;
    expect(figuresSummary(dataset).series).toEqual({
      "Criminaliteit totaal": [2050, 1987, 2012],
      woninginbraken: [121, 121, 79],
    });
  });

  it("reads unmerged section rows in the number column and progress percentages as status", () => {
    const sheet = sheetFromRows(
      "Uitvoering",
      [
        ["Nr", "Maatregel", "Voortgang"],
        ["Ondermijning"],
        ["1.1", "Bibob-beleid actualiseren", 1],
        ["1.2", "Integrale controles", 0.5],
        ["Jeugd en veiligheid"],
        ["2.1", "Straatcoaches", 0],
      ],
      { numberFormats: { C3: "0%", C4: "0%", C6: "0%" } },
    );
    const dataset = detect(workbookFromSheets("uitvoering.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect(dataset.activities.map((activity) => [activity.id, activity.group, activity.status])).toEqual([
      ["1.1", "Ondermijning", "done"],
      ["1.2", "Ondermijning", "onTrack"],
      ["2.1", "Jeugd en veiligheid", "notStarted"],
    ]);
  });

  it("ends an activity list at a total line and at the title of the next table", () => {
    const sheet = sheetFromRows("Lijst", [
      ["Activiteit", "Status"],
      ["Straatcoaches", "Op schema"],
      ["Jongerenwerk", "Afgerond"],
      ["Totaal 2 activiteiten"],
      [],
      ["Overzicht cijfers"],
      ["", 2022, 2023],
      ["woninginbraken", 121, 79],
    ]);
    const result = detect(workbookFromSheets("lijst.xlsx", sheet));
    expect(
      result.datasets.map((dataset) => [
        dataset.kind,
        dataset.headerRow,
        dataset.kind === "activities" ? dataset.lastRow : dataset.series.length,
      ]),
    ).toEqual([
      ["activities", 1, 3],
      ["figures", 7, 1],
    ]);
  });
});

describe("detectDatasets on a StatLine table view", () => {
  it("reads a row per period and region with a column per category", () => {
    const sheet = sheetFromRows("StatLine", [
      ["Geregistreerde criminaliteit; soort misdrijf, regio"],
      [],
      ["Regio's", "Perioden", "Totaal misdrijven", "Woninginbraak", "Fietsdiefstal (per 1 000 inwoners)"],
      ["Dronten", "2022", 1283, 79, 1.2],
      ["Dronten", "2023", 1310, 81, 1.1],
      ["Dronten", "2024*", 1295, ".", 0.9],
      ["Urk", "2022", 402, "x", 0.4],
      ["Urk", "2023", 388, 12, 0.5],
      ["Urk", "2024*", 391, 9, 0.6],
      [],
      ["Bron: CBS"],
    ]);
    const result = detect(workbookFromSheets("statline.xlsx", sheet));
    const dataset = result.datasets[0] as FiguresDataset;
    expect({
      summary: figuresSummary(dataset),
      cells: dataset.series[1].cells,
      notes: dataset.explanation.notes,
      findings: findingsOf(result),
    }).toEqual({
      summary: {
        sheet: "StatLine",
        layout: "long",
        headerRow: 3,
        years: [2022, 2023, 2024],
        provisionalYears: [2024],
        series: {
          "Totaal misdrijven | Dronten": [1283, 1310, 1295],
          "Woninginbraak | Dronten": [79, 81, null],
          "Fietsdiefstal (per 1 000 inwoners) | Dronten": [1.2, 1.1, 0.9],
          "Totaal misdrijven | Urk": [402, 388, 391],
          "Woninginbraak | Urk": [null, 12, 9],
          "Fietsdiefstal (per 1 000 inwoners) | Urk": [0.4, 0.5, 0.6],
        },
        units: { count: 4, per1000: 2 },
      },
      cells: ["D4", "D5", "D6"],
      notes: ["periods-as-rows", "title-above", "regions:2", "provisional:2024", "footnote:11"],
      findings: [],
    });
  });
});

describe("detectDatasets on other team habits", () => {
  it("reads English headers such as ID, Measure, Lead, Due date, Progress", () => {
    const sheet = sheetFromRows("Plan", [
      ["ID", "Theme", "Measure", "Lead", "Due date", "Progress", "Notes"],
      ["M-01", "Youth", "Street coaches in the centre", "Youth team", "Q3 2025", "On schedule", ""],
      ["M-02", "Youth", "Parents' evenings", "OOV", "end 2025", "Behind schedule", "Venue booked late"],
      ["M-03", "Fraud", "Phishing campaign", "OOV", "ongoing", "Completed", ""],
    ]);
    const dataset = detect(workbookFromSheets("plan.xlsx", sheet), { language: "en" })
      .datasets[0] as ActivityDataset;
    expect({
      columns: activitySummary(dataset).columns,
      rows: dataset.activities.map((activity) => [
        activity.id,
        activity.group,
        activity.status,
        activity.planning?.kind,
        activity.planning?.end ?? null,
      ]),
    }).toEqual({
      columns: { id: "A", group: "B", name: "C", owner: "D", planning: "E", status: "F", note: "G" },
      rows: [
        ["M-01", "Youth", "onTrack", "quarter", "2025-09-30"],
        ["M-02", "Youth", "delayed", "endOfYear", "2025-12-31"],
        ["M-03", "Fraud", "done", "ongoing", null],
      ],
    });
  });

  it("reads the status from a coloured activity cell when there is no status column, ignoring pale banding", () => {
    const sheet = sheetFromRows(
      "Kleuren",
      [
        ["Actie", "Trekker", "Planning"],
        ["Straatcoaches", "Team Jeugd", "Q3 2025"],
        ["Cameratoezicht evalueren", "OOV", "eind 2025"],
        ["Bibob-beleid", "OOV", "2026"],
        ["Buurtpreventie", "OOV", "doorlopend"],
      ],
      { fills: { A2: "#00B050", A3: "#FF0000", A4: "#BFBFBF", A5: "#DDEBF7", B5: "#DDEBF7", C5: "#DDEBF7" } },
    );
    const dataset = detect(workbookFromSheets("kleuren.xlsx", sheet), { language: "en" })
      .datasets[0] as ActivityDataset;
    expect(
      dataset.activities.map((activity) => [activity.status, activity.statusText, activity.statusSource]),
    ).toEqual([
      ["onTrack", "green", "fill"],
      ["delayed", "red", "fill"],
      ["notStarted", "grey", "fill"],
      ["unknown", null, "none"],
    ]);
  });
});

describe("detectDatasets on a wide table per municipality", () => {
  it("reads a region column left of the years", () => {
    const sheet = sheetFromRows("Basisteam", [
      ["Gemeente", "Delict", 2022, 2023],
      ["Dronten", "woninginbraken", 79, 81],
      ["Urk", "woninginbraken", 12, 9],
      ["Noordoostpolder", "woninginbraken", 64, 58],
    ]);
    const dataset = detect(workbookFromSheets("basisteam.xlsx", sheet)).datasets[0] as FiguresDataset;
    expect({
      series: figuresSummary(dataset).series,
      columns: dataset.explanation.columns.map((column) => column.field),
    }).toEqual({
      series: {
        "woninginbraken | Dronten": [79, 81],
        "woninginbraken | Urk": [12, 9],
        "woninginbraken | Noordoostpolder": [64, 58],
      },
      columns: ["region", "category", "year", "year"],
    });
  });
});

describe("detectDatasets with a status column per reporting moment", () => {
  it("uses the rightmost, most recent status column", () => {
    const sheet = sheetFromRows("Voortgang", [
      ["Activiteit", "Stand van zaken mei 2024", "Stand van zaken nov 2024"],
      ["Straatcoaches", "Niet gestart", "Op schema"],
      ["Bibob-beleid", "Op schema", "Afgerond"],
    ]);
    const dataset = detect(workbookFromSheets("voortgang.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect({
      column: dataset.columns.status,
      statuses: dataset.activities.map((activity) => activity.status),
    }).toEqual({
      column: { column: 3, header: "Stand van zaken nov 2024" },
      statuses: ["onTrack", "done"],
    });
  });
});

describe("detectDatasets on section rows and incomplete rows", () => {
  it("reads a theme heading left of the table and keeps a row with only an owner as an activity", () => {
    const sheet = sheetFromRows("Plan", [
      [null, "Activiteit", "Trekker", "Status"],
      ["Ondermijning"],
      [null, "Bibob-beleid actualiseren", "OOV", "Afgerond"],
      [null, null, "Team Handhaving", null],
      ["Zorg en veiligheid"],
      [null, "Nazorg ex-gedetineerden", "Sociaal Domein", "Vertraagd"],
    ]);
    const dataset = detect(workbookFromSheets("plan.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect(
      dataset.activities.map((activity) => [
        activity.row,
        activity.group,
        activity.name,
        activity.owner,
        activity.status,
      ]),
    ).toEqual([
      [3, "Ondermijning", "Bibob-beleid actualiseren", "OOV", "done"],
      [4, "Ondermijning", "", "Team Handhaving", "unknown"],
      [6, "Zorg en veiligheid", "Nazorg ex-gedetineerden", "Sociaal Domein", "delayed"],
    ]);
  });
});

describe("detectDatasets on two-row headers", () => {
  it("reads a group header over sub-headers: the planning is the end date, the status the latest quarter", () => {
    const sheet = sheetFromRows(
      "Uitvoering",
      [
        ["Nr", "Activiteit", "Planning", null, "Status", null, null],
        [null, null, "Start", "Eind", "Q1", "Q2", "Q3"],
        [1, "Campagne woninginbraak", "jan 2025", "dec 2025", "Op schema", "Op schema", "Vertraagd"],
        [2, "Controles horeca", "jan 2025", "jun 2025", "Op schema", "Afgerond", "Afgerond"],
        [3, "Overleg jeugdoverlast", "feb 2025", "jun 2025", "Niet gestart", "Op schema", "Op schema"],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:G1"] },
    );
    const result = detect(workbookFromSheets("uitvoering.xlsx", sheet));
    const dataset = result.datasets[0] as ActivityDataset;
    expect({
      ...activitySummary(dataset),
      headers: Object.fromEntries(
        Object.entries(dataset.columns).map(([field, column]) => [field, column!.header]),
      ),
      plannings: dataset.activities.map((activity) => activity.planningText),
      notes: dataset.explanation.notes,
      findings: findingsOf(result),
    }).toEqual({
      sheet: "Uitvoering",
      headerRow: 1,
      rows: [3, 5],
      columns: { id: "A", name: "B", planning: "D", status: "G" },
      total: 3,
      byStatus: { delayed: 1, done: 1, onTrack: 1 },
      groups: { "(none)": 3 },
      statusSources: { text: 3 },
      headers: {
        id: "Nr",
        name: "Activiteit",
        planning: "Planning Eind",
        status: "Status Q3",
      },
      plannings: ["dec 2025", "jun 2025", "jun 2025"],
      notes: ["two-row-header"],
      findings: [],
    });
  });

  it("reads the status from the latest quarter that is filled in, not from columns prepared ahead", () => {
    const sheet = sheetFromRows(
      "Uitvoering",
      [
        ["Activiteit", "Status", null, null, null],
        [null, "Q1", "Q2", "Q3", "Q4"],
        ["Campagne woninginbraak", "Op schema", "Vertraagd", null, null],
        ["Controles horeca", "Op schema", "Afgerond", null, null],
      ],
      { merges: ["A1:A2", "B1:E1"] },
    );
    const dataset = detect(workbookFromSheets("uitvoering.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect({
      status: dataset.columns.status,
      statuses: dataset.activities.map((activity) => activity.status),
      explained: dataset.explanation.columns.find((column) => column.field === "status")?.header,
    }).toEqual({
      status: { column: 3, header: "Status Q2" },
      statuses: ["delayed", "done"],
      explained: "Status Q2",
    });
  });

  it("keeps a first data row as data when a text in it is not under a group header", () => {
    const sheet = sheetFromRows(
      "Plan",
      [
        ["Activiteit", "Planning", null, "Status"],
        ["Straatcoaches", "Q1", "Q2", "Op schema"],
        ["Bibob-beleid", "Q3", "Q4", "Afgerond"],
      ],
      { merges: ["B1:C1"] },
    );
    const dataset = detect(workbookFromSheets("plan.xlsx", sheet)).datasets[0] as ActivityDataset;
    expect({ total: dataset.activities.length, notes: dataset.explanation.notes }).toEqual({
      total: 2,
      notes: [],
    });
  });

  it("names a wide table's category column by its header merged down over both header rows", () => {
    const sheet = sheetFromRows(
      "Cijfers",
      [
        ["Soort misdrijf", "Geregistreerde misdrijven", null, null],
        [null, 2016, 2017, 2018],
        ["Woninginbraken", 121, 79, 60],
        ["Fietsendiefstal", 200, 180, 150],
      ],
      { merges: ["A1:A2", "B1:D1"] },
    );
    const result = detect(workbookFromSheets("cijfers.xlsx", sheet));
    const dataset = result.datasets[0] as FiguresDataset;
    expect({
      ...figuresSummary(dataset),
      category: dataset.explanation.columns.find((column) => column.field === "category"),
      findings: findingsOf(result),
    }).toEqual({
      sheet: "Cijfers",
      layout: "wide",
      headerRow: 2,
      years: [2016, 2017, 2018],
      provisionalYears: [],
      series: { Woninginbraken: [121, 79, 60], Fietsendiefstal: [200, 180, 150] },
      units: { count: 2 },
      category: { header: "Soort misdrijf", field: "category", column: 1 },
      findings: [],
    });
  });
});

describe("detectDatasets on headers merged down", () => {
  it("starts the table below header cells merged over two rows, without a blank-row finding", () => {
    const sheet = sheetFromRows(
      "Cijfers",
      [
        ["Soort misdrijf", 2022, 2023, 2024],
        [null, null, null, null],
        ["Woninginbraken", 121, 79, 60],
        ["Fietsendiefstal", 200, 180, 150],
      ],
      { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2"] },
    );
    const activities = sheetFromRows(
      "Activiteiten",
      [
        ["Activiteit", "Status"],
        [null, null],
        ["Straatcoaches", "Op schema"],
        ["Bibob-beleid", "Afgerond"],
      ],
      { merges: ["A1:A2", "B1:B2"] },
    );
    const result = detect(workbookFromSheets("cijfers.xlsx", sheet, activities));
    expect({
      rows: result.datasets.map((dataset) => [
        dataset.kind,
        dataset.kind === "activities" ? dataset.firstRow : dataset.series[0].row,
      ]),
      findings: findingsOf(result),
    }).toEqual({
      rows: [
        ["figures", 3],
        ["activities", 3],
      ],
      findings: [],
    });
  });
});

describe("detectDatasets on tables side by side", () => {
  const dashboard = () =>
    sheetFromRows("Dashboard", [
      ["Activiteit", "Trekker", "Status", null, "Soort misdrijf", 2022, 2023, 2024],
      ["Campagne woninginbraak", "Politie", "Op schema", null, "Woninginbraken", 121, 79, 60],
      ["Controles horeca", "Gemeente", "Afgerond", null, "Fietsendiefstal", 200, 180, 150],
      [null, null, null, null, "Vernieling", 90, 100, 110],
      [null, null, null, null, "Zakkenrollerij", 12, 9, 15],
    ]);

  it("reads an activity list and a figures table split by an empty column, each with its own rows", () => {
    const result = detect(workbookFromSheets("dashboard.xlsx", dashboard()));
    const [activities, figures] = result.datasets as [ActivityDataset, FiguresDataset];
    expect({
      kinds: result.datasets.map((dataset) => dataset.kind),
      activities: activitySummary(activities),
      figures: figuresSummary(figures),
      findings: findingsOf(result),
    }).toEqual({
      kinds: ["activities", "figures"],
      activities: {
        sheet: "Dashboard",
        headerRow: 1,
        rows: [2, 3],
        columns: { name: "A", owner: "B", status: "C" },
        total: 2,
        byStatus: { done: 1, onTrack: 1 },
        groups: { "(none)": 2 },
        statusSources: { text: 2 },
      },
      figures: {
        sheet: "Dashboard",
        layout: "wide",
        headerRow: 1,
        years: [2022, 2023, 2024],
        provisionalYears: [],
        series: {
          Woninginbraken: [121, 79, 60],
          Fietsendiefstal: [200, 180, 150],
          Vernieling: [90, 100, 110],
          Zakkenrollerij: [12, 9, 15],
        },
        units: { count: 4 },
      },
      findings: [],
    });
  });

  it("keeps a table with an empty spacer column in it together", () => {
    const sheet = sheetFromRows("Plan", [
      ["Activiteit", "Status", null, "Planning"],
      ["Straatcoaches", "Op schema", null, "Q2 2025"],
      ["Bibob-beleid", "Afgerond", null, "Q1 2025"],
    ]);
    const result = detect(workbookFromSheets("plan.xlsx", sheet));
    expect(result.datasets.map((dataset) => activitySummary(dataset as ActivityDataset).columns)).toEqual([
      { name: "A", status: "B", planning: "D" },
    ]);
  });

  it("keeps the table beside a manually mapped one", () => {
    const result = detect(workbookFromSheets("dashboard.xlsx", dashboard()), {
      columnMapping: { Dashboard: { name: "A", status: "C" } },
    });
    // NOTE: the manual reading spans the whole header row, so the two figures-only rows below read as
    // activities without name or status: the measured confidence says so (2 of 4 rows read).
    expect(result.datasets.map((dataset) => [dataset.kind, dataset.confidence])).toEqual([
      ["activities", 0.75],
      ["figures", expect.any(Number)],
    ]);
  });
});
