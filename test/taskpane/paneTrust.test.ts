import { analyzeWorkbooks } from "../../src/core/pipeline";
import { parseSettings } from "../../src/core/settings";
import { createFinding } from "../../src/core/findings/finding";
import { actionButtons, type ActionState } from "../../src/taskpane/components/ActionBar";
import { describeError, oneLanguage } from "../../src/taskpane/errorText";
import { dutchErrorName, withDutchErrorNames } from "../../src/taskpane/excelErrors";
import { createPaneI18n, paneLanguage } from "../../src/taskpane/i18n";
import { en as englishTexts } from "../../src/taskpane/locales/en";
import { hostMessage, HostReadError } from "../../src/core/errors";
import {
  filterFindings,
  findingHeaders,
  headlinePercent,
  missingRequiredColumns,
} from "../../src/taskpane/paneModel";
import { lelystadActivityList, lelystadReportDate } from "../support/fixtures/lelystad";
import { sheetFromRows, workbookFromSheets } from "../support/snapshotBuilder";

const settings = parseSettings({ reportDate: lelystadReportDate });

describe("headline consistency", () => {
  it("prints the % on track as the kernboodschap does", () => {
    const { report } = analyzeWorkbooks({ workbooks: [lelystadActivityList()], settings });
    const pct = report.activities?.onTrackPct ?? NaN;
    expect({
      pct,
      shown: headlinePercent(pct),
      inHeadline: report.summary.headline.includes(`${headlinePercent(pct)}%`),
      nearlyAll: headlinePercent(99.6),
      nearlyNone: headlinePercent(0.4),
    }).toEqual({ pct: 88.9, shown: "89", inHeadline: true, nearlyAll: "99,6", nearlyNone: "0,4" });
  });
});

describe("findings search", () => {
  const workbook = workbookFromSheets(
    "ivp.xlsx",
    sheetFromRows("Plan 2025", [
      ["Voortgang IVP"],
      ["Nr", "Activiteit", "Trekker", "Planning", "Status"],
      ["1", "Cameratoezicht", "J. de Vries", "Q2 2025", "Loopt volgens planning"],
      ["2", "Buurtpreventie", "", "Q3 2025", "Afgerond"],
    ]),
  );
  const { report } = analyzeWorkbooks({ workbooks: [workbook], settings });

  it("finds a finding by its column's header and by its sheet's name", () => {
    const headerOf = findingHeaders(report.datasets, workbook);
    const empty = createFinding("missing-value", { sheet: "Plan 2025", cell: "C4" }, { field: "owner" });
    const elsewhere = createFinding("blank-row", { sheet: "Notities", cell: "A3" });
    const search = (text: string) =>
      filterFindings([empty, elsewhere], {
        text,
        severity: "all",
        describe: (finding) => [headerOf(finding) ?? ""],
      }).map((finding) => finding.cell);
    expect({
      header: headerOf(empty),
      trekker: search("trekker"),
      sheet: search("plan 2025"),
      other: search("notities"),
    }).toEqual({ header: "Trekker", trekker: ["C4"], sheet: ["C4"], other: ["A3"] });
  });
});

describe("required columns", () => {
  it("says which required field a mapping leaves without a column", () => {
    const workbook = workbookFromSheets(
      "lijst.xlsx",
      sheetFromRows("Acties", [
        ["Activiteit", "Trekker", "Planning"],
        ["Cameratoezicht", "Team OOV", "Q2 2025"],
        ["Buurtpreventie", "Team OOV", "Q3 2025"],
        ["Keurmerk", "Team OOV", "eind 2025"],
      ]),
    );
    const { report } = analyzeWorkbooks({ workbooks: [workbook], settings });
    expect(missingRequiredColumns(report)).toEqual([{ sheet: "Acties", fields: ["status"] }]);
  });
});

describe("one language", () => {
  it("follows Office's display language, Dutch for Dutch Office and English for any other", () => {
    expect(["nl-NL", "nl-BE", "fy-NL", "en-US", "de-DE", "", null].map(paneLanguage)).toEqual([
      "nl",
      "nl",
      "nl",
      "en",
      "en",
      "nl",
      "nl",
    ]);
  });

  it("shows a host's two-language message in the pane's language only", () => {
    const error = new HostReadError("'x.xlsx' is leeg (0 bytes).\n'x.xlsx' is empty (0 bytes).");
    expect({
      nl: describeError(error, createPaneI18n("nl").t, "nl"),
      en: describeError(error, createPaneI18n("en", englishTexts).t, "en"),
      single: oneLanguage("Eén regel.", "en"),
    }).toEqual({
      nl: "Er ging iets mis: 'x.xlsx' is leeg (0 bytes).",
      en: "Something went wrong: 'x.xlsx' is empty (0 bytes).",
      single: "Eén regel.",
    });
  });

  it("shows an engine's failure as the unexpected-failure sentence, never its own text", () => {
    const error = new TypeError("Cannot set properties of undefined (setting 'values')");
    expect({
      nl: describeError(error, createPaneI18n("nl").t, "nl"),
      en: describeError(error, createPaneI18n("en", englishTexts).t, "en"),
    }).toEqual({
      nl: `Er ging iets mis: ${hostMessage("unexpected-failure").nl}`,
      en: `Something went wrong: ${hostMessage("unexpected-failure").en}`,
    });
  });

  it("writes counts with Dutch grouping and real plurals, never (en) or (sen)", () => {
    const nl = createPaneI18n("nl");
    const en = createPaneI18n("en", englishTexts);
    expect([
      nl.t("results.overdue", { count: 1 }),
      nl.t("results.overdue", { count: 20000 }),
      nl.t("findings.heading", { count: 34000 }),
      en.t("findings.heading", { count: 34000 }),
      nl.t("results.changed", { count: 1 }),
    ]).toEqual([
      "1 activiteit is over de geplande einddatum en niet afgerond.",
      "20.000 activiteiten zijn over de geplande einddatum en niet afgerond.",
      "Bevindingen (34.000)",
      "Findings (34,000)",
      "1 status gewijzigd",
    ]);
  });

  it("names Excel's errors as Dutch Excel shows them", () => {
    expect([
      dutchErrorName("#DIV/0!"),
      dutchErrorName("12"),
      withDutchErrorNames("Cel D4 bevat #N/A."),
    ]).toEqual(["#DEEL/0!", "12", "Cel D4 bevat #N/B."]);
  });
});

describe("action bar", () => {
  const base: ActionState = {
    kind: "preview",
    blocking: { count: 0, codes: [] },
    warnings: 0,
    missing: [],
    hasData: true,
    busy: false,
    generated: false,
    stale: false,
    progress: null,
    download: null,
  };
  const file = { fileName: "x (Koers).xlsx", bytes: new Uint8Array() };

  it("offers one primary button per state: generate, then download, and generate again when stale", () => {
    expect({
      fresh: actionButtons(base),
      blocked: actionButtons({
        ...base,
        blocking: { count: 2, codes: [{ code: "duplicate-id", count: 2 }] },
      }),
      generated: actionButtons({ ...base, generated: true, download: file }),
      stale: actionButtons({ ...base, generated: true, download: file, stale: true }),
      office: actionButtons({ ...base, kind: "office", generated: true }),
    }).toEqual({
      fresh: { primary: "generate", secondary: ["share"] },
      blocked: { primary: null, secondary: ["anyway"] },
      generated: { primary: "download", secondary: ["generate", "share"] },
      stale: { primary: "generate", secondary: ["share", "download"] },
      office: { primary: "share", secondary: ["generate"] },
    });
  });
});
