/**
 * The detector kernel: the one walk over a table's rows, the one confidence rule and the explanation
 * every detector builds. A detector says what each row is; the kernel keeps the bookkeeping (blank rows
 * inside the table, the footnote that ends it) the same for every layout.
 */
import type { DetectionExplanation, DetectionNote } from "../../datasets";
import type { SheetGrid } from "../grid";
import { formatNote } from "../notes";
import { round } from "./columns";
import { appendAll } from "../../collections";

/**
 * What a row under a header is:
 * - "data": a row of the table (blank rows before it were inside the table);
 * - "heading": a subheading or section row, part of the table but no data;
 * - "skip": a row the table does not use (counted, the table goes on);
 * - "footnote": a footnote or total line that ends the table and belongs to it;
 * - "end": the table ended before this row (a new header, a text that is not followed by data).
 */
export type RowKind = "data" | "heading" | "skip" | "footnote" | "end";

/** What a walk over a table's rows found. */
export interface RowWalk {
  dataRows: number[];
  /** Blank rows between the first and the last data row. */
  blankRowsInside: number[];
  footnoteRow: number | null;
  /** Rows classified "skip" (not blank, not data). */
  skipped: number;
  /** The first of them, null when none. */
  firstSkipped: number | null;
  /** The last data row; 0 when there is none. */
  lastRow: number;
}

/**
 * Walks the rows from `firstRow` down: `filledCells` gives a row's cells of the table (none: blank),
 * `classify` says what a non-blank row is and `onData` reads a data row. Stops at "footnote" or "end".
 */
export function walkTable(
  grid: SheetGrid,
  firstRow: number,
  filledCells: (row: number) => number[],
  classify: (row: number, filled: number[]) => RowKind,
  onData: (row: number) => void = () => undefined,
): RowWalk {
  const dataRows: number[] = [];
  const inside: number[] = [];
  const pending: number[] = [];
  let footnoteRow: number | null = null;
  let skipped = 0;
  let firstSkipped: number | null = null;
  for (let row = firstRow; row <= grid.rowCount; row++) {
    const filled = filledCells(row);
    if (filled.length === 0) {
      pending.push(row);
      continue;
    }
    const kind = classify(row, filled);
    if (kind === "footnote") {
      footnoteRow = row;
      break;
    }
    if (kind === "end") break;
    if (kind === "skip") {
      skipped++;
      firstSkipped ??= row;
      continue;
    }
    if (pending.length > 0) {
      appendAll(inside, pending);
      pending.length = 0;
    }
    if (kind === "data") {
      dataRows.push(row);
      onData(row);
    }
  }
  const lastRow = dataRows[dataRows.length - 1] ?? 0;
  return {
    dataRows,
    blankRowsInside: inside.filter((row) => row < lastRow),
    footnoteRow,
    skipped,
    firstSkipped,
    lastRow,
  };
}

/** A table's cells in `span` on a row, none when the row is blank. */
export function cellsIn(grid: SheetGrid, span: { firstColumn: number; lastColumn: number }) {
  return (row: number): number[] =>
    grid.isBlankRow(row) ? [] : grid.filledColumns(row, span.firstColumn, span.lastColumn);
}

/**
 * The one confidence rule: half how well the header reads, half how much of the body reads (`quality`,
 * 0..1), scaled down for tables of fewer than three rows. A manual mapping's header counts as certain (the
 * user said so) but its body is still measured, so a mapping that leaves the status column empty is not 100%.
 */
export function tableConfidence(input: {
  manual: boolean;
  headerScore: number;
  quality: number;
  rows: number;
}): number {
  if (input.manual) return round(0.5 + 0.5 * input.quality);
  return round((0.5 * input.headerScore + 0.5 * input.quality) * Math.min(1, 0.7 + 0.1 * input.rows));
}

/** A DetectionExplanation with the typed notes and their stable codes. */
export function explanationOf(
  sheet: string,
  headerRow: number,
  columns: DetectionExplanation["columns"],
  notes: DetectionNote[],
): DetectionExplanation {
  return { sheet, headerRow, columns, notes: notes.map(formatNote), details: notes };
}

/** Collects notes: `add` skips a counted note with a count of 0 and a list note with an empty list. */
export class NoteList {
  readonly notes: DetectionNote[] = [];

  add(note: DetectionNote, when = true): this {
    if (!when) return this;
    if ("count" in note && note.count === 0) return this;
    if ("units" in note && note.units.length === 0) return this;
    if ("years" in note && note.years.length === 0) return this;
    this.notes.push(note);
    return this;
  }
}
