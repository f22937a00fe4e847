import type { Language } from "../core";
import { NOTICE_TEXT, type CommandEvent, type Notice } from "./generateSummary";

/** The parts of the Office global the function file uses. */
export interface OfficeApi {
  onReady(): Promise<unknown>;
  actions: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  context?: {
    displayLanguage?: string;
    ui?: {
      displayDialogAsync?: (
        url: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: { status: string; value: DialogHandle }) => void,
      ) => void;
      messageParent?: (message: string) => void;
    };
  };
  EventType?: { DialogMessageReceived: string; DialogEventReceived: string };
  AsyncResultStatus?: { Succeeded: string };
}

interface DialogHandle {
  addEventHandler(type: string, handler: (arg: unknown) => void): void;
  close(): void;
}

/**
 * Shows a notice in a small Office dialog (DialogApi 1.1) that loads this page with ?notice=…, and
 * resolves when the user closes it. Resolves at once where dialogs are unavailable.
 */
export function showNoticeDialog(office: OfficeApi, pageUrl: string, notice: Notice): Promise<void> {
  const display = office.context?.ui?.displayDialogAsync;
  if (!display) return Promise.resolve();
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({
    notice: notice.message,
    title: notice.title,
    lang: notice.language,
  }).toString();
  url.hash = "";
  return new Promise((resolve) => {
    try {
      display.call(
        office.context?.ui,
        url.href,
        { height: 30, width: 30, displayInIframe: true },
        (result) => {
          if (result.status !== (office.AsyncResultStatus?.Succeeded ?? "succeeded")) {
            resolve();
            return;
          }
          const dialog = result.value;
          const close = () => {
            try {
              dialog.close();
            } finally {
              resolve();
            }
          };
          dialog.addEventHandler(office.EventType?.DialogMessageReceived ?? "dialogMessageReceived", close);
          dialog.addEventHandler(office.EventType?.DialogEventReceived ?? "dialogEventReceived", () =>
            resolve(),
          );
        },
      );
    } catch {
      resolve();
    }
  });
}

/**
 * Renders the notice when this page was opened as a dialog (?notice=…). Returns true when it did. The
 * text is set with textContent: it may quote the user's sheet names.
 */
export function renderNotice(document: Document, search: string, office: OfficeApi | undefined): boolean {
  const parameters = new URLSearchParams(search);
  const message = parameters.get("notice");
  if (message === null) return false;
  const language: Language = parameters.get("lang") === "en" ? "en" : "nl";
  document.documentElement.lang = language;
  const title = parameters.get("title") ?? "Koers";
  const byId = (id: string) => document.getElementById(id);
  byId("koers-notice-title")!.textContent = title;
  byId("koers-notice-text")!.textContent = message;
  const closeButton = byId("koers-notice-close")!;
  closeButton.textContent = NOTICE_TEXT[language].close;
  closeButton.addEventListener("click", () => office?.context?.ui?.messageParent?.("close"));
  byId("koers-notice")!.hidden = false;
  document.title = title;
  return true;
}
