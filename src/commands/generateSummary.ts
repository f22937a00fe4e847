import { hostMessage, KoersError, parseSettings, type Settings } from "../core";
import type { Language, Report } from "../core";

/** The action name the manifest's ExecuteFunction button calls ("Genereer overzicht"). */
export const GENERATE_SUMMARY_ACTION = "generateSummary";

/** What the ribbon command needs from the Office host; injected so tests can run without Excel. */
export interface CommandDependencies {
  loadSettings(): Promise<Settings | null | undefined>;
  generate(options: { settings: Settings }): Promise<{ report: Report }>;
  /** Shows a short message to the user and resolves when it is closed (or could not be shown). */
  notify(notice: Notice): Promise<void>;
  /** Today as YYYY-MM-DD, the report date when no settings were saved in the workbook. */
  today(): string;
  /** Display language of Office, used for a notice when no settings could be read. */
  displayLanguage(): Language;
}

export interface Notice {
  language: Language;
  title: string;
  message: string;
}

/** The part of Office.AddinCommands.Event the handler uses. */
export interface CommandEvent {
  completed(options?: unknown): void;
}

export const NOTICE_TEXT = {
  nl: {
    title: "Koers: overzicht niet gemaakt",
    next: "Open Koers (Start > Open Koers) voor de details.",
    close: "Sluiten",
  },
  en: {
    title: "Koers: summary not created",
    next: "Open Koers (Home > Open Koers) for details.",
    close: "Close",
  },
} as const;

/**
 * Builds the "Genereer overzicht" handler: loads the settings saved in the workbook (or defaults with
 * today's date), generates the Koers sheets through the Office host, and on failure shows a short
 * notice. Success needs no message: the host ends with the overview sheet active, which is the result.
 * It always calls event.completed() exactly once, whatever fails, because Excel keeps the button busy
 * until it does.
 */
export function createGenerateSummaryHandler(
  dependencies: CommandDependencies,
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    let completed = false;
    const complete = () => {
      if (completed) return;
      completed = true;
      try {
        event.completed();
      } catch {
        // NOTE: nothing useful can be done if Office refuses the completion; the button resets itself.
      }
    };
    let language: Language = safeLanguage(dependencies);
    try {
      const settings =
        (await dependencies.loadSettings()) ?? parseSettings({ reportDate: dependencies.today() });
      language = settings.language;
      await dependencies.generate({ settings });
    } catch (error) {
      try {
        await dependencies.notify(describeFailure(error, language));
      } catch {
        // NOTE: a notice that cannot be shown must not keep the command from completing.
      }
    } finally {
      complete();
    }
  };
}

/**
 * The notice shown when generation fails: the host's own message for KoersErrors (they carry a Dutch
 * line and an English line; the user's language is picked), else the host message `unexpected-failure`.
 */
export function describeFailure(error: unknown, language: Language): Notice {
  const text = NOTICE_TEXT[language];
  let detail: string;
  if (error instanceof KoersError) {
    const lines = error.message.split("\n").filter((line) => line.trim() !== "");
    detail = error.texts
      ? error.messageIn(language)
      : ((language === "en" && lines.length > 1 ? lines[1] : lines[0]) ?? "");
  } else {
    // A bug or an engine's failure: its own text ("Invalid array length") is not for the user.
    detail = hostMessage("unexpected-failure")[language];
  }
  return { language, title: text.title, message: `${detail} ${text.next}` };
}

function safeLanguage(dependencies: CommandDependencies): Language {
  try {
    return dependencies.displayLanguage();
  } catch {
    return "nl";
  }
}
