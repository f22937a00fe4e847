/**
 * Renders a dataset's structured DetectionExplanation in Dutch or English, for the pane and report.json.
 * The remarks are typed notes (DetectionNote): one template per code, filled with the note's parameters.
 */
import { columnLetter } from "../address";
import type {
  Dataset,
  DetectionExplanation,
  DetectionNote,
  DetectionNoteCode,
  FigureUnit,
} from "../datasets";
import { interpolate, type Language } from "../i18n/language";
import { parseNote } from "./notes";

const fieldNames: Record<string, Record<Language, string>> = {
  id: { nl: "nummer", en: "id" },
  name: { nl: "naam", en: "name" },
  group: { nl: "thema", en: "group" },
  owner: { nl: "trekker", en: "owner" },
  partners: { nl: "partners", en: "partners" },
  planning: { nl: "planning", en: "planning" },
  status: { nl: "status", en: "status" },
  note: { nl: "toelichting", en: "note" },
  category: { nl: "categorie", en: "category" },
  period: { nl: "periode", en: "period" },
  region: { nl: "regio", en: "region" },
  value: { nl: "waarde", en: "value" },
  unit: { nl: "eenheid", en: "unit" },
  target: { nl: "doel", en: "target" },
  year: { nl: "jaar", en: "year" },
  margin: { nl: "marge", en: "margin" },
  lower: { nl: "ondergrens", en: "lower bound" },
  upper: { nl: "bovengrens", en: "upper bound" },
  respondents: { nl: "aantal respondenten", en: "respondents" },
  population: { nl: "inwoners", en: "population" },
};

const unitNames: Record<FigureUnit, Record<Language, string>> = {
  count: { nl: "aantallen", en: "counts" },
  per1000: { nl: "per 1.000 inwoners", en: "per 1,000 inhabitants" },
  per10000: { nl: "per 10.000 inwoners", en: "per 10,000 inhabitants" },
  per100000: { nl: "per 100.000 inwoners", en: "per 100,000 inhabitants" },
  percent: { nl: "procenten", en: "percentages" },
  mark: { nl: "rapportcijfers", en: "report marks" },
  score: { nl: "scores", en: "scores" },
};

const noteTemplates: Record<Exclude<DetectionNoteCode, "periods-as-rows">, Record<Language, string>> = {
  "title-above": { nl: "Titel boven de kop overgeslagen.", en: "Title above the header skipped." },
  "two-row-header": {
    nl: "Kop over twee rijen gelezen (groepskop met subkoppen eronder).",
    en: "Header read over two rows (a group header with sub-headers below).",
  },
  "section-rows": {
    nl: "Themaregels boven de activiteiten geven het thema ({{value}}).",
    en: "Section rows above the activities give the theme ({{value}}).",
  },
  "group-filled-down": {
    nl: "Lege themacellen nemen het thema van de rij erboven over ({{value}}).",
    en: "Blank theme cells take the theme of the row above ({{value}}).",
  },
  "region-filled-down": {
    nl: "Lege regiocellen nemen de regio van de rij erboven over ({{value}}).",
    en: "Blank region cells take the region of the row above ({{value}}).",
  },
  "status-from-fill": {
    nl: "Status uit de celkleur gelezen ({{value}} rijen).",
    en: "Status read from the cell colour ({{value}} rows).",
  },
  "blank-rows": {
    nl: "Lege rijen in de tabel overgeslagen ({{value}}).",
    en: "Blank rows inside the table skipped ({{value}}).",
  },
  footnote: {
    nl: "Voetnoot op rij {{value}} hoort niet bij de tabel.",
    en: "Footnote on row {{value}} is not part of the table.",
  },
  "unit-row": {
    nl: "Eenheidsrij op rij {{value}} gelezen als eenheid, niet als categorie.",
    en: "Unit row on row {{value}} read as the unit, not as a category.",
  },
  "manual-mapping": { nl: "Kolommen door u toegewezen.", en: "Columns mapped by you." },
  "flattened-header": {
    nl: "Koppen als 'regio_onderwerp_periode' gesplitst in regio, categorie en periode.",
    en: "Headers like 'region_subject_period' split into region, category and period.",
  },
  subheadings: { nl: "Tussenkopjes overgeslagen ({{value}}).", en: "Subheadings skipped ({{value}})." },
  units: { nl: "Eenheden naast aantallen: {{value}}.", en: "Units besides counts: {{value}}." },
  provisional: { nl: "Voorlopige cijfers: {{value}}.", en: "Provisional figures: {{value}}." },
  regions: { nl: "{{value}} regio's.", en: "{{value}} regions." },
  "skipped-rows": {
    nl: "Rijen zonder jaartal overgeslagen ({{value}}).",
    en: "Rows without a year skipped ({{value}}).",
  },
  "sheets-combined": {
    nl: "Eén blad per periode: {{value}} bladen samengevoegd tot één reeks per categorie.",
    en: "One sheet per period: {{value}} sheets combined into one series per category.",
  },
  "duplicate-periods": {
    nl: "Dubbele rijen (zelfde categorie, regio en jaar) genegeerd ({{value}}).",
    en: "Duplicate rows (same category, region and year) ignored ({{value}}).",
  },
};

const phrases = {
  sheet: {
    nl: "Blad '{{sheet}}', kop op rij {{row}}, kolommen: {{columns}}.",
    en: "Sheet '{{sheet}}', header on row {{row}}, columns: {{columns}}.",
  },
  activities: {
    nl: "Activiteitenlijst met {{count}} activiteiten",
    en: "Activity list with {{count}} activities",
  },
  wide: {
    nl: "Cijfertabel met een kolom per jaar, {{count}} categorieën",
    en: "Figures table with a column per year, {{count}} categories",
  },
  periodsAsRows: {
    nl: "Cijfertabel met een rij per jaar en een kolom per categorie (CBS), {{count}} reeksen",
    en: "Figures table with a row per year and a column per category (CBS), {{count}} series",
  },
  long: {
    nl: "Cijfertabel met een rij per categorie en jaar (CBS), {{count}} reeksen",
    en: "Figures table with a row per category and year (CBS), {{count}} series",
  },
  survey: {
    nl: "Enquêtetabel (zoals de Veiligheidsmonitor) met een marge per waarde waar de tabel die geeft, {{count}} indicatoren",
    en: "Survey table (such as the Veiligheidsmonitor) with a margin per value where the table gives one, {{count}} indicators",
  },
  confidence: { nl: "zekerheid {{percent}}%.", en: "confidence {{percent}}%." },
  noHeader: { nl: "(kolom {{column}})", en: "(column {{column}})" },
  years: { nl: "jaren", en: "years" },
};

/** The value a note's template shows: its count, row, units or years. */
function noteValue(note: DetectionNote, language: Language): string {
  if ("count" in note) return String(note.count);
  if ("row" in note) return String(note.row);
  if ("units" in note) return note.units.map((unit) => unitNames[unit]?.[language] ?? unit).join(", ");
  if ("years" in note) return note.years.join(", ");
  return "";
}

/**
 * One note rendered in the language. A note may also be given by its stable code ("section-rows:5", as
 * DetectionExplanation.notes holds it); an unknown code is returned as is.
 */
export function noteText(note: DetectionNote | string, language: Language): string {
  const typed = typeof note === "string" ? parseNote(note) : note;
  if (typed === null || typed.code === "periods-as-rows") return typeof note === "string" ? note : "";
  return interpolate(noteTemplates[typed.code][language], { value: noteValue(typed, language) });
}

/** The typed notes of an explanation (from its stable codes when it was built without them). */
function notesOf(explanation: DetectionExplanation): DetectionNote[] {
  return (
    explanation.details ??
    explanation.notes.map(parseNote).filter((note): note is DetectionNote => note !== null)
  );
}

/**
 * "Blad 'Prioriteiten', kop op rij 4, kolommen: Activiteit → naam, Status → status, …. Activiteitenlijst
 * met 117 activiteiten, zekerheid 95%. Titel boven de kop overgeslagen." (or the English equivalent).
 */
export function describeDetection(dataset: Dataset, language: Language): string {
  const { explanation } = dataset;
  const headerOf = (header: string, column: number) =>
    header !== "" ? header : interpolate(phrases.noHeader[language], { column: columnLetter(column) });
  const parts: string[] = [];
  const years = explanation.columns.filter((column) => column.field === "year");
  for (const column of explanation.columns) {
    if (column.field === "year") {
      if (column === years[0])
        parts.push(
          `${years.map((year) => headerOf(year.header, year.column)).join(", ")} → ${phrases.years[language]}`,
        );
      continue;
    }
    parts.push(
      `${headerOf(column.header, column.column)} → ${fieldNames[column.field]?.[language] ?? column.field}`,
    );
  }
  const first = interpolate(phrases.sheet[language], {
    sheet: explanation.sheet,
    row: explanation.headerRow,
    columns: parts.join(", "),
  });
  const notes = notesOf(explanation);
  const periodsAsRows = notes.some((note) => note.code === "periods-as-rows");
  const summary =
    dataset.kind === "activities"
      ? interpolate(phrases.activities[language], { count: dataset.activities.length })
      : interpolate(
          phrases[dataset.survey ? "survey" : periodsAsRows ? "periodsAsRows" : dataset.layout][language],
          {
            count: dataset.series.length,
          },
        );
  const confidence = interpolate(phrases.confidence[language], {
    percent: Math.round(dataset.confidence * 100),
  });
  const remarks = notes
    .filter((note) => note.code !== "periods-as-rows")
    .map((note) => noteText(note, language));
  return [first, `${summary}, ${confidence}`, ...remarks].join(" ");
}
