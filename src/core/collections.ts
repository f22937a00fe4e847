/**
 * Array helpers for lists that grow with the workbook (findings, privacy hits, activities).
 * NOTE: `target.push(...items)` passes every item as an argument: past about 120,000 items V8 throws
 * "Maximum call stack size exceeded" (a column of 200,000 owner names). These loops have no such limit;
 * the lint rule on src/core forbids the spread form.
 */

/** Appends `items` to `target` in place and returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let index = 0; index < items.length; index++) target.push(items[index]);
  return target;
}

/** The largest of `values`, or -Infinity when there are none (as Math.max of nothing). */
export function largest(values: Iterable<number>): number {
  let result = -Infinity;
  for (const value of values) if (value > result || Number.isNaN(value)) result = value;
  return result;
}

/** The smallest of `values`, or Infinity when there are none (as Math.min of nothing). */
export function smallest(values: Iterable<number>): number {
  let result = Infinity;
  for (const value of values) if (value < result || Number.isNaN(value)) result = value;
  return result;
}
