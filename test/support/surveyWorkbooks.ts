/**
 * Survey sheets as teams copy them from the Veiligheidsmonitor (every two years: 2019, 2021, 2023), in the
 * forms Koers reads: wide with a margin column after each year ("±1,3" as text, decimal commas as text or
 * numbers), wide with bounds, wide with respondents, and long with a region column (the municipality, its
 * police unit and Nederland). Figures are in the range the monitor reports; margins are those it prints.
 */
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { sheetFromRows } from "./snapshotBuilder";

/** Wide: "Indicator | 2019 | marge | 2021 | marge | 2023 | marge", title above, footnote below. */
export function wideMarginSheet(name = "Veiligheidsmonitor"): SheetSnapshot {
  const rows: CellValue[][] = [
    ["Veiligheidsmonitor Dronten 2019–2023"],
    ["Bron: Integrale Veiligheidsmonitor, gemeente Dronten"],
    [],
    ["Indicator", 2019, "marge", 2021, "marge", 2023, "marge"],
    ["Voelt zich wel eens onveilig (%)", "34,6", "±1,3", "33,1", "±1,4", "36,0", "±1,3"],
    ["Voelt zich wel eens onveilig in de eigen buurt (%)", 14.2, 1.0, 13.8, 1.1, 14.9, 1.1],
    ["Slachtofferschap online criminaliteit (%)", "15,3", "±1,0", "16,0", "±1,1", "15,1", "±1,0"],
    ["Ervaart veel overlast in de buurt (%)", 9.8, 0.8, 10.4, 0.9, 9.1, 0.8],
    ["Rapportcijfer veiligheid in de buurt", "7,3", "±0,04", "7,3", "±0,05", "7,1", "±0,04"],
    ["Tevreden over functioneren politie in de buurt (%)", 41.2, 1.6, 39.5, 1.7, 40.1, 1.6],
    ["Sociale cohesie (schaalscore)", 6.1, 0.06, 6.0, 0.06, 6.0, 0.07],
    [],
    ["* marge: 95%-betrouwbaarheidsmarge, in procentpunten of punten"],
  ];
  return sheetFromRows(name, rows);
}

/** Wide with the interval's bounds per year; percentages stored as fractions with a % format. */
export function wideBoundsSheet(name = "Enquête"): SheetSnapshot {
  const rows: CellValue[][] = [
    ["Indicator", 2019, "ondergrens", "bovengrens", 2023, "ondergrens", "bovengrens"],
    ["Voelt zich wel eens onveilig (%)", 0.346, 0.333, 0.359, 0.36, 0.347, 0.373],
    ["Rapportcijfer veiligheid in de buurt", 7.3, 7.26, 7.34, 7.1, 7.06, 7.14],
  ];
  const numberFormats: Record<string, string> = {};
  for (const column of ["B", "C", "D", "E", "F", "G"]) numberFormats[`${column}2`] = "0.0%";
  return sheetFromRows(name, rows, { numberFormats });
}

/** Wide with respondents: "2021 | n | 2023 | n"; the margin of a percentage follows from n. */
export function wideRespondentsSheet(name = "Beleving"): SheetSnapshot {
  const rows: CellValue[][] = [
    ["Onderwerp", 2021, "n", 2023, "n"],
    ["Voelt zich wel eens onveilig (%)", 33.1, 4210, 36.0, 5140],
    ["Is slachtoffer geweest van woninginbraak (%)", 1.9, 4210, 1.6, 5140],
    ["Rapportcijfer veiligheid in de buurt", 7.3, 4210, 7.1, 5140],
  ];
  return sheetFromRows(name, rows);
}

/** Long: "Regio | Indicator | Jaar | Percentage | Marge", three regions, 2019/2021/2023. */
export function longRegionsSheet(name = "VM per regio"): SheetSnapshot {
  const table: [string, string, number, number | string, number | string][] = [];
  const add = (region: string, indicator: string, values: [number | string, number | string][]) =>
    [2019, 2021, 2023].forEach((year, index) =>
      table.push([region, indicator, year, values[index][0], values[index][1]]),
    );
  add("Dronten", "Voelt zich wel eens onveilig (%)", [
    ["34,6", "1,3"],
    ["33,1", "1,4"],
    ["36,0", "1,3"],
  ]);
  add("Dronten", "Rapportcijfer veiligheid in de buurt", [
    [7.3, 0.04],
    [7.3, 0.05],
    [7.1, 0.04],
  ]);
  add("Politie-eenheid Midden-Nederland", "Voelt zich wel eens onveilig (%)", [
    [34.8, 0.3],
    [33.5, 0.3],
    [35.2, 0.3],
  ]);
  add("Nederland", "Voelt zich wel eens onveilig (%)", [
    [34.4, 0.1],
    [32.8, 0.1],
    [34.0, 0.1],
  ]);
  return sheetFromRows(name, [["Regio", "Indicator", "Jaar", "Percentage", "Marge"], ...table]);
}

/** Wide without margins, named a survey only by its title: no verdict is possible. */
export function wideWithoutMarginsSheet(name = "Blad1"): SheetSnapshot {
  return sheetFromRows(name, [
    ["Uitkomsten Veiligheidsmonitor"],
    [],
    ["Indicator", 2019, 2021, 2023],
    ["Voelt zich wel eens onveilig (%)", 34.6, 33.1, 36.0],
    ["Rapportcijfer veiligheid in de buurt", 7.3, 7.3, 7.1],
    ["Vindt dat de gemeente voldoende doet aan veiligheid", 42.0, 40.5, 44.3],
  ]);
}
