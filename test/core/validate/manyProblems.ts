import type { Activity, ActivityDataset } from "../../../src/core/datasets";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/snapshot";
import { sheetFromRows, workbookFromSheets } from "../../support/snapshotBuilder";

/**
 * An activity list of `count` rows in which every row has exactly one problem, cycling through
 * unknown-status, missing-value, invalid-date, planning-in-past and error-value; or, with `sameId`, every
 * row has the id "007" (count duplicate-id findings).
 */
export function manyProblems(
  count: number,
  sameId = false,
): { workbook: WorkbookSnapshot; dataset: ActivityDataset } {
  const rows: CellValue[][] = [["Nr", "Activiteit", "Trekker", "Planning", "Status", "Toelichting"]];
  const activities: Activity[] = [];
  for (let index = 0; index < count; index++) {
    const row = index + 2;
    const id = sameId ? "007" : String(index + 1).padStart(5, "0");
    const problem = sameId ? -1 : index % 5;
    const name = problem === 1 ? "" : `Activiteit ${index + 1}`;
    const planningText = problem === 2 ? "binnenkort" : problem === 3 ? "Q4 2024" : "Q4 2025";
    const end = problem === 2 ? null : problem === 3 ? "2024-12-31" : "2025-12-31";
    const statusText = problem === 0 ? "Wacht op raad" : "Loopt volgens planning";
    const note: CellValue = problem === 4 ? { error: "#N/A" } : null;
    rows.push([id, name, "OOV", planningText, statusText, note]);
    activities.push({
      row,
      id,
      name,
      group: null,
      owner: "OOV",
      partners: null,
      planning: end === null ? null : { kind: "quarter", start: null, end, text: planningText },
      planningText,
      status: problem === 0 ? "unknown" : "onTrack",
      statusText,
      statusSource: "text",
      note: null,
    });
  }
  const headers = rows[0] as string[];
  const fields = ["id", "name", "owner", "planning", "status", "note"] as const;
  const dataset: ActivityDataset = {
    kind: "activities",
    sheet: "Activiteiten",
    headerRow: 1,
    firstRow: 2,
    lastRow: count + 1,
    confidence: 1,
    explanation: {
      sheet: "Activiteiten",
      headerRow: 1,
      columns: fields.map((field, index) => ({ header: headers[index], field, column: index + 1 })),
      notes: [],
    },
    columns: Object.fromEntries(
      fields.map((field, index) => [field, { column: index + 1, header: headers[index] }]),
    ),
    activities,
  };
  return { workbook: workbookFromSheets("veel.xlsx", sheetFromRows("Activiteiten", rows)), dataset };
}
