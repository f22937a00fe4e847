import { openPartReader, type OpenParts, type PartReader } from "./parts";
import { relationshipTarget, relationshipTypes } from "./relationships";

/**
 * What a file's first bytes say it is, so hosts can explain a refused file in one sentence instead of a
 * zip library's error. Browser-safe. "openDocument" is an OpenDocument spreadsheet (.ods) and
 * "binaryWorkbook" an Excel binary workbook (.xlsb): zips too, but not packages Koers reads.
 */
export type WorkbookFileKind =
  "xlsx" | "encrypted" | "legacyXls" | "openDocument" | "binaryWorkbook" | "notAWorkbook";

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const openDocumentSpreadsheet = "application/vnd.oasis.opendocument.spreadsheet";

/**
 * "xlsx" for a zip package, "openDocument" for a zip whose first entry is an OpenDocument spreadsheet's
 * stored `mimetype` (as ODF requires), "encrypted" for a password-protected workbook (an OLE compound file
 * holding an EncryptionInfo stream), "legacyXls" for an old binary .xls, else "notAWorkbook".
 */
export function workbookFileKind(bytes: Uint8Array): WorkbookFileKind {
  if (startsWith(bytes, zipSignature)) return isOpenDocumentZip(bytes) ? "openDocument" : "xlsx";
  if (startsWith(bytes, compoundFileSignature)) {
    return containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "legacyXls";
  }
  return "notAWorkbook";
}

/** ODF: the first local entry is "mimetype", stored (method 0) with no extra field, its bytes the media type. */
function isOpenDocumentZip(bytes: Uint8Array): boolean {
  if (bytes.length < 30) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = ascii(bytes, 30, nameLength);
  if (view.getUint16(8, true) !== 0 || name !== "mimetype") return false;
  const start = 30 + nameLength + extraLength;
  return ascii(bytes, start, openDocumentSpreadsheet.length) === openDocumentSpreadsheet;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** Searches the directory entries of a compound file for a stream name (UTF-16LE). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((character) => [character.charCodeAt(0), 0]);
  outer: for (let index = 0; index <= bytes.length - needle.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (bytes[index + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Like workbookFileKind, and for a zip also looks inside: the main part is the target of the package's
 * officeDocument relationship (whatever its name: xl/workbook.xml, xl/book.xml, …), and it must be a
 * SpreadsheetML workbook; a .docx or a plain zip renamed to .xlsx is "notAWorkbook", an .xlsb
 * "binaryWorkbook" and an OpenDocument spreadsheet "openDocument". `openParts` is a faster package reader
 * (the CLI's zlib one); when it returns null, JSZip reads the package.
 */
export async function inspectWorkbookFile(
  bytes: Uint8Array,
  openParts?: OpenParts,
): Promise<WorkbookFileKind> {
  const kind = workbookFileKind(bytes);
  if (kind !== "xlsx") return kind;
  try {
    return await packageKind(await openPartReader(bytes, openParts));
  } catch {
    return "notAWorkbook";
  }
}

const binaryWorkbookContentType = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

/** What an opened zip package holds (see inspectWorkbookFile). */
async function packageKind(read: PartReader): Promise<WorkbookFileKind> {
  if ((await read("mimetype"))?.trim().startsWith(openDocumentSpreadsheet)) return "openDocument";
  const main = await relationshipTarget(read, "", relationshipTypes.officeDocument);
  if (!main) return "notAWorkbook";
  if (/\.bin$/i.test(main) || (await contentTypeOf(read, main)) === binaryWorkbookContentType)
    return "binaryWorkbook";
  const xml = await read(main);
  return xml !== null && /<(?:\w+:)?workbook\b[^>]*>/.test(xml) ? "xlsx" : "notAWorkbook";
}

/** The content type [Content_Types].xml gives a part (its Override), or null. */
async function contentTypeOf(read: PartReader, path: string): Promise<string | null> {
  const contentTypes = (await read("[Content_Types].xml")) ?? "";
  for (const match of contentTypes.matchAll(/<(?:\w+:)?Override\b([^>]*)>/g)) {
    const partName = /\bPartName="([^"]*)"/.exec(match[1])?.[1];
    if (partName?.replace(/^\//, "").toLowerCase() === path.toLowerCase())
      return /\bContentType="([^"]*)"/.exec(match[1])?.[1] ?? null;
  }
  return null;
}
