import { columnNumber, parseCellAddress, cellAddress } from "../../../src/core/address";
import { planCellMap } from "../../support/planCellMap";
import type { PlannedSheet, PlannedSheetKey, PlanValue, ReportPlan } from "../../../src/core/plan/reportPlan";

export function sheetOf(plan: ReportPlan, key: PlannedSheetKey): PlannedSheet {
  const sheet = plan.sheets.find((candidate) => candidate.key === key);
  if (!sheet) throw new Error(`plan has no ${key} sheet`);
  return sheet;
}

/** The address of the first cell (row by row) holding exactly this value. */
export function addressOf(cells: Map<string, PlanValue>, value: PlanValue): string {
  const matches = [...cells.entries()]
    .filter(([, cellValue]) => cellValue === value)
    .map(([address]) => parseCellAddress(address))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  if (matches.length === 0) throw new Error(`no cell holds ${String(value)}`);
  return cellAddress(matches[0].row, matches[0].column);
}

/** The values of the row that holds `label`, from the label's column rightwards over `width` cells. */
export function rowFrom(cells: Map<string, PlanValue>, label: PlanValue, width: number): PlanValue[] {
  const { row, column } = parseCellAddress(addressOf(cells, label));
  return Array.from({ length: width }, (_, offset) => cells.get(cellAddress(row, column + offset)) ?? null);
}

/** Every string value in a sheet. */
export function textsOf(sheet: PlannedSheet): string[] {
  return [...planCellMap(sheet).values()].filter((value): value is string => typeof value === "string");
}

/** The effective style of a cell as a host composes it: block style, column style, cell style. */
export function styleAt(sheet: PlannedSheet, address: string) {
  const { row, column } = parseCellAddress(address);
  for (const block of sheet.blocks) {
    const rowOffset = row - block.row;
    const columnOffset = column - block.column;
    if (rowOffset < 0 || columnOffset < 0 || rowOffset >= block.values.length) continue;
    if (columnOffset >= (block.values[0]?.length ?? 0)) continue;
    const cellStyle =
      block.cellStyles?.filter((entry) => entry.row === rowOffset && entry.column === columnOffset) ?? [];
    return Object.assign(
      {},
      block.style,
      block.columnStyles?.[columnOffset],
      ...cellStyle.map((entry) => entry.style),
    );
  }
  return undefined;
}

export { columnNumber };
