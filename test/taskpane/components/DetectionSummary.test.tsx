/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { parseSettings } from "../../../src/core/settings";
import { DetectionSummary } from "../../../src/taskpane/components/DetectionSummary";
import { createPaneI18n } from "../../../src/taskpane/i18n";
import type { Language } from "../../../src/core/i18n/language";
import { en } from "../../../src/taskpane/locales/en";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { drontenWide } from "../../support/fixtures";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";
import { lelystadActivityList } from "../../support/fixtures/lelystad";
import { statlineProvinces, tidyLong } from "../../support/crimeDownloads";
import { fakePaneHost, mountPaneForEachTest } from "../../support/paneHarness";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A tidy open-data export (type code, year, count, population, a 0/1 COVID flag) beside a sheet of counts per
 * district without any period: the flag column is left out, the district sheet not read.
 */
function openDataWithDistricts(): WorkbookSnapshot {
  const rows: CellValue[][] = [["incident_type_code", "year", "incident_count", "population", "covid"]];
  [1101, 2101].forEach((code, type) =>
    [2019, 2020, 2021, 2022].forEach((year, index) =>
      rows.push([code, year, 300 + 40 * type - 10 * index, 52_000 + 600 * index, year === 2020 ? 1 : 0]),
    ),
  );
  const districts = sheetFromRows("Wijken", [
    ["Meldingen overlast per wijk"],
    ["Wijk", "Jeugd", "Buren"],
    ["Centrum", 41, 18],
    ["Haven", 27, 9],
  ]);
  return workbookFromSheets("opendata.xlsx", sheetFromRows("data", rows), districts);
}

/** The detection section's text, the report made in Dutch and the pane shown in `paneLanguage`. */
async function shown(
  paneLanguage: Language,
  workbooks: WorkbookSnapshot[] = [lelystadActivityList(), drontenWide({ provisionalLastYear: true })],
): Promise<{ text: string; badges: string[]; leftOut: string[]; unread: string[] }> {
  const { report } = analyzeWorkbooks({
    workbooks,
    settings: parseSettings({ reportDate: "2025-03-01", language: "nl" }),
  });
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <I18nextProvider i18n={createPaneI18n(paneLanguage, en)}>
          <DetectionSummary report={report} onReread={() => {}} busy={false} />
        </I18nextProvider>
      </FluentProvider>,
    );
  });
  const text = container.textContent ?? "";
  const badges = [...container.querySelectorAll(".fui-Badge")].map((badge) => badge.textContent ?? "");
  const lines = (testId: string) =>
    [...container.querySelectorAll(`[data-testid=${testId}] > *`)].flatMap((element) =>
      element.tagName === "UL"
        ? [...element.querySelectorAll("li")].map((item) => item.textContent ?? "")
        : [element.textContent ?? ""],
    );
  const leftOut = lines("left-out");
  const unread = lines("unread");
  act(() => root.unmount());
  container.remove();
  return { text, badges, leftOut, unread };
}

describe("DetectionSummary", () => {
  it("says which column was read as what in plain words, never as an internal field name", async () => {
    const { text } = await shown("nl");
    expect(text).toContain("Kop op rij 4; kolommen: Nr. (als nummer)");
    expect(text).toContain("kolom A (als categorie), 2016, 2017, 2018* (als jaren)");
    expect(text).not.toMatch(/→|\bname\b|\bowner\b/);
  });

  it("shows the confidence once per table, as one badge", async () => {
    const { text, badges } = await shown("nl");
    expect(badges).toHaveLength(2);
    expect(badges.every((badge) => /^zekerheid \d+%$/.test(badge))).toBe(true);
    expect(text.match(/zekerheid \d+%/g)).toHaveLength(2);
  });

  it("speaks the pane's language even when the report is Dutch", async () => {
    const { text } = await shown("en");
    expect(text).toContain("Header on row 4; columns: Nr. (as number)");
    expect(text).toContain("Provisional figures: 2018.");
    expect(text).not.toMatch(/kolommen|Voorlopige|zekerheid/);
  });

  it("says per table what it left out, and which sheets it did not read, in the pane's language", async () => {
    const dutch = await shown("nl", [openDataWithDistricts()]);
    const english = await shown("en", [openDataWithDistricts()]);
    expect({ dutch: [dutch.leftOut, dutch.unread], english: [english.leftOut, english.unread] }).toEqual({
      dutch: [
        [
          "1 onderdeel van deze tabel niet gebruikt:",
          "Kolom 'covid' (E) bevat alleen 0 en 1 en is geen aantal; niet gebruikt.",
        ],
        [
          "1 blad of tabel niet gelezen:",
          "Blad 'Wijken' bevat 4 getallen die Koers niet heeft gebruikt: Koers herkent er geen tabel in.",
        ],
      ],
      english: [
        ["1 part of this table not used:", expect.stringContaining("'covid' (E)")],
        ["1 sheet or table not read:", expect.stringContaining("Sheet 'Wijken' holds 4 numbers")],
      ],
    });
  });
});

/** A sheet per year, each with a 0/1 column beside the counts. */
function sheetPerYear(): WorkbookSnapshot {
  const sheet = (year: number) =>
    sheetFromRows(String(year), [
      [`Criminaliteit ${year}`],
      [],
      ["Soort misdrijf", "Aantal", "Lockdown"],
      ["Woninginbraak", 410 - 20 * (year - 2021), year === 2021 ? 1 : 0],
      ["Fietsdiefstal", 1_240 + 30 * (year - 2021), 0],
      ["Geweld", 330 + 10 * (year - 2021), 0],
    ]);
  return workbookFromSheets("index.xlsx", sheet(2021), sheet(2022), sheet(2023));
}

describe("DetectionSummary on a table of one sheet per period", () => {
  it("names what was left out on every sheet the table combines, not only on its first", async () => {
    const { report } = analyzeWorkbooks({
      workbooks: [sheetPerYear()],
      settings: parseSettings({ reportDate: "2024-06-01", language: "nl" }),
    });
    const leftOutSheets = report.findings
      .filter((finding) => finding.code === "unused-column")
      .map((finding) => finding.sheet);
    expect(leftOutSheets).toEqual(["2021", "2022", "2023"]);
    const { leftOut, unread } = await shown("nl", [sheetPerYear()]);
    expect({ leftOut: leftOut.length, unread }).toEqual({ leftOut: 4, unread: [] });
  });
});

describe("what the pane says each figures table gave, on real-shaped downloads", () => {
  const pane = mountPaneForEachTest();
  const block = () => ({
    read: [...pane.container().querySelectorAll("[data-testid=figures-read]")].map(
      (item) => item.textContent,
    ),
    leftOut: pane.container().querySelector("[data-testid=left-out]")?.textContent ?? null,
  });

  it("counts the figures read with Dutch number formatting, and names the column left out and why", async () => {
    await pane.render(fakePaneHost(tidyLong(), "2025-06-01").host);
    expect(block()).toEqual({
      read: ["Gelezen: 708 cijfers in 59 reeksen"],
      leftOut:
        "1 onderdeel van deze tabel niet gebruikt:" +
        "Kolom 'covid' (E) bevat alleen 0 en 1 en is geen aantal; niet gebruikt.",
    });
  });

  it("says so when every column with figures was used, thousands written the Dutch way", async () => {
    await pane.render(fakePaneHost(statlineProvinces(), "2025-06-01").host);
    expect(block().read).toEqual(["Gelezen: 4.368 cijfers in 728 reeksen"]);
    expect(pane.container().textContent).toContain("Alle kolommen met cijfers zijn gebruikt.");
  });
});
