import { createRoot } from "react-dom/client";
import { createPaneI18n, paneLanguage, switchPaneLanguage } from "./i18n";
import { loadOffice, looksLikeOfficeClient } from "./officeLoader";
import { startEngine } from "./engine/startEngine";
import { createPreviewHost } from "./previewHost";
import { Root } from "./Root";
import { browserThemeEnvironment, chooseThemeName } from "./theme";
import type { KoersHost } from "./host";
import { xlsxModule } from "./xlsxModule";

/**
 * How long the pane waits for office.js before it runs in preview mode: short in a plain browser
 * (offline, blocked), longer when the URL says Office opened the pane.
 */
const previewTimeoutMs = 3_000;
const officeTimeoutMs = 30_000;

/** Starts the pane: Office when office.js reports a host, otherwise preview mode in the browser. */
export async function startPane(container: HTMLElement): Promise<void> {
  const startedAt = performance.now();
  const i18n = createPaneI18n("nl");
  const browserLanguage = switchPaneLanguage(i18n, paneLanguage(navigator.language)).catch(() => undefined);
  document.documentElement.lang = i18n.language;
  const status = document.getElementById("koers-status");
  if (status) status.textContent = i18n.t("app.starting");
  const inOffice = looksLikeOfficeClient(window.location, window.name);
  const office = await loadOffice({ timeoutMs: inOffice ? officeTimeoutMs : previewTimeoutMs });
  // The worker starts while the pane renders; core runs there for both hosts.
  const engine = startEngine();
  let host: KoersHost;
  if (office) {
    const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ "./officeHost");
    host = createOfficeHost(office, xlsxModule, engine);
  } else {
    host = createPreviewHost(xlsxModule, engine);
  }
  const language = paneLanguage(office ? office.displayLanguage : navigator.language);
  await browserLanguage;
  await switchPaneLanguage(i18n, language).catch(() => undefined);
  document.documentElement.lang = language;
  document.body.dataset.koersMode = host.kind;
  document.body.dataset.koersDecidedMs = String(Math.round(performance.now() - startedAt));
  const theme = chooseThemeName({ ...browserThemeEnvironment(), officeTheme: office?.officeTheme ?? null });
  const dateLocale = office?.contentLanguage ?? office?.displayLanguage ?? navigator.language;
  createRoot(container).render(
    <Root host={host} i18n={i18n} theme={theme} dateLocale={dateLocale} engine={engine} />,
  );
}

const container = document.getElementById("root");
if (container) void startPane(container);
