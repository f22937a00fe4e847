import { parseStoredData, storageKeys, type StoredData } from "../../core";
import { openPartReader, type OpenParts, type PartReader } from "./package/parts";
import { readRelationships, relationshipTypes } from "./package/relationships";
import { attributeByLocalName, parseAttributes } from "./package/xml";

/**
 * What the Office host saved in a workbook, so the CLI and the preview read a file as the pane does: the
 * settings (column mapping, thresholds, polarity, title, …) and the history ("changes since the previous
 * report"). Excel keeps a task-pane add-in's settings in the file as properties of its web extension
 * part (xl/webextensions/webextensionN.xml, reached from the package's taskpanes part), each value the
 * JSON of the setting. Either is null when the workbook has none or it is no longer valid. Never throws
 * on content.
 */
export async function readStoredData(read: PartReader): Promise<StoredData> {
  const values = new Map<string, string>();
  try {
    for (const extension of await webExtensionParts(read)) {
      const xml = await read(extension);
      if (!xml) continue;
      for (const match of xml.matchAll(/<(?:\w+:)?property\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
        const attributes = parseAttributes(match[1]);
        const name = attributeByLocalName(attributes, "name");
        const value = attributeByLocalName(attributes, "value");
        if (name !== undefined && value !== undefined && !values.has(name)) values.set(name, value);
      }
    }
  } catch {
    return { settings: null, history: null, generation: null };
  }
  return parseStoredData({
    settings: values.get(storageKeys.settings),
    history: settingText(values.get(storageKeys.history)),
    generation: settingText(values.get(storageKeys.generation)),
  });
}

/** readStoredData on a file's bytes; `openParts` is a faster package reader (null: JSZip reads). */
export async function storedDataOf(
  data: Uint8Array | ArrayBuffer,
  openParts?: OpenParts,
): Promise<StoredData> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return await readStoredData(await openPartReader(bytes, openParts));
  } catch {
    return { settings: null, history: null, generation: null };
  }
}

/** The text Koers stored from a property's value, the JSON of that text; null when it is not. */
function settingText(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : JSON.stringify(parsed);
  } catch {
    return null;
  }
}

async function webExtensionParts(read: PartReader): Promise<string[]> {
  const parts: string[] = [];
  for (const taskpanes of await readRelationships(read, "")) {
    if (taskpanes.type !== relationshipTypes.taskpanes || !taskpanes.path) continue;
    for (const extension of await readRelationships(read, taskpanes.path))
      if (extension.type === relationshipTypes.webExtension && extension.path) parts.push(extension.path);
  }
  return parts;
}
