import {
  cellAddress,
  readableSheetName,
  columnRunsAddress,
  rangeAreas,
  rangeCells,
  columnLetter,
  columnNumber,
  parseRangeAddress,
  quoteSheetName,
  rowDigitsAt,
} from "../../src/core/address";

describe("address", () => {
  it("converts column numbers to letters and back at the edges of Excel's grid", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(["A", "Z", "AA", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 16384]);
  });

  it("writes the same letters for a column however often it is asked, and for columns past Excel's grid", () => {
    expect([columnLetter(28), columnLetter(28)]).toEqual(["AB", "AB"]);
    expect(columnLetter(16385)).toBe("XFE");
  });

  it("finds where a plain A1 address's row starts, and refuses anything else", () => {
    expect(["D12", "XFD1048576", "A1"].map(rowDigitsAt)).toEqual([1, 3, 1]);
    expect(["", "12", "D", "d12", "$D$12", "ABCD1", "D1:D2", "D1x"].map(rowDigitsAt)).toEqual([
      -1, -1, -1, -1, -1, -1, -1, -1,
    ]);
  });

  it("parses ranges and formats cells", () => {
    expect(parseRangeAddress("A5:F5")).toEqual({ start: { row: 5, column: 1 }, end: { row: 5, column: 6 } });
    expect(cellAddress(4, 2)).toBe("B4");
  });

  it("quotes sheet names with spaces and apostrophes for formulas", () => {
    expect([
      quoteSheetName("Data"),
      quoteSheetName("Koers Trends"),
      quoteSheetName("Bob's Data"),
      quoteSheetName("A1"),
    ]).toEqual(["Data", "'Koers Trends'", "'Bob''s Data'", "'A1'"]);
  });
});

describe("multi-area references", () => {
  it("merges contiguous rows of a column into runs, in any order and with repeats", () => {
    expect(
      columnRunsAddress(
        "D",
        Array.from({ length: 20_000 }, (_, index) => 20_001 - index),
      ),
    ).toBe("D2:D20001");
    expect(columnRunsAddress("E", [12, 4, 9, 10, 11, 10])).toBe("E4,E9:E12");
    expect(columnRunsAddress("AA", [7])).toBe("AA7");
  });

  it("lists the first cells of a multi-area reference, from an offset, without expanding big areas", () => {
    expect(rangeAreas("E4, E9:E12")).toEqual(["E4", "E9:E12"]);
    expect(rangeCells("E4,E9:E12", 3)).toEqual(["E4", "E9", "E10"]);
    expect(rangeCells("E4,E9:E12", 20, 2)).toEqual(["E10", "E11", "E12"]);
    expect(rangeCells("D2:D1048576", 2, 1_000_000)).toEqual(["D1000002", "D1000003"]);
    expect(rangeCells("A1:B2", 4)).toEqual(["A1", "B1", "A2", "B2"]);
  });
});

describe("readableSheetName", () => {
  it("names a further workbook's sheet in words, not as an external reference", () => {
    expect([
      readableSheetName("[dronten-cijfers.xlsx]Cijfers", "nl"),
      readableSheetName("[dronten-cijfers.xlsx]Cijfers", "en"),
      readableSheetName("Cijfers 2016-2018", "nl"),
      readableSheetName("[dronten-criminaliteit.xlsx]Cijfers 2016-2018", "nl"),
      readableSheetName("[dronten_cijfers.xlsx]Cijfers", "en"),
      readableSheetName("Cijfers", "nl"),
    ]).toEqual([
      "Dronten cijfers, blad Cijfers",
      "Dronten cijfers, sheet Cijfers",
      "Cijfers 2016-2018",
      "Dronten criminaliteit, blad Cijfers 2016-2018",
      "Dronten cijfers, sheet Cijfers",
      "Cijfers",
    ]);
  });
});
