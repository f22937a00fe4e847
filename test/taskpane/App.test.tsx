/** @jest-environment jsdom */
import { act } from "react";
import type { Settings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { lelystadActivityList, lelystadReportDate } from "../support/fixtures/lelystad";
import { fakePaneHost, mountPaneForEachTest } from "../support/paneHarness";
import { sheetFromRows, workbookFromSheets } from "../support/snapshotBuilder";

const pane = mountPaneForEachTest();
const { render, button } = pane;
let container: HTMLDivElement;
beforeEach(() => {
  container = pane.container();
});

/** The pane's fake host over the Lelystad report date. */
const fakeHost = (workbook: WorkbookSnapshot) => fakePaneHost(workbook, lelystadReportDate);

async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe("task pane", () => {
  it("shows what it found, generates, and shows the kernboodschap's 89% of 117 with the generated sheets", async () => {
    const { host, calls } = fakeHost(lelystadActivityList());
    await render(host);
    expect(container.querySelector("[data-testid=datasets]")?.textContent).toContain(
      "Activiteitenlijst op blad 'Activiteiten' met 117 activiteiten",
    );
    await click(button(/^Genereer overzicht$/));
    const headline = container.querySelector("[data-testid=headline]")?.textContent ?? "";
    expect({
      pct: container.querySelector("[data-testid=on-track-pct]")?.textContent,
      sameAsHeadline: headline.includes(
        container.querySelector("[data-testid=on-track-pct]")?.textContent ?? "?",
      ),
      of: container.querySelector("[data-testid=on-track-of]")?.textContent,
      sheets: [...container.querySelectorAll("[data-testid=generated-sheets] li")].map(
        (item) => item.textContent,
      ),
      calls,
    }).toEqual({
      pct: "89%",
      sameAsHeadline: true,
      of: "van 117 activiteiten loopt volgens planning of is afgerond",
      sheets: ["Koers Overzicht", "Koers Aandachtspunten"],
      calls: ["generate 2025-03-01"],
    });
    await click(button(/^Koers Overzicht$/));
    expect(calls).toEqual(["generate 2025-03-01", "show Koers Overzicht"]);
  });

  it("holds generation on a duplicate number, names the code, selects the cell, and generates anyway on request", async () => {
    const workbook = workbookFromSheets(
      "dubbel.xlsx",
      sheetFromRows("Activiteiten", [
        ["Nr", "Activiteit", "Trekker", "Planning", "Status"],
        ["1", "Cameratoezicht uitbreiden", "Team OOV", "Q2 2025", "Loopt volgens planning"],
        ["2", "Buurtpreventie-apps", "Team OOV", "Q3 2025", "Afgerond"],
        ["2", "Keurmerk Veilig Ondernemen", "Team OOV", "eind 2025", "Vertraagd"],
        ["4", "Voorlichting cybercrime", "Team OOV", "Q4 2025", "Loopt volgens planning"],
      ]),
    );
    const { host, calls } = fakeHost(workbook);
    await render(host);
    const buttons = () => [...container.querySelectorAll("button")].map((element) => element.textContent);
    expect({
      generate: buttons().includes("Genereer overzicht"),
      anyway: buttons().includes("Toch genereren"),
      message: container
        .querySelector("[data-testid=blocked]")
        ?.textContent?.includes("1 fout maakt de cijfers onjuist: Dubbel nummer (1×)."),
    }).toEqual({ generate: false, anyway: true, message: true });
    await click(button(/^Bevindingen/));
    const link = [...container.querySelectorAll("[data-testid=findings-page] button")].find((element) =>
      /Activiteiten!A\d/.test(element.textContent ?? ""),
    ) as HTMLButtonElement;
    await click(link);
    // The duplicate number is one finding over both its rows: clicking it selects both.
    expect(calls.filter((call) => call.startsWith("select"))).toEqual([
      `select ${/Activiteiten!A\d+/.exec(link.textContent ?? "")?.[0]}:A4`,
    ]);
    await click(button(/^Toch genereren$/));
    expect({
      generated: calls.includes("generate 2025-03-01"),
      warned: container.querySelector("[data-testid=generated-anyway]")?.textContent,
    }).toEqual({
      generated: true,
      warned:
        "Gegenereerd ondanks 1 fout: de cijfers kunnen onjuist zijn. De fout staat op het blad Koers Aandachtspunten.",
    });
  });

  it("shows 120 unknown statuses as one finding that selects all its cells and pages them 50 at a time", async () => {
    const rows = [["Nr", "Activiteit", "Trekker", "Planning", "Status"]];
    for (let index = 1; index <= 120; index += 1) {
      rows.push([
        String(index),
        `Activiteit ${index}`,
        "Team OOV",
        "eind 2030",
        "Wordt aan gewerkt misschien",
      ]);
    }
    const { host, calls } = fakeHost(workbookFromSheets("lang.xlsx", sheetFromRows("Activiteiten", rows)));
    await render(host);
    await click(button(/^Bevindingen/));
    const entries = () => container.querySelectorAll("[data-testid=findings-page] > li").length;
    const group = [...container.querySelectorAll("[data-testid=findings-page] button")].find((element) =>
      /^Activiteiten!E2: 120 statussen/.test(element.textContent ?? ""),
    ) as HTMLButtonElement;
    await click(group);
    await click(button(/^Toon de 120 cellen$/));
    const cells = () =>
      [...container.querySelectorAll("[data-testid=finding-cells] li")].map((item) => item.textContent);
    const label = () => container.querySelector("[data-testid=finding-cells-label]")?.textContent;
    const first = { label: label(), cells: cells().slice(0, 2) };
    const cellsButton = () =>
      container.querySelector("[data-testid=finding-cells] nav button:last-child") as HTMLButtonElement;
    await click(cellsButton());
    await click(cellsButton());
    expect({ entries: entries(), first, last: { label: label(), cells: cells() } }).toEqual({
      entries: 1,
      first: { label: "Cellen 1–50 van 120", cells: ["Activiteiten!E2", "Activiteiten!E3"] },
      last: {
        label: "Cellen 101–120 van 120",
        cells: Array.from({ length: 20 }, (_, index) => `Activiteiten!E${index + 102}`),
      },
    });
    expect(calls.filter((call) => call.startsWith("select"))).toEqual(["select Activiteiten!E2:E121"]);
  });

  it("saves a chosen column in settings.columnMapping; the report's language leaves the pane Dutch", async () => {
    const { host, calls } = fakeHost(lelystadActivityList());
    const saved: Settings[] = [];
    host.saveSettings = async (settings) => void saved.push(settings);
    await render(host);
    await click(button(/^Kolommen kiezen$/));
    const statusSelect = [...container.querySelectorAll("label")]
      .find((label) => label.textContent === "Status")
      ?.parentElement?.querySelector("select") as HTMLSelectElement;
    await change(statusSelect, "B");
    await click(button(/^Instellingen$/));
    const languageSelect = [...container.querySelectorAll("label")]
      .find((label) => label.textContent === "Taal van het overzicht")
      ?.parentElement?.querySelector("select") as HTMLSelectElement;
    await change(languageSelect, "en");
    expect({
      mapping: saved[0]?.columnMapping,
      language: saved[saved.length - 1]?.language,
      dutchButton: Boolean(button(/^Genereer overzicht$/)),
      english: /Generate|Findings|Settings/.test(container.textContent ?? ""),
      lang: document.documentElement.lang,
      calls,
    }).toEqual({
      mapping: { Activiteiten: { status: "B" } },
      language: "en",
      dutchButton: true,
      english: false,
      lang: "nl",
      calls: [],
    });
  });

  it("keeps the other columns detected when one is chosen, and shows the mapping's confidence", async () => {
    const { host } = fakeHost(lelystadActivityList());
    await render(host);
    await click(button(/^Kolommen kiezen$/));
    const before = container.querySelector("[data-testid=datasets]")?.textContent;
    const select = (name: string) =>
      [...container.querySelectorAll("label")]
        .find((label) => label.textContent === name)
        ?.parentElement?.querySelector("select") as HTMLSelectElement;
    const optionText = (name: string) => select(name).selectedOptions[0]?.textContent ?? "";
    await change(select("Prioriteit / thema"), "A");
    await click(button(/^Genereer overzicht$/));
    expect({
      same: container.querySelector("[data-testid=datasets]")?.textContent?.includes("met 117 activiteiten"),
      before: before?.includes("met 117 activiteiten"),
      activity: optionText("Activiteit").startsWith("Automatisch: kolom"),
      status: optionText("Status").startsWith("Automatisch: kolom"),
      confidence: container.querySelector("[data-testid=mapping-confidence]")?.textContent,
      missing: container.querySelector("[data-testid=mapping-missing]"),
      pct: container.querySelector("[data-testid=on-track-pct]")?.textContent,
    }).toEqual({
      same: true,
      before: true,
      activity: true,
      status: true,
      confidence: expect.stringMatching(/^Zekerheid met deze kolommen: (9\d|100)%$/),
      missing: null,
      pct: "89%",
    });
  });

  it("reads 41.000 inhabitants as 41000, refuses 41,000 and thresholds out of order at the field", async () => {
    const { host } = fakeHost(lelystadActivityList());
    const saved: Settings[] = [];
    host.saveSettings = async (settings) => void saved.push(settings);
    await render(host);
    await click(button(/^Instellingen$/));
    const input = (name: string) =>
      [...container.querySelectorAll("label")]
        .find((label) => label.textContent === name)
        ?.parentElement?.querySelector("input") as HTMLInputElement;
    const message = (name: string) =>
      input(name).closest("[class*=fui-Field]")?.querySelector("[id*=validationMessage], [role=alert]")
        ?.textContent ?? input(name).closest("[class*=fui-Field]")?.textContent;
    await type(input("Aantal inwoners (voor cijfers per 1.000)"), "41.000");
    const population = saved[saved.length - 1]?.population;
    await type(input("Aantal inwoners (voor cijfers per 1.000)"), "41,000");
    const ambiguous = message("Aantal inwoners (voor cijfers per 1.000)");
    await type(input("Groen vanaf"), "95");
    await type(input("Oranje vanaf"), "99");
    const order = message("Oranje vanaf");
    await type(input("Oranje vanaf"), "-5");
    const negative = message("Oranje vanaf");
    expect({
      population,
      ambiguous,
      order,
      negative,
      saved: saved.map((settings) => [
        settings.population,
        settings.ragThresholds.green,
        settings.ragThresholds.amber,
      ]),
    }).toEqual({
      population: 41000,
      ambiguous: expect.stringContaining("'41,000' kan twee getallen zijn"),
      order: expect.stringContaining("Oranje (99) moet lager zijn dan groen (95)"),
      negative: expect.stringContaining("Het getal moet minstens 0 zijn."),
      saved: [
        [41000, 80, 60],
        [41000, 95, 60],
      ],
    });
  });

  it("marks the result out of date after a settings change until generated again", async () => {
    const { host, calls } = fakeHost(lelystadActivityList());
    await render(host);
    await click(button(/^Genereer overzicht$/));
    const stale = () => container.querySelector("[data-testid=stale]")?.textContent ?? null;
    const primary = () =>
      [...container.querySelectorAll("[data-testid=action-bar] button")]
        .filter((element) => element.getAttribute("data-appearance") === "primary")
        .map((element) => element.textContent);
    const fresh = { stale: stale(), primary: primary() };
    await click(button(/^Instellingen$/));
    const checkbox = [...container.querySelectorAll("label")]
      .find((label) => label.textContent === "Afgerond")
      ?.parentElement?.querySelector("input") as HTMLInputElement;
    await click(checkbox);
    const changed = { stale: stale(), primary: primary() };
    await click(button(/^Opnieuw genereren$/));
    expect({
      fresh,
      changed,
      again: { stale: stale(), primary: primary() },
      calls: calls.filter((call) => call.startsWith("generate")).length,
    }).toEqual({
      fresh: { stale: null, primary: ["Deel met griffie"] },
      changed: {
        stale: expect.stringContaining("Instellingen gewijzigd — genereer opnieuw"),
        primary: ["Opnieuw genereren"],
      },
      again: { stale: null, primary: ["Deel met griffie"] },
      calls: 2,
    });
  });
});

async function change(select: HTMLSelectElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set;
    setter?.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}
