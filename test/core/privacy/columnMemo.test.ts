import { ColumnMemo } from "../../../src/core/privacy/columnMemo";

/** A computation that counts its calls, so a test sees which lookups were computed. */
function counted(): { compute: (text: string) => string; calls: () => number } {
  let calls = 0;
  return {
    compute: (text) => {
      calls++;
      return text.toUpperCase();
    },
    calls: () => calls,
  };
}

describe("ColumnMemo", () => {
  it("computes each text of a column once when the column repeats a few texts, as owner columns do", () => {
    const memo = new ColumnMemo<string>();
    const { compute, calls } = counted();
    const owners = ["J. de Vries", "A. Bakker", "M. Yilmaz"];
    const results = Array.from({ length: 3000 }, (_, row) => memo.get(4, owners[row % 3], compute));
    expect(results).toEqual(Array.from({ length: 3000 }, (_, row) => owners[row % 3].toUpperCase()));
    expect(calls()).toBe(3);
  });

  it("keeps slots apart: the same text in another slot is computed for that slot", () => {
    const memo = new ColumnMemo<string>();
    const first = counted();
    const second = counted();
    memo.get(1, "Vries Bakker", first.compute);
    expect(memo.get(2, "Vries Bakker", (text) => `${second.compute(text)}!`)).toBe("VRIES BAKKER!");
    expect(memo.get(1, "Vries Bakker", first.compute)).toBe("VRIES BAKKER");
    expect([first.calls(), second.calls()]).toEqual([1, 1]);
  });

  it("stops memoising a column whose texts do not repeat, and still returns every text's own result", () => {
    const memo = new ColumnMemo<string>();
    const { compute, calls } = counted();
    const ids = Array.from({ length: 2000 }, (_, row) => `Activiteit ${row}: aanpak`);
    expect(ids.map((id) => memo.get(3, id, compute))).toEqual(ids.map((id) => id.toUpperCase()));
    // Repeating the first ids now computes them again: the column gave up its memo after the trial.
    ids.slice(0, 10).forEach((id) => memo.get(3, id, compute));
    expect(calls()).toBe(2010);
  });

  it("computes long texts every time (free text is not kept)", () => {
    const memo = new ColumnMemo<string>();
    const { compute, calls } = counted();
    const note = `Overleg met de wijkagent ${"en de partners ".repeat(20)}`;
    memo.get(8, note, compute);
    memo.get(8, note, compute);
    expect(calls()).toBe(2);
  });
});
