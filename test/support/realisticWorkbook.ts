import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "./snapshotBuilder";

/**
 * The shape real activity lists have at scale (issue 17): people's names in the owner column ("J. de
 * Vries"), about a third of the plannings before the report date 2025-09-30, free-text notes (some with an
 * e-mail address), a few typos in the status. Deterministic. bench/makeLargeWorkbook.mjs writes the same
 * shape to a file for `npm run bench`.
 */
export const realisticReportDate = "2025-09-30";

const owners = [
  "J. de Vries",
  "A. Bakker",
  "M. Yilmaz",
  "S. Jansen",
  "P. van den Berg",
  "K. Visser",
  "R. Smit",
  "L. Mulder",
];
const priorities = ["Cybercriminaliteit", "Jeugd en veiligheid", "Ondermijning", "Zorg en veiligheid"];
const pastPlannings = ["Q1 2025", "Q2 2025", "31-03-2025", "eind 2024", "mei 2025"];
const futurePlannings = ["Q4 2025", "eind 2025", "2026", "Q1/Q2 2026", "31-12-2025", "doorlopend"];
const statuses = [
  "Afgerond",
  "Loopt volgens planning",
  "Op schema",
  "Vertraagd",
  "Niet gestart",
  "loopt achter",
];
const notes = [
  "Overleg met wijkagent en jongerenwerk gepland; verslag volgt in de stuurgroep.",
  "Vertraagd door personele wisseling; nieuwe planning in overleg met de partners.",
  "Zie voortgangsrapportage",
  "Budget aangevraagd bij de provincie, besluit verwacht na de zomer.",
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Header plus `count` activity rows: Nr, Prioriteit, Activiteit, Trekker, Partners, Planning, Status, Toelichting. */
export function realisticActivityRows(count: number): CellValue[][] {
  const next = random(17);
  const rows: CellValue[][] = [
    ["Nr", "Prioriteit", "Activiteit", "Trekker", "Partners", "Planning", "Status", "Toelichting"],
  ];
  for (let index = 1; index <= count; index++) {
    const past = index % 3 === 0;
    const plannings = past ? pastPlannings : futurePlannings;
    const note =
      index % 5 === 0
        ? index % 50 === 0
          ? `Contact via ${owners[index % owners.length].toLowerCase().replace(/[^a-z]+/g, ".")}@gemeente.nl`
          : notes[index % notes.length]
        : null;
    rows.push([
      String(index).padStart(5, "0"),
      priorities[index % priorities.length],
      `Activiteit ${index}: aanpak ${priorities[(index * 7) % priorities.length].toLowerCase()}`,
      owners[Math.floor(next() * owners.length)],
      "Politie, OM",
      plannings[Math.floor(next() * plannings.length)],
      statuses[Math.floor(next() * statuses.length)],
      note,
    ]);
  }
  return rows;
}

/** Header plus `categories` rows of crime counts over `years` years up to 2024. */
export function realisticFigureRows(categories: number, years = 12): CellValue[][] {
  const next = random(42);
  const first = 2024 - years + 1;
  const rows: CellValue[][] = [
    ["Categorie", ...Array.from({ length: years }, (_, offset) => first + offset)],
  ];
  for (let category = 1; category <= categories; category++) {
    let level = 20 + Math.floor(next() * 1500);
    const values: CellValue[] = [`delict ${category}`];
    for (let year = 0; year < years; year++) {
      level = Math.max(0, Math.round(level * (0.85 + next() * 0.3)));
      values.push(level);
    }
    rows.push(values);
  }
  return rows;
}

/** A workbook with a realistic activity list of `activities` rows and a figures sheet. */
export function realisticWorkbook(activities: number, categories = 150): WorkbookSnapshot {
  return workbookFromSheets(
    "realistisch.xlsx",
    sheetFromRows("Activiteiten", realisticActivityRows(activities)),
    sheetFromRows("Cijfers", realisticFigureRows(categories)),
  );
}
