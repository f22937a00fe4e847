import type { Activity, ActivityDataset, StatusKey } from "../datasets";
import { statusKeys } from "../datasets";
import type { Language } from "../i18n/language";
import type { ActivitiesReport, GroupProgress, OverdueActivity, Rag, StatusCounts } from "../report";
import type { Settings } from "../settings";
import { activityReference, compareActivities } from "./changes";
import { percentOf } from "./stats";

/** Name of the group for activities without priority or theme. */
export const ungroupedName: Record<Language, string> = { nl: "Overig", en: "Other" };

/**
 * Progress of the activity list(s): counts per status and per group, % on track, overdue activities
 * and, when a previous version with an activity list is given, the changes since then. Several datasets (sheets, workbooks)
 * count as one list. Null when there is no activity list at all.
 *
 * - % on track = activities whose status is in settings.onTrackStatuses / total × 100, one decimal;
 *   null when there are no activities.
 * - Overdue = a planned end before settings.reportDate and not done; "doorlopend" (no end) never is.
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
  const onTrack = new Set<StatusKey>(settings.onTrackStatuses);
  const overdueList = overdueActivities(datasets, settings.reportDate);

  return {
    total: activities.length,
    byStatus: countStatuses(activities),
    onTrackPct: onTrackPercentage(activities, onTrack),
    overdue: overdueList.length,
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

function onTrackPercentage(activities: Activity[], onTrack: Set<StatusKey>): number | null {
  const count = activities.filter((activity) => onTrack.has(activity.status)).length;
  return percentOf(count, activities.length);
}

/** RAG colour of a % on track; null when the percentage is unknown. */
export function ragOf(onTrackPct: number | null, thresholds: Settings["ragThresholds"]): Rag | null {
  if (onTrackPct === null) return null;
  if (onTrackPct >= thresholds.green) return "green";
  if (onTrackPct >= thresholds.amber) return "amber";
  return "red";
}

function groupProgress(activities: Activity[], onTrack: Set<StatusKey>, settings: Settings): GroupProgress[] {
  const groups = new Map<string, { name: string; members: Activity[] }>();
  const ungrouped: Activity[] = [];
  for (const activity of activities) {
    const name = activity.group?.replace(/\s+/g, " ").trim() ?? "";
    if (name === "") {
      ungrouped.push(activity);
      continue;
    }
    const key = name.toLowerCase();
    const group = groups.get(key) ?? { name, members: [] };
    group.members.push(activity);
    groups.set(key, group);
  }
  const fallback = ungroupedName[settings.language];
  const fallbackKey = fallback.toLowerCase();
  if (ungrouped.length > 0) {
    const existing = groups.get(fallbackKey);
    if (existing) existing.members.push(...ungrouped);
    else groups.set(fallbackKey, { name: fallback, members: ungrouped });
  }
  return [...groups.values()].map(({ name, members }) => {
    const onTrackPct = onTrackPercentage(members, onTrack);
    return {
      name,
      total: members.length,
      byStatus: countStatuses(members),
      onTrackPct,
      rag: ragOf(onTrackPct, settings.ragThresholds),
    };
  });
}

function overdueActivities(datasets: ActivityDataset[], reportDate: string): OverdueActivity[] {
  const overdueList: OverdueActivity[] = [];
  for (const dataset of datasets) {
    for (const activity of dataset.activities) {
      const end = activity.planning?.end ?? null;
      if (end === null || activity.planning?.kind === "ongoing") continue;
      if (end >= reportDate || activity.status === "done") continue;
      overdueList.push({
        ...activityReference(activity, dataset, "planning"),
        plannedEnd: end,
        planningText: activity.planningText ?? activity.planning?.text ?? null,
        status: activity.status,
      });
    }
  }
  // NOTE: longest overdue first; the sort is stable, so equal dates keep sheet order.
  return overdueList.sort((left, right) =>
    left.plannedEnd < right.plannedEnd ? -1 : left.plannedEnd > right.plannedEnd ? 1 : 0,
  );
}
