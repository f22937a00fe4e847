import { SheetGrid } from "../../../../src/core/read/grid";
import {
  cellsIn,
  tableConfidence,
  walkTable,
  type RowKind,
} from "../../../../src/core/read/detectors/kernel";
import { sheetFromRows } from "../../../support/snapshotBuilder";

describe("walkTable", () => {
  const grid = new SheetGrid(
    sheetFromRows("Blad", [
      ["Kop", "Waarde"],
      ["a", 1],
      [null, null],
      ["Tussenkop", null],
      ["b", 2],
      ["overslaan", "?"],
      ["c", 3],
      [null, null],
      ["Bron: CBS", null],
      ["d", 4],
    ]),
  );
  const classify = (row: number): RowKind => {
    const text = grid.text(row, 1);
    if (text.startsWith("Bron")) return "footnote";
    if (text === "Tussenkop") return "heading";
    if (text === "overslaan") return "skip";
    return "data";
  };

  it("keeps blank rows inside the table, counts skipped rows and stops at the footnote", () => {
    const read: number[] = [];
    const walk = walkTable(grid, 2, cellsIn(grid, { firstColumn: 1, lastColumn: 2 }), classify, (row) =>
      read.push(row),
    );
    expect({ read, walk }).toEqual({
      read: [2, 5, 7],
      walk: {
        dataRows: [2, 5, 7],
        blankRowsInside: [3],
        footnoteRow: 9,
        skipped: 1,
        firstSkipped: 6,
        lastRow: 7,
      },
    });
  });
});

describe("tableConfidence", () => {
  it("trusts a manual mapping's header but still measures its body, and scales small tables down", () => {
    expect([
      tableConfidence({ manual: true, headerScore: 0.5, quality: 1, rows: 1 }),
      tableConfidence({ manual: true, headerScore: 0.5, quality: 0, rows: 1 }),
      tableConfidence({ manual: false, headerScore: 1, quality: 1, rows: 10 }),
      tableConfidence({ manual: false, headerScore: 1, quality: 0.5, rows: 1 }),
    ]).toEqual([1, 0.5, 1, 0.6]);
  });
});
