/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import { DetectionSummary } from "../../../src/taskpane/components/DetectionSummary";
import { createPaneI18n } from "../../../src/taskpane/i18n";
import type { Language } from "../../../src/core/i18n/language";
import { en } from "../../../src/taskpane/locales/en";
import { drontenWide } from "../../support/fixtures";
import { lelystadActivityList } from "../../support/fixtures/lelystad";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The detection section's text, the report made in Dutch and the pane shown in `paneLanguage`. */
async function shown(paneLanguage: Language): Promise<{ text: string; badges: string[] }> {
  const { report } = analyzeWorkbooks({
    workbooks: [lelystadActivityList(), drontenWide({ provisionalLastYear: true })],
    settings: parseSettings({ reportDate: "2025-03-01", language: "nl" }),
  });
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createPaneI18n(paneLanguage, en)}>
          <DetectionSummary report={report} onReread={() => {}} busy={false} />
        </I18nextProvider>
      </FluentProvider>,
    );
  });
  const text = container.textContent ?? "";
  const badges = [...container.querySelectorAll(".fui-Badge")].map((badge) => badge.textContent ?? "");
  act(() => root.unmount());
  container.remove();
  return { text, badges };
}

describe("DetectionSummary", () => {
  it("says which column was read as what in plain words, never as an internal field name", async () => {
    const { text } = await shown("nl");
    expect(text).toContain("Kop op rij 4; kolommen: Nr. (als nummer)");
    expect(text).toContain("kolom A (als categorie), 2016, 2017, 2018* (als jaren)");
    expect(text).not.toMatch(/→|\bname\b|\bowner\b/);
  });

  it("shows the confidence once per table, as one badge", async () => {
    const { text, badges } = await shown("nl");
    expect(badges).toHaveLength(2);
    expect(badges.every((badge) => /^zekerheid \d+%$/.test(badge))).toBe(true);
    expect(text.match(/zekerheid \d+%/g)).toHaveLength(2);
  });

  it("speaks the pane's language even when the report is Dutch", async () => {
    const { text } = await shown("en");
    expect(text).toContain("Header on row 4; columns: Nr. (as number)");
    expect(text).toContain("Provisional figures: 2018.");
    expect(text).not.toMatch(/kolommen|Voorlopige|zekerheid/);
  });
});
