import type { Activity, ActivityDataset, StatusKey } from "../datasets";
import { statusKeys } from "../datasets";
import type { Language } from "../i18n/language";
import type { ActivitiesReport, GroupProgress, OverdueActivity, Rag, StatusCounts } from "../report";
import type { Settings } from "../settings";
import { activityReference, compareActivities } from "./changes";
import { collapseSpaces } from "../read/text";
import { percentOf } from "./stats";
import { appendAll } from "../collections";

/** Name of the group for activities without priority or theme. */
export const ungroupedName: Record<Language, string> = { nl: "Overig", en: "Other" };

/**
 * Progress of the activity list(s): counts per status and per group, % on track, overdue activities
 * and, when a previous version with an activity list is given, the changes since then. Several datasets (sheets, workbooks)
 * count as one list. Null when there is no activity list at all.
 *
 * - % on track = activities whose status is in settings.onTrackStatuses / total × 100, one decimal;
 *   null when there are no activities. With settings.overdueCountsAsOnTrack false, an activity past its
 *   planned end counts only when done.
 * - Overdue = a planned end before settings.reportDate and not done; "doorlopend" (no end) never is.
 *   onTrackOverdue = the overdue ones whose status is counted on track (the headline says it with the %).
 * - Unknown statuses stay in the denominator (every activity counts); a group whose every status is unknown
 *   has no % and no RAG colour (grey in the sheets), never red.
 * - Groups keep the order in which they first appear; activities without a group form the group
 *   "Overig"/"Other" at the end. Group names that differ only in case or spaces are one group.
 * - RAG per group: % on track ≥ green threshold → green, ≥ amber → amber, else red.
 */
export function analyzeActivities(
  datasets: ActivityDataset[],
  settings: Settings,
  previous: ActivityDataset[] | null,
): ActivitiesReport | null {
  if (datasets.length === 0) return null;
  const activities = datasets.flatMap((dataset) => dataset.activities);
  const overdueList = overdueActivities(datasets, settings.reportDate);
  const overdue = (activity: Activity) => isOverdue(activity, settings.reportDate);
  const counted = new Set<StatusKey>(settings.onTrackStatuses);
  const onTrack: OnTrackRule = (activity) =>
    counted.has(activity.status) && (settings.overdueCountsAsOnTrack || !overdue(activity));

  return {
    total: activities.length,
    byStatus: countStatuses(activities),
    onTrackPct: onTrackPercentage(activities, onTrack),
    overdue: overdueList.length,
    onTrackOverdue: activities.filter((activity) => overdue(activity) && counted.has(activity.status)).length,
    overdueList,
    groups: groupProgress(activities, onTrack, settings),
    // NOTE: a previous workbook without an activity list gives nothing to compare with, not "all added".
    changes: previous === null || previous.length === 0 ? null : compareActivities(datasets, previous),
    sheets: [...new Set(datasets.map((dataset) => dataset.sheet))],
  };
}

/** Counts per status, every status present (0 when none). */
export function countStatuses(activities: Activity[]): StatusCounts {
  const counts = Object.fromEntries(statusKeys.map((key) => [key, 0])) as StatusCounts;
  for (const activity of activities) counts[activity.status] += 1;
  return counts;
}

/** Whether one activity counts in % on track (status, and the overdue setting). */
type OnTrackRule = (activity: Activity) => boolean;

function onTrackPercentage(activities: Activity[], onTrack: OnTrackRule): number | null {
  const count = activities.filter(onTrack).length;
  return percentOf(count, activities.length);
}

/** RAG colour of a % on track; null when the percentage is unknown. */
export function ragOf(onTrackPct: number | null, thresholds: Settings["ragThresholds"]): Rag | null {
  if (onTrackPct === null) return null;
  if (onTrackPct >= thresholds.green) return "green";
  if (onTrackPct >= thresholds.amber) return "amber";
  return "red";
}

function groupProgress(activities: Activity[], onTrack: OnTrackRule, settings: Settings): GroupProgress[] {
  const groups = new Map<string, { name: string; members: Activity[] }>();
  // NOTE: a list repeats a few group texts: each is spaced and keyed once, not once per activity.
  const groupOfText = new Map<string, { name: string; members: Activity[] } | null>();
  const ungrouped: Activity[] = [];
  for (const activity of activities) {
    const text = activity.group ?? "";
    let group = groupOfText.get(text);
    if (group === undefined) {
      const name = collapseSpaces(text);
      const key = name.toLowerCase();
      group = name === "" ? null : (groups.get(key) ?? { name, members: [] });
      if (group) groups.set(key, group);
      groupOfText.set(text, group);
    }
    if (group) group.members.push(activity);
    else ungrouped.push(activity);
  }
  const fallback = ungroupedName[settings.language];
  const fallbackKey = fallback.toLowerCase();
  if (ungrouped.length > 0) {
    const existing = groups.get(fallbackKey);
    if (existing) appendAll(existing.members, ungrouped);
    else groups.set(fallbackKey, { name: fallback, members: ungrouped });
  }
  return [...groups.values()].map(({ name, members }) => {
    const byStatus = countStatuses(members);
    // NOTE: a group of only unknown statuses says nothing about progress: no %, no colour (never red).
    const onTrackPct = byStatus.unknown === members.length ? null : onTrackPercentage(members, onTrack);
    return {
      name,
      total: members.length,
      byStatus,
      onTrackPct,
      rag: ragOf(onTrackPct, settings.ragThresholds),
    };
  });
}

/** A planned end before the report date and not done; "doorlopend" (no end) never is. */
function isOverdue(activity: Activity, reportDate: string): boolean {
  const end = activity.planning?.end ?? null;
  if (end === null || activity.planning?.kind === "ongoing") return false;
  return end < reportDate && activity.status !== "done";
}

function overdueActivities(datasets: ActivityDataset[], reportDate: string): OverdueActivity[] {
  const overdueList: OverdueActivity[] = [];
  for (const dataset of datasets) {
    for (const activity of dataset.activities) {
      const end = activity.planning?.end ?? null;
      if (end === null || !isOverdue(activity, reportDate)) continue;
      // NOTE: added to the reference, not spread into a new object: a list of 20,000 has thousands.
      overdueList.push(
        Object.assign(activityReference(activity, dataset, "planning"), {
          plannedEnd: end,
          planningText: activity.planningText ?? activity.planning?.text ?? null,
          status: activity.status,
        }),
      );
    }
  }
  // NOTE: longest overdue first; the sort is stable, so equal dates keep sheet order.
  return overdueList.sort((left, right) =>
    left.plannedEnd < right.plannedEnd ? -1 : left.plannedEnd > right.plannedEnd ? 1 : 0,
  );
}
