/**
 * A read-only view on a SheetSnapshot with 1-based coordinates and cached per-row facts, so detectors can
 * ask "is this row blank", "what does this cell say" cheaply on 20,000-row sheets.
 */
import { parseRangeAddress, type RangePosition } from "../address";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { normalizeText } from "./text";
import { cellText } from "./values";

export class SheetGrid {
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly blankRows: (boolean | undefined)[] = [];
  private readonly normalizedCache = new Map<number, string>();
  private readonly mergeByCell = new Map<number, RangePosition>();

  constructor(readonly sheet: SheetSnapshot) {
    this.rowCount = sheet.values.length;
    this.columnCount = sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
    // NOTE: merged areas do not overlap in a valid file, so together they cover at most the grid's area; the
    // budget stops a hostile list of overlapping merges from costing merges × area.
    let budget = this.rowCount * this.columnCount;
    for (const merge of sheet.merges) {
      if (budget <= 0) break;
      let range: RangePosition;
      try {
        range = parseRangeAddress(merge);
      } catch {
        continue;
      }
      const lastRow = Math.min(range.end.row, this.rowCount);
      const lastColumn = Math.min(range.end.column, this.columnCount);
      for (let row = range.start.row; row <= lastRow; row++) {
        for (let column = range.start.column; column <= lastColumn; column++) {
          this.mergeByCell.set(this.key(row, column), range);
          budget--;
        }
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  value(row: number, column: number): CellValue {
    return this.sheet.values[row - 1]?.[column - 1] ?? null;
  }

  /** The cell as the user sees it, whitespace collapsed; "" when blank. */
  text(row: number, column: number): string {
    return cellText(this.value(row, column), this.sheet.texts[row - 1]?.[column - 1]);
  }

  /** {@link text}, lower case without accents or punctuation (cached). */
  normalized(row: number, column: number): string {
    const key = this.key(row, column);
    let cached = this.normalizedCache.get(key);
    if (cached === undefined) {
      cached = normalizeText(this.text(row, column));
      this.normalizedCache.set(key, cached);
    }
    return cached;
  }

  numberFormat(row: number, column: number): string {
    return this.sheet.numberFormats[row - 1]?.[column - 1] ?? "General";
  }

  fill(row: number, column: number): string | null {
    return this.sheet.fills[row - 1]?.[column - 1] ?? null;
  }

  isBlank(row: number, column: number): boolean {
    const value = this.value(row, column);
    return value === null || (typeof value === "string" && value.trim() === "");
  }

  /** True when every cell of the row is blank (fills do not count). */
  isBlankRow(row: number): boolean {
    let blank = this.blankRows[row];
    if (blank === undefined) {
      blank = true;
      const values = this.sheet.values[row - 1] ?? [];
      for (let column = 1; column <= values.length; column++) {
        if (!this.isBlank(row, column)) {
          blank = false;
          break;
        }
      }
      this.blankRows[row] = blank;
    }
    return blank;
  }

  /** Columns (1-based) with a non-blank value in the row, within [from, to]. */
  filledColumns(row: number, from = 1, to = this.columnCount): number[] {
    const columns: number[] = [];
    for (let column = from; column <= to; column++) if (!this.isBlank(row, column)) columns.push(column);
    return columns;
  }

  /**
   * A header cell's text: its own, or for a blank cell inside a merged area the text of the area's first
   * cell ("Soort misdrijf" merged down over a two-row header).
   */
  headerText(row: number, column: number): string {
    const own = this.text(row, column);
    if (own !== "") return own;
    const merge = this.mergeAt(row, column);
    return merge ? this.text(merge.start.row, merge.start.column) : "";
  }

  /** First row below a header on `row`: below any of its cells (in the columns given) merged down. */
  rowBelowHeader(row: number, firstColumn: number, lastColumn: number): number {
    let last = row;
    for (let column = firstColumn; column <= lastColumn; column++) {
      const merge = this.mergeAt(row, column);
      if (merge && merge.start.row === row) last = Math.max(last, merge.end.row);
    }
    return last + 1;
  }

  /** The merged area that contains the cell, or null. */
  mergeAt(row: number, column: number): RangePosition | null {
    return this.mergeByCell.get(this.key(row, column)) ?? null;
  }

  private key(row: number, column: number): number {
    return row * 20000 + column;
  }
}

const footnotePattern =
  /^(?:(?:tabel|table|figuur|figure|grafiek|bron|bronnen|source|sources|noot|noten|note|notes|opmerking|opmerkingen|legenda|legend|peildatum|gewijzigd op|toelichting:|n\.b\.:?)(?=[\s:.\d]|$)|\*|\(\*\)|¹|\d\)\s)/i;

/** True when a text reads as a caption or footnote below a table: "Tabel 2: …", "Bron: CBS", "* voorlopig". */
export function isFootnoteText(text: string): boolean {
  return footnotePattern.test(text.trim());
}
