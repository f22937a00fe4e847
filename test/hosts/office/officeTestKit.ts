import { FakeExcel, type FakeExcelOptions } from "../../support/fakeExcel";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";

/** Installs a fake Excel loaded with `snapshot` as the `Excel`/`Office` globals for one test. */
export function installFake(snapshot: WorkbookSnapshot, options: FakeExcelOptions = {}): FakeExcel {
  const fake = FakeExcel.fromSnapshot(snapshot, options);
  const uninstall = fake.install();
  installed.push(uninstall);
  return fake;
}

const installed: (() => void)[] = [];

afterEach(() => {
  while (installed.length > 0) installed.pop()?.();
});

/** Runs a batch in the fake with the context typed as Office.js'. */
export function runIn<T>(fake: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fake.Excel.run((context) => batch(context as unknown as Excel.RequestContext));
}

/** A rows × columns sheet of activity-like rows, for size tests. */
export function bigRows(
  rows: number,
  text: (row: number, column: number) => string | number,
): (string | number)[][] {
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: 8 }, (_, column) => text(row, column)),
  );
}
