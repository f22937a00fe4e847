/**
 * How plan values and styles become Office.js input.
 *
 * Text is written with a leading apostrophe whenever Excel would otherwise parse it: Range.values
 * treats input starting with "=", "+", "-" (and "@") as a formula and turns numeric, date or boolean
 * looking text ("1.697", "2024", "1/2", "TRUE") into numbers, dates or booleans. The apostrophe is
 * Excel's own "this is text" prefix: it is not part of the stored value, so `values` reads the text
 * back unchanged, and unlike numberFormat "@" it leaves the cell's format alone.
 */
import type { CellStyle, PlanValue } from "../../core";

/** The value to put in Range.values for a plan value. */
export function cellInput(value: PlanValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** True when Excel would not keep this text as text if it were typed in. */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@']/.test(text)) return true;
  const trimmed = text.trim();
  if (/^[\d.,(€$%]/.test(trimmed)) return true;
  return /^(true|false|waar|onwaar)$/i.test(trimmed);
}

/** Style merged in plan order: block style, then the column's, then the cell's. */
export function mergeStyles(...styles: (CellStyle | undefined)[]): CellStyle {
  return Object.assign({}, ...styles.filter(Boolean)) as CellStyle;
}

const horizontal = { left: "Left", center: "Center", right: "Right" } as const;
const vertical = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const borderWeight = { thin: "Thin", medium: "Medium" } as const;

/** Applies a style's font, fill, alignment, wrap and borders (not the number format) to a range. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color !== undefined) format.font.color = style.color;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined)
    format.horizontalAlignment = horizontal[style.horizontalAlignment];
  if (style.verticalAlignment !== undefined) format.verticalAlignment = vertical[style.verticalAlignment];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.borderBottom !== undefined) {
    const border = format.borders.getItem("EdgeBottom");
    border.style = "Continuous";
    border.weight = borderWeight[style.borderBottom];
  }
  if (style.borderTop !== undefined) {
    const border = format.borders.getItem("EdgeTop");
    border.style = "Continuous";
    border.weight = borderWeight[style.borderTop];
  }
}

/** True when a style sets anything applyStyle writes. */
export function hasVisualStyle(style: CellStyle): boolean {
  return Object.entries(style).some(([key, value]) => key !== "numberFormat" && value !== undefined);
}

/**
 * Column width in characters (as the plan and SpreadsheetML give it) → points (as Office.js wants it):
 * Excel's pixel width is 7 px per character of the default font plus 5 px padding; 0.75 pt per px.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
