import { formatCellText, formatNumberValue } from "../../../src/core/read/numberFormat";

describe("formatCellText", () => {
  it("shows numbers as a Dutch Excel does", () => {
    const cases: [number, string][] = [
      [1697, "General"],
      [1.5, "General"],
      [1697, "#,##0"],
      [1234567.891, "#,##0.00"],
      [0.25, "0%"],
      [0.1234, "0.0%"],
      [-12.5, "0.0"],
      [-12.5, "#,##0;(#,##0)"],
      [0, '0;-0;"nul"'],
      [42, '0 "inw."'],
      [1234.5, "[$€-413] #,##0.00"],
      [5, "[Red]0.00"],
      [7, "000"],
      [12345.678, "0.00E+00"],
      [1 / 3, "General"],
      [46022, "dd-mm-yyyy"],
      [46022, "d mmmm yyyy"],
      [46022, "dddd d mmm yy"],
      [46022.75, "dd-mm-yyyy hh:mm"],
      [0.5, "h:mm"],
    ];
    expect(cases.map(([value, format]) => formatNumberValue(value, format, "nl"))).toEqual([
      "1697",
      "1,5",
      "1.697",
      "1.234.567,89",
      "25%",
      "12,3%",
      "-12,5",
      "(13)",
      "nul",
      "42 inw.",
      "€ 1.234,50",
      "5,00",
      "007",
      "1,23E+04",
      "0,3333333333",
      "31-12-2025",
      "31 december 2025",
      "woensdag 31 dec 25",
      "31-12-2025 18:00",
      "12:00",
    ]);
  });

  it("shows the English way on request and passes texts, booleans, errors and blanks", () => {
    expect([
      formatNumberValue(1234.5, "#,##0.00", "en"),
      formatNumberValue(46022, "d mmmm yyyy", "en"),
      formatCellText("1.697", "General"),
      formatCellText(true, "General"),
      formatCellText({ error: "#DIV/0!" }, "0.0"),
      formatCellText(null, "0.0"),
    ]).toEqual(["1,234.50", "31 December 2025", "1.697", "TRUE", "#DIV/0!", ""]);
  });
});
