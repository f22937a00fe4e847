import { normaliseActivityId, normaliseActivityName } from "../../../src/core/analyze/changes";
import { analyzeActivities } from "../../../src/core/analyze/progress";
import type { StatusKey } from "../../../src/core/datasets";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import { activityDataset, type ActivityRow } from "./fixtures";

const settings = (input: Partial<SettingsInput> = {}) =>
  parseSettings({ reportDate: "2025-03-01", ...input });

/** `counts` activities per status in `group`, numbered from `firstId`. */
function activitiesOf(
  group: string | null,
  counts: Partial<Record<StatusKey, number>>,
  firstId: number,
): ActivityRow[] {
  const rows: ActivityRow[] = [];
  for (const [status, count] of Object.entries(counts) as [StatusKey, number][]) {
    for (let index = 0; index < count; index++) {
      const id = firstId + rows.length;
      rows.push({ id: String(id).padStart(3, "0"), name: `Activiteit ${id}`, group, status });
    }
  }
  return rows;
}

/** The Lelystad IVP 2023-2026 progress report: 117 activities, 89% on track (21 done + 83 on track). */
function lelystad(): ActivityRow[] {
  return [
    ...activitiesOf("Cybercriminaliteit", { done: 4, onTrack: 15, delayed: 1 }, 1),
    ...activitiesOf("Jeugd en veiligheid", { done: 5, onTrack: 18, delayed: 2 }, 21),
    ...activitiesOf("Ondermijning", { done: 3, onTrack: 16, delayed: 3 }, 46),
    ...activitiesOf("Zorg en veiligheid", { done: 6, onTrack: 20, delayed: 3, notStarted: 1 }, 68),
    ...activitiesOf(null, { done: 3, onTrack: 14, delayed: 1, notStarted: 2 }, 98),
  ];
}

describe("analyzeActivities", () => {
  it("reproduces the Lelystad headline: 89% of 117 on track or done", () => {
    const report = analyzeActivities([activityDataset(lelystad())], settings(), null);
    expect({
      total: report?.total,
      byStatus: report?.byStatus,
      onTrackPct: report?.onTrackPct,
      groups: report?.groups.map((group) => [group.name, group.total, group.onTrackPct, group.rag]),
      changes: report?.changes,
      sheets: report?.sheets,
    }).toEqual({
      total: 117,
      byStatus: { done: 21, onTrack: 83, delayed: 10, notStarted: 3, unknown: 0 },
      onTrackPct: 88.9, // 104 / 117 = 0.88889
      groups: [
        ["Cybercriminaliteit", 20, 95, "green"],
        ["Jeugd en veiligheid", 25, 92, "green"],
        ["Ondermijning", 22, 86.4, "green"], // 19/22
        ["Zorg en veiligheid", 30, 86.7, "green"], // 26/30
        ["Overig", 20, 85, "green"], // activities without a priority
      ],
      changes: null,
      sheets: ["Activiteiten"],
    });
  });

  it("counts only the configured statuses as on track", () => {
    expect(
      analyzeActivities([activityDataset(lelystad())], settings({ onTrackStatuses: ["onTrack"] }), null)
        ?.onTrackPct,
    ).toBe(70.9); // 83/117
  });

  it("colours groups by the RAG thresholds, boundaries included, and merges spellings of a group", () => {
    const rows = [
      ...activitiesOf("Ondermijning", { onTrack: 4, delayed: 1 }, 1),
      ...activitiesOf("Jeugd", { done: 3, delayed: 2 }, 6),
      ...activitiesOf("Zorg", { onTrack: 2, delayed: 2, notStarted: 1 }, 11),
      ...activitiesOf(" ondermijning ", { onTrack: 5 }, 16),
    ];
    const report = analyzeActivities([activityDataset(rows)], settings({ language: "en" }), null);
    expect(report?.groups.map((group) => [group.name, group.total, group.onTrackPct, group.rag])).toEqual([
      ["Ondermijning", 10, 90, "green"],
      ["Jeugd", 5, 60, "amber"], // exactly the amber threshold
      ["Zorg", 5, 40, "red"],
    ]);
  });

  it("names the group of activities without one 'Other' in English", () => {
    const report = analyzeActivities(
      [activityDataset(activitiesOf(null, { done: 1 }, 1))],
      settings({ language: "en" }),
      null,
    );
    expect(report?.groups.map((group) => group.name)).toEqual(["Other"]);
  });

  it("lists overdue activities with the planning cell, longest overdue first; ongoing and done never are", () => {
    const rows: ActivityRow[] = [
      {
        id: "1",
        name: "Cameratoezicht evalueren",
        group: "Openbare orde",
        status: "onTrack",
        end: "2024-12-31",
        planningText: "eind 2024",
      },
      {
        id: "2",
        name: "Evenementenbeleid",
        group: "Openbare orde",
        status: "onTrack",
        end: "2025-06-30",
        planningText: "Q2 2025",
      },
      { id: "3", name: "Horecaconvenant", group: "Openbare orde", status: "done", end: "2024-06-30" },
      {
        id: "4",
        name: "Ondermijningsbeeld bijhouden",
        group: "Ondermijning",
        status: "delayed",
        ongoing: true,
      },
      {
        id: "5",
        name: "Weerbaarheidstraining",
        group: "Ondermijning",
        status: "notStarted",
        end: "2024-09-30",
        planningText: "Q3 2024",
      },
      { id: "6", name: "Jaarverslag", group: null, status: "onTrack", end: "2025-03-01" },
      { id: "7", name: "Zonder planning", group: null, status: "delayed" },
    ];
    const report = analyzeActivities([activityDataset(rows)], settings(), null);
    expect({ overdue: report?.overdue, list: report?.overdueList }).toEqual({
      overdue: 2,
      list: [
        {
          id: "5",
          name: "Weerbaarheidstraining",
          group: "Ondermijning",
          sheet: "Activiteiten",
          cell: "D6",
          plannedEnd: "2024-09-30",
          planningText: "Q3 2024",
          status: "notStarted",
        },
        {
          id: "1",
          name: "Cameratoezicht evalueren",
          group: "Openbare orde",
          sheet: "Activiteiten",
          cell: "D2",
          plannedEnd: "2024-12-31",
          planningText: "eind 2024",
          status: "onTrack",
        },
      ],
    });
  });

  it("combines several activity lists", () => {
    const first = activityDataset([{ id: "1", name: "Wijkschouw", status: "done" }], "Prioriteiten");
    const second = activityDataset(
      [
        { id: "1", name: "Voorlichting", status: "delayed", end: "2024-12-31" },
        { id: "2", name: "Training", status: "onTrack" },
      ],
      "Overige thema's",
    );
    const report = analyzeActivities([first, second], settings(), null);
    expect({
      total: report?.total,
      onTrackPct: report?.onTrackPct,
      sheets: report?.sheets,
      overdue: report?.overdueList.map((entry) => [entry.sheet, entry.cell]),
    }).toEqual({
      total: 3,
      onTrackPct: 66.7,
      sheets: ["Prioriteiten", "Overige thema's"],
      overdue: [["Overige thema's", "D2"]],
    });
  });

  it("is null without an activity list, has no percentage for an empty one, and no changes without a previous list", () => {
    const empty = analyzeActivities([activityDataset([])], settings(), [activityDataset([])]);
    expect({
      none: analyzeActivities([], settings(), null),
      empty: [empty?.total, empty?.onTrackPct, empty?.groups, empty?.changes],
      previousWithoutList: analyzeActivities(
        [activityDataset(activitiesOf("Jeugd", { done: 1 }, 1))],
        settings(),
        [],
      )?.changes,
    }).toEqual({
      none: null,
      empty: [0, null, [], { statusChanged: [], added: [], removed: [] }],
      previousWithoutList: null,
    });
  });
});

describe("changes since the previous report", () => {
  it("matches by number ignoring leading zeros, then by name, and lists status changes, additions and removals", () => {
    const previous = activityDataset([
      { id: "004", name: "Wijkschouw", group: "Veilige wijk", status: "onTrack" },
      { id: "005", name: "Keurmerk Veilig Ondernemen", group: "Ondermijning", status: "onTrack" },
      { id: "006", name: "Drugsvoorlichting scholen", group: "Jeugd", status: "done" },
      { id: null, name: "Buurtpreventie-app uitbreiden", group: "Veilige wijk", status: "notStarted" },
      { id: "118", name: "Oud project", group: "Jeugd", status: "delayed" },
    ]);
    const current = activityDataset([
      { id: "4", name: "Wijkschouw", group: "Veilige wijk", status: "delayed" },
      { id: "5", name: "Keurmerk Veilig Ondernemen", group: "Ondermijning", status: "onTrack" },
      { id: "16", name: "Drugsvoorlichting scholen", group: "Jeugd", status: "done" },
      { id: "20", name: "Buurtpreventie-app  uitbreiden", group: "Veilige wijk", status: "onTrack" },
      { id: "116", name: "Cybercampagne", group: "Cyber", status: "notStarted" },
    ]);
    expect(analyzeActivities([current], settings(), [previous])?.changes).toEqual({
      statusChanged: [
        {
          id: "4",
          name: "Wijkschouw",
          group: "Veilige wijk",
          sheet: "Activiteiten",
          cell: "E2",
          from: "onTrack",
          to: "delayed",
        },
        {
          id: "20",
          name: "Buurtpreventie-app  uitbreiden",
          group: "Veilige wijk",
          sheet: "Activiteiten",
          cell: "E5",
          from: "notStarted",
          to: "onTrack",
        },
      ],
      added: [{ id: "116", name: "Cybercampagne", group: "Cyber", sheet: "Activiteiten", cell: "B6" }],
      removed: [{ id: "118", name: "Oud project", group: "Jeugd" }],
    });
  });

  it("normalises numbers and names", () => {
    expect({
      ids: ["004", " 4 ", "A-004", "1.05", "0", "", null].map(normaliseActivityId),
      name: normaliseActivityName("  Buurtpreventie-app   Uitbreiden (fase 2) "),
      accents: normaliseActivityName("Geëvalueerd"),
    }).toEqual({
      ids: ["4", "4", "a-4", "1.5", "0", null, null],
      name: "buurtpreventie app uitbreiden fase 2",
      accents: "geevalueerd",
    });
  });
});
