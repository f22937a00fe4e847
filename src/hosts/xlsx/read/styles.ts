/**
 * A workbook's theme colours and cell styles, as the snapshot needs them: per cell style (cellXfs index) the
 * number format code (built-in ids resolved, the code a Dutch Excel displays dates with), and the solid fill
 * as "#RRGGBB" (argb, theme colour with tint, indexed palette colour).
 */
import type { DisplayLocale } from "../../../core";
import { type XmlNode, xmlAttribute, xmlList, xmlNode, xmlTreeParser } from "../package/xml";
import { largest, smallest } from "../../../core";

const parser = xmlTreeParser(["numFmt", "fill", "xf", "rgbColor"]);

/** Default Office theme colours in theme-index order (lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink). */
const defaultThemeColours = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** Theme colours by the index cells use: the scheme lists dk1, lt1, dk2, lt2, …; Excel's index swaps the first two pairs. */
export function parseThemeColours(xml: string | null): string[] {
  if (!xml) return defaultThemeColours;
  const scheme = /<(?:\w+:)?clrScheme\b[^>]*>([\s\S]*?)<\/(?:\w+:)?clrScheme>/.exec(xml)?.[1];
  if (!scheme) return defaultThemeColours;
  const order = [
    "dk1",
    "lt1",
    "dk2",
    "lt2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ];
  const colours = order.map((slot, index) => {
    const block = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(scheme)?.[1] ?? "";
    return (
      /srgbClr\b[^>]*val="([0-9A-Fa-f]{6})"/.exec(block)?.[1] ??
      /sysClr\b[^>]*lastClr="([0-9A-Fa-f]{6})"/.exec(block)?.[1] ??
      defaultThemeColours[[1, 0, 3, 2][index] ?? index]
    ).toUpperCase();
  });
  return [colours[1], colours[0], colours[3], colours[2], ...colours.slice(4)];
}

/** The legacy indexed palette (indexes 0–63). */
const indexedColours = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

/** Excel's tint: towards white for a positive tint, towards black for a negative one, in HLS lightness. */
function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const rgb = [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16) / 255);
  const max = largest(rgb);
  const min = smallest(rgb);
  let lightness = (max + min) / 2;
  const delta = max - min;
  let hue = 0;
  let saturation = 0;
  if (delta !== 0) {
    saturation = delta / (1 - Math.abs(2 * lightness - 1));
    const [red, green, blue] = rgb;
    if (max === red) hue = ((green - blue) / delta) % 6;
    else if (max === green) hue = (blue - red) / delta + 2;
    else hue = (red - green) / delta + 4;
    hue = (hue * 60 + 360) % 360;
  }
  lightness = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const sector = Math.floor(hue / 60) % 6;
  const [r, g, b] = [
    [chroma, x, 0],
    [x, chroma, 0],
    [0, chroma, x],
    [0, x, chroma],
    [x, 0, chroma],
    [chroma, 0, x],
  ][sector];
  return [r, g, b]
    .map((channel) =>
      Math.round((channel + m) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

function colourOf(colour: XmlNode, themeColours: string[], indexed: string[]): string | null {
  const rgb = xmlAttribute(colour, "rgb");
  const tint = Number(xmlAttribute(colour, "tint") ?? 0);
  let hex: string | null = null;
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) hex = rgb.slice(-6).toUpperCase();
  else if (xmlAttribute(colour, "theme") !== undefined)
    hex = themeColours[Number(xmlAttribute(colour, "theme"))] ?? null;
  else if (xmlAttribute(colour, "indexed") !== undefined)
    hex = indexed[Number(xmlAttribute(colour, "indexed"))] ?? null;
  return hex === null ? null : `#${applyTint(hex, tint)}`;
}

export interface Styles {
  /** Per cellXfs index: number format code, the code the displayed text follows, and solid fill. */
  formats: string[];
  displayFormats: string[];
  fills: (string | null)[];
}

/** Built-in date formats follow the system locale in Excel: a Dutch Excel shows id 14 as 31-12-2025. */
const localeDateFormats: Record<DisplayLocale, Record<number, string>> = {
  nl: { 14: "d-m-yyyy", 22: "d-m-yyyy h:mm" },
  en: {},
};

/** Built-in number formats (ECMA-376 18.8.30), as Office.js reports their codes. */
const builtinFormats: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function parseStyles(xml: string | null, themeColours: string[], locale: DisplayLocale): Styles {
  if (!xml) return { formats: ["General"], displayFormats: ["General"], fills: [null] };
  const styleSheet = xmlNode(xmlNode(parser.parse(xml)).styleSheet);
  const custom = new Map<number, string>();
  for (const format of xmlList(xmlNode(styleSheet.numFmts).numFmt)) {
    const id = Number(xmlAttribute(format, "numFmtId"));
    const code = xmlAttribute(format, "formatCode");
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const palette = xmlList(xmlNode(xmlNode(styleSheet.colors).indexedColors).rgbColor).map(
    (colour, index) => xmlAttribute(colour, "rgb")?.slice(-6).toUpperCase() ?? indexedColours[index],
  );
  const indexed = palette.length > 0 ? palette : indexedColours;
  const fillColours = xmlList(xmlNode(styleSheet.fills).fill).map((fill) => {
    const pattern = xmlNode(fill.patternFill);
    if (xmlAttribute(pattern, "patternType") !== "solid") return null;
    return colourOf(xmlNode(pattern.fgColor), themeColours, indexed);
  });
  const formats: string[] = [];
  const displayFormats: string[] = [];
  const fills: (string | null)[] = [];
  for (const xf of xmlList(xmlNode(styleSheet.cellXfs).xf)) {
    const formatId = Number(xmlAttribute(xf, "numFmtId") ?? 0);
    const code = custom.get(formatId) ?? builtinFormats[formatId] ?? "General";
    formats.push(code);
    displayFormats.push(custom.has(formatId) ? code : (localeDateFormats[locale][formatId] ?? code));
    fills.push(fillColours[Number(xmlAttribute(xf, "fillId") ?? 0)] ?? null);
  }
  if (formats.length === 0) return { formats: ["General"], displayFormats: ["General"], fills: [null] };
  return { formats, displayFormats, fills };
}
