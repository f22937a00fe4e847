import { parseCellAddress } from "../../../src/core/address";
import { createFinding } from "../../../src/core/findings/finding";
import { buildReportPlan, planOutput } from "../../../src/core";
import { planCellMap, planRangeValues } from "../../support/planCellMap";
import type { ReportPlan } from "../../../src/core/plan/reportPlan";
import { lineCount } from "../../../src/core/plan/textMetrics";
import {
  drontenFigures,
  lelystadActivities,
  seedReport,
  seriesReport,
  settingsFor,
  testingOf,
} from "./reportFixtures";
import { addressOf, rowFrom, sheetOf, styleAt, textsOf } from "./planTestHelpers";

function seedPlan(settings = settingsFor()): ReportPlan {
  return buildReportPlan(seedReport(settings), settings, []);
}

describe("buildReportPlan: sheets and ownership", () => {
  it("plans the four Dutch sheets with the overview active", () => {
    const plan = seedPlan();
    expect({
      sheets: planOutput(plan).sheets,
      active: plan.activeSheet,
      renamed: plan.renamed,
      language: plan.language,
    }).toEqual({
      sheets: ["Koers Overzicht", "Koers Trends", "Koers Aandachtspunten", "Koers Toelichting"],
      active: "Koers Overzicht",
      renamed: [],
      language: "nl",
    });
  });

  it("uses English sheet names and labels with language en", () => {
    const settings = settingsFor({ language: "en" });
    const plan = seedPlan(settings);
    const overview = planCellMap(sheetOf(plan, "overview"));
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([
      "Koers Overview",
      "Koers Trends",
      "Koers Issues",
      "Koers Notes",
    ]);
    const { row } = parseCellAddress(addressOf(overview, "Share"));
    expect(["A", "B", "C"].map((column) => overview.get(`${column}${row}`))).toEqual([
      "Status",
      "Number",
      "Share",
    ]);
    expect(rowFrom(overview, "On track", 3)).toEqual(["On track", 83, 0.709402]);
    expect(sheetOf(plan, "overview").print.header.right).toBe("Page &P of &N");
  });

  it("never takes the name of a user's own sheet and tells the caller", () => {
    const settings = settingsFor();
    const plan = buildReportPlan(seedReport(settings), settings, [
      "Koers Overzicht",
      "koers trends",
      "Koers Trends (2)",
      "Data",
    ]);
    expect(plan.renamed).toEqual([
      { key: "overview", wanted: "Koers Overzicht", actual: "Koers Overzicht (2)" },
      { key: "trends", wanted: "Koers Trends", actual: "Koers Trends (3)" },
    ]);
    expect(plan.activeSheet).toBe("Koers Overzicht (2)");
    const chartSheets = sheetOf(plan, "overview").charts.flatMap((chart) => [
      chart.categories.sheet,
      ...chart.series.map((series) => series.values.sheet),
    ]);
    expect(new Set(chartSheets)).toEqual(new Set(["Koers Overzicht (2)"]));
  });

  it("is deterministic", () => {
    expect(seedPlan()).toEqual(seedPlan());
  });

  it("fills the document properties", () => {
    expect(seedPlan().properties).toEqual({
      title: "Voortgang IVP 2023-2026",
      subject: "Voortgangsrapportage veiligheid",
      author: "Gemeente Lelystad",
      company: "Gemeente Lelystad",
      keywords: "Koers; integrale veiligheid; voortgang",
      reportDate: "2025-03-01",
      status: "Concept",
    });
  });
});

describe("buildReportPlan: overview", () => {
  const plan = seedPlan();
  const overview = sheetOf(plan, "overview");
  const cells = planCellMap(overview);

  it("shows % on track as a big number, the total and the overdue count", () => {
    expect(rowFrom(cells, "Op koers (afgerond of loopt volgens planning)", 2)).toEqual([
      "Op koers (afgerond of loopt volgens planning)",
      0.889,
    ]);
    expect(rowFrom(cells, "Aantal activiteiten", 2)).toEqual(["Aantal activiteiten", 117]);
    expect(rowFrom(cells, "Over de planning (niet afgerond)", 2)).toEqual([
      "Over de planning (niet afgerond)",
      4,
    ]);
    const big = parseCellAddress(addressOf(cells, 0.889));
    expect(styleAt(overview, `B${big.row}`)).toMatchObject({ numberFormat: "0.0%", size: 20, bold: true });
  });

  it("names the statuses that count as on track in the key figure", () => {
    const settings = settingsFor({ onTrackStatuses: ["done"] });
    const map = planCellMap(sheetOf(buildReportPlan(seedReport(settings), settings, []), "overview"));
    expect(map.get(`A${parseCellAddress(addressOf(map, 0.889)).row}`)).toBe("Op koers (afgerond)");
  });

  it("counts per status with a total row", () => {
    const labels = ["Afgerond", "Loopt volgens planning", "Vertraagd", "Niet gestart", "Totaal"];
    const share = (count: number) => Number((count / 117).toFixed(6));
    expect(labels.map((label) => rowFrom(cells, label, 3))).toEqual([
      ["Afgerond", 21, share(21)],
      ["Loopt volgens planning", 83, share(83)],
      ["Vertraagd", 10, share(10)],
      ["Niet gestart", 3, share(3)],
      ["Totaal", 117, 1],
    ]);
  });

  it("lists progress per priority with RAG fills by the thresholds", () => {
    const settings = settingsFor({ ragThresholds: { green: 89, amber: 87 } });
    const sheet = sheetOf(buildReportPlan(seedReport(settings), settings, []), "overview");
    const map = planCellMap(sheet);
    expect(rowFrom(map, "Prioriteit / thema", 7)).toEqual([
      "Prioriteit / thema",
      "Totaal",
      "Afgerond",
      "Loopt volgens planning",
      "Vertraagd",
      "Niet gestart",
      "% op koers",
    ]);
    expect(rowFrom(map, "Ondermijning", 7)).toEqual(["Ondermijning", 22, 5, 14, 2, 1, 0.864]);
    const fills = ["Cybercriminaliteit", "Jeugd en veiligheid", "Ondermijning", "Zorg en veiligheid"].map(
      (name) => {
        const { row } = parseCellAddress(addressOf(map, name));
        return styleAt(sheet, `G${row}`)?.fill;
      },
    );
    expect(fills).toEqual(["#FFEB9C", "#C6EFCE", "#FFC7CE", "#C6EFCE"]);
  });

  it("lists overdue activities without owners", () => {
    const header = rowFrom(cells, "Activiteit", 5);
    expect(header).toEqual(["Activiteit", "Nr.", "Prioriteit / thema", "Planning", "Status"]);
    expect(rowFrom(cells, "Nazorg ex-gedetineerden", 5)).toEqual([
      "Nazorg ex-gedetineerden",
      "090",
      "Zorg en veiligheid",
      "31-01-2025",
      "Vertraagd",
    ]);
  });

  it("keeps text that looks like a formula as a plain string", () => {
    expect(rowFrom(cells, "=Bestuurlijke weerbaarheid training", 2)).toEqual([
      "=Bestuurlijke weerbaarheid training",
      "058",
    ]);
  });

  it("shows the kernboodschap and the changes since the previous report", () => {
    const texts = textsOf(overview);
    expect(texts).toContain("89% van de 117 activiteiten loopt volgens planning of is afgerond.");
    expect(texts).toContain("• Woninginbraken daalden van 121 naar 79 (−34,7%, significant).");
    expect(rowFrom(cells, "Aanpak hennepteelt", 5)).toEqual([
      "Aanpak hennepteelt",
      "004",
      "Status gewijzigd",
      "Loopt volgens planning",
      "Vertraagd",
    ]);
    expect(rowFrom(cells, "Pilot buurtapp", 3)).toEqual(["Pilot buurtapp", "118", "Vervallen"]);
  });

  it("draws three charts whose ranges hold exactly their cached values", () => {
    expect(overview.charts.map((chart) => [chart.id, chart.kind, chart.title])).toEqual([
      ["status-per-group", "barStacked", "Status per prioriteit"],
      ["crime-trend", "line", "Ontwikkeling criminaliteit"],
      ["change-vs-previous-year", "bar", "Verandering t.o.v. vorig jaar (%)"],
    ]);
    for (const chart of overview.charts) {
      expect(chart.categories.sheet).toBe("Koers Overzicht");
      expect(planRangeValues(cells, chart.categories.range).map(String)).toEqual(chart.categoryCache);
      for (const series of chart.series) {
        expect(series.values.sheet).toBe("Koers Overzicht");
        expect(planRangeValues(cells, series.values.range)).toEqual(series.cache);
      }
    }
  });

  it("stacks the status counts per priority", () => {
    const chart = overview.charts[0];
    expect(chart.categoryCache).toEqual([
      "Cybercriminaliteit",
      "Jeugd en veiligheid",
      "Ondermijning",
      "Zorg en veiligheid",
    ]);
    expect(chart.series.map((series) => [series.name, series.cache])).toEqual([
      ["Afgerond", [4, 6, 5, 6]],
      ["Loopt volgens planning", [18, 21, 14, 30]],
      ["Vertraagd", [2, 3, 2, 3]],
      ["Niet gestart", [1, 0, 1, 1]],
    ]);
  });

  it("draws the largest categories without the grand total and without parts of subtotals", () => {
    const chart = overview.charts[1];
    expect(chart.categoryCache).toEqual(["2016", "2017", "2018"]);
    expect(chart.series.map((series) => series.name)).toEqual([
      "vernielingen",
      "geweld: totaal",
      "brom-,snor-,fietsdiefstal",
      "woninginbraken",
      "zakkenrollen",
      "autokraak",
    ]);
    expect(chart.series[3].cache).toEqual([121, 121, 79]);
  });

  it("charts the change of leaf categories that are not small numbers, rises and falls alike", () => {
    const chart = overview.charts[2];
    const changes = Object.fromEntries(
      chart.categoryCache.map((name, index) => [name, chart.series[0].cache[index]]),
    );
    // Leaves only: never the total, never a subtotal beside its own parts (woninginbraken, geweld: totaal).
    expect(changes["woninginbraak: pogingen"]).toBe(-53.2); // 47 → 22
    for (const sum of [
      "Criminaliteit totaal",
      "woninginbraken",
      "geweld: totaal",
      "brom-,snor-,fietsdiefstal",
    ])
      expect(chart.categoryCache).not.toContain(sum);
    // The two largest rises among the leaves are shown: huiselijk geweld +14, bedreiging +11.
    expect(changes["huiselijk geweld"]).toBe(46.7);
    expect(changes["geweld: bedreiging"]).toBe(39.3);
    expect(chart.categoryCache).not.toContain("bromfiets diefstal");
    expect(chart.categoryCache).not.toContain("box-,schuur-,garage inbraak");
    // Largest rise first, largest fall last.
    const shown = chart.series[0].cache as number[];
    expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    expect(chart.showLegend).toBe(false);
  });

  it("prints on A4 portrait with title, page numbers, report date and status", () => {
    expect(overview.print).toMatchObject({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      header: { left: "Voortgang IVP 2023-2026", right: "Pagina &P van &N" },
      footer: { left: "Rapportagedatum 1 maart 2025", right: "Concept" },
    });
  });

  it("says so when there is no activity list and no figures table", () => {
    const settings = settingsFor();
    const plan = buildReportPlan(seedReport(settings, { activities: null, figures: [] }), settings, []);
    const texts = textsOf(sheetOf(plan, "overview"));
    expect(texts).toEqual(
      expect.arrayContaining([
        "Geen activiteitenlijst gevonden in de werkmap.",
        "Geen tabel met criminaliteitscijfers gevonden in de werkmap.",
      ]),
    );
    expect(sheetOf(plan, "overview").charts).toEqual([]);
  });
});

describe("buildReportPlan: trends", () => {
  const settings = settingsFor();
  const plan = buildReportPlan(seedReport(settings, { figures: [drontenFigures([2018])] }), settings, []);
  const trends = sheetOf(plan, "trends");
  const cells = planCellMap(trends);

  it("titles a further workbook's table in words, not as an external reference", () => {
    const further = { ...drontenFigures(), sheet: "[dronten-cijfers.xlsx]Cijfers" };
    const titled = buildReportPlan(seedReport(settings, { figures: [further] }), settings, []);
    const words = [...textsOf(sheetOf(titled, "trends")), ...textsOf(sheetOf(titled, "overview"))].join("\n");
    expect(words).toContain("Dronten cijfers, blad Cijfers");
    expect(words).not.toContain("[dronten-cijfers.xlsx]");
  });

  it("shows years (provisional marked), change, arrow, significance, index and average per category", () => {
    expect(rowFrom(cells, "Categorie", 14)).toEqual([
      "Categorie",
      2016,
      2017,
      "2018*",
      "Verschil",
      "Verandering",
      "Richting",
      "Significantie",
      "p (q)",
      "Index 2018* (2016 = 100)",
      "Gem. laatste 3 jaar",
      "Trend per jaar (Sen)",
      "Trend (Mann–Kendall)",
      "Opmerking",
    ]);
    expect(rowFrom(cells, "woninginbraken", 14)).toEqual([
      "woninginbraken",
      121,
      121,
      79,
      -42,
      -0.347,
      "▼",
      "significant",
      // The fixture's p (seedReport has no q): 2 · P(X ≤ 79 | 200, ½) = 0.0036.
      "0,004",
      65.3,
      107,
      -21,
      "te weinig jaren",
      "= som van woninginbraak: pogingen + woninginbraak: geslaagd",
    ]);
    expect(textsOf(trends)).toContain("* voorlopig cijfer");
  });

  it("colours change by polarity and marks subtotals, mismatches and small numbers", () => {
    const burglary = parseCellAddress(addressOf(cells, "woninginbraken")).row;
    const vandalism = parseCellAddress(addressOf(cells, "huiselijk geweld")).row;
    expect(styleAt(trends, `F${burglary}`)?.color).toBe("#007A33");
    expect(styleAt(trends, `F${vandalism}`)?.color).toBe("#C00000");
    expect(styleAt(trends, `A${burglary}`)?.bold).toBe(true);
    expect(rowFrom(cells, "geweld: totaal", 14)[13]).toBe(
      "= som van geweld: zeden + geweld: openlijk geweld + geweld: bedreiging + geweld: mishandeling + geweld: straatroof + geweld: overval; klopt niet in alle jaren",
    );
    expect(rowFrom(cells, "bromfiets diefstal", 13).slice(5, 8)).toEqual(["kleine aantallen", "▶", "ns"]);
    expect(rowFrom(cells, "woninginbraak: pogingen", 14)[13]).toBe("onderdeel van woninginbraken");
  });

  it("freezes and repeats the header row and bands the rows", () => {
    const header = parseCellAddress(addressOf(cells, "Categorie")).row;
    expect(trends.freeze).toEqual({ rows: header, columns: 1 });
    expect(trends.print.printTitleRows).toBe(`${header}:${header}`);
    expect(trends.conditionalFormats).toContainEqual({
      kind: "expression",
      range: `A${header + 1}:N${header + 24}`,
      formula: "MOD(ROW(),2)=0",
      style: { fill: "#F2F2F2" },
    });
  });

  it("writes the trend columns in English with language en", () => {
    const english = settingsFor({ language: "en" });
    const map = planCellMap(sheetOf(buildReportPlan(seedReport(english), english, []), "trends"));
    expect(rowFrom(map, "Category", 14).slice(4)).toEqual([
      "Difference",
      "Change",
      "Direction",
      "Significance",
      "p (q)",
      "Index 2018 (2016 = 100)",
      "Avg. last 3 years",
      "Trend per year (Sen)",
      "Trend (Mann–Kendall)",
      "Note",
    ]);
    expect(rowFrom(map, "bromfiets diefstal", 13).slice(5, 7)).toEqual(["small numbers", "▶"]);
    expect(rowFrom(map, "woninginbraak: geslaagd", 14)[13]).toBe("part of woninginbraken");
  });

  it("adds a region column when the figures have regions", () => {
    const figures = drontenFigures();
    figures.series = figures.series.slice(0, 2).map((series) => ({ ...series, region: "Dronten" }));
    const regional = planCellMap(
      sheetOf(buildReportPlan(seedReport(settings, { figures: [figures] }), settings, []), "trends"),
    );
    expect(rowFrom(regional, "Regio", 3)).toEqual(["Regio", "Categorie", 2016]);
    expect(rowFrom(regional, "Dronten", 3)).toEqual(["Dronten", "Criminaliteit totaal", 1697]);
  });

  it("shows the Mann–Kendall trend when there are enough years", () => {
    const series = seriesReport("fietsdiefstal", [150, 140, 120, 100, 90], {
      trend: { senSlope: -15, mannKendallP: 0.0275, significant: true, tooShort: false },
    });
    const figures = { ...drontenFigures(), years: [2019, 2020, 2021, 2022, 2023], series: [series] };
    const map = planCellMap(
      sheetOf(buildReportPlan(seedReport(settings, { figures: [figures] }), settings, []), "trends"),
    );
    expect(rowFrom(map, "fietsdiefstal", 16).slice(14)).toEqual(["dalend (p = 0,03)", null]);
  });
});

describe("buildReportPlan: findings", () => {
  const plan = seedPlan();
  const findings = sheetOf(plan, "findings");
  const cells = planCellMap(findings);

  it("counts per severity and lists findings most severe first", () => {
    expect(rowFrom(cells, "fout", 2)).toEqual(["fout", 1]);
    expect(rowFrom(cells, "waarschuwing", 2)).toEqual(["waarschuwing", 3]);
    expect(rowFrom(cells, "Totaal", 2)).toEqual(["Totaal", 5]);
    const header = parseCellAddress(addressOf(cells, "Melding")).row;
    const codes = [1, 2, 3, 4, 5].map((offset) => cells.get(`B${header + offset}`));
    expect(codes).toEqual([
      "duplicate-id",
      "no-datasets",
      "subtotal-mismatch",
      "unknown-status",
      "blank-row",
    ]);
    expect(findings.autoFilter).toBe(`A${header}:G${header + 5}`);
    expect(findings.freeze).toEqual({ rows: header, columns: 0 });
  });

  it("colours the severity before banding the rows, so the severity fill wins", () => {
    const header = parseCellAddress(addressOf(cells, "Melding")).row;
    const body = `${header + 1}`;
    expect(findings.conditionalFormats.map((format) => [format.kind, format.range])).toEqual([
      ["textContains", `A${body}:A${header + 5}`],
      ["textContains", `A${body}:A${header + 5}`],
      ["textContains", `A${body}:A${header + 5}`],
      ["expression", `A${body}:G${header + 5}`],
    ]);
  });

  it("links each finding to its source cell, except in another workbook", () => {
    const header = parseCellAddress(addressOf(cells, "Melding")).row;
    expect(findings.hyperlinks).toEqual([
      {
        cell: `D${header + 1}`,
        target: { sheet: "Activiteiten", cell: "A12" },
        tooltip: "Ga naar Activiteiten!A12",
      },
      {
        cell: `D${header + 4}`,
        target: { sheet: "Activiteiten", cell: "F40" },
        tooltip: "Ga naar Activiteiten!F40",
      },
      {
        cell: `D${header + 5}`,
        target: { sheet: "Activiteiten", cell: "A30" },
        tooltip: "Ga naar Activiteiten!A30",
      },
    ]);
  });

  it("writes the messages in the report language", () => {
    const settings = settingsFor({ language: "en" });
    const map = planCellMap(sheetOf(buildReportPlan(seedReport(settings), settings, []), "findings"));
    expect(rowFrom(map, "duplicate-id", 6)).toEqual([
      "duplicate-id",
      "Activiteiten",
      "A12",
      1,
      "Number 011 occurs more than once (also on row 9).",
      "Give each activity its own number, otherwise Koers cannot track changes.",
    ]);
  });

  it("writes one row per finding group with range and count, and its first 20 cells each linked", () => {
    const settings = settingsFor();
    const names = createFinding(
      "personal-data",
      { sheet: "Activiteiten", cell: "D2", range: "D2:D20001", count: 20_000 },
      { kind: "person-name", masked: "J. d* V****", columnName: "'Trekker'" },
    );
    const statuses = createFinding(
      "unknown-status",
      { sheet: "Activiteiten", cell: "G4", range: "G4,G9:G12", count: 5 },
      { value: "lopend", suggestion: "Loopt volgens planning" },
    );
    const sheet = sheetOf(
      buildReportPlan(seedReport(settings, { findings: [names, statuses] }), settings, []),
      "findings",
    );
    const map = planCellMap(sheet);
    expect(rowFrom(map, "personal-data", 5)).toEqual([
      "personal-data",
      "Activiteiten",
      "D2:D20001",
      20_000,
      "Kolom 'Trekker' bevat namen van personen (20.000 cellen); het griffie-exemplaar laat ze weg.",
    ]);
    const header = parseCellAddress(addressOf(map, "Melding")).row;
    const examplesHeader = parseCellAddress(addressOf(map, "Cel")).row;
    const examples = Array.from({ length: 30 }, (_, offset) => {
      const row = examplesHeader + 1 + offset;
      return [map.get(`A${row}`), map.get(`D${row}`)];
    }).filter(([group]) => group !== undefined);
    expect(examples).toEqual([
      ...Array.from({ length: 20 }, (_, index) => [1, `D${index + 2}`]),
      [2, "G4"],
      [2, "G9"],
      [2, "G10"],
      [2, "G11"],
      [2, "G12"],
    ]);
    const links = new Map(sheet.hyperlinks.map((link) => [link.cell, link.target.cell]));
    expect([links.get(`D${header + 1}`), links.get(`D${header + 2}`)]).toEqual(["D2:D20001", "G4"]);
    expect(links.get(`D${examplesHeader + 1}`)).toBe("D2");
    expect(sheet.hyperlinks).toHaveLength(2 + 25);
  });

  it("shows a scattered range on one line, cut after whole areas, so its row stays low", () => {
    const settings = settingsFor();
    const rows = Array.from({ length: 2237 }, (_, index) => 13 + 3 * index);
    const scattered = createFinding(
      "planning-in-past",
      {
        sheet: "Activiteiten",
        cell: "F13",
        range: rows.map((row) => `F${row}`).join(","),
        count: rows.length,
      },
      { value: "Q1 2025" },
    );
    const sheet = sheetOf(
      buildReportPlan(seedReport(settings, { findings: [scattered] }), settings, []),
      "findings",
    );
    const map = planCellMap(sheet);
    const header = parseCellAddress(addressOf(map, "Melding")).row;
    const shown = map.get(`D${header + 1}`) as string;
    expect(shown).toMatch(/^F13, F16, F19(, F\d+)*, …$/);
    expect(lineCount(shown, 20)).toBe(1);
    const links = new Map(sheet.hyperlinks.map((link) => [link.cell, link.target.cell]));
    expect(links.get(`D${header + 1}`)).toBe("F13");
    // The message in its 48-wide column, not the range, decides the row's height.
    const message = map.get(`F${header + 1}`) as string;
    const height = sheet.rowHeights?.find((entry) => entry.row === header + 1)?.height ?? 15;
    expect(height).toBe(lineCount(message, 48) * 15);
  });

  it("keeps thousands of findings in one block", () => {
    const settings = settingsFor();
    const many = Array.from({ length: 20000 }, (_, index) =>
      createFinding("blank-row", { sheet: "Activiteiten", cell: `A${index + 5}` }, {}, "nl"),
    );
    const plan = buildReportPlan(seedReport(settings, { findings: many }), settings, []);
    const sheet = sheetOf(plan, "findings");
    const biggest = Math.max(...sheet.blocks.map((block) => block.values.length));
    expect({ biggest, links: sheet.hyperlinks.length }).toEqual({ biggest: 20000, links: 20000 });
  });
});

describe("buildReportPlan: notes", () => {
  it("explains definitions, symbols and methods with the settings used", () => {
    const settings = settingsFor({ significanceLevel: 0.01, smallNumberThreshold: 20 });
    const plan = buildReportPlan(seedReport(settings), settings, [], { version: "9.9.9" });
    const texts = textsOf(sheetOf(plan, "notes"));
    const joined = texts.join("\n");
    expect(texts).toEqual(
      expect.arrayContaining([
        "Status: Afgerond",
        ".",
        "x",
        "-",
        "*",
        "**",
        "Bronbestand",
        "ivp-lelystad.xlsx",
      ]),
    );
    expect(joined).toContain("kleiner is dan 0,01");
    expect(joined).toContain("onder de 20");
    expect(joined).toContain("'Afgerond' of 'Loopt volgens planning'");
    expect(joined).toContain("Koers 9.9.9.");
    expect(joined).toContain("(2016 = 100)");
    expect(joined).toContain("Zekerheid van de herkenning: 95%");
  });
});

describe("buildReportPlan: the honest story in the sheets", () => {
  it("explains registered crime, significance, multiple tests and the Poisson assumption", () => {
    const settings = settingsFor();
    const figures = { ...drontenFigures(), focusRegion: "Dronten", testing: testingOf(true) };
    const plan = buildReportPlan(seedReport(settings, { figures: [figures] }), settings, []);
    const joined = textsOf(sheetOf(plan, "notes")).join("\n");
    expect(joined).toContain(
      "wat bij de politie is gemeld en door de politie is vastgelegd, niet alle criminaliteit",
    );
    expect(joined).toContain("Significant betekent níet dat de verandering groot of belangrijk is");
    expect(joined).toContain("Benjamini–Hochberg");
    expect(joined).toContain(
      "Voor 'Tabel 2' zijn er minder dan 5 jaren: de toets gaat daar uit van Poisson-variatie.",
    );
    expect(joined).toContain("voorlopige cijfers: die kunnen nog veranderen");
    expect(joined).toContain("De kernboodschap gaat over Dronten");
    expect(joined).toContain("Met minder dan 5 jaren kan de toets nooit significant worden");
    const english = settingsFor({ language: "en" });
    const notes = textsOf(
      sheetOf(buildReportPlan(seedReport(english, { figures: [figures] }), english, []), "notes"),
    ).join("\n");
    expect(notes).toContain("reported to and recorded by the police, not all crime");
    expect(notes).toContain("For 'Tabel 2' there are fewer than 5 years");
  });

  it("colours a group of only unknown statuses grey, and shows on-track-overdue as a key figure", () => {
    const settings = settingsFor();
    const activities = lelystadActivities();
    activities.onTrackOverdue = 29;
    activities.groups = [
      ...activities.groups,
      {
        name: "Nieuw thema",
        total: 2,
        byStatus: { done: 0, onTrack: 0, delayed: 0, notStarted: 0, unknown: 2 },
        onTrackPct: null,
        rag: null,
      },
    ];
    const overview = sheetOf(buildReportPlan(seedReport(settings, { activities }), settings, []), "overview");
    const cells = planCellMap(overview);
    expect(rowFrom(cells, "Waarvan op koers geteld maar over de geplande einddatum", 2)).toEqual([
      "Waarvan op koers geteld maar over de geplande einddatum",
      29,
    ]);
    const row = parseCellAddress(addressOf(cells, "Nieuw thema")).row;
    const groupRow = rowFrom(cells, "Nieuw thema", 8);
    // Name, total, 4 statuses + unknown, % on track: the % is empty and neutral grey, never red.
    expect(groupRow[1]).toBe(2);
    const styles = [..."ABCDEFGHIJ"].map((column) => styleAt(overview, `${column}${row}`)?.fill);
    expect(styles).toContain("#D9D9D9");
    expect(styles).not.toContain("#C00000");
    expect(styles).not.toContain("#FFC7CE");
  });
});

describe("buildReportPlan: every sheet", () => {
  it("has widths, A4 print setup with page numbers and a tab colour", () => {
    for (const sheet of seedPlan().sheets) {
      expect(sheet.columnWidths.length).toBeGreaterThan(0);
      expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(sheet.print).toMatchObject({
        paperSize: "A4",
        fitToWidth: true,
        header: { right: "Pagina &P van &N" },
        footer: { right: "Concept" },
      });
    }
  });

  it("writes negative numbers as numbers", () => {
    const values = seedPlan().sheets.flatMap((sheet) => [...planCellMap(sheet).values()]);
    const negativeTexts = values.filter((value) => typeof value === "string" && /^-\d/.test(value));
    expect(negativeTexts).toEqual([]);
    expect(values).toContain(-53.2);
  });
});

describe("buildReportPlan: the notes sheet", () => {
  it("names each table's sheet in plain words, never as an external reference", () => {
    const texts = textsOf(sheetOf(seedPlan(), "notes"));
    expect({
      plain: texts.filter((text) => text.includes("Cijfers, blad Tabel 2")).length > 0,
      reference: texts.filter((text) => text.includes("[cijfers.xlsx]Tabel 2")),
    }).toEqual({ plain: true, reference: [] });
  });
});

describe("buildReportPlan: the Trends sheet of a table of many regions", () => {
  /** Every municipality of a province, three categories each, Dronten the focus region. */
  function manyRegions(settings = settingsFor()) {
    const report = seedReport(settings);
    const municipalities = ["Dronten", ...Array.from({ length: 14 }, (_, index) => `Gemeente ${index + 1}`)];
    const series = municipalities.flatMap((region, offset) =>
      ["Woninginbraak", "Fietsdiefstal", "Geweld"].map((category, index) =>
        seriesReport(category, [100 + offset + index, 110 + offset, 95 + offset + index], { region }),
      ),
    );
    report.figures = [{ ...drontenFigures(), sheet: "Gemeenten", series, focusRegion: "Dronten" }];
    return buildReportPlan(report, settings, []);
  }

  it("shows only the focus region's series, and says how many regions the table has and where they are", () => {
    const texts = textsOf(sheetOf(manyRegions(), "trends"));
    expect({
      title: texts.find((text) => text.startsWith("Gemeenten:")),
      otherRegions: texts.filter((text) => text.startsWith("Gemeente ")).length,
      note: texts.find((text) => text.includes("regio's")),
    }).toEqual({
      title: "Gemeenten: 3 categorieën, 2016–2018",
      otherRegions: 0,
      note: "De tabel heeft cijfers voor 15 regio's; dit blad toont die van Dronten. De cijfers van alle regio's staan in de bron (Gemeenten).",
    });
  });

  it("keeps every region of a table with few regions", () => {
    const settings = settingsFor();
    const report = seedReport(settings);
    const series = ["Dronten", "Lelystad", "Almere"].map((region) =>
      seriesReport("Geweld", [10, 12, 11], { region }),
    );
    report.figures = [{ ...drontenFigures(), sheet: "Flevoland", series, focusRegion: "Dronten" }];
    const texts = textsOf(sheetOf(buildReportPlan(report, settings, []), "trends"));
    expect(["Dronten", "Lelystad", "Almere"].filter((region) => texts.includes(region))).toEqual([
      "Dronten",
      "Lelystad",
      "Almere",
    ]);
  });
});
