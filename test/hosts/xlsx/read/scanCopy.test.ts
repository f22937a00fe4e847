import JSZip from "jszip";
import { analyzeWorkbooks } from "../../../../src/core/pipeline";
import { buildReportPlan } from "../../../../src/core/plan/buildPlan";
import { parseSettings } from "../../../../src/core/settings";
import { scanGriffieCopy } from "../../../../src/hosts/xlsx/read/scanCopy";
import { writeGriffieWorkbook } from "../../../../src/hosts/xlsx/write/workbook";
import { leakyReport } from "../../../core/privacy/leakyReport";
import { drontenWide, lelystadActivityList, lelystadReportDate } from "../../../support/fixtures";

async function griffieBytes(): Promise<Uint8Array> {
  const { report, settings } = leakyReport("Jan de Vries");
  return writeGriffieWorkbook(buildReportPlan(report, settings, [], { audience: "griffie" }));
}

/** The copy with one part's text changed, as a writer defect would leave it. */
async function tampered(
  bytes: Uint8Array,
  path: string,
  change: (xml: string) => string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, change(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("scanGriffieCopy", () => {
  it("finds nothing in the copies Koers writes: from the seed data and from a report full of personal data", async () => {
    const settings = parseSettings({ reportDate: lelystadReportDate, organisation: "Gemeente Lelystad" });
    const { report } = analyzeWorkbooks({ workbooks: [lelystadActivityList(), drontenWide()], settings });
    const seedCopy = await writeGriffieWorkbook(
      buildReportPlan(report, settings, [], { audience: "griffie" }),
    );
    expect([await scanGriffieCopy(seedCopy), await scanGriffieCopy(await griffieBytes())]).toEqual([[], []]);
  });

  it("names what is left and where, masked: a cell, a chart title, the creator", async () => {
    let bytes = await griffieBytes();
    bytes = await tampered(bytes, "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(/<is><t([^>]*)>[^<]*<\/t><\/is>/, "<is><t$1>mail kees@example.nl</t></is>"),
    );
    bytes = await tampered(bytes, "xl/charts/chart1.xml", (xml) =>
      xml.replace(/<a:t>[^<]*<\/a:t>/, "<a:t>Casus Jan de Vries</a:t>"),
    );
    bytes = await tampered(bytes, "docProps/core.xml", (xml) =>
      xml.replace(/<dc:creator>[^<]*</, "<dc:creator>Petra Jansen<"),
    );
    const leaks = await scanGriffieCopy(bytes);
    const shown = leaks.map((leak) => `${leak.kind} ${leak.where} ${leak.masked}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^email Koers Overzicht!A\d+ k\*\*\*@example\.nl$/),
        "person-name xl/charts/chart1.xml J** d* V****",
        "person-name creator P**** J*****",
      ]),
    );
    expect(JSON.stringify(leaks)).not.toMatch(/kees@|Jan de Vries|Petra Jansen/);
  });
});
