import { planInDateSystem, serialFromDateSystem, serialInDateSystem } from "../../src/core/dateSystem";
import type { PlannedSheet, ReportPlan } from "../../src/core/plan/reportPlan";
import { dateSerial } from "../../src/core/plan/planContext";

const reportDate = dateSerial("2025-03-01")!;
const plannedEnd = dateSerial("2024-12-31")!;

function sheetWith(blocks: PlannedSheet["blocks"]): PlannedSheet {
  return {
    key: "overview",
    name: "Koers Overzicht",
    blocks,
    columnWidths: [],
    merges: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true, header: {}, footer: {} },
  };
}

const plan: ReportPlan = {
  language: "nl",
  activeSheet: "Koers Overzicht",
  properties: {
    title: "Voortgang IVP",
    subject: "Voortgang IVP",
    author: "Gemeente Lelystad",
    company: "Gemeente Lelystad",
    keywords: "Koers",
    reportDate: "2025-03-01",
    status: "Concept",
  },
  sheets: [
    sheetWith([
      {
        row: 2,
        column: 1,
        values: [
          ["Rapportagedatum", reportDate],
          ["Activiteiten", 117],
        ],
        cellStyles: [{ row: 0, column: 1, style: { numberFormat: "[$-413]d mmmm yyyy" } }],
      },
      {
        row: 6,
        column: 1,
        values: [
          ["Wijkaanpak Noord", plannedEnd, 0.25, "31-12-2024"],
          ["Cameratoezicht", plannedEnd + 90, 0.5, "Q1 2025"],
        ],
        columnStyles: [undefined, { numberFormat: "dd-mm-yyyy" }, { numberFormat: "0%" }, undefined],
      },
    ]),
  ],
};

describe("planInDateSystem", () => {
  it("moves every date cell of the plan, and only those, into the 1904 system", () => {
    const moved = planInDateSystem(plan, true);
    expect(moved.sheets[0].blocks.map((block) => block.values)).toEqual([
      [
        ["Rapportagedatum", reportDate - 1462],
        ["Activiteiten", 117],
      ],
      [
        ["Wijkaanpak Noord", plannedEnd - 1462, 0.25, "31-12-2024"],
        ["Cameratoezicht", plannedEnd + 90 - 1462, 0.5, "Q1 2025"],
      ],
    ]);
  });

  it("gives a 1900-system plan back as it is, and a 1904 serial reads back as the same date", () => {
    expect({
      unchanged: planInDateSystem(plan, false) === plan,
      source: plan.sheets[0].blocks[0].values[0][1],
      roundTrip: serialFromDateSystem(serialInDateSystem(reportDate, true), true),
      firstDay1904: serialInDateSystem(dateSerial("1904-01-01")!, true),
    }).toEqual({ unchanged: true, source: reportDate, roundTrip: reportDate, firstDay1904: 0 });
  });
});
