/** V8's heap settings for one run of the CLI (and the bench's read + analysis, which mirrors it). */
import * as v8 from "v8";

/** Inputs larger than this (as files) are read with the heap kept near its live data. */
const largeInputBytes = 4 * 1024 * 1024;

/**
 * NOTE: V8 lets the heap grow up to fourfold before its next full collection. On a large input (a CBS table of
 * every municipality, 300,000 rows, is a 6 MB file) the run then peaked at 440–700 MB with under 170 MB live;
 * growing by half at most keeps it under 500 MB. A small workbook keeps V8's default, which costs less CPU time
 * (6% on the 20,000-row bench). The setting applies from the next collection on.
 */
export function tuneHeapFor(
  inputBytes: number,
  setFlags: (flags: string) => void = (flags) => v8.setFlagsFromString(flags),
): void {
  if (inputBytes > largeInputBytes) setFlags("--heap-growing-percent=50");
}
