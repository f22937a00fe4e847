/**
 * Excel's two date systems. Core works in the 1900 system only: a WorkbookSnapshot's dates and a ReportPlan's
 * date cells are serials counted from 1899-12-30 (see snapshot.ts). A workbook saved with the 1904 date system
 * (Excel for Mac before 2011, some templates) counts from 1904-01-01, 1462 days later, so the same number shows
 * a date 4 years and a day later. The hosts convert at their edge: on reading (a date-formatted number of a
 * 1904 workbook + 1462) and on writing (planInDateSystem). Pure.
 */
import type { CellBlock, PlanValue, ReportPlan } from "./plan/reportPlan";
import { isDateFormat } from "./read/values";

/** Days between the 1900 and the 1904 date system: 1904-01-01 is 1462 in the first and 0 in the second. */
export const date1904Offset = 1462;

/** A workbook's serial (in its own date system) as core's 1900-system serial. */
export function serialFromDateSystem(serial: number, date1904: boolean): number {
  return date1904 ? serial + date1904Offset : serial;
}

/** Core's 1900-system serial as the serial a workbook in the given date system needs for the same date. */
export function serialInDateSystem(serial: number, date1904: boolean): number {
  return date1904 ? serial - date1904Offset : serial;
}

/**
 * The plan with every date cell (a number whose number format is a date format: block style, then the
 * column's, then the cell's, as the writers merge them) in the workbook's date system. The 1900 system, and
 * a plan without date cells, give the plan back unchanged. Text cells that spell a date stay text.
 * NOTE: a date before 1904-01-01 has no serial in the 1904 system; Koers writes no such dates (report
 * dates are recent), and Excel would show it as ####.
 */
export function planInDateSystem(plan: ReportPlan, date1904: boolean): ReportPlan {
  if (!date1904) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({ ...sheet, blocks: sheet.blocks.map(blockInDate1904) })),
  };
}

function blockInDate1904(block: CellBlock): CellBlock {
  const cellFormats = new Map<string, string>();
  for (const { row, column, style } of block.cellStyles ?? [])
    if (style.numberFormat !== undefined) cellFormats.set(`${row},${column}`, style.numberFormat);
  const columnFormat = (column: number): string | undefined =>
    block.columnStyles?.[column]?.numberFormat ?? block.style?.numberFormat;
  let changed = false;
  const values = block.values.map((row, rowIndex) =>
    row.map((value, column): PlanValue => {
      if (typeof value !== "number") return value;
      const format = cellFormats.get(`${rowIndex},${column}`) ?? columnFormat(column);
      if (format === undefined || !isDateFormat(format)) return value;
      changed = true;
      return serialInDateSystem(value, true);
    }),
  );
  return changed ? { ...block, values } : block;
}
