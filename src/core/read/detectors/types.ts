import type { Dataset } from "../../datasets";
import type { Finding } from "../../findings/finding";
import type { Language } from "../../i18n/language";
import type { SheetGrid } from "../grid";

/** The registered detectors' ids (registry.ts); a candidate names the detector that made it. */
export const detectorIds = {
  activities: "activities",
  figuresWide: "figuresWide",
  figuresLong: "figuresLong",
  figuresByPeriodRow: "figuresByPeriodRow",
  figuresFlattened: "figuresFlattened",
  figuresTwoRowHeader: "figuresTwoRowHeader",
  survey: "survey",
} as const;

export type DetectorId = (typeof detectorIds)[keyof typeof detectorIds];

/** What a table reader may ask of the detection run. */
export interface DetectorContext {
  language: Language;
  /**
   * True when the row is, convincingly, the header of another table: a registered detector scores it at
   * least `tableBreakScore`. Readers ask this only for rows that do not already read as their own data.
   */
  isHeaderRow(row: number): boolean;
}

/** A table reading: the dataset, its structural findings and the last sheet row it used. */
export interface TableRead {
  dataset: Dataset;
  findings: Finding[];
  lastRow: number;
  /** The detector that read it: set by the row scan and by a manual mapping (detect.ts), not by detectors. */
  detector?: DetectorId;
}

/** A row a detector recognises as the header of its kind of table; `read` reads the table under it. */
export interface HeaderCandidate {
  detector: DetectorId;
  kind: Dataset["kind"];
  row: number;
  /** 0..1: how well the row reads as a header of this kind. */
  score: number;
  read(context: DetectorContext): TableRead | null;
}

/**
 * A detector plug-in (registered in detectors/registry.ts). Detectors never throw on content: a row they
 * cannot read as a header gives null, a table with no usable rows gives null.
 */
export interface TableDetector {
  id: DetectorId;
  kind: Dataset["kind"];
  /** Fields a manual column mapping can name for this detector. */
  fields: readonly string[];
  matchHeader(grid: SheetGrid, row: number): HeaderCandidate | null;
  /** A candidate from a manual mapping (field → 1-based column) with the header on `row`. */
  fromMapping?(grid: SheetGrid, row: number, mapping: Record<string, number>): HeaderCandidate | null;
}

/** Header scores below this are not tables. */
export const minimumHeaderScore = 0.45;

/** A row inside a table ends it as a new header only with at least this score. */
export const tableBreakScore = 0.6;
