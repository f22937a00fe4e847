import { readFileSync } from "fs";
import * as path from "path";
import { generateFromFiles } from "../../src/hosts/xlsx/generate";
import { validateJson, type Schema } from "./jsonSchema";
import { testReader } from "./standInReader";

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
        readSnapshot: testReader,
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
      readSnapshot: testReader,
    });
    expect(result.report.figures.map((table) => [table.layout, table.years, table.provisionalYears])).toEqual(
      [["long", [2016, 2017, 2018], [2018]]],
    );
  });
});
