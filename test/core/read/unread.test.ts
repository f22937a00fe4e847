import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import type { CellValue } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

const detect = (rows: CellValue[][], language: "nl" | "en" = "nl") =>
  detectDatasets(
    workbookFromSheets("veiligheid.xlsx", sheetFromRows("Wijken", rows)),
    parseSettings({ reportDate: "2024-06-01", language }),
  );

describe("unread-sheet: numbers no recognised table used", () => {
  it("names a sheet of numbers without a table Koers recognises, and how to map it", () => {
    // Counts per district without any period: nothing to compare over time, so no figures table.
    const detection = detect([
      ["Meldingen overlast per wijk"],
      ["Wijk", "Jeugd", "Buren", "Verward gedrag"],
      ["Centrum", 41, 18, 12],
      ["Haven", 27, 9, 6],
      ["Stadshagen", 35, 22, 8],
    ]);
    const unread = detection.findings.filter((finding) => finding.code === "unread-sheet");
    expect(unread.map((finding) => [finding.severity, finding.cell, finding.message, finding.hint])).toEqual([
      [
        "info",
        "B3",
        "Blad 'Wijken' bevat 9 getallen die Koers niet heeft gebruikt: Koers herkent er geen tabel in.",
        "Wijs in het taakvenster onder 'Kolommen toewijzen' voor dit blad zelf de categorie, periode, waarde en regio aan.",
      ],
    ]);
  });

  it("names numbers beside a table that it read, in English too", () => {
    const detection = detect(
      [
        ["Soort misdrijf", "2022", "2023", null, null, "Wijkagenten", "Fte"],
        ["Woninginbraak", 410, 385, null, null, "Centrum", 4],
        ["Fietsdiefstal", 1_240, 1_310, null, null, "Haven", 3],
        ["Zakkenrollerij", 95, 80, null, null, "Stadshagen", 5],
      ],
      "en",
    );
    expect({
      datasets: detection.datasets.length,
      unread: detection.findings
        .filter((finding) => finding.code === "unread-sheet")
        .map((finding) => [finding.cell, finding.message]),
    }).toEqual({
      datasets: 1,
      unread: [
        [
          "G2",
          "Sheet 'Wijken' holds 3 numbers Koers did not use: they lie outside the tables it recognised.",
        ],
      ],
    });
  });

  it("says nothing when every number is in a table, or for a lone page number and a date", () => {
    const read = detect([
      ["Criminaliteit 2023", null, null],
      ["Soort misdrijf", "2022", "2023"],
      ["Woninginbraak", 410, 385],
      ["Fietsdiefstal", 1_240, 1_310],
      [],
      ["Pagina", 3, null],
    ]);
    expect(read.findings.filter((finding) => finding.code === "unread-sheet")).toEqual([]);
  });
});
