/**
 * The one vocabulary for the fields of an activity list: each field's label (a column header in the pane and
 * on the generated sheets) and its term inside a sentence (finding messages), Dutch and English. The group
 * field is "Prioriteit / thema" everywhere, never "thema" here and "Prioriteit of thema" there.
 */
import type { ActivityField, FigureField } from "./datasets";
import type { Language } from "./i18n/language";

interface FieldName {
  label: string;
  term: string;
}

export const activityFieldNames: Record<ActivityField, Record<Language, FieldName>> = {
  id: { nl: { label: "Nummer", term: "nummer" }, en: { label: "Number", term: "number" } },
  name: {
    nl: { label: "Activiteit", term: "naam van de activiteit" },
    en: { label: "Activity", term: "activity name" },
  },
  group: {
    nl: { label: "Prioriteit / thema", term: "prioriteit / thema" },
    en: { label: "Priority / theme", term: "priority / theme" },
  },
  owner: { nl: { label: "Trekker", term: "trekker" }, en: { label: "Owner", term: "owner" } },
  partners: { nl: { label: "Partners", term: "partners" }, en: { label: "Partners", term: "partners" } },
  planning: { nl: { label: "Planning", term: "planning" }, en: { label: "Planning", term: "planning" } },
  status: { nl: { label: "Status", term: "status" }, en: { label: "Status", term: "status" } },
  note: { nl: { label: "Toelichting", term: "toelichting" }, en: { label: "Note", term: "note" } },
};

/** Each field's label or term in one language, keyed by field (for i18next resources and catalog terms). */
export function activityFieldWords(language: Language, kind: keyof FieldName): Record<ActivityField, string> {
  return Object.fromEntries(
    Object.entries(activityFieldNames).map(([field, names]) => [field, names[language][kind]]),
  ) as Record<ActivityField, string>;
}

/**
 * The terms for the columns of a figures table (and a survey table's margin columns), as the detection
 * explanation names them: what Koers read a column as, in plain words.
 */
export const figureFieldTerms: Record<
  FigureField | "year" | "population" | "margin" | "lower" | "upper" | "respondents",
  Record<Language, string>
> = {
  category: { nl: "categorie", en: "category" },
  period: { nl: "periode", en: "period" },
  region: { nl: "regio", en: "region" },
  value: { nl: "waarde", en: "value" },
  population: { nl: "inwonertal", en: "population" },
  unit: { nl: "eenheid", en: "unit" },
  target: { nl: "doel", en: "target" },
  year: { nl: "jaren", en: "years" },
  margin: { nl: "marge", en: "margin" },
  lower: { nl: "ondergrens", en: "lower bound" },
  upper: { nl: "bovengrens", en: "upper bound" },
  respondents: { nl: "aantal respondenten", en: "respondents" },
};

/** The plain term for a detected column's field, from the one vocabulary; an unknown field as it is. */
export function fieldTerm(field: string, language: Language): string {
  if (field in activityFieldNames) return activityFieldNames[field as ActivityField][language].term;
  if (field in figureFieldTerms) return figureFieldTerms[field as keyof typeof figureFieldTerms][language];
  return field;
}

/** The label for a detected column's field when it has one (activity fields), else its term. */
export function fieldLabel(field: string, language: Language): string {
  return field in activityFieldNames
    ? activityFieldNames[field as ActivityField][language].label
    : fieldTerm(field, language);
}
