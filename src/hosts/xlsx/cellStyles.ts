import type { CellBlock, CellStyle } from "../../core/plan/reportPlan";

/**
 * The style of each cell of a block: block style, then its column's style, then the cell's overrides
 * (ReportPlan's merge order). Returns a function so a block with many overrides costs one map, not a
 * search per cell.
 */
export function blockCellStyle(block: CellBlock): (rowOffset: number, columnOffset: number) => CellStyle {
  const overrides = new Map<string, CellStyle>();
  for (const { row, column, style } of block.cellStyles ?? []) {
    const key = `${row}:${column}`;
    overrides.set(key, { ...overrides.get(key), ...style });
  }
  return (rowOffset, columnOffset) => ({
    ...block.style,
    ...block.columnStyles?.[columnOffset],
    ...overrides.get(`${rowOffset}:${columnOffset}`),
  });
}
