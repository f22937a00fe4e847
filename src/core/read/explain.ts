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
import { fieldLabel, fieldTerm } from "../fields";
import { interpolate, type Language } from "../i18n/language";
import { parseNote } from "./notes";

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
  "region-filled-down": {
    nl: "Lege regiocellen nemen de regio van de rij erboven over ({{value}}).",
    en: "Blank region cells take the region of the row above ({{value}}).",
  },
  "group-filled-down": {
    nl: "Lege themacellen nemen het thema van de rij erboven over ({{value}}).",
    en: "Blank theme cells take the theme of the row above ({{value}}).",
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
  readAs: { nl: "{{header}} (als {{term}})", en: "{{header}} (as {{term}})" },
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
  noHeader: { nl: "kolom {{column}}", en: "column {{column}}" },
  run: {
    nl: "{{first}} t/m {{last}} ({{count}} kolommen)",
    en: "{{first}} to {{last}} ({{count}} columns)",
  },
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
 * "Blad 'Prioriteiten', kop op rij 4, kolommen: Nr. (als nummer), Activiteit, Status, …. Activiteitenlijst
 * met 117 activiteiten. Titel boven de kop overgeslagen." (or the English equivalent): each column by its own
 * header, with what Koers read it as in plain words where the header does not already say so. The confidence
 * is not part of the text: the pane and the Toelichting show it beside it.
 */
export function describeDetection(dataset: Dataset, language: Language): string {
  const { explanation } = dataset;
  const first = interpolate(phrases.sheet[language], {
    sheet: explanation.sheet,
    row: explanation.headerRow,
    columns: describeColumns(explanation.columns, language),
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
  const remarks = notes
    .filter((note) => note.code !== "periods-as-rows")
    .map((note) => noteText(note, language));
  return [first, `${summary}.`, ...remarks].join(" ");
}

/** A detected column: its header as found, the field it was read as, and its column (number or letter). */
interface DescribedColumn {
  header: string;
  field: string;
  column: number | string;
}

/**
 * "Nr. (als nummer), Activiteit, Trekker, 2016, 2017, 2018* (als jaren)": each column by its own header, with
 * what Koers read it as in plain words (the one field vocabulary) where the header does not already say so.
 */
export function describeColumns(columns: readonly DescribedColumn[], language: Language): string {
  const headerOf = (column: DescribedColumn) =>
    column.header !== ""
      ? column.header
      : interpolate(phrases.noHeader[language], {
          column: typeof column.column === "number" ? columnLetter(column.column) : column.column,
        });
  const readAs = (header: string, field: string) =>
    sameWord(header, fieldLabel(field, language)) || sameWord(header, fieldTerm(field, language))
      ? header
      : interpolate(phrases.readAs[language], { header, term: fieldTerm(field, language) });
  // NOTE: a table with a column per period or per glued header ("Nederland_Totaal misdrijven_2016*") has dozens
  // of columns of one kind. The year columns are named together where the first stands (margins may sit
  // between them), a run of value columns together; a group longer than `longRun` by its ends and its size.
  const groups: DescribedColumn[][] = [];
  const years = columns.filter((column) => column.field === "year");
  columns.forEach((column, index) => {
    if (column.field === "year") {
      if (column === years[0]) groups.push(years);
    } else if (column.field === "value" && columns[index - 1]?.field === "value")
      groups[groups.length - 1].push(column);
    else groups.push([column]);
  });
  return groups
    .map((group) =>
      readAs(
        group.length > longRun
          ? interpolate(phrases.run[language], {
              first: headerOf(group[0]),
              last: headerOf(group[group.length - 1]),
              count: group.length,
            })
          : group.map(headerOf).join(", "),
        group[0].field,
      ),
    )
    .join(", ");
}

/** Columns of one kind listed one by one up to this many; a longer run is named by its ends. */
const longRun = 6;

/** The remarks of a detection, from their stable codes ("unit-row:5"), as sentences in the language. */
export function describeNotes(notes: readonly string[], language: Language): string[] {
  return notes
    .filter((note) => parseNote(note)?.code !== "periods-as-rows")
    .map((note) => noteText(note, language))
    .filter((text) => text !== "");
}

/** "Trekker" and "trekker", "Prioriteit / thema" and "prioriteit/thema": the same word to a reader. */
function sameWord(left: string, right: string): boolean {
  const plain = (text: string) => text.toLocaleLowerCase("nl").replace(/[^\p{L}\p{N}]+/gu, "");
  return plain(left) === plain(right);
}
