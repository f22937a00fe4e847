/**
 * Never silent about a sheet: numbers on a sheet that no recognised table used are named in one
 * `unread-sheet` info finding per sheet (how many, the first, and how to map the table by hand), and cells
 * the host left out of the grid (SheetSnapshot.omitted) in one `cells-omitted` info finding.
 */
import { cellAddress, parseCellAddress } from "../address";
import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { TableRead } from "./detectors/types";
import type { SheetSnapshot } from "../snapshot";
import type { SheetGrid } from "./grid";
import { isDateFormat, parseFigure } from "./values";
import { largest, smallest } from "../collections";

/** Fewer loose numbers than this (a page number, a year in a note) are not worth a finding. */
export const minimumUnreadNumbers = 3;

/**
 * The area a table read covers: its rows from the header down, and its columns, those named as not used
 * in its findings included (an activity list: all).
 */
function coveredArea(read: TableRead, columnCount: number) {
  const named = read.findings
    .filter((finding) => finding.code === "unused-column" && finding.cell !== null)
    .map((finding) => parseCellAddress(finding.cell!).column);
  const columns = [...read.dataset.explanation.columns.map((column) => column.column), ...named];
  const activities = read.dataset.kind === "activities";
  return {
    // NOTE: a header over two rows and a unit row under it are part of the table.
    firstRow: Math.max(1, read.dataset.headerRow - 1),
    lastRow: read.lastRow,
    firstColumn: activities || columns.length === 0 ? 1 : smallest(columns),
    lastColumn: activities || columns.length === 0 ? columnCount : largest(columns),
  };
}

/** A cell holds a number a figures table could use: a number (not a date) or a number typed as text. */
function isNumberCell(grid: SheetGrid, row: number, column: number): boolean {
  const value = grid.value(row, column);
  if (typeof value === "number") return !isDateFormat(grid.numberFormat(row, column));
  if (typeof value !== "string" || value.length > 40 || !/^\s*[-−+]?\d/.test(value)) return false;
  const figure = parseFigure(value);
  return figure.kind === "number" || figure.kind === "provisional";
}

/** The unread-sheet finding of a sheet whose numbers lie outside every table read on it, if any. */
export function unreadSheetFinding(grid: SheetGrid, reads: TableRead[], language: Language): Finding | null {
  const areas = reads.map((read) => coveredArea(read, grid.columnCount));
  let count = 0;
  let first: { row: number; column: number } | null = null;
  const columnCount = grid.columnCount;
  // NOTE: the rows of a table as wide as the sheet (an activity list, a long table) have no cell to look at:
  // the walk jumps over them.
  const wide = areas.filter((area) => area.firstColumn <= 1 && area.lastColumn >= columnCount);
  for (let row = 1; row <= grid.rowCount; row++) {
    const covering = wide.find((area) => inRows(area, row));
    if (covering) {
      row = covering.lastRow;
      continue;
    }
    if (grid.isBlankRow(row)) continue;
    const across = areas.filter((area) => inRows(area, row));
    for (const column of grid.filledColumns(row)) {
      if (across.some((area) => column >= area.firstColumn && column <= area.lastColumn)) continue;
      if (!isNumberCell(grid, row, column)) continue;
      count++;
      first ??= { row, column };
    }
  }
  if (count < minimumUnreadNumbers || first === null) return null;
  return createFinding(
    "unread-sheet",
    { sheet: grid.name, cell: cellAddress(first.row, first.column) },
    { sheet: grid.name, count, reason: reads.length === 0 ? "no-table" : "outside" },
    language,
  );
}

function inRows(area: { firstRow: number; lastRow: number }, row: number): boolean {
  return row >= area.firstRow && row <= area.lastRow;
}

/** The cells-omitted finding of a sheet whose host left cells out of its grid, if any. */
export function omittedCellsFinding(sheet: SheetSnapshot, language: Language): Finding | null {
  if (!sheet.omitted || sheet.omitted.count === 0) return null;
  return createFinding(
    "cells-omitted",
    { sheet: sheet.name, cell: sheet.omitted.cells[0] ?? null },
    { sheet: sheet.name, count: sheet.omitted.count },
    language,
  );
}
