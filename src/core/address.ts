/** A1-notation helpers. Rows and columns here are 1-based, as Excel counts them. */

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function columnLetter(column: number): string {
  if (column >= 1 && column <= maxColumns && Number.isInteger(column))
    return (knownLetters[column] ??= lettersOf(column));
  return lettersOf(column);
}

/** Excel's last column (XFD). */
const maxColumns = 16384;
/** NOTE: every cell address of a run passes here: the letters of a column are written once. */
const knownLetters: string[] = [];

function lettersOf(column: number): string {
  let remaining = column;
  let letters = "";
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "XFD" → 16384. */
export function columnNumber(letters: string): number {
  let column = 0;
  for (const character of letters.toUpperCase()) column = column * 26 + (character.charCodeAt(0) - 64);
  return column;
}

/** (4, 2) → "B4". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/**
 * Where the row digits of a plain A1 address ("D12": 1) start; -1 for anything else (no "$", no range).
 * A loop, not a pattern: the finding and privacy aggregation split every per-cell item's address.
 */
export function rowDigitsAt(cell: string): number {
  let index = 0;
  while (index < cell.length && index < 3 && isUpperLetter(cell.charCodeAt(index))) index++;
  if (index === 0 || index === cell.length) return -1;
  for (let digit = index; digit < cell.length; digit++) if (!isDigit(cell.charCodeAt(digit))) return -1;
  return index;
}

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export interface CellPosition {
  row: number;
  column: number;
}

export interface RangePosition {
  start: CellPosition;
  end: CellPosition;
}

/** "B4" → {row: 4, column: 2}; "$B$4" is accepted. Throws on text that is not an address (a bug, not data). */
export function parseCellAddress(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 cell address: ${address}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** "A5:F5" → positions; a single cell "B2" gives start = end. */
export function parseRangeAddress(address: string): RangePosition {
  const [first, second] = address.split(":");
  const start = parseCellAddress(first);
  return { start, end: second === undefined ? start : parseCellAddress(second) };
}

/** Positions → "A5:F5" (or "B2" when start = end). */
export function rangeAddress(start: CellPosition, end: CellPosition): string {
  const from = cellAddress(start.row, start.column);
  const to = cellAddress(end.row, end.column);
  return from === to ? from : `${from}:${to}`;
}

/** A sheet name as it must appear in a formula or reference: quoted when needed, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Excel's limit on the length of a sheet name. */
export const maxSheetNameLength = 31;

/**
 * `wanted` (cut to 31 characters) when no name in `taken` has it, else "wanted (2)", "wanted (3)", …, cut so
 * the name stays within 31 characters. `taken` holds lower-case names: Excel compares sheet names
 * case-insensitively.
 */
export function freeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  let name = wanted.slice(0, maxSheetNameLength);
  for (let attempt = 2; taken.has(name.toLowerCase()); attempt += 1) {
    const suffix = ` (${attempt})`;
    name = wanted.slice(0, maxSheetNameLength - suffix.length) + suffix;
  }
  return name;
}

/**
 * Rows of one column as an Excel multi-area reference, contiguous runs merged: ("D", [2, 3, 4]) → "D2:D4",
 * ("E", [4, 9, 10, 11, 12]) → "E4,E9:E12". Rows may come in any order; repeats count once.
 */
export function columnRunsAddress(column: string, rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const areas: string[] = [];
  let start = sorted[0];
  let end = start;
  for (let index = 1; index <= sorted.length; index++) {
    const row = sorted[index];
    if (row === end || row === end + 1) {
      end = row;
      continue;
    }
    areas.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
    start = row;
    end = row;
  }
  return areas.join(",");
}

/** The areas of a multi-area reference: "E4,E9:E12" → ["E4", "E9:E12"]. */
export function rangeAreas(range: string): string[] {
  return range
    .split(",")
    .map((area) => area.trim())
    .filter((area) => area !== "");
}

/**
 * The first `limit` cells of a multi-area reference, area by area, row by row: ("E4,E9:E12", 3) →
 * ["E4", "E9", "E10"]. Lazy over big areas: "D2:D20001" with limit 20 costs 20 steps.
 */
export function rangeCells(range: string, limit: number, skip = 0): string[] {
  const cells: string[] = [];
  let toSkip = skip;
  for (const area of rangeAreas(range)) {
    const { start, end } = parseRangeAddress(area);
    const width = end.column - start.column + 1;
    const size = (end.row - start.row + 1) * width;
    if (toSkip >= size) {
      toSkip -= size;
      continue;
    }
    for (let index = toSkip; index < size && cells.length < limit; index++)
      cells.push(cellAddress(start.row + Math.floor(index / width), start.column + (index % width)));
    toSkip = 0;
    if (cells.length >= limit) break;
  }
  return cells;
}

/**
 * A sheet name as the pipeline qualifies it for a further workbook ("[cijfers.xlsx]Tabel 2"), split into its
 * file and sheet; a plain sheet name has no file.
 */
export function splitSheetName(name: string): { file: string | null; sheet: string } {
  const match = /^\[([^\]]+)\](.*)$/s.exec(name);
  return match ? { file: match[1], sheet: match[2] } : { file: null, sheet: name };
}

/**
 * A sheet name in plain words for text a reader sees: "Dronten cijfers, blad Cijfers" for the pipeline's
 * "[dronten-cijfers.xlsx]Cijfers", which reads like an external reference; a plain sheet name as it is.
 */
export function readableSheetName(name: string, language: "nl" | "en"): string {
  const { file, sheet } = splitSheetName(name);
  if (file === null || sheet === "") return name;
  const words = file
    .replace(/\.(xlsx|xlsm|xls|csv)$/i, "")
    .replace(/[-_]+/g, " ")
    .trim();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}, ${language === "nl" ? "blad" : "sheet"} ${sheet}`;
}
