import JSZip from "jszip";
import type { ActivityDataset } from "../../src/core/datasets";
import { compactActivities, type StoredHistory } from "../../src/core/history";
import { detectDatasets } from "../../src/core/read/detect";
import { parseSettings } from "../../src/core/settings";
import { lelystadActivityList } from "./fixtures";

/**
 * The workbook with settings saved as Excel saves a task-pane add-in's settings: a taskpanes part
 * (related from the package), a web extension part with the settings as properties, each value the JSON
 * of the setting (Koers saves its settings as a JSON string, so the value is JSON of JSON).
 */
export async function withSavedSettings(
  bytes: Uint8Array,
  properties: Record<string, unknown>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const escape = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const types = (await zip.file("[Content_Types].xml")!.async("string")).replace(
    "</Types>",
    '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
  );
  zip.file("[Content_Types].xml", types);
  const rels = (await zip.file("_rels/.rels")!.async("string")).replace(
    "</Relationships>",
    '<Relationship Id="rIdTp" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
  );
  zip.file("_rels/.rels", rels);
  zip.file(
    "xl/webextensions/taskpanes.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
      '<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  zip.file(
    "xl/webextensions/webextension1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A0E2E3C-0B7B-4C8E-9A55-7D6B2C1E4F10}">' +
      '<we:reference id="6f0c3c55-6a6d-4a3b-9d54-0f0f5a6c2b11" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>' +
      Object.entries(properties)
        .map(
          ([name, value]) => `<we:property name="${escape(name)}" value="${escape(JSON.stringify(value))}"/>`,
        )
        .join("") +
      "</we:properties><we:bindings/><we:snapshot/></we:webextension>",
  );
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * The history the Office host would have stored at an earlier generation of the Lelystad list (report date
 * `reportDate`), with the first activity's status different from today's list; and that activity's name.
 */
export function earlierLelystadHistory(reportDate: string): { history: StoredHistory; changedName: string } {
  const earlier = lelystadActivityList();
  const detected = detectDatasets(earlier, parseSettings({ reportDate }));
  const list = detected.datasets[0] as ActivityDataset;
  const first = list.activities[0];
  const sheet = earlier.sheets.find((item) => item.name === list.sheet)!;
  const older = first.status === "notStarted" ? "Afgerond" : "Niet gestart";
  sheet.values[first.row - 1][list.columns.status!.column - 1] = older;
  sheet.texts[first.row - 1][list.columns.status!.column - 1] = older;
  return {
    history: {
      version: 1,
      current: compactActivities(earlier, detected.datasets, reportDate),
      baseline: null,
    },
    changedName: first.name,
  };
}
