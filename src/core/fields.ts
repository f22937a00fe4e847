/**
 * The one vocabulary for the fields of an activity list: each field's label (a column header in the pane and
 * on the generated sheets) and its term inside a sentence (finding messages), Dutch and English. The group
 * field is "Prioriteit / thema" everywhere, never "thema" here and "Prioriteit of thema" there.
 */
import type { ActivityField } from "./datasets";
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
