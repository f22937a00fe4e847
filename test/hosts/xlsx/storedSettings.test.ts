import { storedSettingsKey } from "../../../src/core/settings";
import { storedSettingsOf } from "../../../src/hosts/xlsx/storedSettings";
import { zlibPartReader } from "../../../src/hosts/xlsx/zlibZip";
import { lelystadActivityList, toXlsxBuffer } from "../../support/fixtures";
import { withSavedSettings } from "../../support/savedSettings";

const saved = {
  reportDate: "2025-09-30",
  language: "en",
  title: "IVP <Lelystad> & partners",
  columnMapping: { Activiteiten: { status: "F" } },
};

describe("storedSettingsOf", () => {
  let plain: Uint8Array;
  beforeAll(async () => {
    plain = new Uint8Array(await toXlsxBuffer(lelystadActivityList()));
  });

  it("reads the settings the task pane saved in the workbook, with JSZip and with zlib alike", async () => {
    const bytes = await withSavedSettings(plain, {
      "Office.AutoShowTaskpaneWithDocument": true,
      [storedSettingsKey]: JSON.stringify(saved),
    });
    const [viaJszip, viaZlib] = [
      await storedSettingsOf(bytes),
      await storedSettingsOf(bytes, zlibPartReader),
    ];
    expect({
      same: JSON.stringify(viaJszip) === JSON.stringify(viaZlib),
      picked: viaZlib && {
        language: viaZlib.language,
        title: viaZlib.title,
        columnMapping: viaZlib.columnMapping,
        organisation: viaZlib.organisation,
      },
    }).toEqual({
      same: true,
      picked: {
        language: "en",
        title: "IVP <Lelystad> & partners",
        columnMapping: { Activiteiten: { status: "F" } },
        organisation: "Gemeente",
      },
    });
  });

  it("gives null for a workbook without saved settings, with settings that are no longer valid, or for other bytes", async () => {
    const invalid = await withSavedSettings(plain, {
      [storedSettingsKey]: JSON.stringify({ language: "fr" }),
    });
    expect([
      await storedSettingsOf(plain),
      await storedSettingsOf(invalid, zlibPartReader),
      await storedSettingsOf(new TextEncoder().encode("geen werkmap")),
    ]).toEqual([null, null, null]);
  });
});
