import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";

export interface SheetOptions {
  /** Fills by A1 address, e.g. {"F5": "#FF0000"}. */
  fills?: Record<string, string>;
  /** Number formats by A1 address. */
  numberFormats?: Record<string, string>;
  /** Displayed texts by A1 address, when they differ from String(value). */
  texts?: Record<string, string>;
  merges?: string[];
  visibility?: SheetSnapshot["visibility"];
}

/**
 * Builds a SheetSnapshot from rows of values, as a test fixture in code. Rows are padded to a rectangle;
 * texts default to the value as a string (numbers Dutch-agnostic: String(value)).
 */
export function sheetFromRows(name: string, rows: CellValue[][], options: SheetOptions = {}): SheetSnapshot {
  const columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values = rows.map((row) => Array.from({ length: columnCount }, (_, column) => row[column] ?? null));
  const texts = values.map((row) => row.map(defaultText));
  const numberFormats = values.map((row) => row.map(() => "General"));
  const fills = values.map((row) => row.map((): string | null => null));
  const apply = <T>(grid: T[][], entries: Record<string, T> | undefined) => {
    for (const [address, value] of Object.entries(entries ?? {})) {
      const match = /^([A-Z]+)(\d+)$/.exec(address);
      if (!match) throw new Error(`bad address ${address}`);
      let column = 0;
      for (const character of match[1]) column = column * 26 + character.charCodeAt(0) - 64;
      const row = Number(match[2]) - 1;
      if (row >= grid.length || column - 1 >= columnCount) throw new Error(`${address} is outside the sheet`);
      grid[row][column - 1] = value;
    }
  };
  apply(fills, options.fills);
  apply(numberFormats, options.numberFormats);
  apply(texts, options.texts);
  return {
    name,
    visibility: options.visibility ?? "visible",
    rowCount: values.length,
    columnCount,
    values,
    texts,
    numberFormats,
    fills,
    merges: options.merges ?? [],
  };
}

/** A workbook snapshot from sheets. */
export function workbookFromSheets(name: string, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name, sheets };
}

function defaultText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
