import type {
  Activity,
  ActivityDataset,
  FigureSeries,
  FigureUnit,
  FiguresDataset,
  StatusKey,
} from "../../../src/core/datasets";

/**
 * Tabel 2 of the Dronten startnotitie IVB 2020-2023 (seeds/dronten-startnotitie-ivb-2020-2023.txt),
 * as detection would hand it over: sheet "Cijfers", header row 3 (A3 empty, B3:D3 = 2016..2018),
 * one row per category from row 4, values in B:D.
 */
export const drontenTable: [category: string, v2016: number, v2017: number, v2018: number][] = [
  ["Criminaliteit totaal", 1697, 1530, 1283],
  ["autokraak", 78, 74, 75],
  ["fietsdiefstal", 143, 54, 46],
  ["bromfiets diefstal", 5, 9, 9],
  ["brom-,snor-,fietsdiefstal", 148, 63, 55],
  ["vernielingen", 171, 182, 157],
  ["woninginbraken", 121, 121, 79],
  ["woninginbraak: pogingen", 37, 47, 22],
  ["woninginbraak: geslaagd", 84, 74, 57],
  ["geweld: totaal", 155, 126, 138],
  ["geweld: zeden", 16, 10, 11],
  ["geweld: openlijk geweld", 10, 9, 4],
  ["geweld: bedreiging", 39, 28, 39],
  ["geweld: mishandeling", 74, 74, 72],
  ["geweld: straatroof", 5, 0, 3],
  ["geweld: overval", 1, 1, 2],
  ["huiselijk geweld", 42, 30, 44],
  ["zakkenrollen", 88, 91, 68],
  ["winkeldiefstal", 41, 42, 31],
  ["inbraak/diefstal bedrijf en instelling", 56, 44, 28],
  ["diefstal motorvoertuig", 8, 4, 6],
  ["box-,schuur-,garage inbraak", 17, 11, 4],
  ["brand, ontploffing", 6, 12, 10],
  ["wapenhandel: totaal per 10.000 inw [%]", 1.5, 3.2, 2.2],
];

/** First data row of the Dronten fixture; row of a category = drontenRow(category). */
export const drontenFirstRow = 4;

export function drontenRow(category: string): number {
  return drontenFirstRow + drontenTable.findIndex(([name]) => name === category);
}

const valueColumns = ["B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];

/** A wide figures dataset with rows from `firstRow`, values in B, C, D, … */
export function figuresDataset(
  rows: {
    category: string;
    values: (number | null)[];
    unit?: FigureUnit;
    targetText?: string | null;
    symbols?: (string | null)[];
    region?: string | null;
  }[],
  years: number[],
  options: { sheet?: string; provisionalYears?: number[]; firstRow?: number; layout?: "wide" | "long" } = {},
): FiguresDataset {
  const sheet = options.sheet ?? "Cijfers";
  const firstRow = options.firstRow ?? drontenFirstRow;
  const series: FigureSeries[] = rows.map((row, index) => ({
    category: row.category,
    region: row.region ?? null,
    unit: row.unit ?? "count",
    values: row.values,
    cells: row.values.map((_, column) => `${valueColumns[column]}${firstRow + index}`),
    symbols: row.symbols ?? row.values.map(() => null),
    row: firstRow + index,
    targetText: row.targetText ?? null,
  }));
  return {
    kind: "figures",
    sheet,
    layout: options.layout ?? "wide",
    headerRow: firstRow - 1,
    years,
    provisionalYears: options.provisionalYears ?? [],
    series,
    confidence: 0.9,
    explanation: { sheet, headerRow: firstRow - 1, columns: [], notes: [] },
  };
}

export function drontenDataset(targets: Record<string, string> = {}): FiguresDataset {
  return figuresDataset(
    drontenTable.map(([category, ...values]) => ({
      category,
      values,
      unit: category.startsWith("wapenhandel") ? "per10000" : "count",
      targetText: targets[category] ?? null,
    })),
    [2016, 2017, 2018],
  );
}

export interface ActivityRow {
  id?: string | null;
  name: string;
  group?: string | null;
  status: StatusKey;
  end?: string | null;
  planningText?: string | null;
  ongoing?: boolean;
}

/**
 * An activity list on `sheet` with header row 1 and columns A id, B name, C group, D planning,
 * E status; activities from row 2.
 */
export function activityDataset(rows: ActivityRow[], sheet = "Activiteiten"): ActivityDataset {
  const activities: Activity[] = rows.map((row, index) => ({
    row: index + 2,
    id: row.id ?? null,
    name: row.name,
    group: row.group ?? null,
    owner: null,
    partners: null,
    planning: row.ongoing
      ? { kind: "ongoing", start: null, end: null, text: row.planningText ?? "doorlopend" }
      : row.end
        ? { kind: "date", start: null, end: row.end, text: row.planningText ?? row.end }
        : null,
    planningText: row.ongoing ? (row.planningText ?? "doorlopend") : (row.planningText ?? row.end ?? null),
    status: row.status,
    statusText: row.status,
    statusSource: "text",
    note: null,
  }));
  return {
    kind: "activities",
    sheet,
    headerRow: 1,
    firstRow: 2,
    lastRow: rows.length + 1,
    columns: {
      id: { column: 1, header: "Nr" },
      name: { column: 2, header: "Activiteit" },
      group: { column: 3, header: "Prioriteit" },
      planning: { column: 4, header: "Planning" },
      status: { column: 5, header: "Status" },
    },
    activities,
    confidence: 0.95,
    explanation: { sheet, headerRow: 1, columns: [], notes: [] },
  };
}
