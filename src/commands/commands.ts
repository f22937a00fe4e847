import { localIsoDate } from "../core";
import {
  createGenerateSummaryHandler,
  GENERATE_SUMMARY_ACTION,
  type CommandDependencies,
} from "./generateSummary";
import { renderNotice, showNoticeDialog, type OfficeApi } from "./notice";

/**
 * Registers the ribbon actions. They are associated at once, as soon as office.js has loaded (Office may
 * invoke the function right after the page loads); a handler waits for Office.onReady before it calls Excel.
 */
export async function registerCommands(office: OfficeApi, dependencies: CommandDependencies): Promise<void> {
  const ready = office.onReady().catch(() => undefined);
  const generateSummary = createGenerateSummaryHandler(dependencies);
  office.actions.associate(GENERATE_SUMMARY_ACTION, async (event) => {
    await ready;
    await generateSummary(event);
  });
  await ready;
}

/**
 * The Office host (the whole analysis behind it), loaded when the button is pressed: the function file's
 * first script stays small enough for Office to load it at once (bundle budget in test/e2e/bundle.e2e.ts).
 */
const officeHost = () => import(/* webpackChunkName: "office-host" */ "../hosts/office");

/** The dependencies of the real function file: the Office host and a dialog for notices. */
export function officeDependencies(office: OfficeApi, pageUrl: string): CommandDependencies {
  return {
    loadSettings: async () => (await officeHost()).loadSettings(),
    generate: async (options) => (await officeHost()).generateInExcel(options),
    notify: (notice) => showNoticeDialog(office, pageUrl, notice),
    today: () => localIsoDate(new Date()),
    displayLanguage: () => (office.context?.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "nl"),
  };
}

/** Entry point: in a dialog show the notice; in the hidden function file register the commands. */
export function start(global: { Office?: OfficeApi; document?: Document; location?: Location }): void {
  const office = global.Office;
  if (global.document && global.location && renderNotice(global.document, global.location.search, office)) {
    void office?.onReady();
    return;
  }
  if (!office || typeof office.onReady !== "function") {
    // NOTE: outside Office (plain browser, office.js blocked) there is nothing to register; never wait.
    console.info("Koers: office.js is not available; the ribbon commands are not registered.");
    return;
  }
  void registerCommands(
    office,
    officeDependencies(office, global.location?.href ?? "https://localhost:3000/commands.html"),
  );
}

start(globalThis as unknown as { Office?: OfficeApi; document?: Document; location?: Location });
