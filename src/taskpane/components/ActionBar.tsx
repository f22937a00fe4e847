import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { DownloadableFile, ProgressEvent, ProgressStage } from "../host";
import type { BlockingSummary, MissingColumns } from "../paneModel";
import { codeName } from "./FindingsPanel";
import { usePaneStyles } from "./styles";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the pane knows about the next step; App derives it from the pane's state. */
export interface ActionState {
  kind: "office" | "preview";
  blocking: BlockingSummary;
  warnings: number;
  missing: MissingColumns[];
  hasData: boolean;
  busy: boolean;
  /** A result is shown (it may be stale). */
  generated: boolean;
  stale: boolean;
  /** Generation's or the griffie copy's progress, while busy or just done. */
  progress: ProgressEvent | null;
  download: DownloadableFile | null;
}

export interface ActionBarProps extends ActionState {
  /** Another panel holds the primary button now (the griffie copy's "Kopie maken"): the bar offers none. */
  demote?: boolean;
  onGenerate: (anyway: boolean) => void;
  onShare: () => void;
  onDownload: (file: DownloadableFile) => void;
}

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  status: { fontWeight: tokens.fontWeightSemibold },
});

const stageOrder: ProgressStage[] = ["reading", "checking", "computing", "writing", "done"];

/** A step the action bar can offer. */
type Action = "generate" | "anyway" | "share" | "download";

/** Which buttons the state offers: at most one primary, the next step. */
export function actionButtons(state: ActionState): {
  primary: Exclude<Action, "anyway"> | null;
  secondary: Action[];
} {
  const blocked = state.blocking.count > 0;
  const needsGenerate = !state.generated || state.stale;
  if (!state.hasData) return { primary: null, secondary: [] };
  if (needsGenerate) {
    const staleDownload = state.kind === "preview" && state.generated ? (["download"] as const) : [];
    return blocked
      ? { primary: null, secondary: ["anyway", ...staleDownload] }
      : { primary: "generate", secondary: ["share", ...staleDownload] };
  }
  if (state.kind === "preview" && state.download)
    return { primary: "download", secondary: blocked ? ["generate"] : ["generate", "share"] };
  return blocked ? { primary: null, secondary: ["generate"] } : { primary: "share", secondary: ["generate"] };
}

/** The one-line status the bar shows: what to do next. */
export function actionStatus(state: ActionState, t: Translate): string {
  if (state.busy && state.progress) return progressText(state.progress, t);
  if (!state.hasData) return t("generate.noData");
  if (state.stale) return t("stale.message");
  if (state.blocking.count > 0 && !state.generated) return t("generate.blocked", blockedOptions(state, t));
  if (state.missing.length > 0 && !state.generated) return t("actions.missingRequired");
  if (state.generated)
    return state.kind === "preview" && state.download ? t("actions.nextDownload") : t("actions.nextShare");
  return t("actions.nextGenerate");
}

function blockedOptions(state: ActionState, t: Translate) {
  return {
    count: state.blocking.count,
    list: state.blocking.codes
      .map((entry) => `${codeName(t, entry.code)} (${t("findings.groupCount", { count: entry.count })})`)
      .join(", "),
  };
}

/**
 * What stops or weakens generation, said in full where the user reads on (not sticky): the errors that make
 * the figures wrong with what to do, warnings, required columns without a column.
 */
export function GenerateNotices(props: ActionState) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  if ((props.generated && !props.stale) || !props.hasData) return null;
  return (
    <>
      {props.blocking.count > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="blocked">
          <MessageBarBody className={styles.wrapText}>
            {t("generate.blocked", blockedOptions(props, t))} {t("generate.blockedHint")}
          </MessageBarBody>
        </MessageBar>
      ) : props.warnings > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrapText}>
            {t("generate.warnings", { count: props.warnings })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {props.missing.map((entry) => (
        <MessageBar key={entry.sheet} intent="warning" layout="multiline" data-testid="missing-columns">
          <MessageBarBody className={styles.wrapText}>
            {t("mapping.required", {
              sheet: entry.sheet,
              fields: entry.fields.map((field) => t(`fields.${field}`)).join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/**
 * The sticky action bar: always visible at the bottom of the pane, with the next step in one line, its
 * progress, and one primary button per state (actionButtons).
 */
export function ActionBar(props: ActionBarProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const own = useStyles();
  const buttons = actionButtons(props);
  const primary = props.demote ? null : buttons.primary;
  const secondary =
    props.demote && buttons.primary ? [buttons.primary, ...buttons.secondary] : buttons.secondary;
  const status = actionStatus(props, t);
  // NOTE: one entry per action; the bar decides only which is primary.
  const actions = {
    generate: {
      label:
        props.busy && props.progress && props.progress.stage !== "done"
          ? t("generate.busy")
          : props.generated
            ? t("generate.again")
            : t("generate.button"),
      disabled: props.busy,
      onClick: () => props.onGenerate(false),
    },
    anyway: { label: t("generate.anyway"), disabled: props.busy, onClick: () => props.onGenerate(true) },
    share: { label: t("share.button"), disabled: props.busy, onClick: props.onShare },
    download: {
      label: t("results.download"),
      disabled: props.busy || props.stale || !props.download,
      onClick: () => props.download && props.onDownload(props.download),
      testId: "download",
    },
  } satisfies Record<Action, { label: string; disabled: boolean; onClick: () => void; testId?: string }>;
  const button = (action: Action, appearance: "primary" | "secondary") => {
    const entry: { label: string; disabled: boolean; onClick: () => void; testId?: string } = actions[action];
    return (
      <Button
        key={action}
        appearance={appearance}
        data-appearance={appearance}
        data-testid={entry.testId}
        disabled={entry.disabled}
        onClick={entry.onClick}
      >
        {entry.label}
      </Button>
    );
  };
  return (
    <section className={own.bar} aria-label={t("actions.label")} data-testid="action-bar">
      <Text
        className={mergeClasses(styles.wrapText, own.status)}
        aria-live="polite"
        data-testid="action-status"
      >
        {status}
      </Text>
      {props.busy && props.progress ? (
        <ProgressBar
          value={
            (stageOrder.indexOf(props.progress.stage) + (props.progress.stage === "done" ? 0 : 0.5)) /
            (stageOrder.length - 1)
          }
          max={1}
          aria-label={t("progress.label")}
          aria-valuetext={progressText(props.progress, t)}
        />
      ) : null}
      <div className={styles.row}>
        {primary ? button(primary, "primary") : null}
        {secondary.map((action) => button(action, "secondary"))}
      </div>
    </section>
  );
}

function progressText(progress: ProgressEvent, t: Translate): string {
  return t(`progress.${progress.stage}`, { count: progress.count ?? 0 });
}
