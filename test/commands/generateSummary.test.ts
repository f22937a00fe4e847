import { FakeExcelError } from "../support/fakeExcel";
import { writeFailure } from "../../src/hosts/office/officeRuntime";
import { HostWriteError } from "../../src/core/errors";
import type { Report } from "../../src/core/report";
import { parseSettings, type Settings } from "../../src/core/settings";
import {
  createGenerateSummaryHandler,
  describeFailure,
  type CommandDependencies,
  type Notice,
} from "../../src/commands/generateSummary";

/** Records every call the handler makes, in order. */
function fakeDependencies(overrides: Partial<CommandDependencies> = {}) {
  const calls: string[] = [];
  const notices: Notice[] = [];
  const generatedWith: Settings[] = [];
  const dependencies: CommandDependencies = {
    loadSettings: async () => {
      calls.push("loadSettings");
      return parseSettings({ reportDate: "2025-03-01", language: "en" });
    },
    generate: async ({ settings }) => {
      calls.push("generate");
      generatedWith.push(settings);
      return {
        report: { output: { sheets: ["Koers Summary", "Koers Trends"], charts: 3 } } as unknown as Report,
      };
    },
    notify: async (notice) => {
      calls.push("notify");
      notices.push(notice);
    },
    today: () => "2026-11-27",
    displayLanguage: () => "nl",
    ...overrides,
  };
  const event = { completed: jest.fn(() => calls.push("completed")) };
  return { dependencies, calls, notices, generatedWith, event };
}

describe("the Genereer overzicht command", () => {
  it("generates with the workbook's saved settings and completes", async () => {
    const fake = fakeDependencies();
    await createGenerateSummaryHandler(fake.dependencies)(fake.event);
    expect({ calls: fake.calls, reportDate: fake.generatedWith[0].reportDate }).toEqual({
      calls: ["loadSettings", "generate", "completed"],
      reportDate: "2025-03-01",
    });
  });

  it("uses the default settings dated today when the workbook has none saved", async () => {
    const fake = fakeDependencies({ loadSettings: async () => null });
    await createGenerateSummaryHandler(fake.dependencies)(fake.event);
    expect(fake.generatedWith).toEqual([parseSettings({ reportDate: "2026-11-27" })]);
  });

  it("shows the host's message in the user's language when writing fails, then completes", async () => {
    const fake = fakeDependencies({
      generate: async () => {
        throw new HostWriteError('Het blad "Koers Overzicht" is beveiligd.');
      },
      loadSettings: async () => parseSettings({ reportDate: "2025-03-01", language: "nl" }),
    });
    await createGenerateSummaryHandler(fake.dependencies)(fake.event);
    expect({ calls: fake.calls, notices: fake.notices }).toEqual({
      calls: ["notify", "completed"],
      notices: [
        {
          language: "nl",
          title: "Koers: overzicht niet gemaakt",
          message:
            'Het blad "Koers Overzicht" is beveiligd. Open Koers (Start > Open Koers) voor de details.',
        },
      ],
    });
  });

  it("completes exactly once even when the settings cannot be read and no notice can be shown", async () => {
    const fake = fakeDependencies({
      loadSettings: async () => {
        throw new Error("settings API missing");
      },
      notify: async () => {
        throw new Error("dialogs are blocked");
      },
      displayLanguage: () => "en",
    });
    await createGenerateSummaryHandler(fake.dependencies)(fake.event);
    expect(fake.event.completed).toHaveBeenCalledTimes(1);
  });

  it("picks the user's language from the host's two-line (Dutch, English) message", () => {
    const error = new HostWriteError("De werkmap is alleen-lezen.\nThe workbook is read-only.");
    expect([describeFailure(error, "nl").message, describeFailure(error, "en").message]).toEqual([
      "De werkmap is alleen-lezen. Open Koers (Start > Open Koers) voor de details.",
      "The workbook is read-only. Open Koers (Home > Open Koers) for details.",
    ]);
  });

  it("shows a bug's or an engine's failure as one sentence in the user's language, never its own text", () => {
    const error = new TypeError("Cannot set properties of undefined (setting 'values')");
    expect([describeFailure(error, "nl").message, describeFailure(error, "en").message]).toEqual([
      "Koers is gestopt door een onverwachte fout; er is niets geschreven. Meld dit aan de beheerder, met het bestand als dat kan. Open Koers (Start > Open Koers) voor de details.",
      "Koers stopped on an unexpected error; nothing was written. Please report this to your administrator, with the file if you can. Open Koers (Home > Open Koers) for details.",
    ]);
  });

  it("shows a failure of the Office host in the user's language from its host message", () => {
    const error = writeFailure(new FakeExcelError("GeneralException", "An internal error has occurred."));
    expect(describeFailure(error, "en").message).toBe(
      "Excel reported an error while writing to the workbook. Try again; if it happens again, save the workbook and restart Excel. Open Koers (Home > Open Koers) for details.",
    );
  });
});
