import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../core";
import { nl, type PaneTexts } from "./locales/nl";

type Texts = { [key: string]: string | Texts };

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
 * The Dutch texts are in the first script; the English ones load on demand (switchPaneLanguage) to keep the
 * bundle in budget, or are passed in (`english`, for tests).
 * NOTE: React escapes output itself; i18next's own escaping would show "&#39;" in sheet names.
 */
export function createPaneI18n(language: Language = "nl", english?: Texts | PaneTexts): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: english
      ? { nl: { translation: nl }, en: { translation: english } }
      : { nl: { translation: nl } },
    lng: language,
    fallbackLng: "nl",
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}

/** The pane's language from i18next's language code: English when it is "en", else Dutch. */
export function paneLanguageOf(code: string): Language {
  return code === "en" ? "en" : "nl";
}

/** Switches the pane to `language`, loading the English texts first when they are not there yet. */
export async function switchPaneLanguage(instance: i18n, language: Language): Promise<void> {
  if (language === "en" && !instance.hasResourceBundle("en", "translation")) {
    const { en } = await import(/* webpackChunkName: "pane-en" */ "./locales/en");
    instance.addResourceBundle("en", "translation", en);
  }
  if (instance.language !== language) await instance.changeLanguage(language);
}
