/**
 * Datasets: what detection finds in a WorkbookSnapshot (docs/contracts.md "The one flow").
 * Rows and columns are 1-based sheet coordinates so that every value can point back at its source cell.
 */

/** Normalised activity status (docs/domain.md "Status"). */
export type StatusKey = "done" | "onTrack" | "delayed" | "notStarted" | "unknown";

export const statusKeys: readonly StatusKey[] = ["done", "onTrack", "delayed", "notStarted", "unknown"];

/** Fields of an activity list a column can map to. */
export type ActivityField = "id" | "name" | "group" | "owner" | "partners" | "planning" | "status" | "note";

export const activityFields: readonly ActivityField[] = [
  "id",
  "name",
  "group",
  "owner",
  "partners",
  "planning",
  "status",
  "note",
];

/** Fields of a long (CBS StatLine) figures table. */
export type FigureField = "category" | "period" | "region" | "value" | "unit" | "target";

/**
 * A parsed planning cell. `end` is the last day the planning allows (ISO yyyy-mm-dd): "Q2 2025" →
 * 2025-06-30, "eind 2025" → 2025-12-31, "Q4 2019 / Q1 2020" → 2020-03-31; null for "doorlopend".
 */
/** NOTE: read-only: activities with the same planning text share one parsed Planning (parsePlanningText). */
export interface Planning {
  readonly kind: "date" | "quarter" | "year" | "endOfYear" | "range" | "ongoing";
  readonly start: string | null;
  readonly end: string | null;
  readonly text: string;
}

export interface MappedColumn {
  /** 1-based column number. */
  column: number;
  header: string;
}

export interface Activity {
  /** 1-based sheet row. */
  row: number;
  id: string | null;
  name: string;
  /** Priority / theme, from its column or from the section row above. */
  group: string | null;
  owner: string | null;
  partners: string | null;
  planning: Planning | null;
  planningText: string | null;
  status: StatusKey;
  /** The status as typed, or the fill colour name when the status came from a traffic-light fill. */
  statusText: string | null;
  /** How the status was found. */
  statusSource: "text" | "fill" | "none";
  note: string | null;
}

/** How sure detection is, and why, in words a person can read. */
export interface Detection {
  /** 0..1 */
  confidence: number;
  /** Structured so the pane and the report can render it in either language. */
  explanation: DetectionExplanation;
}

export interface DetectionExplanation {
  sheet: string;
  headerRow: number;
  /** Header text → field, in column order. */
  columns: { header: string; field: string; column: number }[];
  /**
   * Extra remarks as stable codes ("section-rows:5", "footnote:29"): `formatNote` of each of `details`.
   * Kept for machine readers; the pane and the report render `details`.
   */
  notes: string[];
  /** The same remarks, typed (see DetectionNote); absent on hand-built datasets. */
  details?: DetectionNote[];
}

/**
 * A remark detection makes about a table, with its parameters (read/explain.ts renders it; read/notes.ts
 * gives its stable code). Add a remark here, in `formatNote`/`parseNote` and in explain.ts's templates.
 */
export type DetectionNote =
  | {
      code: "title-above" | "two-row-header" | "manual-mapping" | "periods-as-rows" | "flattened-header";
    }
  | {
      code:
        | "section-rows"
        | "group-filled-down"
        | "region-filled-down"
        | "status-from-fill"
        | "blank-rows"
        | "subheadings"
        | "regions"
        | "skipped-rows"
        | "duplicate-periods"
        | "sheets-combined";
      count: number;
    }
  | { code: "footnote" | "unit-row"; row: number }
  | { code: "units"; units: FigureUnit[] }
  | { code: "provisional"; years: number[] };

/** The remark codes of DetectionNote. */
export type DetectionNoteCode = DetectionNote["code"];

export interface ActivityDataset extends Detection {
  kind: "activities";
  sheet: string;
  headerRow: number;
  /** First and last data row (1-based, inclusive). */
  firstRow: number;
  lastRow: number;
  columns: Partial<Record<ActivityField, MappedColumn>>;
  activities: Activity[];
}

/**
 * What a figure measures: a count, a rate per 1,000 / 10,000 / 100,000 inhabitants, a percentage, a report
 * mark ("rapportcijfer", 1–10: a score, never a count) or another survey score (a scale score).
 */
export type FigureUnit = "count" | "per1000" | "per10000" | "per100000" | "percent" | "mark" | "score";

/** One category (× region) over the years of its table. */
export interface FigureSeries {
  category: string;
  region: string | null;
  unit: FigureUnit;
  /** One entry per year of the table; null where missing or a CBS symbol (".", "x", "-" is 0). */
  values: (number | null)[];
  /** A1 address of each value's cell (null when the table has no cell for it). */
  cells: (string | null)[];
  /** The CBS symbol or unparsable text of each value, null when it was a plain number. */
  symbols: (string | null)[];
  /** 1-based sheet row of the category (wide layout) or of its first value (long layout). */
  row: number;
  /** Optional target, e.g. from a target column: "-10% vs 2022". */
  targetText: string | null;
  /**
   * True when the region is a pseudo-region ("Niet in te delen", "Onbekend", "Buitenland", "Overig",
   * "Niet-gemeentelijk ingedeeld"; read/regions.ts): kept in the table, never the lead of a headline.
   */
  pseudoRegion?: boolean;
  /**
   * The measure column (or header subject) the series was read from when the table gives a category more
   * than one measure: a rate beside the count ("Per 1.000 inwoners", "Violent crime rate",
   * "Geregistreerde misdrijven per 1000 inwoners"). Its unit is the one the table declares for that
   * column, so it is no row of another unit mixed among counts. Absent for a table's one value column.
   */
  measure?: string;
  /**
   * Survey tables only (FiguresDataset.survey): the 95% margin of each value in the value's unit
   * (percentage points for a percentage, points for a mark), aligned with `values`; null where the table
   * gives none. From a "marge"/"±" column, half the width between "ondergrens" and "bovengrens", or for a
   * percentage from a respondents count n: 1.96 · √(p(1 − p)/n).
   */
  margins?: (number | null)[];
}

export interface FiguresDataset extends Detection {
  kind: "figures";
  sheet: string;
  layout: "wide" | "long";
  headerRow: number;
  years: number[];
  /** Years marked provisional ("2024*") in the header or the period column. */
  provisionalYears: number[];
  series: FigureSeries[];
  /**
   * Inhabitants per region and year, from a population column of the table (aligned with `years`): the
   * denominator of rates per 1,000 when the settings give none. Absent when the table has none.
   */
  population?: { region: string | null; values: (number | null)[] }[];
  /**
   * Years that hold fewer months or quarters than a whole year (a table of months added up to years,
   * whose last year has run only to May): analysis must not compare them with a whole year. Absent
   * when every year is whole.
   */
  incompleteYears?: number[];
  /** The grain the table gave its figures in, when finer than years (they are added up to years). */
  periodGrain?: "quarter" | "month";
  /**
   * The sheets a table of one sheet per period was read from, in period order (`sheet` is the first;
   * series cells point into it only). Absent for a table on one sheet.
   */
  sheets?: string[];
  /**
   * True for a survey table (Veiligheidsmonitor: what residents say, estimates with a margin) rather than
   * registered figures: read by detectors/survey.ts, analysed by analyze/survey.ts (changes in points,
   * significance from the margins), never by the count tests. Absent for registered figures.
   */
  survey?: true;
}

export type Dataset = ActivityDataset | FiguresDataset;
