import {
  cellAddress,
  columnLetter,
  columnNumber,
  parseRangeAddress,
  quoteSheetName,
} from "../../src/core/address";

describe("address", () => {
  it("converts column numbers to letters and back at the edges of Excel's grid", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA", "XFD"]);
    expect(["A", "Z", "AA", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 16384]);
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
