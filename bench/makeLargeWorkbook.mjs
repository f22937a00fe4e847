// Generates the benchmark workbook in code: 20,000 activities and 150 categories × 12 years.
// Deterministic (seeded), so every run measures the same input.
import ExcelJS from "exceljs";

const priorities = [
  "Cybercriminaliteit",
  "Jeugd en veiligheid",
  "Ondermijning",
  "Zorg en veiligheid",
  "Overige thema's",
];
const statuses = [
  "Afgerond",
  "Loopt volgens planning",
  "Op schema",
  "Vertraagd",
  "Niet gestart",
  "loopt achter",
];
const plannings = [
  "Q1 2025",
  "Q2 2025",
  "Q3 2025",
  "Q4 2025",
  "eind 2025",
  "2026",
  "doorlopend",
  "31-12-2025",
  "Q1/Q2 2026",
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
    list.addRow([
      String(index).padStart(5, "0"),
      priorities[Math.floor(next() * priorities.length)],
      `Activiteit ${index}: aanpak ${priorities[index % priorities.length].toLowerCase()}`,
      "OOV",
      "Politie, OM",
      plannings[Math.floor(next() * plannings.length)],
      statuses[Math.floor(next() * statuses.length)],
      index % 7 === 0 ? "Zie voortgangsrapportage" : null,
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
