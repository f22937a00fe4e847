/** @jest-environment jsdom */
import { act } from "react";
import { createRoot, type Root as ReactRoot } from "react-dom/client";
import { analyzeWorkbooks } from "../../src/core/pipeline";
import type { Settings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { GenerateRequest, KoersHost } from "../../src/taskpane/host";
import { createPaneI18n } from "../../src/taskpane/i18n";
import { Root } from "../../src/taskpane/Root";
import { workbookFromSheets } from "../support/snapshotBuilder";
import { wideMarginSheet } from "../support/surveyWorkbooks";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fakeHost(workbook: WorkbookSnapshot): KoersHost {
  return {
    kind: "office",
    readWorkbook: async () => workbook,
    async generate(request: GenerateRequest) {
      const { report } = analyzeWorkbooks({ workbooks: [workbook], settings: request.settings });
      return { report, sheets: ["Koers Overzicht"] };
    },
    selectCell: async () => undefined,
    showSheet: async () => undefined,
    loadSettings: async () => ({ reportDate: "2025-03-01" }),
    saveSettings: async (_settings: Settings) => undefined,
    shareWithGriffie: async () => ({ kind: "opened", fileName: "x (griffie).xlsx" }),
    addFiguresSheet: async () => "Cijfers",
  };
}

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

async function settle() {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

function button(name: RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll("button")].find((element) =>
    name.test(element.textContent ?? ""),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function selectFor(label: string): HTMLSelectElement {
  const select = [...container.querySelectorAll("label")]
    .find((element) => element.textContent === label)
    ?.parentElement?.querySelector("select");
  if (!select) throw new Error(`no select for ${label}`);
  return select as HTMLSelectElement;
}

describe("task pane on a Veiligheidsmonitor sheet", () => {
  it("names the survey table, and shows each indicator's polarity as the analysis used it", async () => {
    await act(async () => {
      root.render(
        <Root
          host={fakeHost(workbookFromSheets("vm.xlsx", wideMarginSheet()))}
          i18n={createPaneI18n("nl")}
          theme="light"
        />,
      );
    });
    await settle();
    const found = container.querySelector("[data-testid=datasets]")?.textContent ?? "";
    await act(async () => button(/^Instellingen$/).click());
    await settle();
    expect({
      found: found.includes(
        "Enquêtetabel (Veiligheidsmonitor) op blad 'Veiligheidsmonitor': 2019–2023, 7 indicatoren met hun marges",
      ),
      unsafe: selectFor("voelt zich wel eens onveilig (%)").value,
      mark: selectFor("rapportcijfer veiligheid in de buurt").value,
      cohesion: [
        selectFor("sociale cohesie (schaalscore)").value,
        selectFor("sociale cohesie (schaalscore)").selectedOptions[0]?.textContent,
      ],
    }).toEqual({
      found: true,
      unsafe: "lowerIsBetter",
      mark: "higherIsBetter",
      cohesion: ["", "onbekend: kies wat beter is"],
    });
  });
});
