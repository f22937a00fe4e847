import { fitColumnWidths, SheetBuilder } from "../../../src/core/plan/sheetBuilder";

describe("SheetBuilder", () => {
  it("stacks tables top-down and reports where their bodies are", () => {
    const sheet = new SheetBuilder([20, 10]);
    sheet.line("Titel");
    sheet.skip();
    const table = sheet.table({
      header: ["Naam", "Aantal"],
      rows: [
        ["a", 1],
        ["b", 2],
      ],
      banded: true,
    });
    expect({
      header: table.headerRow,
      body: [table.firstRow, table.lastRow],
      column: table.bodyColumn(1),
      cell: table.cell(1, 0),
      range: table.range,
      next: sheet.row,
    }).toEqual({ header: 3, body: [4, 5], column: "B4:B5", cell: "A5", range: "A3:B5", next: 6 });
  });

  it("gives rows with wrapped text an estimated height and leaves one-line rows alone", () => {
    const sheet = new SheetBuilder([10, 10]);
    sheet.write(
      [
        ["een twee drie vier", "kort"],
        ["kort", "kort"],
      ],
      { columnStyles: [{ wrap: true }, { wrap: true }] },
    );
    sheet.paragraph("woord ".repeat(10).trim(), 20, 2);
    expect(
      sheet.build({ key: "notes", name: "x", columnWidths: [10, 10], print: {} as never }).rowHeights,
    ).toEqual([
      { row: 1, height: 30 },
      { row: 3, height: 60 },
    ]);
  });
});

describe("fitColumnWidths", () => {
  it("fits the longest word of a wrapped column, whole texts and formatted numbers, within the maximum", () => {
    const widths = fitColumnWidths(
      [
        { row: 1, column: 1, values: [["Voortgang per prioriteit"]] },
        {
          row: 2,
          column: 1,
          values: [
            ["Prioriteit / thema", "Nr.", "Totaal"],
            ["Cybercriminaliteit en online veiligheid", "006", 1697],
          ],
          columnStyles: [{ wrap: true }, undefined, { numberFormat: "#,##0" }],
        },
      ],
      [],
      [40, 30, 30, 30],
    );
    // "Cybercriminaliteit" (18) + padding; "Nr." and "006" (3) at the minimum of 6; "Totaal" (6) + padding; an
    // empty column at the minimum; the title on its own row sizes nothing.
    expect(widths).toEqual([19.5, 6, 7.5, 6]);
  });
});
