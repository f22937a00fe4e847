import { useTranslation } from "react-i18next";
import type { Language } from "../../core";
import { paneLanguageOf } from "../i18n";

/** The language the pane speaks now (follows Office; the report keeps its own setting). */
export function usePaneLanguage(): Language {
  const { i18n } = useTranslation();
  return paneLanguageOf(i18n.language);
}
