import { openPartReader, type OpenParts } from "./parts";

/**
 * What a file's first bytes say it is, so hosts can explain a refused file in one sentence instead of a
 * zip library's error. Browser-safe.
 */
export type WorkbookFileKind = "xlsx" | "encrypted" | "legacyXls" | "notAWorkbook";

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * "xlsx" for a zip package, "encrypted" for a password-protected workbook (an OLE compound file holding
 * an EncryptionInfo stream), "legacyXls" for an old binary .xls, else "notAWorkbook".
 */
export function workbookFileKind(bytes: Uint8Array): WorkbookFileKind {
  if (startsWith(bytes, zipSignature)) return "xlsx";
  if (startsWith(bytes, compoundFileSignature)) {
    return containsUtf16(bytes, "EncryptionInfo") ? "encrypted" : "legacyXls";
  }
  return "notAWorkbook";
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
 * Like workbookFileKind, and for a zip also checks that it is a spreadsheet package (a workbook part
 * named by _rels/.rels), so a .docx or a plain zip renamed to .xlsx is "notAWorkbook". `openParts` is a
 * faster package reader (the CLI's zlib one); when it returns null, JSZip reads the package.
 */
export async function inspectWorkbookFile(
  bytes: Uint8Array,
  openParts?: OpenParts,
): Promise<WorkbookFileKind> {
  const kind = workbookFileKind(bytes);
  if (kind !== "xlsx") return kind;
  try {
    const read = await openPartReader(bytes, openParts);
    const relationships = await read("_rels/.rels");
    const target = relationships && /Target="([^"]*workbook[^"]*\.xml)"/i.exec(relationships)?.[1];
    return target && (await read(target.replace(/^\//, ""))) !== null ? "xlsx" : "notAWorkbook";
  } catch {
    return "notAWorkbook";
  }
}
