import type { i18n } from "i18next";
import { KoersError } from "../core";

/**
 * The text the pane shows for a failure: a KoersError's own message (written for users), otherwise a
 * generic sentence with the error's message. Never a stack trace.
 */
export function describeError(error: unknown, translate: i18n["t"]): string {
  const message =
    error instanceof KoersError
      ? error.message
      : error instanceof Error
        ? error.message
        : typeof error === "string"
          ? error
          : String(error);
  return translate("app.error", { message });
}
