import type { CellBlock, CellStyle } from "./reportPlan";

/** Room for every column of a sheet in a numeric row-and-column key (Excel has 16,384 columns). */
const columnSpan = 16_384;

/**
 * The style of each cell of a block: block style, then its column's style, then the cell's overrides
 * (ReportPlan's merge order). Returns a function so a block with many overrides costs one map, not a
 * search per cell. Cells that share a style get the same (frozen) object, so callers can cache by identity
 * and a large sheet does not allocate a style per cell.
 */
export function blockCellStyle(block: CellBlock): (rowOffset: number, columnOffset: number) => CellStyle {
  const overrides = new Map<number, CellStyle>();
  for (const { row, column, style } of block.cellStyles ?? []) {
    const key = row * columnSpan + column;
    overrides.set(key, { ...overrides.get(key), ...style });
  }
  // NOTE: an array, not a map: this runs for every cell of a 30,000-row Trends sheet, several times.
  const columnStyles: CellStyle[] = [];
  const columnStyle = (columnOffset: number): CellStyle =>
    (columnStyles[columnOffset] ??= Object.freeze({ ...block.style, ...block.columnStyles?.[columnOffset] }));
  const merged = new Map<number, CellStyle>();
  return (rowOffset, columnOffset) => {
    if (overrides.size === 0) return columnStyle(columnOffset);
    const key = rowOffset * columnSpan + columnOffset;
    const override = overrides.get(key);
    if (!override) return columnStyle(columnOffset);
    let style = merged.get(key);
    if (!style) {
      style = Object.freeze({ ...columnStyle(columnOffset), ...override });
      merged.set(key, style);
    }
    return style;
  };
}
