/**
 * Text contrast as WCAG 2.1 defines it (SC 1.4.3, the ratio Excel's Accessibility Checker and EN 301 549 use):
 * (L1 + 0.05) / (L2 + 0.05) of the relative luminances of text and background.
 */

/** WCAG's relative luminance of a "#RRGGBB" colour. */
export function relativeLuminance(color: string): number {
  const hex = color.replace(/^#/, "");
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** Least contrast WCAG AA asks of text: 3:1 for large text (≥ 18 pt, or bold ≥ 14 pt), else 4.5:1. */
export function requiredContrast(style: { bold?: boolean; size?: number }): number {
  const size = style.size ?? 11;
  return size >= 18 || (style.bold === true && size >= 14) ? 3 : 4.5;
}

/** Black or white text, whichever reads better on `fill`. */
export function readableTextOn(fill: string): "#000000" | "#FFFFFF" {
  return contrastRatio(fill, "#000000") >= contrastRatio(fill, "#FFFFFF") ? "#000000" : "#FFFFFF";
}
