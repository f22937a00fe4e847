import type { i18n } from "i18next";
import { hostMessage, KoersError, type Language } from "../core";

/**
 * The text the pane shows for a failure, in the pane's language only: a KoersError's own message (written
 * for users, from the host message table) in that language (a "Dutch\nEnglish" message keeps the line of the
 * pane's language); anything else is a bug or an engine's failure ("Cannot set properties of undefined"), shown
 * as the host message `unexpected-failure`, never its own text or a stack trace.
 */
export function describeError(error: unknown, translate: i18n["t"], language: Language = "nl"): string {
  const message =
    error instanceof KoersError ? error.messageIn(language) : hostMessage("unexpected-failure")[language];
  return translate("app.error", { message: oneLanguage(message, language) });
}

/**
 * One language of a message the hosts write as "Dutch\nEnglish" (the xlsx host's bilingual
 * messages, the Office host's notices); any other message stays as it is.
 */
export function oneLanguage(message: string, language: Language): string {
  const lines = message.split("\n");
  if (lines.length !== 2 || !lines[0].trim() || !lines[1].trim()) return message;
  return language === "nl" ? lines[0] : lines[1];
}

/** Whether a picked file is a text export (CSV, TSV, TXT) rather than a workbook, by its name. */
export function isTextExport(fileName: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName);
}
