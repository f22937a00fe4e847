import { cellAddress } from "../address";
import type { Dataset } from "../datasets";
import type { PrivacyHit } from "../report";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { ColumnMemo } from "./columnMemo";
import { isPersonHeader, maskedPersonNames } from "./personNames";
import { maskBsn, mentionsBsn, passesElevenProof, scanText, type PrivacyKind } from "./textPatterns";
import { appendAll } from "../collections";

/** Rows (1-based, inclusive) of a column known to hold people, e.g. the owner column of an activity list. */
export interface PersonColumn {
  column: number;
  firstRow: number;
  lastRow: number;
}

export interface GridScanOptions {
  /** Displayed texts, when they differ from the values (a BSN kept with its leading zero by a "000000000" format). */
  texts?: readonly (readonly string[])[];
  /** Columns that hold people whatever their header says. */
  personColumns?: readonly PersonColumn[];
}

/**
 * Scans every cell of every user sheet, hidden ones included, for personal data (docs/domain.md "Privacy").
 * Owner columns of detected activity lists count as person columns. One hit per cell and kind; the hit
 * holds a masked value only. Never throws.
 * NOTE: sheets Koers generated are skipped: they repeat the user's data (a hit there is already reported
 * at its source cell) and are regenerated on every run. The griffie copy is checked with scanGrid.
 */
export function scanPrivacy(workbook: WorkbookSnapshot, datasets: Dataset[]): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.generated) continue;
    const personColumns: PersonColumn[] = [];
    for (const dataset of datasets) {
      if (dataset.kind !== "activities" || dataset.sheet !== sheet.name) continue;
      const owner = dataset.columns.owner;
      if (owner)
        personColumns.push({
          column: owner.column,
          firstRow: dataset.headerRow + 1,
          lastRow: dataset.lastRow,
        });
    }
    appendAll(hits, scanGrid(sheet.name, sheet.values, { texts: sheet.texts, personColumns }));
  }
  return hits;
}

/**
 * Scans a grid of cells (row 0 = sheet row 1) for personal data, so that any sheet — also a generated
 * sheet of the griffie copy — can be checked cell by cell.
 *
 * BSN: a 9-digit number passing the 11-proof, only where a BSN keyword (bsn, burgerservicenummer,
 * sofinummer) heads its column, labels its row to the left, or stands in the same cell, or in a person
 * column. In a BSN keyword column also 8 digits count, read with the leading zero Excel drops from a
 * number ("12345672" → "012345672"); not in a person column, where 8 digits are too often something else.
 * Person names: values that read as a person's name in columns headed trekker, contactpersoon, eigenaar,
 * verantwoordelijke, naam … (the cell below such a header, or right of it as a label).
 */
export function scanGrid(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  options: GridScanOptions = {},
): PrivacyHit[] {
  const context = findContext(values);
  for (const person of options.personColumns ?? []) {
    const current = context.personColumnFrom.get(person.column);
    if (current === undefined || person.firstRow - 1 < current)
      context.personColumnFrom.set(person.column, person.firstRow - 1);
  }
  const personRows = personRowsByColumn(options.personColumns ?? []);
  const hits: PrivacyHit[] = [];
  // NOTE: one map, cleared per cell: a workbook has hundreds of thousands of cells and few hits.
  const found = new Map<PrivacyKind, string>();
  // NOTE: activity lists repeat the same few texts (owners, statuses, plannings, notes) down a column:
  // what a text holds is computed once per column, context and text, not once per cell.
  const memo = new ColumnMemo<readonly (readonly [PrivacyKind, string])[]>();
  const scanTextIn = [false, true].flatMap((bsnContext) =>
    [false, true].map((personContext) => (text: string) => {
      found.clear();
      scanCell(found, text, undefined, bsnContext, personContext);
      return found.size === 0 ? noItems : [...found];
    }),
  );
  const bsnFromByColumn = columnTable(context.bsnColumnFrom);
  const personFromByColumn = columnTable(context.personColumnFrom);
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const rowValues = values[rowIndex];
    if (!rowValues) continue;
    const row = rowIndex + 1;
    const bsnFromColumn = context.bsnRowFrom.get(row);
    const labelled = context.personLabelRight.get(row);
    for (let columnIndex = 0; columnIndex < rowValues.length; columnIndex++) {
      const value = rowValues[columnIndex];
      const isText = typeof value === "string";
      // Only positive whole numbers can be a BSN; other numbers, booleans, errors and blanks hold nothing.
      if (!isText && !(typeof value === "number" && value > 0 && Number.isInteger(value))) continue;
      const column = columnIndex + 1;
      const bsnFromRow = bsnFromByColumn[column];
      const personFromRow = personFromByColumn[column];
      const bsnContext =
        (bsnFromRow !== undefined && bsnFromRow < row) ||
        (bsnFromColumn !== undefined && bsnFromColumn < column);
      const personContext =
        (personFromRow !== undefined && personFromRow < row) ||
        (labelled?.has(column) ?? false) ||
        inPersonRows(personRows.get(column), row);
      let items: readonly (readonly [PrivacyKind, string])[] = noItems;
      if (isText) {
        const contextIndex = (bsnContext ? 2 : 0) + (personContext ? 1 : 0);
        items = memo.get(column * 4 + contextIndex, value, scanTextIn[contextIndex]);
      } else {
        found.clear();
        scanCell(found, value as number, options.texts?.[rowIndex]?.[columnIndex], bsnContext, personContext);
        if (found.size > 0) items = [...found];
      }
      for (const [kind, masked] of items) hits.push({ kind, sheet, cell: cellAddress(row, column), masked });
    }
  }
  return hits;
}

/** A column → row map as an array indexed by column, for lookups in the per-cell loop. */
function columnTable(byColumn: ReadonlyMap<number, number>): (number | undefined)[] {
  const table: (number | undefined)[] = [];
  for (const [column, row] of byColumn) table[column] = row;
  return table;
}

const noItems: readonly (readonly [PrivacyKind, string])[] = [];

/** The person columns' row ranges per column, so a cell looks up its own column only. */
function personRowsByColumn(personColumns: readonly PersonColumn[]): Map<number, PersonColumn[]> {
  const byColumn = new Map<number, PersonColumn[]>();
  for (const person of personColumns) {
    const list = byColumn.get(person.column);
    if (list) list.push(person);
    else byColumn.set(person.column, [person]);
  }
  return byColumn;
}

function inPersonRows(ranges: readonly PersonColumn[] | undefined, row: number): boolean {
  if (ranges === undefined) return false;
  for (const person of ranges) if (row >= person.firstRow && row <= person.lastRow) return true;
  return false;
}

/** Adds to `found` the masked items in one cell, the first of each kind. */
function scanCell(
  found: Map<PrivacyKind, string>,
  value: string | number,
  displayed: string | undefined,
  bsnContext: boolean,
  personContext: boolean,
): void {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value <= 0) return;
    const digits = String(value);
    const padded = digits.length === 8 && bsnContext ? `0${digits}` : digits;
    if ((bsnContext || personContext) && passesElevenProof(padded)) found.set("bsn", maskBsn(padded));
    else if (displayed && displayed !== digits) addMatches(found, displayed, bsnContext || personContext);
    return;
  }
  if (typeof value !== "string") return;
  const trimmed = value.trim();
  if (personContext) {
    const masked = maskedPersonNames(value);
    if (masked !== null) found.set("person-name", masked);
  }
  if (bsnContext && /^\d{8}$/.test(trimmed) && passesElevenProof(`0${trimmed}`))
    found.set("bsn", maskBsn(`0${trimmed}`));
  addMatches(found, value, bsnContext || personContext || mentionsBsn(value));
}

function addMatches(found: Map<PrivacyKind, string>, text: string, bsnContext: boolean): void {
  for (const match of scanText(text, { bsnContext }))
    if (!found.has(match.kind)) found.set(match.kind, match.masked);
}

interface GridContext {
  /** Column → row of the first BSN keyword cell in it (0 = none); cells below it are in context. */
  bsnColumnFrom: Map<number, number>;
  /** Row → column of the first BSN keyword cell in it; cells right of it are in context. */
  bsnRowFrom: Map<number, number>;
  /** Column → row of the first person header in it. */
  personColumnFrom: Map<number, number>;
  /** Row → columns right of a person label ("Contactpersoon:" | "J. de Vries"). */
  personLabelRight: Map<number, Set<number>>;
}

/** One pass over the grid for keyword and header cells. Only short texts can be headers or labels. */
function findContext(values: readonly (readonly CellValue[])[]): GridContext {
  const context: GridContext = {
    bsnColumnFrom: new Map(),
    bsnRowFrom: new Map(),
    personColumnFrom: new Map(),
    personLabelRight: new Map(),
  };
  // NOTE: a text repeated down a column is classified once (bit 1: names a BSN, bit 2: a person header).
  const roles = new ColumnMemo<number>();
  values.forEach((rowValues, rowIndex) => {
    const row = rowIndex + 1;
    rowValues?.forEach((value, columnIndex) => {
      if (typeof value !== "string" || value.length > 60) return;
      const role = roles.get(columnIndex, value, textRole);
      if (role === 0) return;
      const column = columnIndex + 1;
      if (role & 1) {
        if (!context.bsnColumnFrom.has(column)) context.bsnColumnFrom.set(column, row);
        if (!context.bsnRowFrom.has(row)) context.bsnRowFrom.set(row, column);
      }
      if (!(role & 2)) return;
      // "Contactpersoon:" labels the cell to its right; a header without colon heads the cells below it,
      // and labels its right neighbour too when nothing stands below it.
      const isLabel = /:\s*$/.test(value);
      if (!isLabel && !context.personColumnFrom.has(column)) context.personColumnFrom.set(column, row);
      if (isLabel || isBlankValue(values[rowIndex + 1]?.[columnIndex])) {
        const right = context.personLabelRight.get(row) ?? new Set<number>();
        right.add(column + 1);
        context.personLabelRight.set(row, right);
      }
    });
  });
  return context;
}

/** Bit 1: the text names a BSN; bit 2: it is a person header or label. */
function textRole(text: string): number {
  // NOTE: the pattern only where the last character is one it strips: it scans every position otherwise.
  const header = /[:\s]/.test(text.charAt(text.length - 1)) ? text.replace(/[:\s]+$/, "") : text;
  return (mentionsBsn(text) ? 1 : 0) | (isPersonHeader(header) ? 2 : 0);
}

function isBlankValue(value: CellValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** A hit in a named text outside the cells: a document property or a sheet name. */
export interface LabelHit {
  /** The caller's name for the text, e.g. "title", "author", "sheet 2". */
  label: string;
  kind: PrivacyKind;
  masked: string;
}

/**
 * Scans named texts — document properties (title, subject, author, keywords, comments) and sheet names —
 * so that the griffie copy can be checked beyond its cells. Properties named author/creator/
 * lastModifiedBy/manager are person fields: a name there counts. Never throws.
 */
export function scanLabels(labels: Readonly<Record<string, string | null | undefined>>): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const [label, text] of Object.entries(labels)) {
    if (typeof text !== "string" || text.trim() === "") continue;
    const personField = /author|creator|lastmodifiedby|manager|owner|auteur|maker/i.test(label);
    const found = new Map<PrivacyKind, string>();
    scanCell(found, text, undefined, mentionsBsn(label), personField);
    for (const [kind, masked] of found) hits.push({ label, kind, masked });
  }
  return hits;
}

/** What a re-scan of a copy to share finds: hits in cells, and in sheet names and document properties. */
export interface CopyScan {
  cells: PrivacyHit[];
  labels: LabelHit[];
}

/**
 * Re-scans a copy meant for sharing (the griffie copy) cell by cell — generated sheets included, as the
 * copy consists of them — together with its sheet names (labelled "sheet 1", "sheet 2" …) and document
 * properties. An empty result means nothing Koers can recognise as personal data is left.
 */
export function scanWorkbookCopy(
  workbook: WorkbookSnapshot,
  properties: Readonly<Record<string, string | null | undefined>> = {},
): CopyScan {
  const cells = workbook.sheets.flatMap((sheet) =>
    scanGrid(sheet.name, sheet.values, { texts: sheet.texts }),
  );
  const sheetNames = Object.fromEntries(
    workbook.sheets.map((sheet, index) => [`sheet ${index + 1}`, sheet.name]),
  );
  return { cells, labels: [...scanLabels(properties), ...scanLabels(sheetNames)] };
}
