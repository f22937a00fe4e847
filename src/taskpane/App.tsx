import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  makeStyles,
  tokens,
  mergeClasses,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { KoersError } from "../core";
import type { Finding, SheetSnapshot } from "../core";
import { ColumnMappingPanel } from "./components/ColumnMappingPanel";
import { DetectionSummary } from "./components/DetectionSummary";
import { ExtraWorkbooksPanel } from "./components/ExtraWorkbooksPanel";
import { FilePickerButton } from "./components/FilePickerButton";
import { FindingsPanel } from "./components/FindingsPanel";
import { ActionBar, GenerateNotices, type ActionState } from "./components/ActionBar";
import { ResultsPanel } from "./components/ResultsPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { SharePanel } from "./components/SharePanel";
import { SheetPreview } from "./components/SheetPreview";
import { usePaneStyles } from "./components/styles";
import { offerDownload } from "./download";
import { describeError, isTextExport, oneLanguage } from "./errorText";
import { dutchErrorName } from "./excelErrors";
import { inThreadEngine, type KoersEngine } from "./engine/engine";
import type { KoersHost } from "./host";
import { useKoers, fileBytes } from "./hooks/useKoers";
import { paneLanguageOf } from "./i18n";
import { blockingSummary, findingHeaders, missingRequiredColumns, unsureConfidence } from "./paneModel";
import type { PreviewHost } from "./previewHost";

export interface AppProps {
  host: KoersHost;
  /** Saves a file to the user's disk; replaceable in tests. */
  download?: typeof offerDownload;
  /** Locale of dates in the pane: Office's (see Root). */
  dateLocale?: string;
  /** Where the pane analyses and reads picked files (index.tsx: its worker; default: this thread). */
  engine?: KoersEngine;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  accordionPanel: { paddingBottom: tokens.spacingVerticalM },
});

/** The task pane: what Koers found, generate, results, findings, extra figures, columns, settings. */
export function App({ host, download = offerDownload, dateLocale, engine = inThreadEngine }: AppProps) {
  const { t, i18n } = useTranslation();
  const styles = usePaneStyles();
  const own = useStyles();
  const paneLanguage = paneLanguageOf(i18n.language);
  const explain = useCallback(
    (error: unknown) => describeError(error, i18n.t, paneLanguageOf(i18n.language)),
    [i18n],
  );
  const [state, actions] = useKoers(host, explain, paneLanguage, engine);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [openingName, setOpeningName] = useState<string | null>(null);
  const [shareOpen, setShareOpen] = useState(false);
  const [shownSheet, setShownSheet] = useState<SheetSnapshot | null>(null);
  const [selected, setSelected] = useState<{ place: string; text: string | null } | null>(null);
  /** Blocking errors the last generation went ahead despite ("Toch genereren"). */
  const [generatedDespite, setGeneratedDespite] = useState(0);
  const resultsRef = useRef<HTMLDivElement>(null);
  const preview = host.kind === "preview" ? (host as PreviewHost) : null;

  // The pane's language is Office's (index.tsx); the report's language setting never changes it.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  useEffect(
    () =>
      preview?.subscribe((event) => {
        if (event.kind === "selectCell")
          setSelected({ place: `${event.sheet}!${event.cell}`, text: event.text });
        if (event.kind === "showSheet") setShownSheet(event.sheet);
      }),
    [preview],
  );

  useEffect(() => {
    if (state.outcome) resultsRef.current?.focus();
  }, [state.outcome]);

  const report = state.analysis?.report ?? null;
  const blocking = useMemo(() => blockingSummary(report?.findings ?? []), [report]);
  const warnings = report?.findings.filter((finding) => finding.severity === "warning").length ?? 0;
  const busy = state.phase === "generating" || state.phase === "sharing" || state.phase === "loading";
  const unsure = report?.datasets.some((dataset) => dataset.confidence < unsureConfidence) ?? false;
  const missing = useMemo(() => (report ? missingRequiredColumns(report) : []), [report]);
  const headerOf = useMemo(
    () => findingHeaders(report?.datasets ?? [], state.workbook),
    [report, state.workbook],
  );
  const actionState: ActionState = {
    kind: host.kind,
    blocking,
    warnings,
    missing,
    hasData: (report?.datasets.length ?? 0) > 0,
    busy,
    generated: state.outcome !== null,
    stale: state.stale,
    progress: state.phase === "sharing" ? state.shareProgress : state.progress,
    download: state.outcome?.download ?? null,
  };
  const generate = (anyway: boolean) => {
    setShownSheet(null);
    setGeneratedDespite(anyway ? blocking.count : 0);
    void actions.generate();
  };

  const openFile = async (file: File) => {
    if (!preview) return;
    setFileMessage(null);
    if (isTextExport(file.name)) {
      setFileMessage(t("errors.csv", { name: file.name }));
      return;
    }
    setOpeningName(file.name);
    setShownSheet(null);
    setSelected(null);
    setShareOpen(false);
    try {
      actions.setWorkbook(await preview.openWorkbook(file.name, await fileBytes(file)));
    } catch (error) {
      // The reader's own message says why (damaged, password protected, not .xlsx); it is written for users.
      setFileMessage(
        error instanceof KoersError
          ? error.messageIn(paneLanguage)
          : t("open.notWorkbook", { name: file.name }),
      );
    }
    setOpeningName(null);
  };

  const selectFinding = (finding: Finding) => {
    if (finding.sheet && finding.cell)
      host.selectCell(finding.sheet, finding.range ?? finding.cell).catch(actions.showError);
  };

  return (
    <main className={own.root}>
      <header className={own.header}>
        <div className={styles.row}>
          <Title3 as="h1">{t("app.title")}</Title3>
          {preview ? (
            <Badge appearance="tint" color="brand">
              {t("app.previewBadge")}
            </Badge>
          ) : null}
        </div>
        <Text className={mergeClasses(styles.wrapText, styles.muted)}>{t("app.tagline")}</Text>
      </header>

      {preview ? (
        <section className={styles.section} aria-label={t("open.label")}>
          <Text className={styles.wrapText}>{t("app.previewIntro")}</Text>
          <div className={styles.row}>
            <FilePickerButton
              label={state.workbook ? t("open.another") : t("open.button")}
              appearance={state.workbook ? "secondary" : "primary"}
              inputTestId="open-file"
              disabled={busy && state.phase !== "loading"}
              onFile={(file) => void openFile(file)}
            />
          </div>
          {state.workbook ? (
            <Text weight="semibold" className={styles.wrapText} data-testid="workbook-name">
              {state.workbook.name}
            </Text>
          ) : null}
          {openingName ? <Spinner size="tiny" label={t("open.reading", { name: openingName })} /> : null}
          {fileMessage ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody className={styles.wrapText}>{fileMessage}</MessageBarBody>
            </MessageBar>
          ) : null}
        </section>
      ) : null}

      {state.error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody className={styles.wrapText}>{state.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={actions.dismissError}>
              OK
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.phase === "loading" && !preview ? <Spinner label={t("app.readingWorkbook")} /> : null}
      {state.phase === "failed" ? (
        <div className={styles.row}>
          <Button onClick={() => void actions.reload()}>{t("app.retry")}</Button>
        </div>
      ) : null}

      {report && state.workbook ? (
        <>
          <DetectionSummary report={report} onReread={() => void actions.reload()} busy={busy} />
          <GenerateNotices {...actionState} />
          {shareOpen ? (
            <SharePanel
              privacy={report.privacy}
              outcome={state.share}
              busy={busy}
              onConfirm={() => void actions.shareWithGriffie()}
              onCancel={() => setShareOpen(false)}
              onDownload={download}
            />
          ) : null}
          {state.outcome ? (
            <div ref={resultsRef} tabIndex={-1} style={{ outline: "none" }}>
              <ResultsPanel
                report={state.outcome.report}
                notices={(state.outcome.notices ?? []).map((notice) => oneLanguage(notice, paneLanguage))}
                sheets={state.outcome.sheets}
                stale={state.stale}
                generatedDespite={generatedDespite}
                onShowSheet={(name) => void host.showSheet(name).catch(actions.showError)}
              />
            </div>
          ) : null}
          {shownSheet ? <SheetPreview sheet={shownSheet} /> : null}
          {selected ? (
            <MessageBar intent="info" layout="multiline" data-testid="selected-cell">
              <MessageBarBody className={styles.wrapText}>
                {selected.text === null
                  ? t("findings.selectedEmpty", { place: selected.place })
                  : t("findings.selected", {
                      place: selected.place,
                      text: paneLanguage === "nl" ? dutchErrorName(selected.text) : selected.text,
                    })}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => setSelected(null)}>
                  OK
                </Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
        </>
      ) : null}

      {state.phase !== "loading" || preview ? (
        <Accordion multiple collapsible defaultOpenItems={unsure ? ["mapping"] : []}>
          {report && state.workbook ? (
            <AccordionItem value="findings">
              <AccordionHeader as="h2">
                {t("findings.heading", { count: report.findings.length })}
              </AccordionHeader>
              <AccordionPanel className={own.accordionPanel}>
                <FindingsPanel findings={report.findings} onSelect={selectFinding} headerOf={headerOf} />
              </AccordionPanel>
            </AccordionItem>
          ) : null}
          {state.workbook ? (
            <AccordionItem value="extra">
              <AccordionHeader as="h2">{t("extra.heading")}</AccordionHeader>
              <AccordionPanel className={own.accordionPanel}>
                <ExtraWorkbooksPanel
                  extraWorkbooks={state.extraWorkbooks}
                  analyze={engine.analyze}
                  settings={state.settings}
                  busy={busy}
                  onAdd={actions.addExtraWorkbook}
                  onRemove={actions.removeExtraWorkbook}
                  onCopy={actions.copyFiguresSheet}
                  describeError={explain}
                />
              </AccordionPanel>
            </AccordionItem>
          ) : null}
          {report && state.workbook ? (
            <AccordionItem value="mapping">
              <AccordionHeader as="h2">{t("mapping.heading")}</AccordionHeader>
              <AccordionPanel className={own.accordionPanel}>
                <ColumnMappingPanel
                  report={report}
                  workbook={state.workbook}
                  settings={state.settings}
                  onChange={actions.setColumn}
                  onReset={actions.resetColumns}
                />
              </AccordionPanel>
            </AccordionItem>
          ) : null}
          <AccordionItem value="settings">
            <AccordionHeader as="h2">{t("settings.heading")}</AccordionHeader>
            <AccordionPanel className={own.accordionPanel}>
              <SettingsPanel
                settings={state.settings}
                report={report}
                previousName={state.previous?.name ?? null}
                savedMessage={preview ? t("settings.savedPreview") : t("settings.saved")}
                dateLocale={dateLocale}
                onChange={actions.updateSettings}
                onPrevious={(file) => void actions.setPreviousReport(file).catch(actions.showError)}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}

      {report && state.workbook ? (
        <ActionBar
          {...actionState}
          demote={shareOpen}
          onGenerate={generate}
          onShare={() => setShareOpen(true)}
          onDownload={download}
        />
      ) : null}
    </main>
  );
}
