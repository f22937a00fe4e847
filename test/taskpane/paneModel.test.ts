import { createFinding, type Finding } from "../../src/core/findings/finding";
import type { FiguresReport, Report, SeriesReport } from "../../src/core/report";
import {
  biggestChanges,
  blockingSummary,
  columnOptions,
  confidenceLevel,
  filterFindings,
  groupFindings,
  mappableFields,
  pageOf,
} from "../../src/taskpane/paneModel";
import { sheetFromRows } from "../support/snapshotBuilder";

const at = (cell: string, sheet = "Activiteiten") => ({ sheet, cell });

function findings(): Finding[] {
  return [
    createFinding("missing-value", at("C5"), { field: "Trekker" }),
    createFinding("duplicate-id", at("A4"), { value: "004", otherRow: 9 }),
    createFinding("missing-value", at("C6"), { field: "Trekker" }),
    createFinding("blank-row", at("A12")),
    createFinding("duplicate-id", at("A9"), { value: "004", otherRow: 4 }),
    createFinding("negative-count", at("C7", "Cijfers"), { value: -3 }),
    createFinding("missing-value", at("C8"), { field: "Trekker" }),
  ];
}

describe("groupFindings", () => {
  it("counts per severity and groups by severity then size of the group", () => {
    const overview = groupFindings(findings());
    expect({
      counts: overview.counts,
      groups: overview.groups.map((group) => [
        group.severity,
        group.code,
        group.findings.length,
        group.blocksFigures,
      ]),
    }).toEqual({
      counts: { error: 3, warning: 3, info: 1 },
      groups: [
        ["error", "duplicate-id", 2, true],
        ["error", "negative-count", 1, true],
        ["warning", "missing-value", 3, false],
        ["info", "blank-row", 1, false],
      ],
    });
  });
});

describe("filterFindings", () => {
  it("matches text in the message, the code and the place, case-insensitively", () => {
    const all = findings();
    expect({
      byPlace: filterFindings(all, { text: "cijfers!c7", severity: "all" }).map((finding) => finding.code),
      byCode: filterFindings(all, { text: "DUPLICATE", severity: "all" }).map((finding) => finding.cell),
      byMessage: filterFindings(all, { text: "trekker", severity: "warning" }).length,
      wrongSeverity: filterFindings(all, { text: "trekker", severity: "error" }).length,
    }).toEqual({ byPlace: ["negative-count"], byCode: ["A4", "A9"], byMessage: 3, wrongSeverity: 0 });
  });
});

describe("pageOf", () => {
  it("pages 50 at a time and clamps the page number", () => {
    const items = Array.from({ length: 2345 }, (_, index) => index);
    const last = pageOf(items, 99);
    expect({
      first: pageOf(items, 1).items.slice(0, 2),
      firstLength: pageOf(items, 1).items.length,
      last: [last.page, last.pages, last.items.length, last.items[0]],
      belowOne: pageOf(items, 0).page,
      empty: pageOf([], 3),
    }).toEqual({
      first: [0, 1],
      firstLength: 50,
      last: [47, 47, 45, 2300],
      belowOne: 1,
      empty: { items: [], page: 1, pages: 1 },
    });
  });
});

describe("blockingSummary", () => {
  it("blocks only on errors that make figures wrong and says which", () => {
    expect(blockingSummary(findings())).toEqual({
      count: 3,
      codes: [
        { code: "duplicate-id", count: 2 },
        { code: "negative-count", count: 1 },
      ],
    });
  });

  it("never blocks on warnings", () => {
    expect(blockingSummary(findings().filter((finding) => finding.severity !== "error"))).toEqual({
      count: 0,
      codes: [],
    });
  });
});

function series(
  category: string,
  values: (number | null)[],
  extra: Partial<SeriesReport> = {},
): SeriesReport {
  const [previous, last] = values.slice(-2);
  const lastChangePct =
    previous === null || last === null || previous === 0
      ? null
      : Math.round(((last - previous) / previous) * 1000) / 10;
  return {
    category,
    region: null,
    unit: "count",
    values,
    lastChangePct,
    lastChange: previous === null || last === null ? null : last - previous,
    direction: lastChangePct === null || lastChangePct === 0 ? "flat" : lastChangePct > 0 ? "up" : "down",
    assessment: null,
    polarity: "lowerIsBetter",
    significant: null,
    pValue: null,
    smallNumbers: false,
    subtotalOf: null,
    subtotalHolds: null,
    index: [],
    movingAverage3: [],
    ratePer1000: null,
    trend: { senSlope: null, mannKendallP: null, significant: null, tooShort: true },
    target: null,
    cells: [],
    ...extra,
  };
}

describe("biggestChanges", () => {
  it("ranks rises and falls of the last year, skipping small numbers and rates", () => {
    const table: FiguresReport = {
      sheet: "Cijfers",
      layout: "wide",
      years: [2016, 2017, 2018],
      provisionalYears: [],
      baseYear: 2016,
      series: [
        series("woninginbraken", [121, 121, 79]),
        series("fietsdiefstal", [143, 54, 46]),
        series("vernielingen", [171, 182, 157]),
        series("huiselijk geweld", [42, 30, 44]),
        series("geweld: overval", [1, 1, 2], { smallNumbers: true }),
        series("wapenhandel per 10.000", [1.5, 3.2, 2.2], { unit: "per10000" }),
      ],
    };
    const report = { figures: [table] } as unknown as Report;
    const { rises, falls } = biggestChanges(report, 2);
    expect({
      rises: rises.map((change) => [
        change.category,
        change.changePct,
        change.from,
        change.to,
        change.toYear,
      ]),
      falls: falls.map((change) => [change.category, change.changePct]),
    }).toEqual({
      rises: [["huiselijk geweld", 46.7, 30, 44, 2018]],
      falls: [
        ["woninginbraken", -34.7],
        ["fietsdiefstal", -14.8],
      ],
    });
  });
});

describe("columnOptions", () => {
  it("offers every column with its header text", () => {
    const sheet = sheetFromRows("Activiteiten", [
      ["Voortgang IVP"],
      [],
      ["Nr", "Activiteit", null, "Status"],
    ]);
    expect(columnOptions(sheet, 3)).toEqual([
      { letter: "A", header: "Nr" },
      { letter: "B", header: "Activiteit" },
      { letter: "C", header: "" },
      { letter: "D", header: "Status" },
    ]);
  });
});

describe("confidenceLevel", () => {
  it("calls 0.9 sure, 0.75 fairly sure and 0.5 unsure", () => {
    expect([0.9, 0.75, 0.5].map(confidenceLevel)).toEqual(["high", "medium", "low"]);
  });
});

describe("mappableFields", () => {
  const summary = (kind: "activities" | "figures") => ({
    kind,
    sheet: "Blad1",
    headerRow: 1,
    confidence: 0.5,
    explanation: "",
    notes: [],
    rows: 3,
    columns: [],
  });

  it("offers every activity field, the long figure fields, and only category, region and target for a wide table", () => {
    expect([
      mappableFields(summary("activities")),
      mappableFields(summary("figures"), "long"),
      mappableFields(summary("figures"), "wide"),
    ]).toEqual([
      ["id", "name", "group", "owner", "partners", "planning", "status", "note"],
      ["category", "period", "region", "value", "unit", "target"],
      ["category", "region", "target"],
    ]);
  });
});
