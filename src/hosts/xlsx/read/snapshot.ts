/**
 * The xlsx host's read: an .xlsx file's bytes → WorkbookSnapshot (docs/contracts.md "WorkbookSnapshot"). Runs in Node
 * (CLI) and in the browser preview (loaded by dynamic import), so it uses no Node APIs.
 *
 * NOTE: the package is opened with JSZip and its parts are scanned directly rather than loaded into an
 * ExcelJS workbook: ExcelJS builds a Cell object with style objects per cell, which made a 20,000 × 10
 * sheet take several seconds; scanning the sheet XML once keeps that well under the 2 s the CLI has.
 * Small parts (workbook, styles and theme: `read/styles.ts`) are parsed with the one tree parser of
 * `package/xml.ts`; relationships with `package/relationships.ts`.
 *
 * What the snapshot holds per cell: the value (Dates are Excel serials in the 1900 system, also for
 * 1904-system files; formulas give their cached result; rich text and hyperlinks their plain text;
 * errors {error}), the displayed text (formatCellText, a Dutch-locale approximation of what Excel
 * shows), the number format code (built-in ids resolved to their code), the solid fill as "#RRGGBB"
 * (argb, theme colours with tint from the file's theme, indexed palette colours), merged areas and the
 * sheet's visibility. Grids are dense from A1 to the last cell with a value or a solid fill, bounded by
 * core's boundGrid (a lone far-away cell is left out and named in `omitted`, never sized into the grid);
 * cells on rows Excel does not have (0, negative, past 1,048,576) or past column XFD are counted there too.
 * Not read: conditional-format fills (not a cell property), pattern fills other than solid, chart sheets'
 * contents (they appear as empty sheets).
 */
import {
  boundGrid,
  type CellValue,
  type DisplayLocale,
  emptySheet,
  formatCellText,
  HostReadError,
  hostMessage,
  isCellPosition,
  isDateFormat,
  isWhitespace,
  omittedCells,
  type SheetSnapshot,
  type SheetVisibility,
  type WorkbookSnapshot,
} from "../../../core";
import { workbookFileKind } from "../package/fileKind";
import { ownershipOf, workbookPartPath } from "../package/generatedSheets";
import { openPartReader, type OpenParts, type PartReader } from "../package/parts";
import { readRelationships } from "../package/relationships";
import { parseStyles, parseThemeColours, type Styles } from "./styles";
import { unescapeXml, xmlAttribute, xmlList, xmlNode, xmlTreeParser } from "../package/xml";

export interface ReadSnapshotOptions {
  /** Locale of the displayed texts (default "nl": "1.697", "31-12-2025"). */
  locale?: DisplayLocale;
  /**
   * A faster way to open the package (the CLI's zlib reader); returning null leaves the package to JSZip,
   * which then also words the errors of a damaged file.
   */
  openParts?: OpenParts;
}

/** Reads an .xlsx file into a WorkbookSnapshot. Throws HostReadError (Dutch and English) for a file that is not a readable workbook. */
export async function readWorkbookSnapshot(
  data: ArrayBuffer | Uint8Array,
  name: string,
  options: ReadSnapshotOptions = {},
): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkSignature(bytes, name);
  let read: PartReader;
  try {
    read = await openPartReader(bytes, options.openParts);
  } catch (error) {
    throw new HostReadError(hostMessage("file-damaged", { file: name }), { cause: error });
  }
  try {
    return await readPackage(read, name, options.locale ?? "nl");
  } catch (error) {
    if (error instanceof HostReadError) throw error;
    throw new HostReadError(hostMessage("file-part-damaged", { file: name }), { cause: error });
  }
}

/** Refuses what is not an .xlsx package before unzipping, with a message that says what the file is. */
function checkSignature(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) {
    throw new HostReadError(hostMessage("file-empty", { file: name }));
  }
  const kind = workbookFileKind(bytes);
  if (kind === "encrypted") {
    throw new HostReadError(hostMessage("file-encrypted", { file: name }));
  }
  if (kind === "legacyXls") {
    throw new HostReadError(hostMessage("file-legacy-xls", { file: name }));
  }
  if (kind === "openDocument") {
    throw new HostReadError(hostMessage("file-open-document", { file: name }));
  }
  if (kind === "notAWorkbook") {
    if (looksLikeText(bytes)) {
      throw new HostReadError(hostMessage("file-is-text", { file: name }));
    }
    throw new HostReadError(hostMessage("file-not-workbook", { file: name }));
  }
  if (!hasEndOfCentralDirectory(bytes)) {
    throw new HostReadError(hostMessage("file-incomplete", { file: name }));
  }
}

/** A zip ends with the end-of-central-directory record (PK 05 06) within its last 64 KiB + 22 bytes. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const start = Math.max(0, bytes.length - 65557);
  for (let index = bytes.length - 22; index >= start; index--) {
    if (
      bytes[index] === 0x50 &&
      bytes[index + 1] === 0x4b &&
      bytes[index + 2] === 0x05 &&
      bytes[index + 3] === 0x06
    )
      return true;
  }
  return false;
}

/** True when the first KiB is text: a UTF-16 byte-order mark, or no NUL bytes and hardly any control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control <= sample.length / 100;
}

const parser = xmlTreeParser(["sheet"]);

async function readPackage(read: PartReader, name: string, locale: DisplayLocale): Promise<WorkbookSnapshot> {
  const workbookPath = await workbookPartPath(read);
  if (/\.bin$/i.test(workbookPath)) {
    throw new HostReadError(hostMessage("file-binary-workbook", { file: name }));
  }
  const workbookXml = await read(workbookPath);
  if (workbookXml === null) {
    throw new HostReadError(hostMessage("zip-not-workbook", { file: name }));
  }
  const workbook = xmlNode(xmlNode(parser.parse(workbookXml)).workbook);
  const date1904 = ["1", "true"].includes(String(xmlNode(workbook.workbookPr).date1904 ?? "").toLowerCase());
  const relationships = new Map(
    (await readRelationships(read, workbookPath)).map((relationship) => [relationship.id, relationship]),
  );
  const ownership = await ownershipOf(read, workbookXml);
  const owned = new Set(ownership.owned);
  const kept = new Set(ownership.kept.map((sheet) => sheet.position));
  const relationshipByType = (suffix: string) =>
    [...relationships.values()].find((relationship) => relationship.type.endsWith(suffix))?.path;
  const themePath = relationshipByType("/theme");
  const themeColours = parseThemeColours(themePath ? await read(themePath) : null);
  const stylesPath = relationshipByType("/styles");
  const styles = parseStyles(stylesPath ? await read(stylesPath) : null, themeColours, locale);
  const sharedStringsPath = relationshipByType("/sharedStrings");
  const sharedStrings = parseSharedStrings(sharedStringsPath ? await read(sharedStringsPath) : null);

  const sheets: SheetSnapshot[] = [];
  for (const sheet of xmlList(xmlNode(workbook.sheets).sheet)) {
    const sheetName = xmlAttribute(sheet, "name") ?? `Sheet${sheets.length + 1}`;
    const state = xmlAttribute(sheet, "state");
    const visibility: SheetVisibility =
      state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible";
    const relationshipId = xmlAttribute(sheet, "id");
    const relationship = relationshipId ? relationships.get(relationshipId) : undefined;
    const xml =
      relationship?.path && relationship.type.endsWith("/worksheet") ? await read(relationship.path) : null;
    const snapshot =
      xml === null
        ? emptySheet(sheetName, visibility)
        : parseSheet(xml, sheetName, visibility, { sharedStrings, styles, date1904, locale });
    if (owned.has(sheets.length)) snapshot.generated = true;
    else if (kept.has(sheets.length)) snapshot.markedCopy = true;
    sheets.push(snapshot);
  }
  return { name, sheets };
}

/** Plain text of a string item (<si> or <is>): its <t> runs, phonetic runs (<rPh>) left out. */
function plainText(xml: string): string {
  const withoutPhonetic = xml.includes("rPh")
    ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "")
    : xml;
  let text = "";
  const pattern = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(withoutPhonetic))) text += match[1];
  return text.includes("&") ? unescapeXml(text) : text;
}

function parseSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const pattern = /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml))) strings.push(match[1] === undefined ? "" : plainText(match[1]));
  return strings;
}

interface SheetContext {
  sharedStrings: string[];
  styles: Styles;
  date1904: boolean;
  locale: DisplayLocale;
}

/** Days between the 1904 and 1900 date systems. */
const date1904Offset = 1462;

/** Value of attribute `name` inside a start tag's attribute text, or undefined. */
function attributeIn(attributes: string, name: string): string | undefined {
  const needle = attributeNeedles[name] ?? `${name}="`;
  let index = attributes.indexOf(needle);
  while (index > 0 && !isWhitespace(attributes.charCodeAt(index - 1)))
    index = attributes.indexOf(needle, index + 1);
  if (index === -1) return undefined;
  const start = index + needle.length;
  return attributes.slice(start, attributes.indexOf('"', start));
}

/** The search texts of the attributes read per cell and row. */
const attributeNeedles: Record<string, string> = { r: 'r="', s: 's="', t: 't="' };

/**
 * Where the value of attribute `name` starts in the tag text xml[from, to), read in place as attributeIn
 * reads xml.slice(from, to); -1 when the attribute is absent or its quote does not close inside the tag (the
 * caller then takes attributeIn). NOTE: parseSheet reads r, s and t of every cell: in place, a 300,000-row
 * table makes four strings fewer per cell.
 */
function attributeValueAt(xml: string, from: number, to: number, name: string): number {
  const needle = attributeNeedles[name] ?? `${name}="`;
  let index = xml.indexOf(needle, from);
  while (index > from && index < to && !isWhitespace(xml.charCodeAt(index - 1)))
    index = xml.indexOf(needle, index + 1);
  if (index === -1 || index + needle.length > to) return -1;
  const start = index + needle.length;
  const close = xml.indexOf('"', start);
  return close === -1 || close >= to ? -1 : start;
}

/** The cell's column from its r attribute, in place (as referenceColumn), or `implicit` without one. */
function cellColumnAt(xml: string, from: number, to: number, implicit: number): number {
  const start = attributeValueAt(xml, from, to, "r");
  if (start === -1) {
    const reference = attributeIn(xml.slice(from, to), "r");
    return reference !== undefined ? referenceColumn(reference) : implicit;
  }
  return referenceColumn(xml, start, to);
}

/** The cell's style index from its s attribute, in place for plain digits (as Number of the text), else 0. */
function cellStyleAt(xml: string, from: number, to: number): number {
  const start = attributeValueAt(xml, from, to, "s");
  if (start === -1) {
    const text = attributeIn(xml.slice(from, to), "s");
    return text === undefined ? 0 : Number(text);
  }
  const close = xml.indexOf('"', start);
  if (close === start) return 0;
  const value = digitsValue(xml, start, close);
  return value >= 0 ? value : Number(xml.slice(start, close));
}

/** The types a cell's t attribute names, as the strings the reader compares with. */
const cellTypes = ["s", "n", "str", "inlineStr", "b", "e", "d"] as const;

/** The cell's t attribute ("n" without one); one of cellTypes without making a string, else its text. */
function cellTypeAt(xml: string, from: number, to: number): string {
  const start = attributeValueAt(xml, from, to, "t");
  if (start === -1) return attributeIn(xml.slice(from, to), "t") ?? "n";
  const length = xml.indexOf('"', start) - start;
  for (const type of cellTypes) if (type.length === length && xml.startsWith(type, start)) return type;
  return xml.slice(start, start + length);
}

/**
 * Column number of the letters of an A1 reference ("AB12" → 28, "$B$2" → 2) that starts at `start` of `text`
 * (and ends by `end` at the latest), without allocating.
 */
function referenceColumn(text: string, start = 0, end = text.length): number {
  let column = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === 36) continue;
    const upper = code >= 97 ? code - 32 : code;
    if (upper < 65 || upper > 90) break;
    column = column * 26 + (upper - 64);
  }
  return column;
}

/** Growable Int32 column for the cell list (less garbage than number[] on 200,000 cells). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Scans <sheetData> with indexOf rather than regular expressions: rows, then cells with their r, s and t
 * attributes and <v>/<is> content. Element prefixes ("x:c") are taken from the sheetData tag.
 */
function parseSheet(
  xml: string,
  name: string,
  visibility: SheetVisibility,
  context: SheetContext,
): SheetSnapshot {
  const { styles } = context;
  const rows = new IntList();
  const columns = new IntList();
  const styleIndexes = new IntList();
  const values: CellValue[] = [];
  let outside = 0;
  const dataTag = /<((?:\w+:)?)sheetData\b/.exec(xml);
  const prefix = dataTag?.[1] ?? "";
  const dataStart = dataTag ? dataTag.index : xml.length;
  const dataTagEnd = xml.indexOf(">", dataStart);
  const emptyData = dataTagEnd !== -1 && xml[dataTagEnd - 1] === "/";
  const closeData = emptyData ? dataTagEnd : xml.indexOf(`</${prefix}sheetData>`, dataStart);
  const dataEnd = closeData === -1 ? xml.length : closeData;
  const rowOpen = `<${prefix}row`;
  const cellOpen = `<${prefix}c`;
  const cellClose = `</${prefix}c>`;
  let implicitRow = 0;
  let position = dataStart;
  let rowNumber = 0;
  let implicitColumn = 0;
  while (position < dataEnd) {
    const next = xml.indexOf("<", position);
    if (next === -1 || next >= dataEnd) break;
    if (xml.startsWith(rowOpen, next) && /[\s>/]/.test(xml[next + rowOpen.length])) {
      const tagEnd = xml.indexOf(">", next);
      // NOTE: a part cut off inside a tag ends there (searching on from -1 would start over: a loop).
      if (tagEnd === -1) break;
      const reference = attributeIn(xml.slice(next + rowOpen.length, tagEnd), "r");
      rowNumber = reference !== undefined ? Number(reference) : implicitRow + 1;
      implicitRow = rowNumber;
      implicitColumn = 0;
      position = tagEnd + 1;
      continue;
    }
    if (!(xml.startsWith(cellOpen, next) && /[\s>/]/.test(xml[next + cellOpen.length]))) {
      position = next + 1;
      continue;
    }
    const tagEnd = xml.indexOf(">", next);
    if (tagEnd === -1) break;
    const selfClosing = xml[tagEnd - 1] === "/";
    const attributesFrom = next + cellOpen.length;
    const attributesTo = selfClosing ? tagEnd - 1 : tagEnd;
    let innerStart = tagEnd + 1;
    let innerEnd = innerStart;
    if (selfClosing) {
      position = tagEnd + 1;
    } else {
      const close = xml.indexOf(cellClose, tagEnd);
      innerEnd = close === -1 ? dataEnd : close;
      position = close === -1 ? dataEnd : close + cellClose.length;
    }
    if (innerEnd < innerStart) innerStart = innerEnd;
    const column = cellColumnAt(xml, attributesFrom, attributesTo, implicitColumn + 1);
    implicitColumn = column;
    // NOTE: a row numbered 0, negative, fractional or past Excel's last row (or a column past XFD) is no
    // cell Excel can show: counted as omitted, never sized into a grid.
    if (!isCellPosition(rowNumber, column)) {
      outside++;
      continue;
    }
    const styleIndex = cellStyleAt(xml, attributesFrom, attributesTo);
    const type = cellTypeAt(xml, attributesFrom, attributesTo);
    const value = innerStart === innerEnd ? null : cellValueIn(xml, innerStart, innerEnd, type, context);
    const fill = styles.fills[styleIndex] ?? null;
    if (value === null && fill === null) continue;
    const format = styles.formats[styleIndex] ?? "General";
    rows.push(rowNumber);
    columns.push(column);
    styleIndexes.push(styleIndex);
    values.push(
      // NOTE: an ISO date cell (t="d") is already a 1900 serial; only a number counts from the workbook's 1904 epoch.
      typeof value === "number" && type !== "d" && context.date1904 && isDateFormat(format)
        ? value + date1904Offset
        : value,
    );
  }
  const merges: string[] = [];
  const mergePattern = /<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g;
  mergePattern.lastIndex = dataEnd;
  let mergeMatch: RegExpExecArray | null;
  while ((mergeMatch = mergePattern.exec(xml))) merges.push(mergeMatch[1].toUpperCase());
  const bound = boundGrid(rows.values, columns.values, values.length);
  const { lastRow, lastColumn } = bound;
  const omitted = omittedCells(bound, outside);
  const omission = omitted ? { omitted } : {};
  if (lastRow === 0) return { ...emptySheet(name, visibility), merges, ...omission };

  const grid = <T>(fill: T): T[][] =>
    Array.from({ length: lastRow }, () => new Array<T>(lastColumn).fill(fill));
  // NOTE: a table of 300,000 rows holds a few hundred distinct numbers per format: each is formatted once
  // (formatCellText is pure), which spares the time and the copies of the same text.
  const shownByStyle = new Map<number, Map<CellValue, string>>();
  const displayed = (value: CellValue, styleIndex: number): string => {
    let shown = shownByStyle.get(styleIndex);
    if (!shown) shownByStyle.set(styleIndex, (shown = new Map()));
    const known = typeof value === "number" ? shown.get(value) : undefined;
    if (known !== undefined) return known;
    const text = formatCellText(value, styles.displayFormats[styleIndex] ?? "General", context.locale);
    if (typeof value === "number" && shown.size < displayedCacheLimit) shown.set(value, text);
    return text;
  };
  const valueGrid = grid<CellValue>(null);
  const textGrid = grid("");
  // NOTE: rows of formats and fills are mostly alike: rows without a format or a fill share one row of
  // defaults, and a row equal to the one above shares that one's (snapshot grids are read-only).
  const defaultFormats = new Array<string>(lastColumn).fill("General");
  const noFills = new Array<string | null>(lastColumn).fill(null);
  const formatGrid = new Array<string[]>(lastRow).fill(defaultFormats);
  const fillGrid = new Array<(string | null)[]>(lastRow).fill(noFills);
  for (let index = 0; index < values.length; index++) {
    const row = rows.values[index] - 1;
    const column = columns.values[index] - 1;
    if (row >= lastRow || column >= lastColumn) continue;
    const styleIndex = styleIndexes.values[index];
    const value = values[index];
    valueGrid[row][column] = value;
    const format = styles.formats[styleIndex] ?? "General";
    if (format !== "General") {
      if (formatGrid[row] === defaultFormats) formatGrid[row] = defaultFormats.slice();
      formatGrid[row][column] = format;
    }
    const fill = styles.fills[styleIndex] ?? null;
    if (fill !== null) {
      if (fillGrid[row] === noFills) fillGrid[row] = noFills.slice();
      fillGrid[row][column] = fill;
    }
    textGrid[row][column] = typeof value === "string" ? value : displayed(value, styleIndex);
  }
  shareEqualRows(formatGrid);
  shareEqualRows(fillGrid);
  return {
    name,
    visibility,
    rowCount: lastRow,
    columnCount: lastColumn,
    values: valueGrid,
    texts: textGrid,
    numberFormats: formatGrid,
    fills: fillGrid,
    merges,
    ...omission,
  };
}

/** Lets each row that equals the row above share that row's array. */
function shareEqualRows<T>(grid: T[][]): void {
  for (let row = 1; row < grid.length; row++) {
    const above = grid[row - 1];
    const current = grid[row];
    if (current === above) continue;
    let equal = true;
    for (let column = 0; column < current.length && equal; column++)
      equal = current[column] === above[column];
    if (equal) grid[row] = above;
  }
}

/** Most distinct numbers per cell format whose displayed text parseSheet keeps for reuse. */
const displayedCacheLimit = 10000;

/**
 * The value of the cell whose inner XML is xml[start, end): a lone <v> element is read in place, anything
 * else (a formula, an inline string, a prefixed or attributed <v>) by cellValue.
 */
function cellValueIn(
  xml: string,
  start: number,
  end: number,
  type: string,
  context: SheetContext,
): CellValue {
  if (type !== "inlineStr" && xml.startsWith("<v>", start)) {
    // NOTE: the first closing tag after "<v>" ends the value when it is "</v>", as the pattern in cellValue finds.
    const close = xml.indexOf("</", start + 3);
    if (close !== -1 && close + 4 <= end && xml.startsWith("</v>", close)) {
      // A shared string's index is read in place when it is plain digits (most text cells of a long table).
      const index = type === "s" ? digitsValue(xml, start + 3, close) : -1;
      if (index >= 0) return context.sharedStrings[index] ?? null;
      return valueOfRaw(type, xml.slice(start + 3, close), context);
    }
  }
  return cellValue(type, xml.slice(start, end), context);
}

/** The number written by the digits xml[start, end) (1 to 9 of them); -1 for any other text. */
function digitsValue(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let index = start; index < end; index++) {
    const code = xml.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/** A cell's value from its type attribute and inner XML; formulas give their cached <v> result. */
function cellValue(type: string, inner: string, context: SheetContext): CellValue {
  if (type === "inlineStr") {
    const inline = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
    return inline === undefined ? null : plainText(inline);
  }
  const raw = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  if (raw === undefined) return null;
  return valueOfRaw(type, raw, context);
}

/** A cell's value from its type attribute and the text of its <v> element. */
function valueOfRaw(type: string, raw: string, context: SheetContext): CellValue {
  switch (type) {
    case "s":
      return context.sharedStrings[Number(raw)] ?? null;
    case "str":
      return raw.includes("&") ? unescapeXml(raw) : raw;
    case "b":
      return raw.trim() === "1" || raw.trim().toLowerCase() === "true";
    case "e":
      return { error: unescapeXml(raw.trim()) };
    case "d": {
      const time = Date.parse(raw.endsWith("Z") || raw.length <= 10 ? raw : `${raw}Z`);
      return Number.isNaN(time) ? unescapeXml(raw) : (time - Date.UTC(1899, 11, 30)) / 86400000;
    }
    default: {
      const number = Number(raw);
      return Number.isFinite(number) ? number : null;
    }
  }
}
