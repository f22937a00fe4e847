import type { CellStyle } from "../../../core";
import { largest, HostWriteError, hostMessage } from "../../../core";
import { escapeXml } from "../package/xml";

/**
 * Merges the plan's cell styles into a workbook's styles.xml by APPENDING fonts, fills, borders,
 * number formats, cell formats (cellXfs) and differential formats (dxfs). Existing entries keep their
 * index, so every style index in the user's sheets stays valid. An entry identical to one already in
 * the part is reused, so regenerating appends nothing the second time (byte-stable output).
 */
export class StyleSheetMerger {
  private readonly collections = new Map<CollectionName, Collection>();
  private readonly numberFormats: { id: number; code: string }[] = [];
  private readonly addedNumberFormats: { id: number; code: string }[] = [];
  private readonly cellFormatIds = new Map<string, number>();
  /** Cell format per style object: blockCellStyle hands out one object per distinct style. */
  private readonly cellFormatByStyle = new WeakMap<CellStyle, number>();

  constructor(private readonly original: string) {
    for (const name of collectionNames) this.collections.set(name, readCollection(original, name));
    const numberFormatBlock = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(original);
    for (const match of (numberFormatBlock?.[1] ?? "").matchAll(/<numFmt\b([^>]*)\/?>/g)) {
      const id = /numFmtId="(\d+)"/.exec(match[1]);
      const code = /formatCode="([^"]*)"/.exec(match[1]);
      if (id && code) this.numberFormats.push({ id: Number(id[1]), code: code[1] });
    }
    if (!/<cellXfs\b/.test(original)) throw new HostWriteError(hostMessage("styles-part-damaged"));
  }

  /** The cellXfs index for a style (0 = the workbook's default format when the style is empty). */
  cellFormat(style: CellStyle | undefined): number {
    const cached = style && this.cellFormatByStyle.get(style);
    if (cached !== undefined) return cached;
    const id = this.cellFormatOf(style);
    if (style) this.cellFormatByStyle.set(style, id);
    return id;
  }

  private cellFormatOf(style: CellStyle | undefined): number {
    const key = JSON.stringify(normaliseStyle(style ?? {}));
    const known = this.cellFormatIds.get(key);
    if (known !== undefined) return known;
    const normalised = normaliseStyle(style ?? {});
    if (Object.keys(normalised).length === 0) return 0;
    const fontId = this.add("fonts", fontXml(normalised));
    const fillId = this.add("fills", fillXml(normalised.fill));
    const borderId = this.add("borders", borderXml(normalised));
    const numberFormatId = this.numberFormatId(normalised.numberFormat);
    const alignment = alignmentXml(normalised);
    const xf =
      `<xf numFmtId="${numberFormatId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numberFormatId !== 0 ? ' applyNumberFormat="1"' : "") +
      ' applyFont="1"' +
      (fillId !== 0 ? ' applyFill="1"' : "") +
      (borderId !== 0 ? ' applyBorder="1"' : "") +
      (alignment ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const id = this.add("cellXfs", xf);
    this.cellFormatIds.set(key, id);
    return id;
  }

  /** The dxfs index for a conditional format's style. */
  differentialFormat(style: CellStyle): number {
    const normalised = normaliseStyle(style);
    let inner = "";
    if (normalised.bold || normalised.italic || normalised.color) {
      inner +=
        "<font>" +
        (normalised.bold ? "<b/>" : "") +
        (normalised.italic ? "<i/>" : "") +
        (normalised.color ? `<color rgb="${argb(normalised.color)}"/>` : "") +
        "</font>";
    }
    if (normalised.fill) {
      // NOTE: a dxf takes a solid fill's colour from bgColor (unlike a cell format); fgColor is set to
      // the same colour for renderers that read it instead.
      const color = argb(normalised.fill);
      inner += `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor rgb="${color}"/></patternFill></fill>`;
    }
    return this.add("dxfs", `<dxf>${inner}</dxf>`);
  }

  /** The styles part with the appended entries; the original text when nothing was appended. */
  toXml(): string {
    let xml = this.original;
    if (this.addedNumberFormats.length > 0) {
      const added = this.addedNumberFormats
        .map(({ id, code }) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
        .join("");
      const count = this.numberFormats.length;
      if (/<numFmts\b[^>]*>[\s\S]*?<\/numFmts>/.test(xml)) {
        xml = xml.replace(
          /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/,
          (_whole, inner: string) => `<numFmts count="${count}">${inner}${added}</numFmts>`,
        );
      } else {
        xml = xml.replace(/<numFmts\b[^>]*\/>/, "");
        xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${count}">${added}</numFmts>`);
      }
    }
    for (const name of collectionNames) {
      const collection = this.collections.get(name)!;
      if (collection.added.length === 0) continue;
      const count = collection.entries.length;
      const added = collection.added.join("");
      const full = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`);
      const empty = new RegExp(`<${name}\\b[^>]*/>`);
      if (full.test(xml)) {
        xml = xml.replace(
          full,
          (_whole, inner: string) => `<${name} count="${count}">${inner}${added}</${name}>`,
        );
      } else if (empty.test(xml)) {
        xml = xml.replace(empty, `<${name} count="${count}">${added}</${name}>`);
      } else {
        xml = insertCollection(xml, name, `<${name} count="${count}">${added}</${name}>`);
      }
    }
    return xml;
  }

  private add(name: CollectionName, xml: string): number {
    const collection = this.collections.get(name)!;
    const existing = collection.entries.indexOf(xml);
    if (existing >= 0) return existing;
    collection.entries.push(xml);
    collection.added.push(xml);
    return collection.entries.length - 1;
  }

  private numberFormatId(code: string | undefined): number {
    if (code === undefined || code === "General") return 0;
    const builtIn = builtInNumberFormats[code];
    if (builtIn !== undefined) return builtIn;
    const escaped = escapeXml(code);
    const known = this.numberFormats.find((format) => format.code === escaped);
    if (known) return known.id;
    const id = Math.max(163, largest(this.numberFormats.map((format) => format.id))) + 1;
    this.numberFormats.push({ id, code: escaped });
    this.addedNumberFormats.push({ id, code });
    return id;
  }
}

const collectionNames = ["fonts", "fills", "borders", "cellXfs", "dxfs"] as const;
type CollectionName = (typeof collectionNames)[number];
const entryTag: Record<CollectionName, string> = {
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** Schema order of styleSheet children, to place a collection the part does not have yet. */
const styleSheetOrder = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

interface Collection {
  entries: string[];
  added: string[];
}

function readCollection(xml: string, name: CollectionName): Collection {
  const block = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  const tag = entryTag[name];
  const entries = [
    ...(block?.[1] ?? "").matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g")),
  ].map((match) => match[0]);
  return { entries, added: [] };
}

function insertCollection(xml: string, name: string, block: string): string {
  const position = styleSheetOrder.indexOf(name);
  for (const later of styleSheetOrder.slice(position + 1)) {
    const match = new RegExp(`<${later}\\b`).exec(xml);
    if (match) return xml.slice(0, match.index) + block + xml.slice(match.index);
  }
  return xml.replace(/<\/styleSheet>/, `${block}</styleSheet>`);
}

const builtInNumberFormats: Record<string, number> = {
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

function normaliseStyle(style: CellStyle): CellStyle {
  const keys = Object.keys(style).sort() as (keyof CellStyle)[];
  const normalised: Record<string, unknown> = {};
  for (const key of keys) {
    const value = style[key];
    if (value === undefined || value === false) continue;
    normalised[key] = typeof value === "string" && /^#/.test(value) ? value.toUpperCase() : value;
  }
  return normalised as CellStyle;
}

/** "#1F4E79" → "FF1F4E79". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function fontXml(style: CellStyle): string {
  return (
    "<font>" +
    (style.bold ? "<b/>" : "") +
    (style.italic ? "<i/>" : "") +
    `<sz val="${style.size ?? 11}"/>` +
    `<color rgb="${argb(style.color ?? "#000000")}"/>` +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/>' +
    "</font>"
  );
}

function fillXml(fill: string | undefined): string {
  if (!fill) return '<fill><patternFill patternType="none"/></fill>';
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(style: CellStyle): string {
  const side = (tag: string, weight: string | undefined) =>
    weight ? `<${tag} style="${weight}"><color rgb="FF7F7F7F"/></${tag}>` : `<${tag}/>`;
  return `<border>${side("left", undefined)}${side("right", undefined)}${side("top", style.borderTop)}${side("bottom", style.borderBottom)}<diagonal/></border>`;
}

function alignmentXml(style: CellStyle): string {
  if (!style.horizontalAlignment && !style.verticalAlignment && !style.wrap) return "";
  const vertical = style.verticalAlignment === "center" ? "center" : style.verticalAlignment;
  return (
    "<alignment" +
    (style.horizontalAlignment ? ` horizontal="${style.horizontalAlignment}"` : "") +
    (vertical ? ` vertical="${vertical}"` : "") +
    (style.wrap ? ' wrapText="1"' : "") +
    "/>"
  );
}

/** A minimal styles part for a new workbook (the griffie copy). */
export function minimalStylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}
