import { readFileSync } from "fs";
import path from "path";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read/snapshot";
import { FakeExcel } from "../support/fakeExcel";
import { firstDifference, runSelfTest, type SelfTestEnvironment, type SyncMeter } from "./selfTest";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeTestWorkbook, userSheetName } = require("./testWorkbook.cjs") as {
  makeTestWorkbook(file: string): Promise<{ file: string }>;
  userSheetName: string;
};

jest.setTimeout(60_000);

let workbookBytes: Uint8Array;
const uninstall: (() => void)[] = [];

beforeAll(async () => {
  const file = path.join(__dirname, "../../build/selftest-unit/koers-selftest.xlsx");
  await makeTestWorkbook(file);
  workbookBytes = new Uint8Array(readFileSync(file));
});

afterEach(() => {
  while (uninstall.length > 0) uninstall.pop()?.();
});

function fakeMeter(fake: FakeExcel): SyncMeter {
  return {
    reset: () => fake.resetStats(),
    syncs: () => fake.syncCount,
    largestRequestBytes: () => fake.maxRequestBytes,
  };
}

async function environmentWith(
  change: (snapshot: Awaited<ReturnType<typeof readWorkbookSnapshot>>) => void = () => undefined,
  meter?: (fake: FakeExcel) => SyncMeter,
): Promise<SelfTestEnvironment> {
  const snapshot = await readWorkbookSnapshot(workbookBytes, "koers-selftest.xlsx");
  change(snapshot);
  const fake = FakeExcel.fromSnapshot(snapshot);
  uninstall.push(fake.install());
  return {
    workbookBytes,
    workbookName: "koers-selftest.xlsx",
    userSheetName,
    meter: (meter ?? fakeMeter)(fake),
    host: "fake Excel",
  };
}

describe("the in-Excel self-test against the fake Excel", () => {
  it("passes every check on the test workbook made from the examples", async () => {
    const report = await runSelfTest(await environmentWith());
    expect(report.checks.map(({ name, passed }) => ({ name, passed }))).toEqual([
      { name: "batched read equals the file reader's snapshot", passed: true },
      { name: "a generation writes the Koers sheets within the sync and payload budget", passed: true },
      { name: "regeneration replaces only the Koers sheets", passed: true },
      { name: "settings and history round trip through the workbook", passed: true },
      { name: "the griffie copy opens with only the generated sheets", passed: true },
    ]);
    expect(report.passed).toBe(true);
    expect(report.checks[1].detail).toMatch(
      /Koers Overzicht.*; 3 syncs, largest request \d+ bytes; on track 88\.9%/,
    );
  });

  it("fails the read check, naming the cell, when Excel holds another value than the file", async () => {
    const report = await runSelfTest(
      await environmentWith((snapshot) => {
        const sheet = snapshot.sheets.find((candidate) => candidate.name === userSheetName);
        if (!sheet) throw new Error("the test workbook has no user sheet");
        sheet.values[1][0] = "Overleg burgemeester";
      }),
    );
    const read = report.checks[0];
    expect({ passed: report.passed, read: read.passed }).toEqual({ passed: false, read: false });
    expect(read.detail).toMatch(
      /^differs from the file at sheets\[\d+\]\.values\[1\]\[0\]: "Overleg driehoek" ≠ "Overleg burgemeester"$/,
    );
  });

  it("fails the generation check when the host needs more syncs than the budget", async () => {
    const report = await runSelfTest(
      await environmentWith(undefined, (fake) => ({ ...fakeMeter(fake), syncs: () => fake.syncCount + 4 })),
    );
    expect(report.checks[1]).toEqual(
      expect.objectContaining({
        passed: false,
        detail: expect.stringMatching(/^7 syncs, over the budget of 4$/),
      }),
    );
  });
});

describe("firstDifference", () => {
  it("names the path of the first difference, or null for equal values", () => {
    expect({
      equal: firstDifference({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] }),
      nested: firstDifference({ a: [1, { b: "x" }] }, { a: [1, { b: "y" }] }),
      missing: firstDifference({ a: 1, b: 2 }, { a: 1 }),
    }).toEqual({ equal: null, nested: 'a[1].b: "x" ≠ "y"', missing: "b: 2 ≠ undefined" });
  });
});
