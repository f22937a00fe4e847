/**
 * "Genereer overzicht" in Excel: read the open workbook, analyse it against the activity lists stored
 * at the last generation with an earlier report date, plan the report, write the sheets, store settings and the new previous snapshot — in
 * one Excel.run with three syncs for a typical workbook (read, build, swap).
 */
import type { GenerateInputs, GeneratedReport, Report, ReportPlan, WorkbookSnapshot } from "../../core";
import {
  bilingual,
  generateReport,
  hostMessage,
  reportTitle,
  type Settings,
  storableHistory,
} from "../../core";
import { readFailure, runInExcel, writeFailure } from "./officeRuntime";
import { readWorkbookState } from "./read";
import { checkWritable, writePlan } from "./write";

/** A step of the generation, for the pane's progress display. */
export interface GenerationStep {
  phase: "reading" | "checking" | "computing" | "writing";
  done?: number;
  total?: number;
}

export interface GenerateOptions {
  settings: Settings;
  /** Further workbooks (a separate figures file, a CBS export) whose datasets are added. */
  extraWorkbooks?: WorkbookSnapshot[];
  /**
   * An older version to compare with; when absent (undefined) the snapshot Koers stored at the last
   * generation with an earlier report date in this workbook is used; null compares with nothing.
   */
  previous?: WorkbookSnapshot | null;
  onProgress?: (step: GenerationStep) => void;
  /**
   * Runs core's generateReport (default: in this thread). The pane passes its worker here so the analysis
   * and plan of a large workbook do not block the pane; every Office.js call stays in this thread.
   */
  generate?: (inputs: GenerateInputs) => Promise<Pick<GeneratedReport, "report" | "plan" | "nextHistory">>;
}

export interface GenerationResult {
  report: Report;
  plan: ReportPlan;
  /** What this Excel could not do (no fills, no page setup, ...), Dutch and English. */
  notices: string[];
}

/**
 * Reads the open workbook, runs generateReport (compared with the stored previous snapshot), writes the generated sheets (replacing only Koers' own), and stores the settings
 * and the activity lists' essentials for the next "changes since previous report".
 * Throws HostReadError, HostWriteError or UnsupportedApiError (messages in Dutch and English from
 * `hostMessages`, never an engine's text; the original as `cause`) with the workbook unchanged.
 */
export async function generateInExcel(options: GenerateOptions): Promise<GenerationResult> {
  const { settings, onProgress } = options;
  return runInExcel(async (context) => {
    onProgress?.({ phase: "reading" });
    let state;
    try {
      state = await readWorkbookState(context, { includeStored: true, onProgress });
    } catch (error) {
      throw readFailure(error);
    }
    onProgress?.({ phase: "checking" });
    const facts = {
      sheets: state.sheets,
      readOnly: state.readOnly,
      structureProtected: state.structureProtected,
      date1904: state.date1904,
    };
    checkWritable({ ...emptyPlanFor(settings), sheets: [] }, facts);

    onProgress?.({ phase: "computing" });
    const { report, plan, nextHistory } = await (options.generate ?? inThread)({
      workbooks: [state.snapshot, ...(options.extraWorkbooks ?? [])],
      settings,
      previous: options.previous,
      history: state.stored.history,
      userSheetNames: state.sheets.filter((sheet) => !sheet.generated).map((sheet) => sheet.name),
    });

    onProgress?.({ phase: "writing", done: 0, total: 2 });
    const notices = [...state.notices];
    const previousJson = storableHistory(nextHistory);
    if (previousJson === null) {
      notices.push(bilingual(hostMessage("history-too-large")));
    }
    const written = await writePlan(context, plan, facts, {
      storage: { settings: JSON.stringify(settings), previous: previousJson },
      onProgress: (step) => onProgress?.({ ...step, total: Math.max(2, step.done ?? 0) }),
    });
    return { report, plan, notices: [...notices, ...written.notices] };
  }, writeFailure);
}

async function inThread(inputs: GenerateInputs): Promise<GeneratedReport> {
  return generateReport(inputs);
}

/** The empty plan used to run the workbook checks before anything is computed. */
function emptyPlanFor(settings: Settings): ReportPlan {
  return {
    language: settings.language,
    sheets: [],
    activeSheet: "",
    properties: {
      title: reportTitle(settings),
      subject: reportTitle(settings),
      author: settings.organisation,
      company: settings.organisation,
      keywords: "Koers",
      reportDate: settings.reportDate,
      status: settings.documentStatus,
    },
  };
}
