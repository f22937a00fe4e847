import { Button, MessageBar, MessageBarBody, ProgressBar, Field } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ProgressEvent, ProgressStage } from "../host";
import type { BlockingSummary } from "../paneModel";
import { codeName } from "./FindingsPanel";
import { usePaneStyles } from "./styles";

export interface GeneratePanelProps {
  blocking: BlockingSummary;
  warnings: number;
  hasData: boolean;
  busy: boolean;
  generated: boolean;
  progress: ProgressEvent | null;
  onGenerate: () => void;
  onShare: () => void;
}

const stageOrder: ProgressStage[] = ["reading", "checking", "computing", "writing", "done"];

/** The primary action, what stops it, and its progress. */
export function GeneratePanel(props: GeneratePanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const blocked = props.blocking.count > 0;
  const stage = props.progress?.stage;
  return (
    <section className={styles.section} aria-label={t("generate.button")}>
      {blocked ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrapText}>
            {t("generate.blocked", { count: props.blocking.count })}{" "}
            {t("generate.blockedList", {
              list: props.blocking.codes
                .map((entry) => `${codeName(t, entry.code)} (${entry.count}×)`)
                .join(", "),
            })}
          </MessageBarBody>
        </MessageBar>
      ) : props.warnings > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrapText}>
            {t("generate.warnings", { count: props.warnings })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!props.hasData ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.wrapText}>{t("generate.noData")}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          size="large"
          disabled={blocked || props.busy || !props.hasData}
          onClick={props.onGenerate}
        >
          {props.busy && stage && stage !== "done"
            ? t("generate.busy")
            : props.generated
              ? t("generate.again")
              : t("generate.button")}
        </Button>
        <Button
          appearance="secondary"
          disabled={blocked || props.busy || !props.hasData}
          onClick={props.onShare}
        >
          {t("share.button")}
        </Button>
      </div>
      {props.progress ? (
        <Field
          label={t("progress.label")}
          validationState="none"
          validationMessage={progressText(props.progress, t)}
        >
          <ProgressBar
            value={
              (stageOrder.indexOf(props.progress.stage) + (props.progress.stage === "done" ? 0 : 0.5)) /
              (stageOrder.length - 1)
            }
            max={1}
            aria-valuetext={progressText(props.progress, t)}
          />
        </Field>
      ) : null}
      <div aria-live="polite" className="visually-hidden" data-testid="progress-live">
        {props.progress ? progressText(props.progress, t) : ""}
      </div>
    </section>
  );
}

function progressText(
  progress: ProgressEvent,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  return t(`progress.${progress.stage}`, { count: progress.count ?? 0 });
}
