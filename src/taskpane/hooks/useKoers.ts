import { useCallback, useEffect, useRef, useState } from "react";
import { localIsoDate, parseSettings, type Settings, type SettingsInput } from "../../core";
import type { Language, WorkbookSnapshot } from "../../core";
import type { ExtraWorkbook, GenerateOutcome, KoersHost, ProgressEvent, ShareOutcome } from "../host";
import { inThreadEngine, type KoersEngine, type PaneAnalysis } from "../engine/engine";

export type Phase = "loading" | "noWorkbook" | "ready" | "generating" | "sharing" | "failed";

export interface PreviousReport {
  name: string;
  snapshot: WorkbookSnapshot;
}

export interface KoersState {
  phase: Phase;
  workbook: WorkbookSnapshot | null;
  settings: Settings;
  /** The analysis of the current inputs; the previous one stays shown while a new one runs. */
  analysis: PaneAnalysis | null;
  extraWorkbooks: ExtraWorkbook[];
  previous: PreviousReport | null;
  progress: ProgressEvent | null;
  outcome: GenerateOutcome | null;
  share: ShareOutcome | null;
  /** Progress of the griffie copy while it is made. */
  shareProgress: ProgressEvent | null;
  /**
   * True when settings, mapping, workbook, extra figures or the previous report changed after the last
   * generation: the shown result and its download are out of date until generated again.
   */
  stale: boolean;
  /** A message for the user after a host failure (never a stack trace). */
  error: string | null;
}

export interface KoersActions {
  reload(): Promise<void>;
  setWorkbook(snapshot: WorkbookSnapshot): void;
  generate(): Promise<void>;
  shareWithGriffie(): Promise<void>;
  updateSettings(change: Partial<SettingsInput>): void;
  setColumn(sheet: string, field: string, letter: string | null): void;
  resetColumns(sheet: string): void;
  addExtraWorkbook(file: File): Promise<ExtraWorkbook>;
  removeExtraWorkbook(name: string): void;
  copyFiguresSheet(extra: ExtraWorkbook, sheet: string): Promise<string>;
  setPreviousReport(file: File | null): Promise<void>;
  dismissError(): void;
  /** Shows a host failure (e.g. selecting a cell failed) the same way as a failed generation. */
  showError(error: unknown): void;
}

/** Today in the user's time zone: the default report date (core never reads the clock). */
const todayIso = () => localIsoDate(new Date());

/** Reads a picked file into bytes. */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/**
 * The pane's state machine: load settings and the workbook, analyse whenever an input changes, generate,
 * share. Analysis runs on the pane's engine (its worker) with core's own analyzeInputs, so what the pane
 * shows before generating is exactly what generation will use.
 */
export function useKoers(
  host: KoersHost,
  describeError: (error: unknown) => string,
  /** The pane's language: what the pane shows before generating (findings, detection) is in it. */
  paneLanguage: Language = "nl",
  /** Where analysis and the reading of picked files run (index.tsx: the pane's worker). */
  engine: KoersEngine = inThreadEngine,
): [KoersState, KoersActions] {
  const [phase, setPhase] = useState<Phase>("loading");
  const [workbook, setWorkbookState] = useState<WorkbookSnapshot | null>(null);
  const [settings, setSettings] = useState<Settings>(() => parseSettings({ reportDate: todayIso() }));
  const [extraWorkbooks, setExtraWorkbooks] = useState<ExtraWorkbook[]>([]);
  const [previous, setPrevious] = useState<PreviousReport | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  const [share, setShare] = useState<ShareOutcome | null>(null);
  const [shareProgress, setShareProgress] = useState<ProgressEvent | null>(null);
  const [stale, setStale] = useState(false);
  const [analysis, setAnalysis] = useState<PaneAnalysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const fail = useCallback(
    (failure: unknown) => {
      setError(describeError(failure));
    },
    [describeError],
  );

  const reload = useCallback(async () => {
    setPhase("loading");
    try {
      const snapshot = await host.readWorkbook();
      setWorkbookState(snapshot);
      setStale(true);
      setPhase(snapshot ? "ready" : "noWorkbook");
    } catch (failure) {
      fail(failure);
      setPhase("failed");
    }
  }, [host, fail]);

  /** Takes the settings saved in the workbook, if any; `stale` tells when the answer is no longer wanted. */
  const loadStoredSettings = useCallback(
    async (stale: () => boolean) => {
      try {
        const stored = await host.loadSettings();
        if (!stale() && stored)
          setSettings(parseSettings({ ...stored, reportDate: stored.reportDate ?? todayIso() }));
      } catch {
        // Unreadable stored settings fall back to the defaults; the user can set them again.
      }
    },
    [host],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await loadStoredSettings(() => cancelled);
      if (!cancelled) await reload();
    })();
    return () => {
      cancelled = true;
    };
  }, [loadStoredSettings, reload]);

  useEffect(() => {
    if (!workbook) {
      setAnalysis(null);
      return;
    }
    let current = true;
    // NOTE: the analysis half of core's generateReport; null compares with the user's pick only (the pane
    // holds no stored history). An answer for inputs that changed meanwhile is dropped.
    engine
      .analyze({
        workbooks: [workbook, ...extraWorkbooks.map((extra) => extra.snapshot)],
        previous: previous?.snapshot ?? null,
        // NOTE: the same analysis as generation's, worded in the pane's language (the report keeps its own).
        settings: settings.language === paneLanguage ? settings : { ...settings, language: paneLanguage },
      })
      .then(
        (result) => {
          if (current) setAnalysis(result);
        },
        (failure: unknown) => {
          if (current) fail(failure);
        },
      );
    return () => {
      current = false;
    };
  }, [engine, workbook, extraWorkbooks, previous, settings, paneLanguage, fail]);

  const persist = useCallback(
    (next: Settings) => {
      setSettings(next);
      setStale(true);
      host.saveSettings(next).catch(fail);
    },
    [host, fail],
  );

  const updateSettings = useCallback(
    (change: Partial<SettingsInput>) => {
      try {
        persist(parseSettings({ ...settingsRef.current, ...change }));
      } catch {
        // A half-typed value (empty date, threshold above 100) is not stored; the field shows what was typed.
      }
    },
    [persist],
  );

  const setColumn = useCallback(
    (sheet: string, field: string, letter: string | null) => {
      const current = settingsRef.current.columnMapping;
      const forSheet = { ...(current[sheet] ?? {}) };
      if (letter) forSheet[field] = letter;
      else delete forSheet[field];
      const columnMapping = { ...current, [sheet]: forSheet };
      if (Object.keys(forSheet).length === 0) delete columnMapping[sheet];
      persist(parseSettings({ ...settingsRef.current, columnMapping }));
    },
    [persist],
  );

  const resetColumns = useCallback(
    (sheet: string) => {
      const columnMapping = { ...settingsRef.current.columnMapping };
      delete columnMapping[sheet];
      persist(parseSettings({ ...settingsRef.current, columnMapping }));
    },
    [persist],
  );

  const generate = useCallback(async () => {
    setPhase("generating");
    setOutcome(null);
    setProgress({ stage: "reading" });
    try {
      const result = await host.generate({
        settings: settingsRef.current,
        extraWorkbooks,
        previous: previous?.snapshot ?? null,
        onProgress: setProgress,
      });
      setOutcome(result);
      setStale(false);
      setProgress({ stage: "done", count: result.sheets.length });
      setWorkbookState(await host.readWorkbook());
    } catch (failure) {
      fail(failure);
      setProgress(null);
    }
    setPhase("ready");
  }, [host, extraWorkbooks, previous, fail]);

  const shareWithGriffie = useCallback(async () => {
    setPhase("sharing");
    setShare(null);
    setShareProgress({ stage: "reading" });
    try {
      setShare(
        await host.shareWithGriffie({
          settings: settingsRef.current,
          extraWorkbooks,
          previous: previous?.snapshot ?? null,
          onProgress: setShareProgress,
        }),
      );
    } catch (failure) {
      fail(failure);
    }
    setShareProgress(null);
    setPhase("ready");
  }, [host, extraWorkbooks, previous, fail]);

  const readFile = useCallback(
    async (file: File) => {
      const bytes = await fileBytes(file);
      const { snapshot } = await engine.readWorkbook(bytes, file.name);
      return { name: file.name, bytes, snapshot };
    },
    [engine],
  );

  const addExtraWorkbook = useCallback(
    async (file: File) => {
      const extra = await readFile(file);
      setExtraWorkbooks((list) => [...list.filter((item) => item.name !== extra.name), extra]);
      setStale(true);
      return extra;
    },
    [readFile],
  );

  const removeExtraWorkbook = useCallback((name: string) => {
    setExtraWorkbooks((list) => list.filter((item) => item.name !== name));
    setStale(true);
  }, []);

  const copyFiguresSheet = useCallback(
    async (extra: ExtraWorkbook, sheet: string) => {
      const name = await host.addFiguresSheet(extra, sheet);
      setExtraWorkbooks((list) => list.filter((item) => item.name !== extra.name));
      setWorkbookState(await host.readWorkbook());
      setStale(true);
      return name;
    },
    [host],
  );

  const setPreviousReport = useCallback(
    async (file: File | null) => {
      setStale(true);
      if (!file) {
        setPrevious(null);
        return;
      }
      const read = await readFile(file);
      setPrevious({ name: read.name, snapshot: read.snapshot });
    },
    [readFile],
  );

  const setWorkbook = useCallback(
    (snapshot: WorkbookSnapshot) => {
      setWorkbookState(snapshot);
      // Another workbook: nothing of the last one's analysis is shown while its own runs.
      setAnalysis(null);
      setOutcome(null);
      setShare(null);
      setProgress(null);
      setPhase("ready");
      void loadStoredSettings(() => false);
    },
    [loadStoredSettings],
  );

  const state: KoersState = {
    phase,
    workbook,
    settings,
    analysis,
    extraWorkbooks,
    previous,
    progress,
    outcome,
    share,
    shareProgress,
    stale: stale && outcome !== null,
    error,
  };
  const actions: KoersActions = {
    reload,
    setWorkbook,
    generate,
    shareWithGriffie,
    updateSettings,
    setColumn,
    resetColumns,
    addExtraWorkbook,
    removeExtraWorkbook,
    copyFiguresSheet,
    setPreviousReport,
    dismissError: () => setError(null),
    showError: fail,
  };
  return [state, actions];
}
