import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../core";
import { en } from "./locales/en";
import { nl } from "./locales/nl";

/** The pane's texts in one place: nl (default) and en, as one i18next namespace. */
export const paneResources = { nl: { translation: nl }, en: { translation: en } } as const;

/**
 * A fresh i18next instance for the pane, initialised synchronously so the first render has its texts.
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
