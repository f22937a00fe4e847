import JSZip from "jszip";
import { parseSettings } from "../../src/core/settings";
import type { ShareOutcome } from "../../src/taskpane/host";
import { createOfficeHost } from "../../src/taskpane/officeHost";
import type { OfficeEnvironment } from "../../src/taskpane/officeLoader";
import { createPreviewHost } from "../../src/taskpane/previewHost";
import { xlsxModule, type XlsxModule } from "../../src/taskpane/xlsxModule";
import { installFake } from "../hosts/office/officeTestKit";
import { lelystadActivityList, lelystadReportDate, toXlsxBuffer } from "../support/fixtures";

/** The real xlsx functions, with a writer defect planted: an e-mail address in the copy's title property. */
const leakingWriter: XlsxModule = {
  ...xlsxModule,
  async writeGriffieWorkbook(plan) {
    const zip = await JSZip.loadAsync(await xlsxModule.writeGriffieWorkbook(plan));
    const core = await zip.file("docProps/core.xml")!.async("string");
    zip.file("docProps/core.xml", core.replace(/<dc:title>[^<]*</, "<dc:title>Voor kees@example.nl<"));
    return zip.generateAsync({ type: "uint8array" });
  },
};

const request = {
  settings: parseSettings({ reportDate: lelystadReportDate }),
  extraWorkbooks: [],
  previous: null,
};

async function shareInPreview(xlsx: XlsxModule): Promise<ShareOutcome> {
  const host = createPreviewHost(xlsx);
  await host.openWorkbook("lelystad.xlsx", new Uint8Array(await toXlsxBuffer(lelystadActivityList())));
  return host.shareWithGriffie(request);
}

const blocked = { kind: "blocked", leaks: [{ kind: "email", where: "title", masked: "k***@example.nl" }] };

describe("the pane re-scans the griffie copy before offering it", () => {
  it("in preview: offers a clean copy, and withholds one that still holds personal data, naming it masked", async () => {
    const [clean, leaking] = [await shareInPreview(xlsxModule), await shareInPreview(leakingWriter)];
    expect({ clean: clean.kind, leaking }).toEqual({ clean: "download", leaking: blocked });
  });

  it("in Excel: does not open a copy that still holds personal data", async () => {
    const fake = installFake(lelystadActivityList());
    const host = createOfficeHost({} as OfficeEnvironment, leakingWriter);
    const outcome = await host.shareWithGriffie(request);
    expect({ outcome, opened: fake.model.createdWorkbooks.length }).toEqual({ outcome: blocked, opened: 0 });
  });
});
