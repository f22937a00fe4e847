// Generates the benchmark workbook in code: 20,000 activities as real lists have them and 150 categories × 12 years.
// Deterministic (seeded), so every run measures the same input.
import ExcelJS from "exceljs";

// The shape real activity lists have (issue 17), as test/support/realisticWorkbook.ts builds it in tests:
// people's names as owners, a third of the plannings before the bench's report date 2025-09-30, free-text
// notes (some with an e-mail address), status wording as people type it.
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

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Writes the workbook and returns its path. */
export async function makeLargeWorkbook(path, { activities = 20000, categories = 150, years = 12 } = {}) {
  const next = random(42);
  const workbook = new ExcelJS.Workbook();
  const list = workbook.addWorksheet("Activiteiten");
  list.addRow(["Nr", "Prioriteit", "Activiteit", "Trekker", "Partners", "Planning", "Status", "Toelichting"]);
  for (let index = 1; index <= activities; index++) {
    const plannings = index % 3 === 0 ? pastPlannings : futurePlannings;
    const owner = owners[Math.floor(next() * owners.length)];
    const note =
      index % 5 === 0
        ? index % 50 === 0
          ? `Contact via ${owner.toLowerCase().replace(/[^a-z]+/g, ".")}@gemeente.nl`
          : notes[index % notes.length]
        : null;
    list.addRow([
      String(index).padStart(5, "0"),
      priorities[index % priorities.length],
      `Activiteit ${index}: aanpak ${priorities[(index * 7) % priorities.length].toLowerCase()}`,
      owner,
      "Politie, OM",
      plannings[Math.floor(next() * plannings.length)],
      statuses[Math.floor(next() * statuses.length)],
      note,
    ]);
  }
  const figures = workbook.addWorksheet("Cijfers");
  const firstYear = 2025 - years + 1;
  figures.addRow(["Categorie", ...Array.from({ length: years }, (_, offset) => firstYear + offset)]);
  for (let category = 1; category <= categories; category++) {
    let level = 20 + Math.floor(next() * 1500);
    const values = [];
    for (let year = 0; year < years; year++) {
      level = Math.max(0, Math.round(level * (0.85 + next() * 0.3)));
      values.push(level);
    }
    figures.addRow([`delict ${category}`, ...values]);
  }
  await workbook.xlsx.writeFile(path);
  return path;
}
