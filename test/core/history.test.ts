import fc from "fast-check";
import {
  baselineFor,
  expandSnapshot,
  maxStoredBytes,
  nextHistory,
  storableHistory,
  type CompactSnapshot,
  type StoredHistory,
  utf8Length,
} from "../../src/core/history";

function compact(reportDate: string, names = 1, nameLength = 10): CompactSnapshot {
  return {
    workbook: "w.xlsx",
    reportDate,
    sheets: [
      {
        name: "Activiteiten",
        merges: [],
        cells: Array.from({ length: names }, (_, row) => [row + 2, 2, "n".repeat(nameLength)]),
      },
    ],
  };
}

describe("stored history", () => {
  it("compares a report with the latest stored generation of an earlier date", () => {
    const march = compact("2025-03-01");
    const september = compact("2025-09-01");
    const history: StoredHistory = { version: 1, current: september, baseline: march };
    expect([
      baselineFor(history, "2025-09-01")?.reportDate,
      baselineFor(history, "2026-03-01")?.reportDate,
      baselineFor(history, "2025-03-01") ?? null,
      baselineFor(null, "2025-03-01"),
    ]).toEqual(["2025-03-01", "2025-09-01", null, null]);
  });

  it("keeps the same baseline when the same report is generated again", () => {
    const first = nextHistory(null, compact("2025-03-01"));
    const next = nextHistory(first, compact("2025-09-01"));
    const again = nextHistory(next, compact("2025-09-01"));
    expect([next.baseline?.reportDate, again.baseline?.reportDate]).toEqual(["2025-03-01", "2025-03-01"]);
  });

  it("drops the baseline, then everything, rather than store more than the settings can hold", () => {
    const half = Math.ceil(maxStoredBytes / 2 / 10_000) + 10;
    const small: StoredHistory = {
      version: 1,
      current: compact("2025-09-01"),
      baseline: compact("2025-03-01"),
    };
    const large: StoredHistory = {
      version: 1,
      current: compact("2025-09-01", 10_000, half),
      baseline: compact("2025-03-01", 10_000, half),
    };
    const huge: StoredHistory = {
      version: 1,
      current: compact("2025-09-01", 10_000, half * 3),
      baseline: null,
    };
    expect([
      JSON.parse(storableHistory(small) ?? "null")?.baseline?.reportDate,
      JSON.parse(storableHistory(large) ?? "null")?.baseline,
      storableHistory(huge),
    ]).toEqual(["2025-03-01", null, null]);
  });
});

describe("expandSnapshot on stored data from a hostile file", () => {
  it("drops cells off Excel's grid and bounds the grid by the cells present", () => {
    const stored = compact("2025-03-01", 3);
    stored.sheets[0].cells.push(
      [1048576, 16384, "ver weg"],
      [0, 1, "rij nul"],
      [-5, 2, "negatief"],
      [99999999, 1, "te ver"],
      [2.5, 1, "half"],
    );
    const [sheet] = expandSnapshot(stored).sheets;
    expect([sheet.rowCount, sheet.columnCount, sheet.values.length, sheet.values[0].length]).toEqual([
      4, 2, 4, 2,
    ]);
    expect(sheet.values.map((row) => row[1])).toEqual([null, "nnnnnnnnnn", "nnnnnnnnnn", "nnnnnnnnnn"]);
  });

  it("reads a sheet whose cells or merges are not lists as empty", () => {
    const stored = {
      workbook: "w.xlsx",
      reportDate: "2025-03-01",
      sheets: [{ name: "Activiteiten", merges: "A1:B2", cells: { 0: [1, 1, "x"] } }],
    } as unknown as CompactSnapshot;
    expect(expandSnapshot(stored).sheets[0]).toMatchObject({ rowCount: 0, columnCount: 0, merges: [] });
  });
});

describe("utf8Length", () => {
  it("counts the bytes Node's encoder writes, for any text", () => {
    fc.assert(
      fc.property(fc.fullUnicodeString(), fc.string({ unit: "binary" }), (text, binary) => {
        // Lone surrogates, in every position, as a broken paste can leave them.
        const mixed = `${binary}\ud800${text}\udc00x\ud83d`;
        expect([utf8Length(text), utf8Length(mixed)]).toEqual([
          Buffer.byteLength(text, "utf8"),
          Buffer.byteLength(mixed, "utf8"),
        ]);
      }),
    );
  });
});
