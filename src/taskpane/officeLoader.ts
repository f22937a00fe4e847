/** Where Office add-ins load office.js from; never bundled (docs/contracts.md "Quality bars"). */
export const officeScriptUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface OfficeEnvironment {
  host: Office.HostType;
  officeTheme: Office.OfficeTheme | null;
  /** Office's UI language ("nl-NL"): the pane's language follows it. */
  displayLanguage: string | null;
  /** The locale of the document's content ("nl-NL"): dates in the pane follow it. */
  contentLanguage: string | null;
  /** Whether ExcelApi 1.8 (settings, most writes) is present. */
  excelApi: (version: string) => boolean;
}

export interface LoadOfficeOptions {
  /** How long to wait for office.js and Office.onReady before running in preview mode. */
  timeoutMs: number;
  scriptUrl?: string;
  document?: Document;
}

/**
 * Loads office.js with a script tag and waits for Office.onReady, but never longer than the timeout:
 * outside Office (script blocked, offline, or onReady reporting no host) it resolves null and the pane
 * runs in preview mode. It never rejects.
 */
export async function loadOffice(options: LoadOfficeOptions): Promise<OfficeEnvironment | null> {
  const target = options.document ?? document;
  const deadline = Date.now() + options.timeoutMs;
  const loaded = await withTimeout(
    injectScript(target, options.scriptUrl ?? officeScriptUrl),
    options.timeoutMs,
  );
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!loaded || !office || typeof office.onReady !== "function") return null;
  const info = await withTimeout(
    office.onReady().catch(() => null),
    Math.max(0, deadline - Date.now()),
  );
  if (!info || info.host === null || info.host === undefined) return null;
  return {
    host: info.host,
    officeTheme: office.context?.officeTheme ?? null,
    displayLanguage: office.context?.displayLanguage ?? null,
    contentLanguage: office.context?.contentLanguage ?? null,
    excelApi: (version) => Boolean(office.context?.requirements?.isSetSupported("ExcelApi", version)),
  };
}

/**
 * True when the page looks like it runs inside an Office client: Office appends `_host_Info` to the pane's
 * URL. The pane then waits longer for office.js, since a slow network there is no reason for preview mode.
 */
export function looksLikeOfficeClient(location: { search: string; hash: string }, windowName = ""): boolean {
  return /_host_Info=/i.test(location.search + location.hash) || /_host_Info/i.test(windowName);
}

function injectScript(target: Document, url: string): Promise<boolean> {
  if ((globalThis as { Office?: unknown }).Office) return Promise.resolve(true);
  return new Promise((resolve) => {
    const script = target.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    target.head.appendChild(script);
  });
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(null);
      },
    );
  });
}
