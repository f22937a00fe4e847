import type {
  Activity,
  ActivityDataset,
  FigureSeries,
  FiguresDataset,
  Planning,
} from "../../../src/core/datasets";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

/**
 * A workbook holding each kind of problem validation and the privacy scan report, with the datasets
 * that reading would detect in it, built by hand (the reading side is developed in parallel).
 */
export function hostileWorkbook(): {
  workbook: WorkbookSnapshot;
  datasets: [ActivityDataset, FiguresDataset, FiguresDataset];
} {
  const activitiesSheet = sheetFromRows("Activiteiten", [
    ["Activiteitenlijst IVP 2023-2026"],
    [],
    ["Nr", "Activiteit", "Trekker", "Planning", "Status", "Toelichting"],
    ["001", "Cameratoezicht uitbreiden", "OOV", "Q2 2025", "Afgerond", null],
    [
      "002",
      "Keurmerk Veilig Ondernemen",
      "J. de Vries",
      "31-02-2025",
      "Loopt volgens planning",
      "bel 06-12345678",
    ],
    ["002", "", "Team Handhaving", "Q4 2024", "Vertraagd", null],
    ["003", "Aanpak jeugdoverlast", "Politie", "binnenkort", "", '=HYPERLINK("https://intranet/jeugd")'],
    ["004", "Voorlichting woninginbraak", "OOV", "eind 2025", "Vertraaagd!", { error: "#REF!" }],
    ["005", "Aanpak ondermijning", "OOV", "doorlopend", "Op schema", "BSN 123456782"],
  ]);
  const wideSheet = sheetFromRows("Cijfers", [
    ["Geregistreerde criminaliteit Dronten"],
    ["Categorie", 2018, 2019, 2020, 2021, 2022, "2023*"],
    ["Woninginbraken", 121, 121, 79, 80, 75, 70],
    ["Fietsendiefstal", 200, 210, 2100, 190, 205, 198],
    ["Zakkenrollerij", 12, "n.b.", -3, 10, ".", "x"],
    ["Fietsendiefstal", 1, 2, 3, 4, 5, 6],
    ["Vernielingen", 300, 310, { error: "#DIV/0!" }, "?", 305, 299],
    ["% inwoners dat zich onveilig voelt", 20, 21, 19, 18, 22, 20],
    ["Drugsoverlast", 40, 41, 42, 43, "44*", 45],
  ]);
  const longSheet = sheetFromRows("CBS", [
    ["Onderwerp", "Perioden", "Regio's", "Geregistreerde misdrijven"],
    ["Diefstal", "2022", "Dronten", 500],
    ["Diefstal", "2023*", "Dronten", 480],
    ["Diefstal", "2023*", "Dronten", 481],
    ["Geweld", "2022", "Dronten", "."],
    ["Geweld", "2023*", "Dronten", 90],
  ]);
  const contactsSheet = sheetFromRows(
    "Contacten",
    [
      ["Naam", "E-mail", "Telefoon", "BSN", "IBAN", "Adres"],
      [
        "Jan Jansen",
        "jan.jansen@example.nl",
        "06-12345678",
        123456782,
        "NL91 ABNA 0417 1643 00",
        "Dorpsstraat 12, 1234 AB Dronten",
      ],
      ["Gemeente", "info@gemeente.nl", "2024-2025", 12345672, "NL91ABNA0417164301", "1234AB, 5"],
    ],
    { visibility: "hidden" },
  );

  const planning = (kind: Planning["kind"], end: string | null, text: string): Planning => ({
    kind,
    start: null,
    end,
    text,
  });
  const activity = (row: number, fields: Partial<Activity>): Activity => ({
    row,
    id: null,
    name: "",
    group: null,
    owner: null,
    partners: null,
    planning: null,
    planningText: null,
    status: "unknown",
    statusText: null,
    statusSource: "none",
    note: null,
    ...fields,
  });
  const headers = ["Nr", "Activiteit", "Trekker", "Planning", "Status", "Toelichting"];
  const fields = ["id", "name", "owner", "planning", "status", "note"] as const;
  const activities: ActivityDataset = {
    kind: "activities",
    sheet: "Activiteiten",
    headerRow: 3,
    firstRow: 4,
    lastRow: 9,
    confidence: 0.9,
    explanation: {
      sheet: "Activiteiten",
      headerRow: 3,
      columns: headers.map((header, index) => ({ header, field: fields[index], column: index + 1 })),
      notes: [],
    },
    columns: Object.fromEntries(
      fields.map((field, index) => [field, { column: index + 1, header: headers[index] }]),
    ),
    activities: [
      activity(4, {
        id: "001",
        name: "Cameratoezicht uitbreiden",
        owner: "OOV",
        planning: planning("quarter", "2025-06-30", "Q2 2025"),
        planningText: "Q2 2025",
        status: "done",
        statusText: "Afgerond",
        statusSource: "text",
      }),
      activity(5, {
        id: "002",
        name: "Keurmerk Veilig Ondernemen",
        owner: "J. de Vries",
        planningText: "31-02-2025",
        status: "onTrack",
        statusText: "Loopt volgens planning",
        statusSource: "text",
        note: "bel 06-12345678",
      }),
      activity(6, {
        id: "002",
        name: "",
        owner: "Team Handhaving",
        planning: planning("quarter", "2024-12-31", "Q4 2024"),
        planningText: "Q4 2024",
        status: "delayed",
        statusText: "Vertraagd",
        statusSource: "text",
      }),
      activity(7, {
        id: "003",
        name: "Aanpak jeugdoverlast",
        owner: "Politie",
        planningText: "binnenkort",
        note: '=HYPERLINK("https://intranet/jeugd")',
      }),
      activity(8, {
        id: "004",
        name: "Voorlichting woninginbraak",
        owner: "OOV",
        planning: planning("endOfYear", "2025-12-31", "eind 2025"),
        planningText: "eind 2025",
        statusText: "Vertraaagd!",
        statusSource: "text",
      }),
      activity(9, {
        id: "005",
        name: "Aanpak ondermijning",
        owner: "OOV",
        planning: planning("ongoing", null, "doorlopend"),
        planningText: "doorlopend",
        status: "onTrack",
        statusText: "Op schema",
        statusSource: "text",
        note: "BSN 123456782",
      }),
    ],
  };

  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const wideSeries = (
    row: number,
    category: string,
    values: (number | null)[],
    symbols: (string | null)[] = [],
    unit: FigureSeries["unit"] = "count",
  ): FigureSeries => ({
    category,
    region: null,
    unit,
    values,
    cells: years.map((_, index) => `${String.fromCharCode(66 + index)}${row}`),
    symbols: years.map((_, index) => symbols[index] ?? null),
    row,
    targetText: null,
  });
  const wide: FiguresDataset = {
    kind: "figures",
    sheet: "Cijfers",
    layout: "wide",
    headerRow: 2,
    years,
    provisionalYears: [2023],
    confidence: 0.95,
    explanation: {
      sheet: "Cijfers",
      headerRow: 2,
      columns: [
        { header: "Categorie", field: "category", column: 1 },
        ...years.map((year, index) => ({ header: String(year), field: "value", column: index + 2 })),
      ],
      notes: [],
    },
    series: [
      wideSeries(3, "Woninginbraken", [121, 121, 79, 80, 75, 70]),
      wideSeries(4, "Fietsendiefstal", [200, 210, 2100, 190, 205, 198]),
      wideSeries(5, "Zakkenrollerij", [12, null, -3, 10, null, null], [null, "n.b.", null, null, ".", "x"]),
      wideSeries(6, "Fietsendiefstal", [1, 2, 3, 4, 5, 6]),
      wideSeries(7, "Vernielingen", [300, 310, null, null, 305, 299], [null, null, "#DIV/0!", "?"]),
      wideSeries(8, "% inwoners dat zich onveilig voelt", [20, 21, 19, 18, 22, 20], [], "percent"),
      wideSeries(9, "Drugsoverlast", [40, 41, 42, 43, 44, 45], [null, null, null, null, "44*"]),
    ],
  };
  const long: FiguresDataset = {
    kind: "figures",
    sheet: "CBS",
    layout: "long",
    headerRow: 1,
    years: [2022, 2023],
    provisionalYears: [2023],
    confidence: 0.9,
    explanation: {
      sheet: "CBS",
      headerRow: 1,
      columns: [
        { header: "Onderwerp", field: "category", column: 1 },
        { header: "Perioden", field: "period", column: 2 },
        { header: "Regio's", field: "region", column: 3 },
        { header: "Geregistreerde misdrijven", field: "value", column: 4 },
      ],
      notes: [],
    },
    series: [
      {
        category: "Diefstal",
        region: "Dronten",
        unit: "count",
        values: [500, 480],
        cells: ["D2", "D3"],
        symbols: [null, null],
        row: 2,
        targetText: null,
      },
      {
        category: "Geweld",
        region: "Dronten",
        unit: "count",
        values: [null, 90],
        cells: ["D5", "D6"],
        symbols: [".", null],
        row: 5,
        targetText: null,
      },
    ],
  };
  return {
    workbook: workbookFromSheets("hostile.xlsx", activitiesSheet, wideSheet, longSheet, contactsSheet),
    datasets: [activities, wide, long],
  };
}
