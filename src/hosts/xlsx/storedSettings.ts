import { parseStoredSettings, storedSettingsKey, type Settings } from "../../core/settings";
import { openPartReader, type OpenParts, type PartReader } from "./packageParts";
import { parseRelationships, relationshipsPath } from "./workbookPackage";
import { attributeByLocalName, parseAttributes } from "./xml";

const relationshipTypes = {
  taskpanes: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webExtension: "http://schemas.microsoft.com/office/2011/relationships/webextension",
};

/**
 * The settings the task pane saved in a workbook, so the CLI reads a file as the pane does (the column
 * mapping, thresholds, polarity, title, …). Excel keeps a task-pane add-in's settings in the file as
 * properties of its web extension part (xl/webextensions/webextensionN.xml, reached from the package's
 * taskpanes part), each value the JSON of the setting. Null when the workbook has none, or they are no
 * longer valid settings. Never throws on content.
 */
export async function readStoredSettings(read: PartReader): Promise<Settings | null> {
  try {
    for (const extension of await webExtensionParts(read)) {
      const xml = await read(extension);
      if (!xml) continue;
      for (const match of xml.matchAll(/<(?:\w+:)?property\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
        const attributes = parseAttributes(match[1]);
        if (attributeByLocalName(attributes, "name") !== storedSettingsKey) continue;
        return parseStoredSettings(attributeByLocalName(attributes, "value") ?? null);
      }
    }
  } catch {
    return null;
  }
  return null;
}

/** readStoredSettings on a file's bytes; `openParts` is a faster package reader (null: JSZip reads). */
export async function storedSettingsOf(
  data: Uint8Array | ArrayBuffer,
  openParts?: OpenParts,
): Promise<Settings | null> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return await readStoredSettings(await openPartReader(bytes, openParts));
  } catch {
    return null;
  }
}

async function webExtensionParts(read: PartReader): Promise<string[]> {
  const root = await read("_rels/.rels");
  if (!root) return [];
  const parts: string[] = [];
  for (const taskpanes of parseRelationships(root, "")) {
    if (taskpanes.type !== relationshipTypes.taskpanes || !taskpanes.path) continue;
    const relationships = await read(relationshipsPath(taskpanes.path));
    if (!relationships) continue;
    for (const extension of parseRelationships(relationships, taskpanes.path))
      if (extension.type === relationshipTypes.webExtension && extension.path) parts.push(extension.path);
  }
  return parts;
}
