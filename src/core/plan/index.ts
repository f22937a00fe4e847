/** The plan step: Report → ReportPlan, and helpers for tests of the hosts that apply it. */
export { buildReportPlan, koersVersion, planOutput, type PlanOptions } from "./buildPlan";
export { planCellMap, planRangeValues } from "./cellMap";
export * from "./reportPlan";
