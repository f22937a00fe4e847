import { readFileSync, readdirSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { GENERATE_SUMMARY_ACTION } from "../../src/commands/generateSummary";
import { officeScriptUrl } from "../../src/taskpane/officeLoader";
import { launchChromium, openPane } from "./browser";

jest.setTimeout(60_000);

const dist = path.resolve(__dirname, "../../dist");
/** The pane's wait for office.js in a plain browser (src/taskpane/index.tsx, previewTimeoutMs). */
const previewDeadlineMs = 3_000;
/** office.js's logger opens its telemetry frame 3 s after loading; errors after that must be seen too. */
const settleMs = 4_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the real office.js (@microsoft/office-js) outside Office", () => {
  it("lets the pane reach preview mode within its deadline, decided by Office.onReady, with no error", async () => {
    const { context, page, errors, office } = await openPane(browser, { width: 500 });
    await page.getByRole("button", { name: "Excel-bestand openen (.xlsx)" }).waitFor({ timeout: 10_000 });
    const decided = await page.evaluate(() => ({
      mode: document.body.dataset.koersMode,
      milliseconds: Number(document.body.dataset.koersDecidedMs),
      // OSF is the real library's namespace; no stand-in defines it.
      realLibrary: typeof (window as { OSF?: unknown }).OSF === "object",
    }));
    await page.waitForTimeout(settleMs);
    expect({
      mode: decided.mode,
      beforeDeadline: decided.milliseconds < previewDeadlineMs,
      realLibrary: decided.realLibrary,
      served: office.served,
      errors,
    }).toEqual({
      mode: "preview",
      beforeDeadline: true,
      realLibrary: true,
      // office.js outside Office loads only its host-to-file table; inside Office it adds the host's scripts.
      served: expect.arrayContaining(["office.js", "o15apptofilemappingtable.js"]),
      errors: [],
    });
    await context.close();
  });

  it("loads the ribbon function file (commands.html), which associates its action, with no error", async () => {
    const { context, page, errors, office } = await openPane(browser, { width: 400, page: "commands.html" });
    await page.waitForLoadState("load");
    await page.waitForTimeout(settleMs);
    const state = await page.evaluate(() => {
      const office = (window as { Office?: { actions?: { _association?: { mappings?: object } } } }).Office;
      return {
        // NOTE: the library keeps associated actions upper-cased in actions._association.mappings.
        actions: Object.keys(office?.actions?._association?.mappings ?? {}),
        noticeHidden: (document.getElementById("koers-notice") as HTMLElement | null)?.hidden ?? null,
      };
    });
    expect({ ...state, served: office.served.includes("office.js"), errors }).toEqual({
      actions: [GENERATE_SUMMARY_ACTION.toUpperCase()],
      noticeHidden: true,
      served: true,
      errors: [],
    });
    await context.close();
  });

  it("is only a test double: the production build loads office.js from Microsoft's CDN and bundles none of it", () => {
    const scripts = readdirSync(dist).filter((file) => file.endsWith(".js"));
    const commandsHtml = readFileSync(path.join(dist, "commands.html"), "utf8");
    const paneScripts = scripts.filter((file) => file.startsWith("taskpane."));
    expect({
      cdn: officeScriptUrl,
      commandsTag: [...commandsHtml.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
        .map((match) => match[1])
        .includes(officeScriptUrl),
      paneLoadsCdn: paneScripts.some((file) =>
        readFileSync(path.join(dist, file), "utf8").includes(officeScriptUrl),
      ),
      // "OSF.ConstantNames" is in office.js itself; "ULSEndpointProxy" in the table it loads.
      bundled: scripts.filter((file) =>
        /OSF\.ConstantNames|ULSEndpointProxy/.test(readFileSync(path.join(dist, file), "utf8")),
      ),
    }).toEqual({
      cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      commandsTag: true,
      paneLoadsCdn: true,
      bundled: [],
    });
  });
});
