import { cellAddress, parseRangeAddress } from "../../src/core";
import type { PlannedSheet, PlanValue } from "../../src/core";

/**
 * Flattens a planned sheet's blocks into A1 address → value, as the sheet will hold them once written.
 * Later blocks win where blocks overlap (the plan builder never overlaps them). For tests of core and hosts.
 */
export function planCellMap(sheet: PlannedSheet): Map<string, PlanValue> {
  const cells = new Map<string, PlanValue>();
  for (const block of sheet.blocks) {
    block.values.forEach((row, rowOffset) =>
      row.forEach((value, columnOffset) =>
        cells.set(cellAddress(block.row + rowOffset, block.column + columnOffset), value),
      ),
    );
  }
  return cells;
}

/** Values of an A1 range ("B5:D5") in a cell map, row by row; missing cells are null. */
export function planRangeValues(cells: Map<string, PlanValue>, range: string): PlanValue[] {
  const { start, end } = parseRangeAddress(range);
  const values: PlanValue[] = [];
  for (let row = start.row; row <= end.row; row += 1) {
    for (let column = start.column; column <= end.column; column += 1)
      values.push(cells.get(cellAddress(row, column)) ?? null);
  }
  return values;
}
