import type { Finding } from "./findings/finding";
import type { FigureUnit, StatusKey } from "./datasets";
import type { Language } from "./i18n/language";

/**
 * report.json, schema version 1 (docs/contracts.md "report.json"). The pane shows the same object.
 * Fields are only ever added within a schema version; none is renamed or removed.
 */
export type StatusCounts = Record<StatusKey, number>;

export type Rag = "green" | "amber" | "red";

export interface GroupProgress {
  name: string;
  total: number;
  byStatus: StatusCounts;
  onTrackPct: number | null;
  /** Null when unknown, also for a group whose every status is unknown (shown grey, never red). */
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
  /**
   * Activities counted on track by their status (settings.onTrackStatuses, not done) whose planned end is
   * before the report date: part of `overdue`, and inside onTrackPct unless settings.overdueCountsAsOnTrack
   * is false. The headline always says how many.
   */
  onTrackOverdue?: number;
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
  /** Significant only when qValue < the significance level (Benjamini–Hochberg within the table). */
  significant: boolean | null;
  /** True when there are too few years for Mann–Kendall to mean anything (fewer than 5). */
  tooShort: boolean;
  /** Benjamini–Hochberg q-value over the Mann–Kendall tests of the table; null when not tested. */
  qValue?: number | null;
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
  /** Direction judged by polarity: a fall in crime is "better"; a survey change within its margins is "same". */
  assessment: "better" | "worse" | "same" | null;
  /** Null only for a survey indicator whose meaning Koers cannot tell (a survey-polarity-unknown finding asks). */
  polarity: Polarity | null;
  /**
   * The change last vs previous is significant: counts: qValue below the significance level; survey
   * estimates: outside the combined margins (pValue of the margins test below the level). Null when untested.
   */
  significant: boolean | null;
  /**
   * How the change was tested: "poisson" (counts: exact conditional binomial test, widened for
   * overdispersion), "margins" (survey estimates: z-test with se = margin / 1.96 on the two estimates); null
   * when untested (rates, small or missing values, a survey value without a margin). Absent in older reports.
   */
  test?: "poisson" | "margins" | null;
  /**
   * Survey indicators: the 95% margin of each value (percentage points or points), aligned with `values`;
   * null where the table gives none. Absent for registered figures.
   */
  margins?: (number | null)[];
  /** Survey indicators: the 95% margin of lastChange, √(m₁² + m₂²); null when a margin is missing. */
  changeMargin?: number | null;
  /** Two-sided p of the exact conditional binomial test (widened by `dispersion`), never rounded to 0. */
  pValue: number | null;
  /** 95% interval of the ratio last / previous (exact, conditional binomial); upper null when unbounded. */
  ci95?: [number, number | null] | null;
  /** Benjamini–Hochberg q-value over the count series tested in this table. */
  qValue?: number | null;
  /**
   * Quasi-Poisson dispersion φ (≥ 1) the test was widened by, estimated around the series' log-linear trend
   * with 5+ years; null with fewer years (the test then assumes Poisson variation) or for non-counts.
   */
  dispersion?: number | null;
  /**
   * How the headline may speak of the change: "significant" (q below the level), "notable" (not
   * significant but at least 5 cases and 5%), "withinChance" ("gelijk gebleven, binnen de toevalsmarge");
   * null for small numbers, non-counts or an unknown change.
   */
  changeKind?: ChangeKind | null;
  smallNumbers: boolean;
  /** Index (base or last year) and 3-year average (an average) rest on counts under the small-numbers threshold. */
  smallNumbersIndex?: boolean;
  smallNumbersAverage3?: boolean;
  subtotalOf: string[] | null;
  /** False when a subtotal does not add up; null when never checkable or when the row covers more than its parts. */
  subtotalHolds: boolean | null;
  /**
   * A declared total that covers more than the rows listed under it ("geweld: totaal"): the rows' share of
   * it per year in %, one decimal (null where not checkable). Null otherwise.
   */
  subtotalCoverage?: (number | null)[] | null;
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

export type ChangeKind = "significant" | "notable" | "withinChance";

/** How many change tests a table ran, for the multiple-testing sentence of the headline. */
export interface TestingSummary {
  /** Count series with a change test. */
  tested: number;
  /** Of those, p below the significance level before correction. */
  nominal: number;
  /** tested × significance level: how many "significant" changes chance alone gives on average. */
  expectedByChance: number;
  /** Of those, q below the level (Benjamini–Hochberg): the ones called significant. */
  significant: number;
  /** Mann–Kendall trend tests run, and how many are significant after Benjamini–Hochberg. */
  trendsTested: number;
  trendsSignificant: number;
  /** True when the series had fewer than 5 years, so the tests assume Poisson variation (no dispersion). */
  poissonAssumed: boolean;
}

export interface FiguresReport {
  sheet: string;
  layout: "wide" | "long";
  /**
   * True for a survey table (Veiligheidsmonitor; analyze/survey.ts): its series are estimates with margins,
   * their changes in points (lastChangePct null), tested by "margins". Absent for registered figures.
   */
  survey?: true;
  years: number[];
  provisionalYears: number[];
  baseYear: number | null;
  /**
   * The region the headline leads with: settings.region, else a region the workbook's titles, file name or
   * organisation name, else the first region that is not a pseudo-region; null for a table without regions.
   */
  focusRegion?: string | null;
  testing?: TestingSummary;
  series: SeriesReport[];
}

export interface PrivacyHit {
  kind: "bsn" | "email" | "phone" | "iban" | "postcode" | "person-name";
  sheet: string;
  cell: string;
  /** Masked form, never the full value ("j***@example.nl", "*****1234"). */
  masked: string;
}

/**
 * What report.json's privacy[] holds: the hits of one kind in one column of one sheet as one entry
 * (aggregatePrivacyHits). `cell` is the first cell, `masked` its masked value.
 */
export interface AggregatedPrivacyHit extends PrivacyHit {
  /** All cells of the hit as an Excel multi-area reference ("C2:C20001", "G4,G9:G12"). */
  range: string;
  /** Number of cells. */
  count: number;
}

export interface DatasetSummary {
  kind: "activities" | "figures";
  sheet: string;
  /** A table of one sheet per period: every sheet it was read from, in period order (`sheet` is the first). */
  sheets?: string[];
  headerRow: number;
  confidence: number;
  /** Human-readable explanation in the report language. */
  explanation: string;
  /** Activities: count; figures: categories × years. */
  rows: number;
  /**
   * The detection's remarks as stable codes with their parameters ("unit-row:5", "provisional:2024"), so a
   * reader can render them in its own language (the pane does, with describeNotes).
   */
  notes: string[];
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
  privacy: AggregatedPrivacyHit[];
  summary: Summary;
  output: { sheets: string[]; charts: number } | null;
}
