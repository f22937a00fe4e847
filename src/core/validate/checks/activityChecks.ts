import { cellAddress } from "../../address";
import type { Activity, ActivityDataset, ActivityField } from "../../datasets";
import { createFinding, type Finding } from "../../findings/finding";
import type { Check, DatasetCheckContext } from "../check";
import { excerpt } from "../cells";
import { impossibleDateIn, isValidIsoDate } from "../dates";
import { nearestStatusWording } from "../../read/status";

type ActivityContext = DatasetCheckContext<ActivityDataset>;

/** Most other rows a duplicate-id finding lists, so 10,000 copies of one id stay linear. */
const maxOtherRows = 5;

function fieldCell(dataset: ActivityDataset, activity: Activity, field: ActivityField): string | null {
  const column = dataset.columns[field]?.column;
  return isCellNumber(column) && isCellNumber(activity.row) ? cellAddress(activity.row, column) : null;
}

function isCellNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1;
}

function isBlankText(text: string | null | undefined): boolean {
  return typeof text !== "string" || text.trim() === "";
}

/** duplicate-id: each row of a repeated number is named, with the other rows it repeats. */
function duplicateIds({ dataset, language }: ActivityContext): Finding[] {
  // NOTE: ids are mostly unique: a first activity is kept as itself, an array only once an id repeats.
  const rowsById = new Map<string, Activity | Activity[]>();
  for (const activity of dataset.activities) {
    if (isBlankText(activity.id)) continue;
    const key = (activity.id as string).trim().toLowerCase();
    const rows = rowsById.get(key);
    if (rows === undefined) rowsById.set(key, activity);
    else if (Array.isArray(rows)) rows.push(activity);
    else rowsById.set(key, [rows, activity]);
  }
  const findings: Finding[] = [];
  for (const activities of rowsById.values()) {
    if (!Array.isArray(activities)) continue;
    for (const activity of activities) {
      const others = firstOthers(activities, activity, maxOtherRows + 1);
      const listed = others.slice(0, maxOtherRows).map((other) => other.row);
      const otherRow = listed.join(", ") + (others.length > maxOtherRows ? ", …" : "");
      findings.push(
        createFinding(
          "duplicate-id",
          { sheet: dataset.sheet, cell: fieldCell(dataset, activity, "id") },
          { value: (activity.id as string).trim(), otherRow },
          language,
        ),
      );
    }
  }
  return findings;
}

function firstOthers(activities: readonly Activity[], self: Activity, count: number): Activity[] {
  const others: Activity[] = [];
  for (const activity of activities) {
    if (others.length === count) break;
    if (activity !== self) others.push(activity);
  }
  return others;
}

/** missing-value: an activity needs a name and, when the list has a status column, a status. */
function missingValues({ dataset, language }: ActivityContext): Finding[] {
  const findings: Finding[] = [];
  const hasStatusColumn = dataset.columns.status !== undefined;
  for (const activity of dataset.activities) {
    const missing: ActivityField[] = [];
    if (isBlankText(activity.name)) missing.push("name");
    if (hasStatusColumn && activity.statusSource === "none" && isBlankText(activity.statusText))
      missing.push("status");
    for (const field of missing) {
      findings.push(
        createFinding(
          "missing-value",
          { sheet: dataset.sheet, cell: fieldCell(dataset, activity, field) },
          { field },
          language,
        ),
      );
    }
  }
  return findings;
}

/** True when the planning cell says something Koers cannot read as a planning, or a date that does not exist. */
export function planningIsInvalid(activity: Activity): boolean {
  const text = activity.planningText;
  if (isBlankText(text)) return false;
  if (activity.planning === null || activity.planning === undefined) return true;
  if (impossibleDateIn(text as string) !== null) return true;
  const { end, start } = activity.planning;
  return (end !== null && !isValidIsoDate(end)) || (start !== null && !isValidIsoDate(start));
}

/** invalid-date: unreadable planning ("binnenkort") or an impossible date ("31-02-2025"). */
function invalidDates({ dataset, language }: ActivityContext): Finding[] {
  return dataset.activities
    .filter(planningIsInvalid)
    .map((activity) =>
      createFinding(
        "invalid-date",
        { sheet: dataset.sheet, cell: fieldCell(dataset, activity, "planning") },
        { value: excerpt(activity.planningText as string) },
        language,
      ),
    );
}

/**
 * planning-in-past: a contradiction in the data — the status says on track while the planned end lies
 * before the report date. An overdue activity as such is a result (activities.overdueList), not a warning.
 */
function planningInPast({ dataset, settings, language }: ActivityContext): Finding[] {
  const findings: Finding[] = [];
  for (const activity of dataset.activities) {
    const end = activity.planning?.end;
    if (activity.status !== "onTrack" || activity.planning?.kind === "ongoing") continue;
    if (typeof end !== "string" || end >= settings.reportDate) continue;
    if (!isValidIsoDate(end) || planningIsInvalid(activity)) continue;
    const value = isBlankText(activity.planningText) ? end : excerpt(activity.planningText as string);
    findings.push(
      createFinding(
        "planning-in-past",
        { sheet: dataset.sheet, cell: fieldCell(dataset, activity, "planning") },
        { value, plannedEnd: end },
        language,
      ),
    );
  }
  return findings;
}

/** unknown-status: typed wording Koers cannot map, with the nearest known wording as hint. */
function unknownStatuses({ dataset, language }: ActivityContext): Finding[] {
  const suggestions = new Map<string, string>();
  const findings: Finding[] = [];
  for (const activity of dataset.activities) {
    if (activity.status !== "unknown" || isBlankText(activity.statusText)) continue;
    const typed = (activity.statusText as string).trim();
    let suggestion = suggestions.get(typed);
    if (suggestion === undefined) {
      // Any language: a sheet that says "Loopt achtr" is best helped by "Loopt achter", also in English.
      suggestion = nearestStatusWording(typed);
      suggestions.set(typed, suggestion);
    }
    findings.push(
      createFinding(
        "unknown-status",
        { sheet: dataset.sheet, cell: fieldCell(dataset, activity, "status") },
        { value: excerpt(typed), suggestion },
        language,
      ),
    );
  }
  return findings;
}

/** Checks on activity lists, in report order. */
export const activityChecks: readonly Check[] = [
  { id: "duplicate-id", appliesTo: "activities", run: duplicateIds },
  { id: "missing-value", appliesTo: "activities", run: missingValues },
  { id: "invalid-date", appliesTo: "activities", run: invalidDates },
  { id: "planning-in-past", appliesTo: "activities", run: planningInPast },
  { id: "unknown-status", appliesTo: "activities", run: unknownStatuses },
];
