/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderNotice, showNoticeDialog, type OfficeApi } from "../../src/commands/notice";

const commandsHtml = readFileSync(join(__dirname, "../../src/commands/commands.html"), "utf8");

function fakeDialogOffice(options: { status?: string } = {}) {
  const handlers = new Map<string, (argument: unknown) => void>();
  const dialog = {
    addEventHandler: (type: string, handler: (argument: unknown) => void) => handlers.set(type, handler),
    close: jest.fn(),
  };
  const opened: { url: string; options: unknown }[] = [];
  const office: OfficeApi = {
    onReady: async () => ({}),
    actions: { associate: jest.fn() },
    context: {
      ui: {
        displayDialogAsync: (url, dialogOptions, callback) => {
          opened.push({ url, options: dialogOptions });
          callback({ status: options.status ?? "succeeded", value: dialog });
        },
        messageParent: jest.fn(),
      },
    },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Succeeded: "succeeded" },
  };
  return { office, opened, dialog, handlers };
}

describe("the failure notice", () => {
  it("opens this page as a small dialog with the message and resolves when the user closes it", async () => {
    const fake = fakeDialogOffice();
    const shown = showNoticeDialog(fake.office, "https://localhost:3000/commands.html?_host_Info=Excel", {
      language: "en",
      title: "Koers: summary not created",
      message: "Sheet is protected.",
    });
    fake.handlers.get("dialogMessageReceived")?.({ message: "close" });
    await shown;
    const url = new URL(fake.opened[0].url);
    expect({
      page: url.origin + url.pathname,
      parameters: Object.fromEntries(url.searchParams),
      closed: fake.dialog.close.mock.calls.length,
    }).toEqual({
      page: "https://localhost:3000/commands.html",
      parameters: { notice: "Sheet is protected.", title: "Koers: summary not created", lang: "en" },
      closed: 1,
    });
  });

  it("resolves at once when Office refuses the dialog", async () => {
    const fake = fakeDialogOffice({ status: "failed" });
    await expect(
      showNoticeDialog(fake.office, "https://localhost:3000/commands.html", {
        language: "nl",
        title: "t",
        message: "m",
      }),
    ).resolves.toBeUndefined();
  });

  it("renders the message as text, not HTML, and its close button tells the ribbon command", () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      commandsHtml,
      "text/html",
    ).documentElement.innerHTML;
    const fake = fakeDialogOffice();
    const search = `?${new URLSearchParams({ notice: 'Blad "<b>Koers</b>" is beveiligd.', title: "Koers: overzicht niet gemaakt", lang: "nl" })}`;
    expect(renderNotice(document, search, fake.office)).toBe(true);
    document.getElementById("koers-notice-close")?.click();
    expect({
      hidden: document.getElementById("koers-notice")?.hidden,
      text: document.getElementById("koers-notice-text")?.textContent,
      bold: document.querySelectorAll("#koers-notice-text b").length,
      button: document.getElementById("koers-notice-close")?.textContent,
      messaged: (fake.office.context?.ui?.messageParent as jest.Mock).mock.calls,
    }).toEqual({
      hidden: false,
      text: 'Blad "<b>Koers</b>" is beveiligd.',
      bold: 0,
      button: "Sluiten",
      messaged: [["close"]],
    });
  });

  it("leaves the page alone when it is the hidden function file", () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      commandsHtml,
      "text/html",
    ).documentElement.innerHTML;
    expect(renderNotice(document, "?_host_Info=Excel$Win32$16.01$nl-NL", undefined)).toBe(false);
    expect(document.getElementById("koers-notice")?.hidden).toBe(true);
  });
});
