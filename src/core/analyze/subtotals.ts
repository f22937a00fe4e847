import type { FigureUnit } from "../datasets";
import type { FiguresReport, SeriesReport, SeriesRole } from "../report";
import { appendAll, smallest } from "../collections";

/** What subtotal detection needs of a series; FigureSeries and SeriesReport both fit. */
export interface SummableSeries {
  category: string;
  region: string | null;
  unit: FigureUnit;
  values: (number | null)[];
}

export interface SubtotalMismatch {
  /** Position of the year in the table's years. */
  yearIndex: number;
  value: number;
  sum: number;
}

/** The structure found for one series, aligned with the input. */
export interface SeriesStructure {
  role: SeriesRole;
  /** Positions (in the input) of the rows this row is the sum of; null when it is none. */
  children: number[] | null;
  /** True when the sum holds in every year that has all values; null when not a subtotal or never checkable. */
  holds: boolean | null;
  mismatches: SubtotalMismatch[];
  /** How the subtotal was recognised. */
  evidence: SubtotalEvidence | null;
  /**
   * A declared total that covers more than the rows listed under it: the rows' share of it per year in %
   * (one decimal; null where not checkable). Then `holds` is null and there are no mismatches.
   */
  coverage: (number | null)[] | null;
}

/**
 * How a subtotal was recognised:
 * - "declared": the row says it is a total of named rows ("geweld: totaal" above "geweld: zeden", …),
 *   or its number heads the numbers of its rows ("1.1" above "1.1.1", "1.1.2"). Recognised by name
 *   alone and then checked every year, so a wrong total is reported rather than ignored.
 * - "inferred": adjacent rows (under or above it) share a word stem with it and add up to it in most
 *   years ("woninginbraken" = "woninginbraak: pogingen" + "woninginbraak: geslaagd").
 * - "grandTotal": a total without named rows ("Criminaliteit totaal"), the largest row in every year,
 *   that equals the sum of all other top-level rows in most years. When it does not, the table lists a
 *   selection: the row gets role "total" (never added up) and no subtotalOf.
 */
export type SubtotalEvidence = "declared" | "inferred" | "grandTotal";

/**
 * Finds subtotal and total rows of one table. Only counts are considered (rates and percentages do not
 * add up); rows are compared within one region, in table order.
 */
export function detectSubtotals(series: SummableSeries[]): SeriesStructure[] {
  const structures: SeriesStructure[] = series.map(() => ({
    role: "leaf",
    children: null,
    holds: null,
    mismatches: [],
    evidence: null,
    coverage: null,
  }));
  // Letters of every name, once: the rules compare names pairwise (30,000 series in a long CBS export).
  const names = series.map((entry) => letters(entry.category));
  for (const rows of rowsPerRegion(series)) {
    const state: DetectionState = {
      series,
      structures,
      rows,
      claimed: new Map(),
      roundedToFive: roundedToFive(series, rows),
      names,
      positions: new Map(rows.map((row, position) => [row, position])),
    };
    for (const rule of subtotalRules) rule(state);
  }
  return structures;
}

/**
 * The series that can be added up without double counting: counts that are neither a subtotal nor a
 * total. Charts and sums over categories use these.
 */
export function leafSeries(report: FiguresReport): SeriesReport[] {
  return report.series.filter((entry) => entry.unit === "count" && isLeaf(entry));
}

/** True unless the series is a subtotal or a total (reports without `role` fall back to subtotalOf). */
export function isLeaf(entry: Pick<SeriesReport, "role" | "subtotalOf">): boolean {
  return entry.role === undefined ? entry.subtotalOf === null : entry.role === "leaf";
}

interface DetectionState {
  series: SummableSeries[];
  structures: SeriesStructure[];
  /** Positions of the count series of one region, in table order. */
  rows: number[];
  /** Child position → parent position. */
  claimed: Map<number, number>;
  /** True when every value of these rows is a multiple of 5 (CBS rounds its published cells so). */
  roundedToFive: boolean;
  /** letters() of each series' category, by position in `series`. */
  names: string[];
  /** Series position → its position in `rows`. */
  positions: Map<number, number>;
}

/** True when the rows hold values and every one is a multiple of 5 (CBS rounding). */
function roundedToFive(series: SummableSeries[], rows: number[]): boolean {
  let seen = 0;
  for (const row of rows)
    for (const value of series[row].values) {
      if (value === null || value === undefined) continue;
      if (!Number.isInteger(value) || value % 5 !== 0) return false;
      seen++;
    }
  return seen > 0;
}

/**
 * How far a sum of `parts` rounded cells may lie from its rounded total and still hold: CBS rounds every
 * cell to a multiple of 5, so each part and the total may each be up to 2.5 off; a gap within
 * 2.5 × the number of parts is rounding, not an error. Exact (floating-point slack) otherwise.
 */
function tolerance(state: Pick<DetectionState, "roundedToFive">, parts: number, value: number): number {
  return state.roundedToFive ? 2.5 * parts : 1e-6 * Math.max(1, Math.abs(value));
}

type SubtotalRule = (state: DetectionState) => void;

/** Rules run in this order; later rules do not touch rows an earlier rule placed. */
const subtotalRules: SubtotalRule[] = [
  declaredByName,
  declaredByNumbering,
  inferredFromNeighbours,
  grandTotals,
  inferredFromSums,
  grandTotalsFromSums,
];

/**
 * Years a sum must hold in before rows are taken for a subtotal on their values alone (without a name or a
 * code that says so): with fewer, two rows can add up to a third by chance.
 */
export const sumEvidenceYears = 5;

/** Most rows next to a row that are tried as its parts when only the values tell. */
const sumWindow = 12;

function rowsPerRegion(series: SummableSeries[]): number[][] {
  const regions = new Map<string, number[]>();
  series.forEach((entry, index) => {
    if (entry.unit !== "count") return;
    const key = entry.region ?? "";
    const rows = regions.get(key) ?? [];
    rows.push(index);
    regions.set(key, rows);
  });
  return [...regions.values()];
}

const totalWord = /(^|[\s:;,(\-–])(totaal|totale|total|tot\.)(?=$|[\s:;,)\-–])/i;

/** "geweld: totaal" → "geweld"; "Totaal misdrijven" → "misdrijven"; null when the name has no total word. */
export function totalStem(category: string): string | null {
  if (!totalWord.test(category)) return null;
  return letters(category.replace(totalWord, " "));
}

/** Lower-case letters and digits only, accents dropped: "Brom-,snor-,fietsdiefstal" → "bromsnorfietsdiefstal". */
function letters(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function declaredByName(state: DetectionState): void {
  for (const parent of state.rows) {
    if (isPlaced(state, parent)) continue;
    const stem = totalStem(state.series[parent].category);
    if (!stem) continue;
    const named = (child: number) => {
      const name = state.names[child];
      return name.startsWith(stem) && totalStem(state.series[child].category) === null;
    };
    const children = adjacentBlock(state, parent, 1, named) ?? adjacentBlock(state, parent, -1, named);
    if (children) place(state, parent, children, "declared", "subtotal");
  }
}

const numbering = /^\s*(\d+(?:\.\d+)*)\.?\s+\S/;

/**
 * The code levels of the numbered rows: dotted codes by their parts ("1.1.2" → 1, 1, 2); codes without
 * dots ("1", "11", "111", as StatLine numbers its categories) by their digits, but only when the table
 * lists them depth first: every code longer than the shortest follows its parent (the nearest shorter
 * code above it is its prefix). A list numbered 1 to 12 has "9" above "10", so its numbers stay numbers.
 * Rows without a code are null.
 */
export function codeLevels(categories: string[]): (string[] | null)[] {
  const codes = categories.map((category) => numbering.exec(category)?.[1] ?? null);
  const dotless = codes.filter((code): code is string => code !== null && !code.includes("."));
  const shortest = smallest(dotless.map((code) => code.length));
  const depthFirst = dotless.every((code, index) => {
    if (code.length === shortest) return true;
    for (let above = index - 1; above >= 0; above--)
      if (dotless[above].length < code.length) return dotless[above] === code.slice(0, -1);
    return false;
  });
  const digitsAreLevels = depthFirst && dotless.some((code) => code.length > shortest);
  return codes.map((code) => {
    if (code === null) return null;
    if (code.includes(".")) return code.split(".");
    return digitsAreLevels ? code.split("") : [code];
  });
}

function declaredByNumbering(state: DetectionState): void {
  const levels = codeLevels(state.rows.map((row) => state.series[row].category));
  const codes = new Map<number, string[]>();
  state.rows.forEach((row, index) => {
    const code = levels[index];
    if (code) codes.set(row, code);
  });
  // Rows by the code of their parent level ("1.1.2" and "112" under "1.1" / "11"), in table order.
  const byParentCode = new Map<string, number[]>();
  for (const [row, code] of codes) {
    const key = code.slice(0, -1).join(".");
    const rows = byParentCode.get(key) ?? [];
    rows.push(row);
    byParentCode.set(key, rows);
  }
  for (const [parent, code] of codes) {
    if (isPlaced(state, parent)) continue;
    const children = (byParentCode.get(code.join(".")) ?? []).filter(
      (child) => child !== parent && !state.claimed.has(child),
    );
    // NOTE: a code with one listed child heads it only when they are equal: counting both would count
    // it twice, while a parent larger than its one child may well have parts the table does not list.
    const single = children.length === 1 && checkSum(state, parent, children).mismatches.length === 0;
    if (children.length >= 2 || single) place(state, parent, children, "declared", "subtotal");
  }
}

function inferredFromNeighbours(state: DetectionState): void {
  for (const parent of state.rows) {
    if (isPlaced(state, parent)) continue;
    const parentName = state.names[parent];
    const parentValues = state.series[parent].values;
    let best: { children: number[]; held: number } | null = null;
    for (const step of [1, -1]) {
      const position = state.positions.get(parent)!;
      const block: number[] = [];
      // Running sums per year (null once a part is missing), so growing the block costs one pass over the years.
      const sums: (number | null)[] = parentValues.map(() => 0);
      let negativePart = false;
      const widest = tolerance(state, state.rows.length, 0);
      for (let next = position + step; next >= 0 && next < state.rows.length; next += step) {
        const child = state.rows[next];
        if (state.claimed.has(child) || state.structures[child].role === "total") break;
        if (state.claimed.get(parent) === child) break;
        if (!sharesStem(parentName, state.names[child])) break;
        block.push(child);
        const childValues = state.series[child].values;
        let checkable = 0;
        let held = 0;
        let open = false;
        sums.forEach((sum, yearIndex) => {
          const part = childValues[yearIndex] ?? null;
          if (part !== null && part < 0) negativePart = true;
          const updated = sum === null || part === null ? null : sum + part;
          sums[yearIndex] = updated;
          const value = parentValues[yearIndex];
          if (updated === null || value === null) return;
          checkable += 1;
          if (sumsTo(updated, value, tolerance(state, block.length, value))) held += 1;
          if (updated - value <= Math.max(widest, tolerance(state, block.length, value))) open = true;
        });
        if (block.length >= 2 && checkable > 0 && held * 2 > checkable) {
          if (!best || held > best.held || (held === best.held && block.length > best.children.length))
            best = { children: [...block], held };
        }
        // NOTE: counts only grow a sum; once it passes the row in every year no longer block can add up
        // to it (30,000 series of a long export share stems such as "misdrijf" row after row).
        if (!open && !negativePart) break;
      }
    }
    if (best) place(state, parent, best.children, "inferred", "subtotal");
  }
}

function grandTotals(state: DetectionState): void {
  // NOTE: when every row names a total ("Totaal diefstal", "Totaal verkeersmisdrijven", as older StatLine
  // exports name their main groups), each is the total of its own group, and none the table's by name. A
  // region with one row only ("Totaal misdrijven") has that row as its total.
  if (state.rows.length > 1 && state.rows.every((row) => totalStem(state.series[row].category) !== null))
    return;
  for (const parent of state.rows) {
    if (isPlaced(state, parent) || totalStem(state.series[parent].category) === null) continue;
    if (!isLargest(state, parent)) continue;
    const topLevel = state.rows.filter(
      (row) => row !== parent && !state.claimed.has(row) && state.structures[row].role !== "total",
    );
    state.structures[parent].role = "total";
    if (topLevel.length < 2) continue;
    const check = checkSum(state, parent, topLevel);
    if (check.checkable > 0 && check.held * 2 > check.checkable)
      place(state, parent, topLevel, "grandTotal", "total");
  }
}

/**
 * Subtotals by their values alone ("Violent crime" over "Murder", "Rape (legacy definition)", "Robbery",
 * "Aggravated assault"): two or more rows right under (or above) a row, every one no larger than it, that
 * add up to it in every year with all values, and in at least `sumEvidenceYears` years. One row inside the
 * block may be left out (a series under another definition, "Rape (revised definition)", beside the one
 * the sum uses). The longest block that holds wins.
 */
function inferredFromSums(state: DetectionState): void {
  for (const parent of state.rows) {
    if (isPlaced(state, parent)) continue;
    let best: number[] | null = null;
    for (const step of [1, -1]) {
      const found = longestSum(state, parent, partsWindow(state, parent, step));
      if (found && (!best || found.length > best.length)) best = found;
    }
    // Parts that are every other row of the table make it the table's total.
    if (best && best.length === state.rows.length - 1) place(state, parent, best, "grandTotal", "total");
    else if (best) place(state, parent, best, "inferred", "subtotal");
  }
}

/**
 * The longest block at the start of `candidates` (less at most one row) that adds up to `parent`. One year in
 * which every row has a value sifts the candidates (the block's sum, or the sum less the one row left out,
 * must meet the parent there), so only those are checked in every year.
 */
function longestSum(state: DetectionState, parent: number, candidates: number[]): number[] | null {
  if (candidates.length < 2) return null;
  const value = (row: number, year: number) => state.series[row].values[year] ?? null;
  const parentValues = state.series[parent].values;
  const year = parentValues.findIndex(
    (whole, index) => whole !== null && candidates.every((row) => value(row, index) !== null),
  );
  for (let length = candidates.length; length >= 2; length--) {
    const block = candidates.slice(0, length);
    const tries: number[][] = [];
    if (year < 0)
      appendAll(tries, [block, ...block.map((_, skip) => block.filter((__, index) => index !== skip))]);
    else {
      const whole = parentValues[year]!;
      const gap = block.reduce((total, row) => total + value(row, year)!, 0) - whole;
      const allowed = tolerance(state, length, whole);
      if (Math.abs(gap) <= allowed) tries.push(block);
      block.forEach((row, skip) => {
        if (length > 2 && Math.abs(value(row, year)! - gap) <= allowed)
          tries.push(block.filter((_, index) => index !== skip));
      });
    }
    const found = tries.find((parts) => parts.length >= 2 && holdsOnValues(state, parent, parts));
    if (found) return found;
  }
  return null;
}

/** The unclaimed rows next to `parent` (step +1 under it, −1 above it), up to the first larger one. */
function partsWindow(state: DetectionState, parent: number, step: number): number[] {
  const candidates: number[] = [];
  const values = state.series[parent].values;
  const position = state.positions.get(parent)!;
  for (
    let next = position + step;
    next >= 0 && next < state.rows.length && candidates.length < sumWindow;
    next += step
  ) {
    const child = state.rows[next];
    if (state.claimed.has(child) || isPlaced(state, child)) break;
    const larger = state.series[child].values.some((value, year) => {
      const whole = values[year] ?? null;
      return value !== null && whole !== null && value > whole;
    });
    if (larger) break;
    candidates.push(child);
  }
  return candidates;
}

/**
 * True when `parts` add up to `parent` in every year with all values, and in at least `sumEvidenceYears`.
 * In a table rounded to 5, small rows meet any sum within rounding ("10" over "5" and "5"), so the parent
 * must be large against the rounding slack in every year (slack at most `roundedSumSlack` of it).
 */
function holdsOnValues(state: DetectionState, parent: number, parts: number[]): boolean {
  if (state.roundedToFive) {
    const slack = tolerance(state, parts.length, 0);
    if (state.series[parent].values.some((value) => value !== null && slack > roundedSumSlack * value))
      return false;
  }
  const check = checkSum(state, parent, parts);
  return check.checkable >= sumEvidenceYears && check.mismatches.length === 0;
}

/** Largest share of a row the rounding slack may be for its parts to be inferred from their sums. */
const roundedSumSlack = 0.02;

/**
 * A grand total by its values alone ("0.0.0" over every other police code): the largest row in every year,
 * the sum of every other row not yet placed under one, in every year with all values and at least
 * `sumEvidenceYears` of them.
 */
function grandTotalsFromSums(state: DetectionState): void {
  for (const parent of state.rows) {
    if (isPlaced(state, parent) || state.claimed.has(parent) || !isLargest(state, parent)) continue;
    const topLevel = state.rows.filter(
      (row) => row !== parent && !state.claimed.has(row) && state.structures[row].role !== "total",
    );
    if (topLevel.length < 2 || !holdsOnValues(state, parent, topLevel)) continue;
    place(state, parent, topLevel, "grandTotal", "total");
    return;
  }
}

/**
 * A total without named rows is the table's total only when it is the largest row in every year:
 * "wapenhandel: totaal" among bigger rows is the total of its own category, a leaf.
 */
function isLargest(state: DetectionState, parent: number): boolean {
  return state.series[parent].values.every((value, yearIndex) =>
    state.rows.every((row) => {
      const other = state.series[row].values[yearIndex] ?? null;
      return row === parent || value === null || other === null || value >= other;
    }),
  );
}

function isPlaced(state: DetectionState, row: number): boolean {
  return state.structures[row].children !== null || state.structures[row].role === "total";
}

/** Two or more rows next to `parent` (step +1: under it, −1: above it) that pass `accept`, in table order. */
function adjacentBlock(
  state: DetectionState,
  parent: number,
  step: number,
  accept: (child: number) => boolean,
): number[] | null {
  const block: number[] = [];
  const position = state.positions.get(parent)!;
  for (let next = position + step; next >= 0 && next < state.rows.length; next += step) {
    const child = state.rows[next];
    if (state.claimed.has(child) || !accept(child)) break;
    block.push(child);
  }
  return block.length >= 2 ? block : null;
}

/** True when the names share a run of at least five letters ("woninginbra…", "fietsdiefstal"). */
function sharesStem(parentName: string, childName: string, length = 5): boolean {
  for (let start = 0; start + length <= childName.length; start++) {
    if (parentName.includes(childName.slice(start, start + length))) return true;
  }
  return false;
}

interface SumCheck {
  checkable: number;
  held: number;
  mismatches: SubtotalMismatch[];
}

function checkSum(state: DetectionState, parent: number, children: number[]): SumCheck {
  const { series } = state;
  const result: SumCheck = { checkable: 0, held: 0, mismatches: [] };
  series[parent].values.forEach((value, yearIndex) => {
    const parts = children.map((child) => series[child].values[yearIndex] ?? null);
    if (value === null || parts.some((part) => part === null)) return;
    const sum = (parts as number[]).reduce((total, part) => total + part, 0);
    result.checkable += 1;
    if (sumsTo(sum, value, tolerance(state, children.length, value))) result.held += 1;
    else result.mismatches.push({ yearIndex, value, sum });
  });
  return result;
}

/**
 * A declared total whose rows add up to less than it in every checkable year, and to it in none, counts
 * more offences than the table lists ("geweld: totaal" over six of its kinds): the rows' share per year.
 * Null when the rows add up in some year (then a mismatch in another year is a real error), when they
 * exceed the total in some year, or when nothing is checkable.
 */
function coverageOf(series: SummableSeries[], parent: number, check: SumCheck): (number | null)[] | null {
  if (check.checkable === 0 || check.held > 0) return null;
  if (check.mismatches.some((mismatch) => mismatch.sum > mismatch.value || mismatch.value <= 0)) return null;
  const byYear = new Map(check.mismatches.map((mismatch) => [mismatch.yearIndex, mismatch]));
  return series[parent].values.map((_, yearIndex) => {
    const mismatch = byYear.get(yearIndex);
    return mismatch === undefined ? null : Math.round((mismatch.sum / mismatch.value) * 1000) / 10;
  });
}

function sumsTo(sum: number, value: number, allowed: number): boolean {
  return Math.abs(sum - value) <= allowed;
}

function place(
  state: DetectionState,
  parent: number,
  children: number[],
  evidence: SubtotalEvidence,
  role: SeriesRole,
): void {
  const ordered = [...children].sort((left, right) => left - right);
  const check = checkSum(state, parent, ordered);
  const coverage = evidence === "declared" ? coverageOf(state.series, parent, check) : null;
  state.structures[parent] = {
    role,
    children: ordered,
    holds: check.checkable === 0 || coverage !== null ? null : check.mismatches.length === 0,
    mismatches: coverage === null ? check.mismatches : [],
    evidence,
    coverage,
  };
  for (const child of ordered) state.claimed.set(child, parent);
}
