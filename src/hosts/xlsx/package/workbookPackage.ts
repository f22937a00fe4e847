import { largest, HostWriteError, hostMessage } from "../../../core";
import { openJszipStore, type OpenPackageStore, type PackageStore } from "./parts";
import {
  appendRelationship,
  emptyRelationshipsXml,
  nextRelationshipId,
  parseRelationships,
  type Relationship,
  relationshipsPath,
  relationshipTypes,
  relativeTarget,
  targetOfType,
} from "./relationships";
import { isStrictPackage, transitionalXml } from "./strictConformance";
import { attributeByLocalName, escapeXml, fromUtf8, parseAttributes, utf8 } from "./xml";

/**
 * An OPC package (the zip of an .xlsx) opened for adding and removing Koers' parts. The parts Koers
 * edits — workbook.xml, its relationships, [Content_Types].xml and styles.xml — are edited as text,
 * so everything else in them keeps its exact bytes, and every other part is left alone. The one exception:
 * a Strict Open XML package opens with its XML parts renamed to the transitional names
 * (strictConformance.ts), so the result is an ordinary .xlsx.
 */

/** The content type of the main part per kind of file; Excel opens a file only when the two agree. */
const workbookContentTypes = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
};

/** A file kind Koers writes: .xlsx (no macros) or .xlsm (macro-enabled). */
export type WorkbookFormat = keyof typeof workbookContentTypes;

const vbaProjectType = "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
/** Excel 4 macro sheets: a user's sheets, which an .xlsx cannot hold. */
const macroSheetTypes = [
  "http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet",
  "http://schemas.microsoft.com/office/2006/relationships/xlIntlMacrosheet",
];

export const worksheetContentType =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const stylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorkbookSheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
  /** Package path of the worksheet part; null for a chart sheet or a dangling id. */
  path: string | null;
  xml: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | null;
  xml: string;
}

export class WorkbookPackage {
  readonly workbookPath: string;
  workbookXml: string;
  workbookRelationshipsXml: string;
  contentTypesXml: string;
  private rootRelationshipsChanged = false;

  private constructor(
    private readonly store: PackageStore,
    workbookPath: string,
    workbookXml: string,
    workbookRelationshipsXml: string,
    contentTypesXml: string,
    private rootRelationshipsXml: string | null,
  ) {
    this.workbookPath = workbookPath;
    this.workbookXml = workbookXml;
    this.workbookRelationshipsXml = workbookRelationshipsXml;
    this.contentTypesXml = contentTypesXml;
  }

  /**
   * Opens a package (with JSZip unless `openStore` says otherwise); throws HostWriteError when the bytes are
   * not an .xlsx package.
   */
  static async open(
    bytes: Uint8Array | ArrayBuffer,
    openStore: OpenPackageStore = openJszipStore,
  ): Promise<WorkbookPackage> {
    let zip: PackageStore;
    try {
      zip = await openStore(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    } catch (error) {
      throw new HostWriteError(hostMessage("package-not-workbook"), { cause: error });
    }
    if (isStrictPackage(await readText(zip, "_rels/.rels"))) await makeTransitional(zip);
    const rootRelationships = await readText(zip, "_rels/.rels");
    const contentTypes = await readText(zip, "[Content_Types].xml");
    const workbookPath = rootRelationships
      ? targetOfType(parseRelationships(rootRelationships, ""), relationshipTypes.officeDocument)
      : null;
    const workbookXml = workbookPath ? await readText(zip, workbookPath) : null;
    if (!workbookPath || !workbookXml || contentTypes === null || !/<(?:\w+:)?sheets\b/.test(workbookXml)) {
      throw new HostWriteError(hostMessage("package-not-workbook"));
    }
    const workbookRelationships =
      (await readText(zip, relationshipsPath(workbookPath))) ?? emptyRelationshipsXml();
    return new WorkbookPackage(
      zip,
      workbookPath,
      workbookXml,
      workbookRelationships,
      contentTypes,
      rootRelationships,
    );
  }

  workbookRelationships(): Relationship[] {
    return parseRelationships(this.workbookRelationshipsXml, this.workbookPath);
  }

  /** The workbook's sheets in tab order, with their parts found through the relationships. */
  sheets(): WorkbookSheetEntry[] {
    const relationships = this.workbookRelationships();
    const block = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(this.workbookXml)?.[1] ?? "";
    return [...block.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>(?:<\/(?:\w+:)?sheet>)?/g)].map((match) => {
      const attributes = parseAttributes(match[1]);
      const relationshipId =
        attributeByLocalName(
          Object.fromEntries(Object.entries(attributes).filter(([name]) => name.includes(":"))),
          "id",
        ) ?? "";
      const relationship = relationships.find((item) => item.id === relationshipId);
      return {
        name: attributes.name,
        sheetId: Number(attributes.sheetId),
        relationshipId,
        path: relationship?.type === relationshipTypes.worksheet ? relationship.path : null,
        xml: match[0],
      };
    });
  }

  /**
   * True when the workbook uses the 1904 date system (`<workbookPr date1904="1"/>`, as the reader takes it:
   * "1" or "true"; a commented-out element does not count).
   */
  usesDate1904(): boolean {
    const content = this.workbookXml.replace(/<!--[\s\S]*?-->/g, "");
    const element = /<(?:\w+:)?workbookPr\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(content);
    const value = element ? attributeByLocalName(parseAttributes(element[1]), "date1904") : undefined;
    return value !== undefined && ["1", "true"].includes(value.trim().toLowerCase());
  }

  definedNames(): DefinedNameEntry[] {
    const block =
      /<(?:\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(this.workbookXml)?.[1] ?? "";
    return [
      ...block.matchAll(/<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g),
    ].map((match) => {
      const attributes = parseAttributes(match[1]);
      return {
        name: attributes.name,
        localSheetId: attributes.localSheetId === undefined ? null : Number(attributes.localSheetId),
        xml: match[0],
      };
    });
  }

  async readPart(path: string): Promise<string | null> {
    return readText(this.store, path);
  }

  hasPart(path: string): boolean {
    return this.store.has(path);
  }

  /** Part paths in the package (files only). */
  partPaths(): string[] {
    return this.store.paths();
  }

  /** Writes a part; new parts get the fixed date so output is byte-stable. */
  writePart(path: string, content: string, date: Date): void {
    this.store.write(path, utf8(content), date);
  }

  /** Writes a part given as text chunks (a large worksheet), streamed where the store can. */
  async writePartChunks(path: string, chunks: Iterable<string>, date: Date): Promise<void> {
    await this.store.writeText(path, chunks, date);
  }

  removePart(path: string): void {
    this.store.remove(path);
    this.contentTypesXml = this.contentTypesXml.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(escapeXml(path))}"[^>]*/>`, "g"),
      "",
    );
  }

  addContentTypeOverride(path: string, contentType: string): void {
    const partName = `/${path}`;
    if (this.contentTypesXml.includes(`PartName="${escapeXml(partName)}"`)) return;
    this.contentTypesXml = this.contentTypesXml.replace(
      /<\/Types>/,
      `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/></Types>`,
    );
  }

  /** The next free part path "dir/prefixN.xml" (N from 1), e.g. xl/charts/chart3.xml. */
  nextPartPath(directory: string, prefix: string, reserved: Set<string>): string {
    for (let number = 1; ; number++) {
      const path = `${directory}/${prefix}${number}.xml`;
      if (!this.hasPart(path) && !reserved.has(path)) return path;
    }
  }

  /** The namespace prefix bound to the relationships namespace in workbook.xml ("r" normally). */
  relationshipPrefix(): string {
    const match = new RegExp(`xmlns:(\\w+)="${escapeRegExp(relationshipNamespace)}"`).exec(this.workbookXml);
    if (match) return match[1];
    this.workbookXml = this.workbookXml.replace(
      /<((?:\w+:)?workbook)\b/,
      `<$1 xmlns:r="${relationshipNamespace}"`,
    );
    return "r";
  }

  /**
   * Removes the sheets at the given tab indices with their worksheet part, its relationships and the
   * parts only they referred to (drawings, charts); shifts the localSheetId of the remaining names.
   */
  async removeSheets(indices: number[]): Promise<void> {
    if (indices.length === 0) return;
    const sheets = this.sheets();
    const removed = new Set(indices);
    const candidates: string[] = [];
    for (const index of indices) {
      const sheet = sheets[index];
      if (!sheet) continue;
      this.workbookXml = this.workbookXml.replace(sheet.xml, "");
      const relationship = this.workbookRelationships().find((item) => item.id === sheet.relationshipId);
      if (relationship)
        this.workbookRelationshipsXml = this.workbookRelationshipsXml.replace(relationship.xml, "");
      if (sheet.path) candidates.push(sheet.path);
    }
    await this.removeUnreferenced(candidates, true);
    await this.dropStaleCalculationChain(new Set(indices.map((index) => sheets[index]?.sheetId)));

    let namesBlock = /<(?:\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>/.exec(
      this.workbookXml,
    )?.[0];
    if (namesBlock) {
      let updated = namesBlock;
      for (const name of this.definedNames()) {
        if (name.localSheetId === null) continue;
        if (removed.has(name.localSheetId)) {
          updated = updated.replace(name.xml, "");
          continue;
        }
        const shift = indices.filter((index) => index < name.localSheetId!).length;
        if (shift > 0) {
          updated = updated.replace(
            name.xml,
            name.xml.replace(/localSheetId="\d+"/, `localSheetId="${name.localSheetId - shift}"`),
          );
        }
      }
      if (/<(?:\w+:)?definedNames\b[^>]*>\s*<\/(?:\w+:)?definedNames>/.test(updated)) updated = "";
      this.workbookXml = this.workbookXml.replace(namesBlock, updated);
      namesBlock = updated;
    }
    const remaining = sheets.length - removed.size;
    this.workbookXml = this.workbookXml.replace(
      /(activeTab|firstSheet)="(\d+)"/g,
      (_whole, attribute: string, value: string) => {
        const index = Number(value);
        const shifted = index - indices.filter((removedIndex) => removedIndex < index).length;
        return `${attribute}="${Math.max(0, Math.min(shifted, remaining - 1))}"`;
      },
    );
  }

  /**
   * Deletes the calculation chain when it lists cells of a removed sheet (a user may have typed formulas
   * on a generated sheet): Excel reports a damaged file for a stale chain, and rebuilds a missing one.
   */
  private async dropStaleCalculationChain(removedSheetIds: Set<number | undefined>): Promise<void> {
    const relationship = this.workbookRelationships().find((item) => item.type.endsWith("/calcChain"));
    if (!relationship?.path) return;
    const chain = await this.readPart(relationship.path);
    if (chain === null) return;
    // Each <c> names its sheet with i="sheetId", or inherits the sheet of the entry before it.
    let sheetId: number | undefined;
    let stale = false;
    for (const match of chain.matchAll(/<(?:\w+:)?c\b([^>]*)\/?>/g)) {
      const id = /\bi="(\d+)"/.exec(match[1]);
      if (id) sheetId = Number(id[1]);
      if (removedSheetIds.has(sheetId)) {
        stale = true;
        break;
      }
    }
    if (!stale) return;
    this.removePart(relationship.path);
    this.workbookRelationshipsXml = this.workbookRelationshipsXml.replace(relationship.xml, "");
  }

  /**
   * Removes the candidate parts and, recursively, their relationship targets, keeping any part that a
   * remaining relationship still points at (Excel shares media between drawings).
   */
  private async removeUnreferenced(candidates: string[], force: boolean): Promise<void> {
    const queue = candidates.map((path) => ({ path, force }));
    const removed = new Set<string>();
    while (queue.length > 0) {
      const { path, force: forced } = queue.shift()!;
      if (removed.has(path) || !this.hasPart(path)) continue;
      if (!forced && (await this.isReferenced(path, removed))) continue;
      const relsPath = relationshipsPath(path);
      const rels = await this.readPart(relsPath);
      this.removePart(path);
      removed.add(path);
      if (rels !== null) {
        this.removePart(relsPath);
        removed.add(relsPath);
        for (const relationship of parseRelationships(rels, path)) {
          if (relationship.path) queue.push({ path: relationship.path, force: false });
        }
      }
    }
  }

  private async isReferenced(path: string, removed: Set<string>): Promise<boolean> {
    if (this.workbookRelationships().some((relationship) => relationship.path === path)) return true;
    for (const relsPath of this.partPaths().filter((item) => item.endsWith(".rels") && !removed.has(item))) {
      const owner = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
      const text =
        relsPath === relationshipsPath(this.workbookPath)
          ? this.workbookRelationshipsXml
          : await this.readPart(relsPath);
      if (text && parseRelationships(text, owner).some((relationship) => relationship.path === path))
        return true;
    }
    return false;
  }

  /** Relates the workbook part to `partPath` with a relationship of `type` under the next free id; returns the id. */
  addWorkbookRelationship(type: string, partPath: string): string {
    const id = nextRelationshipId(this.workbookRelationships());
    this.workbookRelationshipsXml = appendRelationship(
      this.workbookRelationshipsXml,
      id,
      type,
      relativeTarget(this.workbookPath, partPath),
    );
    return id;
  }

  /** Appends a <sheet> entry and its relationship; returns the new sheet's tab index. */
  addSheet(name: string, partPath: string): number {
    const prefix = this.relationshipPrefix();
    const sheets = this.sheets();
    const relationshipId = this.addWorkbookRelationship(relationshipTypes.worksheet, partPath);
    const sheetId = Math.max(0, largest(sheets.map((sheet) => sheet.sheetId || 0))) + 1;
    const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${relationshipId}"/>`;
    const sheetsPrefix = /<(\w+:)?sheets\b/.exec(this.workbookXml)?.[1] ?? "";
    const prefixedEntry = sheetsPrefix ? entry.replace(/^<sheet/, `<${sheetsPrefix}sheet`) : entry;
    if (new RegExp(`<${sheetsPrefix}sheets\\b[^>]*/>`).test(this.workbookXml)) {
      this.workbookXml = this.workbookXml.replace(
        new RegExp(`<${sheetsPrefix}sheets\\b([^>]*)/>`),
        `<${sheetsPrefix}sheets$1>${prefixedEntry}</${sheetsPrefix}sheets>`,
      );
    } else {
      this.workbookXml = this.workbookXml.replace(
        `</${sheetsPrefix}sheets>`,
        `${prefixedEntry}</${sheetsPrefix}sheets>`,
      );
    }
    return sheets.length;
  }

  /** Adds a defined name (text already a formula or constant). */
  addDefinedName(name: string, value: string, localSheetId: number, hidden: boolean): void {
    // Elements take the prefix the part uses for SpreadsheetML ("" normally, "x:" from some generators).
    const prefix = /<(\w+:)?sheets\b/.exec(this.workbookXml)?.[1] ?? "";
    const entry =
      `<${prefix}definedName name="${escapeXml(name)}" localSheetId="${localSheetId}"${hidden ? ' hidden="1"' : ""}>` +
      `${escapeXml(value)}</${prefix}definedName>`;
    const selfClosing = new RegExp(`<${prefix}definedNames\\b[^>]*/>`);
    if (selfClosing.test(this.workbookXml)) {
      this.workbookXml = this.workbookXml.replace(
        selfClosing,
        `<${prefix}definedNames>${entry}</${prefix}definedNames>`,
      );
      return;
    }
    if (this.workbookXml.includes(`</${prefix}definedNames>`)) {
      this.workbookXml = this.workbookXml.replace(
        `</${prefix}definedNames>`,
        `${entry}</${prefix}definedNames>`,
      );
      return;
    }
    const block = `<${prefix}definedNames>${entry}</${prefix}definedNames>`;
    // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr, oleSize …
    const later = [
      "calcPr",
      "oleSize",
      "customWorkbookViews",
      "pivotCaches",
      "smartTagPr",
      "smartTagTypes",
      "webPublishing",
      "fileRecoveryPr",
      "webPublishObjects",
      "extLst",
    ];
    for (const tag of later) {
      const match = new RegExp(`<${prefix}${tag}\\b`).exec(this.workbookXml);
      if (match) {
        this.workbookXml = `${this.workbookXml.slice(0, match.index)}${block}${this.workbookXml.slice(match.index)}`;
        return;
      }
    }
    this.workbookXml = this.workbookXml.replace(`</${prefix}workbook>`, `${block}</${prefix}workbook>`);
  }

  /**
   * Makes the package a file of `format`: the main part's content type becomes that kind's, and for an .xlsx
   * the VBA project goes (with its parts: an .xlsx cannot hold one, and Excel refuses a .xlsx whose main part
   * says macro-enabled). Throws HostWriteError "xlsx-cannot-hold-macro-sheets" when an .xlsx is asked of a
   * workbook with Excel 4 macro sheets, which are the user's sheets and are never dropped.
   */
  async setFormat(format: WorkbookFormat): Promise<void> {
    if (format === "xlsx") {
      const relationships = this.workbookRelationships();
      if (relationships.some((relationship) => macroSheetTypes.includes(relationship.type))) {
        throw new HostWriteError(hostMessage("xlsx-cannot-hold-macro-sheets"));
      }
      const projects = relationships.filter((relationship) => relationship.type === vbaProjectType);
      for (const project of projects) {
        this.workbookRelationshipsXml = this.workbookRelationshipsXml.replace(project.xml, "");
      }
      await this.removeUnreferenced(
        projects.flatMap((project) => (project.path ? [project.path] : [])),
        true,
      );
      this.dropUnusedDefault("application/vnd.ms-office.vbaProject");
    }
    const partName = escapeRegExp(escapeXml(`/${this.workbookPath}`));
    const override = new RegExp(`(<Override\\b[^>]*PartName="${partName}"[^>]*ContentType=")[^"]*(")`, "i");
    const reversed = new RegExp(`(<Override\\b[^>]*ContentType=")[^"]*("[^>]*PartName="${partName}")`, "i");
    const contentType = workbookContentTypes[format];
    if (override.test(this.contentTypesXml)) {
      this.contentTypesXml = this.contentTypesXml.replace(override, `$1${contentType}$2`);
    } else if (reversed.test(this.contentTypesXml)) {
      this.contentTypesXml = this.contentTypesXml.replace(reversed, `$1${contentType}$2`);
    } else {
      this.addContentTypeOverride(this.workbookPath, contentType);
    }
  }

  /** Removes the Default content type of that type when no part without an Override takes its extension. */
  private dropUnusedDefault(contentType: string): void {
    const entry = new RegExp(`<Default\\b[^>]*ContentType="${escapeRegExp(contentType)}"[^>]*/>`, "i").exec(
      this.contentTypesXml,
    )?.[0];
    const extension = entry && /\bExtension="([^"]*)"/i.exec(entry)?.[1]?.toLowerCase();
    if (!entry || !extension) return;
    const inUse = this.partPaths().some(
      (path) =>
        path.toLowerCase().endsWith(`.${extension}`) &&
        !this.contentTypesXml.includes(`PartName="/${escapeXml(path)}"`),
    );
    if (!inUse) this.contentTypesXml = this.contentTypesXml.replace(entry, "");
  }

  /** Adds a relationship from the package root (_rels/.rels) to a part, unless one of that type exists. */
  addRootRelationship(type: string, partPath: string): void {
    this.rootRelationshipsXml ??= emptyRelationshipsXml();
    const existing = parseRelationships(this.rootRelationshipsXml, "");
    if (existing.some((relationship) => relationship.type === type)) return;
    this.rootRelationshipsXml = appendRelationship(
      this.rootRelationshipsXml,
      nextRelationshipId(existing),
      type,
      partPath,
    );
    this.rootRelationshipsChanged = true;
  }

  /** Writes back the edited shared parts and returns the package bytes. */
  async save(date: Date): Promise<Uint8Array> {
    this.writePart(this.workbookPath, this.workbookXml, date);
    this.writePart(relationshipsPath(this.workbookPath), this.workbookRelationshipsXml, date);
    this.writePart("[Content_Types].xml", this.contentTypesXml, date);
    if (this.rootRelationshipsChanged && this.rootRelationshipsXml)
      this.writePart("_rels/.rels", this.rootRelationshipsXml, date);
    return this.store.save();
  }
}

/**
 * Rewrites a Strict Open XML package's XML parts with the transitional names (transitionalXml), so the parts
 * Koers adds and the user's parts speak one vocabulary and the result is an ordinary .xlsx. Parts without
 * strict names keep their bytes; rewritten parts keep their place and date.
 */
async function makeTransitional(store: PackageStore): Promise<void> {
  for (const path of store.paths()) {
    if (!/\.(?:xml|rels|vml)$/i.test(path)) continue;
    const text = await readText(store, path);
    if (text === null) continue;
    const transitional = transitionalXml(text);
    if (transitional !== text) store.write(path, utf8(transitional), new Date(0));
  }
}

async function readText(store: PackageStore, path: string): Promise<string | null> {
  const content = await store.read(path);
  return content === null ? null : fromUtf8(content);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
