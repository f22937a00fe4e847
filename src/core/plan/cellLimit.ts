import type { ReportPlan } from "./reportPlan";

/** The most characters an Excel cell holds; Excel refuses a file with a longer cell text. */
export const excelCellCharacters = 32_767;

/** A text within Excel's cell limit: a longer one cut to the limit, its last character "…". */
export function withinCellLimit(text: string): string {
  return text.length <= excelCellCharacters ? text : `${text.slice(0, excelCellCharacters - 1)}…`;
}

/**
 * The plan with every cell text within Excel's limit, so neither host ever writes a cell Excel refuses
 * (validation's text-truncated finding says which source texts were too long). Returns the same plan when
 * nothing was too long.
 */
export function planWithinCellLimit(plan: ReportPlan): ReportPlan {
  const tooLong = (value: unknown) => typeof value === "string" && value.length > excelCellCharacters;
  if (
    !plan.sheets.some((sheet) => sheet.blocks.some((block) => block.values.some((row) => row.some(tooLong))))
  )
    return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        values: block.values.map((row) =>
          row.map((value) => (typeof value === "string" ? withinCellLimit(value) : value)),
        ),
      })),
    })),
  };
}
