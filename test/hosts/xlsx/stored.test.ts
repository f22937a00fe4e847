import { storedSettingsKey } from "../../../src/core/settings";
import { storedDataOf } from "../../../src/hosts/xlsx/stored";
import { zlibPartReader } from "../../../src/hosts/xlsx/node/zlibZip";
import { lelystadActivityList, toXlsxBuffer } from "../../support/fixtures";
import { withSavedSettings } from "../../support/savedSettings";

const saved = {
  reportDate: "2025-09-30",
  language: "en",
  title: "IVP <Lelystad> & partners",
  columnMapping: { Activiteiten: { status: "F" } },
};

describe("storedDataOf", () => {
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
      (await storedDataOf(bytes)).settings,
      (await storedDataOf(bytes, zlibPartReader)).settings,
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
      (await storedDataOf(plain)).settings,
      (await storedDataOf(invalid, zlibPartReader)).settings,
      (await storedDataOf(new TextEncoder().encode("geen werkmap"))).settings,
    ]).toEqual([null, null, null]);
  });
});
