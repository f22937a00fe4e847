import { FluentProvider } from "@fluentui/react-components";
import type { i18n } from "i18next";
import { I18nextProvider } from "react-i18next";
import { App } from "./App";
import type { KoersEngine } from "./engine/engine";
import type { KoersHost } from "./host";
import { fluentTheme, type ThemeName } from "./theme";

export interface RootProps {
  host: KoersHost;
  i18n: i18n;
  theme: ThemeName;
  /** Locale for dates in the pane (Office's content language; the browser's in preview). */
  dateLocale?: string;
  /** Where core runs for the pane (index.tsx: its worker). */
  engine?: KoersEngine;
}

/** Providers around the pane: Fluent theme (matching Office) and the pane's i18next instance. */
export function Root({ host, i18n, theme, dateLocale, engine }: RootProps) {
  return (
    <FluentProvider theme={fluentTheme(theme)} style={{ minHeight: "100vh" }}>
      <I18nextProvider i18n={i18n}>
        <App host={host} dateLocale={dateLocale} engine={engine} />
      </I18nextProvider>
    </FluentProvider>
  );
}
