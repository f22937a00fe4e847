import type { i18n } from "i18next";
import { KoersError, type Language } from "../core";

/**
 * The text the pane shows for a failure: a KoersError's own message (written for users) in the pane's
 * language when it has both, otherwise a generic sentence with the error's message. Never a stack trace.
 */
export function describeError(error: unknown, translate: i18n["t"], language?: Language): string {
  const message =
    error instanceof KoersError
      ? language
        ? error.messageIn(language)
        : error.message
      : error instanceof Error
        ? error.message
        : typeof error === "string"
          ? error
          : String(error);
  return translate("app.error", { message });
}
