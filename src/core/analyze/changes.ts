import { cellAddress } from "../address";
import type { Activity, ActivityDataset } from "../datasets";
import type { ActivityChanges, ActivityReference } from "../report";

/**
 * Normalised activity number for matching: trimmed, lower case, spaces removed and leading zeros
 * dropped from every run of digits, so "004" = "4" and "A-004" = "a-4". Null for an empty id.
 */
export function normaliseActivityId(id: string | null): string | null {
  if (id === null) return null;
  const compact = id.trim().toLowerCase().replace(/\s+/g, "");
  if (compact === "") return null;
  return compact.replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, ""));
}

/** Normalised activity name for matching: lower case, accents and punctuation dropped, spaces collapsed. */
export function normaliseActivityName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Located {
  activity: Activity;
  dataset: ActivityDataset;
}

/**
 * Changes since the previous report. An activity matches its previous version by number (see
 * normaliseActivityId); activities left unmatched then match by name (renumbered activities).
 * When a number or name occurs twice, occurrences pair up in sheet order.
 */
export function compareActivities(current: ActivityDataset[], previous: ActivityDataset[]): ActivityChanges {
  const now = flatten(current);
  const before = flatten(previous);
  const matchedNow = new Map<number, number>();
  const takenBefore = new Set<number>();

  pairBy(now, before, (entry) => normaliseActivityId(entry.activity.id), matchedNow, takenBefore);
  pairBy(now, before, (entry) => normaliseActivityName(entry.activity.name) || null, matchedNow, takenBefore);

  const statusChanged: ActivityChanges["statusChanged"] = [];
  now.forEach((entry, index) => {
    const previousIndex = matchedNow.get(index);
    if (previousIndex === undefined) return;
    const from = before[previousIndex].activity.status;
    const to = entry.activity.status;
    if (from !== to) statusChanged.push({ ...reference(entry, "status"), from, to });
  });
  return {
    statusChanged,
    added: now.filter((_, index) => !matchedNow.has(index)).map((entry) => reference(entry, "name")),
    removed: before
      .filter((_, index) => !takenBefore.has(index))
      .map((entry) => ({ id: entry.activity.id, name: entry.activity.name, group: entry.activity.group })),
  };
}

function flatten(datasets: ActivityDataset[]): Located[] {
  return datasets.flatMap((dataset) => dataset.activities.map((activity) => ({ activity, dataset })));
}

function pairBy(
  now: Located[],
  before: Located[],
  key: (entry: Located) => string | null,
  matchedNow: Map<number, number>,
  takenBefore: Set<number>,
): void {
  const waiting = new Map<string, number[]>();
  before.forEach((entry, index) => {
    if (takenBefore.has(index)) return;
    const value = key(entry);
    if (value === null) return;
    const queue = waiting.get(value) ?? [];
    queue.push(index);
    waiting.set(value, queue);
  });
  now.forEach((entry, index) => {
    if (matchedNow.has(index)) return;
    const value = key(entry);
    const queue = value === null ? undefined : waiting.get(value);
    const previousIndex = queue?.shift();
    if (previousIndex === undefined) return;
    matchedNow.set(index, previousIndex);
    takenBefore.add(previousIndex);
  });
}

/** Reference to an activity, pointing at its status (or name) cell when that column is known. */
export function activityReference(
  activity: Activity,
  dataset: ActivityDataset,
  field: "status" | "name" | "planning",
): ActivityReference {
  const column = dataset.columns[field] ?? dataset.columns.name;
  const reference: ActivityReference = {
    id: activity.id,
    name: activity.name,
    group: activity.group,
    sheet: dataset.sheet,
  };
  if (column) reference.cell = cellAddress(activity.row, column.column);
  return reference;
}

function reference(entry: Located, field: "status" | "name"): ActivityReference {
  return activityReference(entry.activity, entry.dataset, field);
}
