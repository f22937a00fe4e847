import type { Finding } from "./findings/finding";
import type { FigureUnit, StatusKey } from "./datasets";
import type { Language } from "./i18n/language";

/**
 * report.json, schema version 1 (DESIGN.md "Contracts"). The pane shows the same object.
 * Fields beyond DESIGN.md's sketch are additions; none of its fields is renamed.
 */
export type StatusCounts = Record<StatusKey, number>;

export type Rag = "green" | "amber" | "red";

export interface GroupProgress {
  name: string;
  total: number;
  byStatus: StatusCounts;
  onTrackPct: number | null;
  rag: Rag | null;
}

export interface ActivityReference {
  id: string | null;
  name: string;
  group?: string | null;
  sheet?: string;
  cell?: string;
}

export interface OverdueActivity extends ActivityReference {
  plannedEnd: string;
  planningText: string | null;
  status: StatusKey;
}

export interface ActivityChanges {
  statusChanged: (ActivityReference & { from: StatusKey; to: StatusKey })[];
  added: ActivityReference[];
  removed: ActivityReference[];
}

export interface ActivitiesReport {
  total: number;
  byStatus: StatusCounts;
  onTrackPct: number | null;
  overdue: number;
  overdueList: OverdueActivity[];
  groups: GroupProgress[];
  changes: ActivityChanges | null;
  sheets: string[];
}

export type Direction = "up" | "down" | "flat";
export type Polarity = "lowerIsBetter" | "higherIsBetter";

export interface TrendTest {
  /** Sen's slope per year; null with fewer than 2 values. */
  senSlope: number | null;
  /** Mann–Kendall two-sided p-value; null when the series is too short. */
  mannKendallP: number | null;
  significant: boolean | null;
  /** True when there are too few years for Mann–Kendall to mean anything (fewer than 4). */
  tooShort: boolean;
}

export interface TargetResult {
  description: string;
  /** Base year of a change target; null for a limit ("max 100"). */
  baseYear: number | null;
  /** Asked change vs the base year in %; null for a limit ("max 100"). */
  changePct: number | null;
  status: "met" | "notMet" | "onTheWay" | null;
  /** "change": ±x% vs a base year; "maximum"/"minimum": a limit on the value itself. */
  kind?: "change" | "maximum" | "minimum";
  /** The value that meets the target: base × (1 + changePct/100), or the limit. */
  targetValue?: number | null;
  /** Year assessed: the last year with a value after the base year. */
  year?: number | null;
  /** Actual change from the base year to `year` in % (change targets). */
  actualChangePct?: number | null;
}

/**
 * Place of a series in its table: a leaf can be added up; a subtotal is the sum of other rows
 * (subtotalOf); a total is a grand total ("Criminaliteit totaal") of a wider set than the listed rows.
 */
export type SeriesRole = "leaf" | "subtotal" | "total";

export interface SeriesReport {
  category: string;
  region: string | null;
  unit: FigureUnit;
  values: (number | null)[];
  lastChangePct: number | null;
  lastChange: number | null;
  direction: Direction;
  /** Direction judged by polarity: a fall in crime is "better". */
  assessment: "better" | "worse" | "same" | null;
  polarity: Polarity;
  significant: boolean | null;
  pValue: number | null;
  smallNumbers: boolean;
  subtotalOf: string[] | null;
  subtotalHolds: boolean | null;
  /** Index vs the base year (= 100); null where base or value is missing or base is 0. */
  index: (number | null)[];
  movingAverage3: (number | null)[];
  /** Rate per 1,000 (counts) when population is known, else null. */
  ratePer1000: (number | null)[] | null;
  trend: TrendTest;
  target: TargetResult | null;
  cells: (string | null)[];
  /** Subtotals and totals are never added to leaves (see leafSeries in analyze/subtotals). */
  role?: SeriesRole;
  /** The two years lastChange compares (the last two years of the table). */
  lastYear?: number | null;
  previousYear?: number | null;
  /** The last year's value is provisional (CBS "*"): tested and shown, but flagged. */
  provisional?: boolean;
}

export interface FiguresReport {
  sheet: string;
  layout: "wide" | "long";
  years: number[];
  provisionalYears: number[];
  baseYear: number | null;
  series: SeriesReport[];
}

export interface PrivacyHit {
  kind: "bsn" | "email" | "phone" | "iban" | "postcode" | "person-name";
  sheet: string;
  cell: string;
  /** Masked form, never the full value ("j***@example.nl", "*****1234"). */
  masked: string;
}

export interface DatasetSummary {
  kind: "activities" | "figures";
  sheet: string;
  headerRow: number;
  confidence: number;
  /** Human-readable explanation in the report language. */
  explanation: string;
  /** Activities: count; figures: categories × years. */
  rows: number;
  columns: { header: string; field: string; column: string }[];
}

/** Kernboodschap: short generated lines, only facts computed by Koers. */
export interface Summary {
  headline: string;
  lines: string[];
}

export interface Report {
  schemaVersion: 1;
  reportDate: string;
  language: Language;
  title: string;
  sources: string[];
  datasets: DatasetSummary[];
  activities: ActivitiesReport | null;
  figures: FiguresReport[];
  findings: Finding[];
  privacy: PrivacyHit[];
  summary: Summary;
  output: { sheets: string[]; charts: number } | null;
}
