import { planWithinCellLimit } from "./cellLimit";
import { redactReportPlan } from "../privacy/redactPlan";
import type { Report } from "../report";
import type { Settings } from "../settings";
import { buildCoverSheet } from "./coverSheet";
import { buildFindingsSheet } from "./findingsSheet";
import { buildNotesSheet } from "./notesSheet";
import { buildOverviewSheet } from "./overviewSheet";
import { assignSheetNames, createPlanContext, type PlanContext } from "./planContext";
import type { PlannedSheet, PlannedSheetKey, ReportPlan } from "./reportPlan";
import { textsFor } from "./texts";
import { buildSurveySheet } from "./surveySheet";
import { buildTrendsSheet } from "./trendsSheet";

/** Koers' version as written on the notes sheet and the cover, unless the caller passes its own. */
export const koersVersion = "0.1.0";

export interface PlanOptions {
  /**
   * "workbook" (default): the sheets for the user's own workbook, with findings linked to source cells.
   * "griffie": the council copy — a cover sheet first, findings only as counts (no cell references),
   * every text from user data passed through redactText, no hyperlinks.
   */
  audience?: "workbook" | "griffie";
  /** Version text for the notes sheet and cover; defaults to koersVersion. */
  version?: string;
}

const sheetBuilders: Record<
  PlannedSheetKey,
  (context: PlanContext, keys: PlannedSheetKey[]) => PlannedSheet
> = {
  cover: buildCoverSheet,
  overview: buildOverviewSheet,
  trends: buildTrendsSheet,
  survey: buildSurveySheet,
  findings: buildFindingsSheet,
  notes: buildNotesSheet,
};

/**
 * The figures' sheets: Trends for the registered figures (also when there are no figures at all, to say so),
 * the survey sheet for survey tables.
 */
function figureSheetKeys(report: Report): PlannedSheetKey[] {
  const filled = report.figures.filter((table) => table.series.length > 0);
  const survey = filled.some((table) => table.survey === true);
  const registered = filled.some((table) => table.survey !== true);
  return [...(registered || !survey ? ["trends" as const] : []), ...(survey ? ["survey" as const] : [])];
}

/**
 * Turns a report into the declarative plan both hosts apply (docs/domain.md "Output in the workbook").
 * Pure and deterministic. `userSheetNames` are the user's own sheets (not generated ones): a generated
 * sheet whose fixed name is taken gets "Name (2)" and is listed in `renamed`.
 */
export function buildReportPlan(
  report: Report,
  settings: Settings,
  userSheetNames: string[],
  options: PlanOptions = {},
): ReportPlan {
  const audience = options.audience ?? "workbook";
  const griffie = audience === "griffie";
  const keys: PlannedSheetKey[] = [
    ...(griffie ? ["cover" as const] : []),
    "overview",
    ...figureSheetKeys(report),
    "findings",
    "notes",
  ];
  const texts = textsFor(settings.language);
  const { names, renamed } = assignSheetNames(keys, texts, userSheetNames);
  const context = createPlanContext({
    report,
    settings,
    griffie,
    version: options.version ?? koersVersion,
    names,
  });
  const sheets = keys.map((key) => sheetBuilders[key](context, keys));
  const title = context.userText(report.title);
  const plan: ReportPlan = {
    language: settings.language,
    sheets,
    properties: {
      title,
      subject: texts.properties.subject,
      author: settings.organisation,
      company: settings.organisation,
      keywords: texts.properties.keywords,
      reportDate: report.reportDate,
      status: settings.documentStatus,
    },
    // NOTE: the griffie copy opens on its cover; the user's workbook on the overview.
    activeSheet: griffie ? names.cover : names.overview,
    audience,
    renamed,
  };
  // NOTE: the griffie copy gets the one redaction step over every text of the plan (ids, sheet names,
  // chart caches, properties …), so both hosts write the same redacted copy.
  return planWithinCellLimit(griffie ? redactReportPlan(plan) : plan);
}
