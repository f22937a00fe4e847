import type { ActivityDataset } from "../datasets";
import type { ActivitiesReport } from "../report";
import type { Settings } from "../settings";

/** PLACEHOLDER (analysis helper replaces this). */
export function analyzeActivities(
  datasets: ActivityDataset[],
  _settings: Settings,
  _previous: ActivityDataset[] | null,
): ActivitiesReport | null {
  if (datasets.length === 0) return null;
  return null;
}
