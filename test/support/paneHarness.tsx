import { act } from "react";
import { createRoot, type Root as ReactRoot } from "react-dom/client";
import { analyzeWorkbooks } from "../../src/core/pipeline";
import type { Settings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { GenerateRequest, KoersHost } from "../../src/taskpane/host";
import { createPaneI18n } from "../../src/taskpane/i18n";
import { Root } from "../../src/taskpane/Root";

/**
 * A host over a snapshot in memory that records what the pane asked of it ("generate 2025-03-01",
 * "select Blad!A1", "show Koers Overzicht", "save 2025-03-01"): the pane's tests in jsdom.
 */
export function fakePaneHost(workbook: WorkbookSnapshot, reportDate: string) {
  const calls: string[] = [];
  const host: KoersHost = {
    kind: "office",
    readWorkbook: async () => workbook,
    async generate(request: GenerateRequest) {
      calls.push(`generate ${request.settings.reportDate}`);
      request.onProgress?.({ stage: "reading", count: 1 });
      const { report } = analyzeWorkbooks({ workbooks: [workbook], settings: request.settings });
      return { report, sheets: ["Koers Overzicht", "Koers Aandachtspunten"] };
    },
    selectCell: async (sheet, cell) => void calls.push(`select ${sheet}!${cell}`),
    showSheet: async (name) => void calls.push(`show ${name}`),
    loadSettings: async () => ({ reportDate }),
    saveSettings: async (settings: Settings) => void calls.push(`save ${settings.reportDate}`),
    shareWithGriffie: async () => ({ kind: "opened", fileName: "x (griffie).xlsx" }),
    addFiguresSheet: async () => "Cijfers",
  };
  return { host, calls };
}

/**
 * Mounts the pane in a fresh container per test (call at the top of a jsdom test file): what Fluent needs
 * from a browser that jsdom lacks (matchMedia, ResizeObserver), and helpers that read the container.
 */
export function mountPaneForEachTest() {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let container: HTMLDivElement;
  let root: ReactRoot;

  beforeAll(() => {
    window.matchMedia ??= (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
      }) as unknown as MediaQueryList;
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });

  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  /** Lets pending promises and timers of the pane run. */
  const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

  return {
    container: () => container,
    root: () => root,
    settle,
    /** Renders the pane in Dutch over the host and lets it read the workbook. */
    async render(host: KoersHost) {
      await act(async () => {
        root.render(<Root host={host} i18n={createPaneI18n("nl")} theme="light" />);
      });
      await settle();
    },
    /** The button whose text matches; throws when there is none. */
    button(name: RegExp): HTMLButtonElement {
      const found = [...container.querySelectorAll("button")].find((element) =>
        name.test(element.textContent ?? ""),
      );
      if (!found) throw new Error(`no button ${name}`);
      return found;
    },
  };
}
