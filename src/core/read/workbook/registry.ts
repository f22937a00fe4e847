import { sheetPerPeriodStep } from "./sheetPerPeriod";
import type { WorkbookStep } from "./types";

/** The workbook steps, run in this order over the sheets still unread; add a step by appending it here. */
export const workbookSteps: readonly WorkbookStep[] = [sheetPerPeriodStep];
