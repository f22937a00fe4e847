/**
 * The core's one public surface. Hosts, the task pane and the ribbon commands import core only from here
 * (dependency rule `core-through-facade`); everything behind it may move without touching them.
 *
 * The flow behind it: read (snapshot → datasets) → validate (findings) → analyze (progress, trends) →
 * plan (ReportPlan). See ARCHITECTURE.md "The one flow".
 */
export * from "./address";
export * from "./collections";
export * from "./datasets";
export * from "./dateSystem";
export * from "./errors";
export * from "./fields";
export * from "./findings/catalog";
export * from "./fileNames";
export * from "./findings/finding";
export * from "./generate";
export * from "./today";
export * from "./history";
export * from "./i18n/language";
export * from "./pipeline";
export * from "./plan/buildPlan";
export * from "./plan/generation";
export * from "./plan/planContext";
export * from "./plan/reportPlan";
export { blockCellStyle } from "./plan/cellStyles";
export { estimateRowHeights } from "./plan/pagination";
export * from "./privacy/redact";
export * from "./privacy/maskReport";
export * from "./privacy/redactPlan";
export * from "./privacy/scan";
export { describeColumns, describeNotes } from "./read/explain";
export * from "./read/numberFormat";
export * from "./read/values";
export * from "./read/regions";
export { isWhitespace } from "./read/text";
export * from "./report";
export * from "./settings";
export * from "./snapshot";
export * from "./stored";
