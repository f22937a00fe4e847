import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../core";
import { en } from "./locales/en";
import { nl } from "./locales/nl";

/** The pane's texts in one place: nl (default) and en, as one i18next namespace. */
export const paneResources = { nl: { translation: nl }, en: { translation: en } } as const;

/**
 * The pane's language from Office's display language (Office.context.displayLanguage, "nl-NL", "en-US"),
 * or the browser's in preview mode: Dutch for Dutch (and Frisian) Office, English for every other. The
 * report's language is its own setting (settings.language) and never changes the pane's.
 */
export function paneLanguage(displayLanguage: string | null | undefined): Language {
  if (!displayLanguage) return "nl";
  return /^(nl|fy)\b/i.test(displayLanguage) ? "nl" : "en";
}

/**
 * A fresh i18next instance for the pane, initialised synchronously so the first render has its texts.
 * Plurals are i18next's (`key_one`/`key_other`, Intl.PluralRules); counts are written `{{count, number}}`,
 * formatted with Intl.NumberFormat of the pane's language ("20.000").
 * NOTE: React escapes output itself; i18next's own escaping would show "&#39;" in sheet names.
 */
export function createPaneI18n(language: Language = "nl"): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: paneResources,
    lng: language,
    fallbackLng: "nl",
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}
