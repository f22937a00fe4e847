import type { Finding } from "../findings/finding";
import type { ActivitiesReport, FiguresReport, Summary } from "../report";
import type { Settings } from "../settings";

/** PLACEHOLDER (analysis helper replaces this): the generated kernboodschap. */
export function buildSummary(
  _activities: ActivitiesReport | null,
  _figures: FiguresReport[],
  _findings: Finding[],
  _settings: Settings,
): Summary {
  return { headline: "", lines: [] };
}
