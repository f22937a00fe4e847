import { existsSync } from "fs";
import path from "path";
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

/**
 * How the office.js request is answered: with the real library from @microsoft/office-js (the default),
 * refused (offline), or never (the pane must give up on its own).
 */
export type OfficeScriptMode = "real" | "refuse" | "hang";

export const officeScriptPattern = "https://appsforoffice.microsoft.com/**";
/** Where the CDN keeps office.js and the scripts it loads beside itself (host scripts, locale strings). */
const officeCdnBase = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/**
 * The hidden frame office.js's own logger opens (o15apptofilemappingtable.js, ULSEndpointProxy) a few
 * seconds after it loads. It belongs to office.js, not to Koers; there is no network in tests, so it is refused.
 */
export const officeTelemetryPattern = "https://telemetryservice.firstpartyapps.oaspapps.com/**";

/** What the page asked of the office.js CDN (paths under lib/1/hosted/) and of office.js's telemetry. */
export interface OfficeRequests {
  served: string[];
  telemetry: number;
}

/**
 * Answers the office.js CDN for `context` as `mode` says; in "real" mode every file the library asks for is
 * served from node_modules/@microsoft/office-js/dist, and one the package lacks is an error in `errors`.
 */
export async function routeOfficeScript(
  context: BrowserContext,
  mode: OfficeScriptMode,
  errors: string[],
): Promise<OfficeRequests> {
  const requests: OfficeRequests = { served: [], telemetry: 0 };
  await context.route(officeScriptPattern, async (route) => {
    if (mode === "refuse") return route.abort("internetdisconnected");
    if (mode === "hang") return; // never answered
    const url = route.request().url();
    const relative = url.startsWith(officeCdnBase)
      ? new URL(url).pathname.slice(new URL(officeCdnBase).pathname.length)
      : "";
    const file = path.resolve(officeDist, relative);
    if (relative && file.startsWith(officeDist + path.sep) && existsSync(file)) {
      requests.served.push(relative);
      return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    errors.push(`office.js asked for ${url}, which @microsoft/office-js does not hold`);
    return route.fulfill({ status: 404, body: "" });
  });
  await context.route(officeTelemetryPattern, (route) => {
    requests.telemetry += 1;
    return route.abort("blockedbyclient");
  });
  return requests;
}

/** A page of the pane with office.js answered locally (there is no network in tests). */
export async function openPane(
  browser: Browser,
  options: {
    width: number;
    height?: number;
    office?: OfficeScriptMode;
    colorScheme?: "light" | "dark";
    page?: string;
    /** The browser's language: the pane's language in preview mode (nl-NL unless said). */
    locale?: string;
  },
): Promise<{ context: BrowserContext; page: Page; errors: string[]; office: OfficeRequests }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? "light",
    locale: options.locale ?? "nl-NL",
  });
  const mode = options.office ?? "real";
  const errors: string[] = [];
  const office = await routeOfficeScript(context, mode, errors);
  // Everything else off localhost would be a network call at run time (docs/contracts.md "Quality bars").
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    const url = route.request().url();
    if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fallback();
    if (url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/")) return route.fallback();
    errors.push(`unexpected request ${route.request().url()}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // NOTE: a refused office.js is the point of "refuse"; with the real library every console error counts.
    const expected =
      mode === "refuse" &&
      /appsforoffice|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(message.text());
    if (message.type() === "error" && !expected) errors.push(`console error: ${message.text()}`);
  });
  const base = process.env.KOERS_E2E_URL;
  if (!base) throw new Error("KOERS_E2E_URL is not set: globalSetup did not run");
  // NOTE: "domcontentloaded": a hanging office.js request holds back the load event, not the pane.
  await page.goto(`${base}/${options.page ?? "taskpane.html"}`, { waitUntil: "domcontentloaded" });
  return { context, page, errors, office };
}
