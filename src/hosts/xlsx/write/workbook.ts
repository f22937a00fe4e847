import {
  largest,
  generatedMarker,
  type GenerationRecord,
  generationRecordKey,
  HostWriteError,
  hostMessage,
  markerValue,
  planGenerationRecord,
  planInDateSystem,
  serializeGenerationRecord,
  type PlannedSheet,
  quoteSheetName,
  redactReportPlan,
  type ReportPlan,
} from "../../../core";
import {
  chartContentType,
  chartRelationshipType,
  chartXml,
  drawingContentType,
  drawingRelationshipType,
  drawingXml,
  type PlacedChart,
} from "./chartParts";
import {
  coreProperties,
  customProperties,
  extendedProperties,
  withWorksheetTitles,
} from "./documentProperties";
import { customPropertiesPath, ownershipOf } from "../package/generatedSheets";
import { loadJszip, type OpenPackageStore } from "../package/parts";
import { worksheetXmlChunks, type SheetWriteOptions } from "./sheetXml";
import { minimalStylesXml, StyleSheetMerger } from "./styles";
import {
  stylesContentType,
  type WorkbookFormat,
  WorkbookPackage,
  worksheetContentType,
} from "../package/workbookPackage";
import {
  appendRelationship,
  emptyRelationshipsXml,
  parseRelationships,
  relationshipsPath,
  relationshipTypes,
  relativeTarget,
  targetOfType,
} from "../package/relationships";
import { escapeXml, xmlDeclaration } from "../package/xml";

/**
 * The xlsx host's writer: a ReportPlan into cells of a file. Browser-safe (no Node APIs): it takes and
 * returns bytes, so the CLI and the task pane's preview share it.
 */

/** How a writer opens packages: JSZip unless the caller brings a faster store (the CLI's zlib one). */
export interface WriteOptions {
  openStore?: OpenPackageStore;
  /**
   * The kind of file the result is saved as (its extension): the main part's content type follows it, and an
   * .xlsx drops a macro-enabled workbook's VBA project (WorkbookPackage.setFormat). Unset: as the input is.
   */
  format?: WorkbookFormat;
}

/** What a write produced, for report.json's `output`. */
export interface WriteSummary {
  sheets: string[];
  charts: number;
}

/**
 * Adds the plan's sheets to the user's workbook at package level and returns the new file. Sheets Koers
 * generated before (marked by the hidden sheet-scoped name "KoersGenerated") are removed with their
 * parts first; every other part keeps its exact bytes, so the user's charts, pivot tables, images,
 * comments, data validation and names survive. Generated sheets are appended after the user's.
 * Throws HostWriteError when the bytes are not a workbook or a planned name belongs to a user's sheet.
 */
export async function writeReportIntoWorkbook(
  original: Uint8Array | ArrayBuffer,
  given: ReportPlan,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const workbook = await WorkbookPackage.open(original, options.openStore);
  if (options.format) await workbook.setFormat(options.format);
  // The plan's dates are 1900-system serials; a 1904-system workbook needs its own (core's dateSystem).
  const plan = planInDateSystem(given, workbook.usesDate1904());
  const ownership = await ownershipOf((path) => workbook.readPart(path), workbook.workbookXml);
  const previousSheetNames = workbook.sheets().map((sheet) => sheet.name);
  await workbook.removeSheets(ownership.owned);
  const userSheets = new Set(workbook.sheets().map((sheet) => sheet.name.toLowerCase()));
  for (const sheet of plan.sheets) {
    if (userSheets.has(sheet.name.toLowerCase())) {
      throw new HostWriteError(hostMessage("user-sheet-in-the-way", { sheet: sheet.name }));
    }
  }
  const linkTargets = new Set(workbook.sheets().map((sheet) => sheet.name));
  // NOTE: the id is deterministic, so regenerating the same report gives the same bytes.
  const record = planGenerationRecord(plan, workbook.sheets().length);
  // The record goes in before the sheets, so its part keeps its place in the zip on every regeneration.
  await writeGenerationRecord(workbook, record, fixedDate(plan));
  await addPlannedSheets(workbook, plan, {
    marker: markerValue(record.id),
    sheetOptions: () => ({ linkTargets }),
  });
  await listSheetsInAppProperties(workbook, previousSheetNames, plan, fixedDate(plan));
  return workbook.save(fixedDate(plan));
}

/** docProps/app.xml names every sheet of the written workbook, the ones Koers added too (when the file has one). */
async function listSheetsInAppProperties(
  workbook: WorkbookPackage,
  previousSheetNames: string[],
  plan: ReportPlan,
  date: Date,
): Promise<void> {
  const rels = await workbook.readPart("_rels/.rels");
  const path = rels ? targetOfType(parseRelationships(rels, ""), relationshipTypes.extendedProperties) : null;
  if (!path) return;
  const xml = await workbook.readPart(path);
  if (xml === null) return;
  const updated = withWorksheetTitles(
    xml,
    previousSheetNames,
    workbook.sheets().map((sheet) => sheet.name),
    plan.language,
  );
  if (updated !== xml) workbook.writePart(path, updated, date);
}

/**
 * A new workbook for the council's griffie: only the generated sheets, as values (no formulas, links,
 * hidden sheets, comments or names pointing elsewhere), personal data redacted, document properties
 * set (organisation as author, never a person); the plan gives the status in every printed header.
 */
export async function writeGriffieWorkbook(
  given: ReportPlan,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  // NOTE: core's one redaction step, also over a plan made for the user's workbook (a griffie plan from
  // buildReportPlan is redacted already; redacting again changes nothing).
  const plan = redactReportPlan(given);
  const date = fixedDate(plan);
  const zip = new (await loadJszip())();
  const add = (path: string, text: string) => zip.file(path, text, { date });
  add(
    "[Content_Types].xml",
    xmlDeclaration +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="${stylesContentType}"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
      "</Types>",
  );
  add(
    "_rels/.rels",
    xmlDeclaration +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${relationshipTypes.officeDocument}" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' +
      "</Relationships>",
  );
  add("docProps/core.xml", coreProperties(plan.properties, plan.language));
  add(
    "docProps/app.xml",
    extendedProperties(
      plan.properties,
      plan.sheets.map((sheet) => sheet.name),
      plan.language,
    ),
  );
  add("docProps/custom.xml", customProperties(plan.properties));
  const activeIndex = Math.max(
    0,
    plan.sheets.findIndex((sheet) => sheet.name === plan.activeSheet),
  );
  add(
    "xl/workbook.xml",
    xmlDeclaration +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<bookViews><workbookView activeTab="${activeIndex}"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    appendRelationship(emptyRelationshipsXml(), "rId1", relationshipTypes.styles, "styles.xml"),
  );
  add("xl/styles.xml", minimalStylesXml());
  const base = await zip.generateAsync({ type: "uint8array" });

  const workbook = await WorkbookPackage.open(base, options.openStore);
  await addPlannedSheets(workbook, plan, {
    marker: null,
    sheetOptions: (sheet, index) => ({
      linkTargets: null,
      selected: index === activeIndex,
    }),
  });
  return workbook.save(date);
}

interface AddOptions {
  /** The value of each sheet's hidden KoersGenerated name; null: no marker (griffie copy: no stray names). */
  marker: string | null;
  sheetOptions: (sheet: PlannedSheet, index: number) => Omit<SheetWriteOptions, "drawingRelationshipId">;
}

async function addPlannedSheets(
  workbook: WorkbookPackage,
  plan: ReportPlan,
  options: AddOptions,
): Promise<WriteSummary> {
  const date = fixedDate(plan);
  const stylesPath = await ensureStylesPart(workbook, date);
  const styles = new StyleSheetMerger((await workbook.readPart(stylesPath))!);
  const reserved = new Set<string>();
  let charts = 0;
  for (const [index, sheet] of plan.sheets.entries()) {
    const sheetPath = workbook.nextPartPath("xl/worksheets", "sheet", reserved);
    reserved.add(sheetPath);
    let drawingRelationshipId: string | undefined;
    if (sheet.charts.length > 0) {
      const drawingPath = workbook.nextPartPath("xl/drawings", "drawing", reserved);
      reserved.add(drawingPath);
      const placed: PlacedChart[] = [];
      let drawingRelationships = emptyRelationshipsXml();
      sheet.charts.forEach((chart, chartIndex) => {
        const chartPath = workbook.nextPartPath("xl/charts", "chart", reserved);
        reserved.add(chartPath);
        const relationshipId = `rId${chartIndex + 1}`;
        drawingRelationships = appendRelationship(
          drawingRelationships,
          relationshipId,
          chartRelationshipType,
          relativeTarget(drawingPath, chartPath),
        );
        workbook.writePart(chartPath, chartXml(chart, plan.language), date);
        workbook.addContentTypeOverride(chartPath, chartContentType);
        placed.push({ chart, relationshipId });
        charts++;
      });
      workbook.writePart(drawingPath, drawingXml(placed), date);
      workbook.writePart(relationshipsPath(drawingPath), drawingRelationships, date);
      workbook.addContentTypeOverride(drawingPath, drawingContentType);
      drawingRelationshipId = "rId1";
      workbook.writePart(
        relationshipsPath(sheetPath),
        appendRelationship(
          emptyRelationshipsXml(),
          drawingRelationshipId,
          drawingRelationshipType,
          relativeTarget(sheetPath, drawingPath),
        ),
        date,
      );
    }
    await workbook.writePartChunks(
      sheetPath,
      worksheetXmlChunks(sheet, styles, { ...options.sheetOptions(sheet, index), drawingRelationshipId }),
      date,
    );
    workbook.addContentTypeOverride(sheetPath, worksheetContentType);
    const tabIndex = workbook.addSheet(sheet.name, sheetPath);
    if (options.marker !== null) workbook.addDefinedName(generatedMarker, options.marker, tabIndex, true);
    if (sheet.autoFilter) {
      const [from, to] = sheet.autoFilter
        .split(":")
        .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"));
      workbook.addDefinedName(
        "_xlnm._FilterDatabase",
        `${quoteSheetName(sheet.name)}!${from}${to ? `:${to}` : ""}`,
        tabIndex,
        true,
      );
    }
    const titles = [
      ...(sheet.print.printTitleColumns ? [sheet.print.printTitleColumns] : []),
      ...(sheet.print.printTitleRows ? [sheet.print.printTitleRows] : []),
    ].map((range) => {
      const [first, last] = range.split(":");
      return `${quoteSheetName(sheet.name)}!$${first}:$${last ?? first}`;
    });
    if (titles.length > 0) workbook.addDefinedName("_xlnm.Print_Titles", titles.join(","), tabIndex, false);
  }
  workbook.writePart(stylesPath, styles.toXml(), date);
  return { sheets: plan.sheets.map((sheet) => sheet.name), charts };
}

const customPropertiesContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const propertyFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/**
 * Stores the generation record as the custom document property `KoersGeneration`, replacing an earlier one
 * and keeping the user's own properties as they are; adds docProps/custom.xml when the package has none.
 */
async function writeGenerationRecord(
  workbook: WorkbookPackage,
  record: GenerationRecord,
  date: Date,
): Promise<void> {
  const read = (path: string) => workbook.readPart(path);
  const path = await customPropertiesPath(read);
  const existing = workbook.hasPart(path) ? await workbook.readPart(path) : null;
  let xml =
    existing ??
    xmlDeclaration +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>';
  const prefix = /<(\w+:)?Properties\b/.exec(xml)?.[1] ?? "";
  const valuePrefix =
    /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/docPropsVTypes"/.exec(
      xml,
    )?.[1];
  if (!valuePrefix) {
    xml = xml.replace(
      /<((?:\w+:)?Properties)\b/,
      '<$1 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"',
    );
  }
  const vt = valuePrefix ?? "vt";
  xml = xml.replace(
    new RegExp(
      `<(?:\\w+:)?property\\b[^>]*\\bname="${generationRecordKey}"[^>]*>[\\s\\S]*?<\\/(?:\\w+:)?property>`,
      "g",
    ),
    "",
  );
  const pids = [...xml.matchAll(/\bpid="(\d+)"/g)].map((match) => Number(match[1]));
  const pid = Math.max(1, largest(pids)) + 1;
  const property =
    `<${prefix}property fmtid="${propertyFormatId}" pid="${pid}" name="${generationRecordKey}">` +
    `<${vt}:lpwstr>${escapeXml(serializeGenerationRecord(record))}</${vt}:lpwstr></${prefix}property>`;
  xml = /<(?:\w+:)?Properties\b[^>]*\/>/.test(xml)
    ? xml.replace(/<((?:\w+:)?Properties)\b([^>]*)\/>/, `<$1$2>${property}</$1>`)
    : xml.replace(new RegExp(`</${prefix}Properties>`), `${property}</${prefix}Properties>`);
  workbook.writePart(path, xml, date);
  if (existing === null) {
    workbook.addContentTypeOverride(path, customPropertiesContentType);
    workbook.addRootRelationship(relationshipTypes.customProperties, path);
  }
}

/** Path of the workbook's styles part; adds a minimal one (with its relationship) when there is none. */
export async function ensureStylesPart(workbook: WorkbookPackage, date: Date): Promise<string> {
  const existing = workbook
    .workbookRelationships()
    .find((relationship) => relationship.type === relationshipTypes.styles);
  if (existing?.path && workbook.hasPart(existing.path)) return existing.path;
  const path = "xl/styles.xml";
  workbook.writePart(path, minimalStylesXml(), date);
  workbook.addContentTypeOverride(path, stylesContentType);
  if (!existing) workbook.addWorkbookRelationship(relationshipTypes.styles, path);
  return path;
}

/** Parts Koers writes carry the report date (noon UTC), so two runs give the same bytes. */
function fixedDate(plan: ReportPlan): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(plan.properties.reportDate);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
}
