import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium, headless, with nothing that reaches the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KOERS_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** How the office.js request is answered: refused (offline), a script whose onReady reports no host, or never. */
export type OfficeScriptMode = "refuse" | "noHost" | "hang";

export const officeScriptPattern = "https://appsforoffice.microsoft.com/**";

/** A page of the pane with office.js answered locally (there is no network in tests). */
export async function openPane(
  browser: Browser,
  options: { width: number; height?: number; office?: OfficeScriptMode; colorScheme?: "light" | "dark" },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? "light",
    locale: "nl-NL",
  });
  const mode = options.office ?? "refuse";
  await context.route(officeScriptPattern, async (route) => {
    if (mode === "refuse") return route.abort("internetdisconnected");
    if (mode === "noHost") {
      return route.fulfill({
        contentType: "text/javascript",
        body: "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };",
      });
    }
    // "hang": never answer; the pane must give up on its own.
  });
  // Everything else off localhost would be a network call at run time (DESIGN.md "Works offline").
  const errors: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    if (route.request().url().startsWith("https://appsforoffice.microsoft.com/")) return route.fallback();
    errors.push(`unexpected request ${route.request().url()}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (
      message.type() === "error" &&
      !/appsforoffice|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text())
    ) {
      errors.push(`console error: ${message.text()}`);
    }
  });
  const base = process.env.KOERS_E2E_URL;
  if (!base) throw new Error("KOERS_E2E_URL is not set: globalSetup did not run");
  // NOTE: "domcontentloaded": a hanging office.js request holds back the load event, not the pane.
  await page.goto(`${base}/taskpane.html`, { waitUntil: "domcontentloaded" });
  return { context, page, errors };
}
