/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { SharePanel } from "../../src/taskpane/components/SharePanel";
import type { ShareOutcome } from "../../src/taskpane/host";
import { createPaneI18n } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/locales/en";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("the share panel when the griffie copy is withheld", () => {
  it.each([
    ["nl", "persoonsgegevens", "e-mailadres: title k***@example.nl"],
    ["en", "personal data", "e-mail address: title k***@example.nl"],
  ] as const)(
    "says so in the user's language (%s), with no download button",
    async (language, words, item) => {
      const container = document.createElement("div");
      document.body.appendChild(container);
      const root = createRoot(container);
      const outcome: ShareOutcome = {
        kind: "blocked",
        leaks: [{ kind: "email", where: "title", masked: "k***@example.nl" }],
      };
      await act(async () => {
        root.render(
          <FluentProvider theme={webLightTheme}>
            <I18nextProvider i18n={createPaneI18n(language, en)}>
              <SharePanel
                privacy={[]}
                outcome={outcome}
                busy={false}
                onConfirm={() => undefined}
                onCancel={() => undefined}
                onDownload={() => undefined}
              />
            </I18nextProvider>
          </FluentProvider>,
        );
      });
      const message = container.querySelector('[data-testid="griffie-blocked"]')?.textContent ?? "";
      expect({
        mentions: message.includes(words),
        item: message.includes(item),
        download: container.querySelector('[data-testid="griffie-download"]') !== null,
      }).toEqual({ mentions: true, item: true, download: false });
      act(() => root.unmount());
      container.remove();
    },
  );
});
