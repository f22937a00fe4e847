import type { Report } from "../report";
import type { Settings } from "../settings";
import type { ReportPlan } from "./reportPlan";

/** PLACEHOLDER (plan helper replaces this). */
export function buildReportPlan(report: Report, settings: Settings, _userSheetNames: string[]): ReportPlan {
  return {
    language: settings.language,
    sheets: [],
    activeSheet: "",
    properties: {
      title: report.title,
      subject: report.title,
      author: settings.organisation,
      company: settings.organisation,
      keywords: "Koers",
      reportDate: report.reportDate,
      status: settings.documentStatus,
    },
  };
}
