import { readFileSync } from "fs";
import * as path from "path";
import { generateFromFiles } from "../../src/hosts/xlsx/generate";
import { validateJson, type Schema } from "./jsonSchema";

const root = path.resolve(__dirname, "../..");
const example = (name: string) => ({
  name,
  data: new Uint8Array(readFileSync(path.join(root, "examples", name))),
});
const schema = JSON.parse(readFileSync(path.join(root, "schema/report.schema.json"), "utf8")) as Schema;

describe("examples/", () => {
  it("gives the Lelystad figures of the seed: 89% of 117 on track, changes since the previous version", async () => {
    const result = await generateFromFiles(
      [example("lelystad-activiteiten.xlsx"), example("dronten-cijfers.xlsx")],
      {
        settings: { reportDate: "2025-03-01" },
        previous: example("lelystad-activiteiten-najaar-2024.xlsx"),
      },
    );
    const { activities, figures } = result.report;
    expect({
      total: activities?.total,
      byStatus: activities?.byStatus,
      onTrackPct: activities?.onTrackPct,
      overdue: activities?.overdue,
      changes: {
        statusChanged: activities?.changes?.statusChanged.length,
        added: activities?.changes?.added.map((item) => item.id),
        removed: activities?.changes?.removed.map((item) => item.id),
      },
      figures: figures.map((table) => [table.layout, table.years, table.series.length]),
      schemaErrors: validateJson(JSON.parse(JSON.stringify(result.report)), schema),
    }).toEqual({
      total: 117,
      byStatus: { done: 21, onTrack: 83, delayed: 10, notStarted: 3, unknown: 0 },
      onTrackPct: 88.9,
      overdue: 4,
      changes: { statusChanged: 6, added: ["116", "117"], removed: ["118"] },
      figures: [["wide", [2016, 2017, 2018], 24]],
      schemaErrors: [],
    });
  });

  it("reads the CBS StatLine export as a long table with the provisional year", async () => {
    const result = await generateFromFiles([example("dronten-cbs-statline.xlsx")], {
      settings: { reportDate: "2025-03-01", language: "en" },
    });
    expect(result.report.figures.map((table) => [table.layout, table.years, table.provisionalYears])).toEqual(
      [["long", [2016, 2017, 2018], [2018]]],
    );
  });

  it("tells only what the numbers support in the headline of the examples", async () => {
    const both = await generateFromFiles(
      [example("lelystad-activiteiten.xlsx"), example("dronten-cijfers.xlsx")],
      { settings: { reportDate: "2025-03-01" } },
    );
    const { summary } = both.report;
    expect(summary.headline).toBe(
      "89% van de 117 activiteiten loopt volgens planning of is afgerond; geen daarvan is over de geplande einddatum.",
    );
    // Leaves without small numbers only; one significant leaf after Benjamini–Hochberg over 23 tests;
    // no line for a change within chance (autokraak 74 → 75).
    expect(summary.lines.filter((line) => /^(Van de|Koers toetste)/.test(line))).toEqual([
      "Van de 13 categorieën daalden er 7 en stegen er 2 in 2018 ten opzichte van 2017; 4 bleven gelijk (binnen de toevalsmarge); 6 met kleine aantallen tellen niet mee. Significant: woninginbraak: pogingen (daling).",
      "Koers toetste 23 veranderingen: 3 zouden los bekeken significant zijn, waar toeval alleen er gemiddeld 1,1 geeft; na correctie voor het aantal toetsen (Benjamini–Hochberg) blijven er 3 over.",
    ]);
    expect(summary.lines.some((line) => line.startsWith("Autokraak"))).toBe(false);

    // The CBS export names Dronten in its file name: Dronten leads, Noordoostpolder is the comparison,
    // every line on 2018 says it is provisional; --region (settings.region) turns it around.
    const cbs = await generateFromFiles([example("dronten-cbs-statline.xlsx")], {
      settings: { reportDate: "2025-03-01" },
    });
    const [table] = cbs.report.figures;
    expect(table.focusRegion).toBe("Dronten");
    expect(cbs.report.summary.headline).toMatch(
      /^Van de 13 categorieën in Dronten .* in 2018 \(voorlopig\) /,
    );
    const changeLines = cbs.report.summary.lines.filter((line) => / van \d/.test(line));
    expect(changeLines.every((line) => line.includes("voorlopig cijfer"))).toBe(true);
    expect(cbs.report.summary.lines).toContain(
      "Ter vergelijking, Noordoostpolder: Criminaliteit totaal van 965 naar 1.396 (+44,7%, voorlopig cijfer), een significante stijging.",
    );
    // p of Noordoostpolder's total 965 → 1396 is 7.06e-19 (exact), not 0.
    const total = table.series.find(
      (series) => series.category === "Criminaliteit totaal" && series.region === "Noordoostpolder",
    );
    expect(total?.pValue).toBeGreaterThan(7e-19);
    expect(total?.pValue).toBeLessThan(7.1e-19);
    const turned = await generateFromFiles([example("dronten-cbs-statline.xlsx")], {
      settings: { reportDate: "2025-03-01", region: "Noordoostpolder" },
    });
    expect(turned.report.summary.headline).toMatch(/^Van de 12 categorieën in Noordoostpolder /);
    expect(validateJson(JSON.parse(JSON.stringify(cbs.report)), schema)).toEqual([]);
  });

  it("never says no figures were found with two figures workbooks and no activity list", async () => {
    const result = await generateFromFiles(
      [example("dronten-cijfers.xlsx"), example("dronten-cbs-statline.xlsx")],
      { settings: { reportDate: "2025-03-01" } },
    );
    expect(result.report.summary.headline).toBe(
      "Van de 13 categorieën (Cijfers) daalden er 7 en stegen er 2 in 2018 ten opzichte van 2017; 4 bleven gelijk (binnen de toevalsmarge); 6 met kleine aantallen tellen niet mee. Significant: woninginbraak: pogingen (daling).",
    );
  });
});
