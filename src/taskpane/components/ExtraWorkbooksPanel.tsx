import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { analyzeWorkbooks } from "../../core";
import type { Settings } from "../../core";
import type { ExtraWorkbook } from "../host";
import { yearSpan } from "./DetectionSummary";
import { FilePickerButton } from "./FilePickerButton";
import { usePaneStyles } from "./styles";

export interface ExtraWorkbooksPanelProps {
  extraWorkbooks: ExtraWorkbook[];
  settings: Settings;
  busy: boolean;
  onAdd: (file: File) => Promise<ExtraWorkbook>;
  onRemove: (name: string) => void;
  onCopy: (extra: ExtraWorkbook, sheet: string) => Promise<string>;
  describeError: (error: unknown) => string;
}

/**
 * "Figures from another workbook": reads a second .xlsx in the pane, shows what it holds, includes it in
 * the summary, and on request copies its figures sheet into this workbook.
 */
export function ExtraWorkbooksPanel(props: ExtraWorkbooksPanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  return (
    <div className={styles.section}>
      <Text className={styles.wrapText}>{t("extra.intro")}</Text>
      <div className={styles.row}>
        <FilePickerButton
          label={t("extra.button")}
          inputTestId="extra-file"
          disabled={props.busy}
          onFile={(file) => {
            setMessage(null);
            props
              .onAdd(file)
              .catch((error: unknown) => setMessage({ intent: "error", text: props.describeError(error) }));
          }}
        />
      </div>
      {props.extraWorkbooks.length > 0 ? (
        <ul className={styles.list} data-testid="extra-workbooks">
          {props.extraWorkbooks.map((extra) => (
            <ExtraWorkbookItem
              key={extra.name}
              extra={extra}
              settings={props.settings}
              busy={props.busy}
              onRemove={() => props.onRemove(extra.name)}
              onCopy={(sheet) => {
                setMessage(null);
                props
                  .onCopy(extra, sheet)
                  .then((target) =>
                    setMessage({ intent: "success", text: t("extra.copied", { sheet, target }) }),
                  )
                  .catch((error: unknown) =>
                    setMessage({ intent: "error", text: props.describeError(error) }),
                  );
              }}
            />
          ))}
        </ul>
      ) : null}
      {message ? (
        <MessageBar intent={message.intent} layout="multiline">
          <MessageBarBody className={styles.wrapText}>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

interface ExtraWorkbookItemProps {
  extra: ExtraWorkbook;
  settings: Settings;
  busy: boolean;
  onRemove: () => void;
  onCopy: (sheet: string) => void;
}

function ExtraWorkbookItem({ extra, settings, busy, onRemove, onCopy }: ExtraWorkbookItemProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const figures = useMemo(
    () => analyzeWorkbooks({ workbooks: [extra.snapshot], settings }).report.figures,
    [extra.snapshot, settings],
  );
  return (
    <li className={styles.section}>
      {figures.length === 0 ? (
        <Text className={styles.wrapText}>{t("extra.nothingFound", { name: extra.name })}</Text>
      ) : (
        figures.map((table) => (
          <div key={table.sheet} className={styles.section}>
            <Text className={styles.wrapText}>
              {t("extra.found", {
                name: extra.name,
                what:
                  table.years.length > 0
                    ? t("detection.figures", {
                        sheet: table.sheet,
                        years: yearSpan(table.years),
                        count: table.series.length,
                      })
                    : t("detection.figuresNoYears", { sheet: table.sheet, count: table.series.length }),
              })}
            </Text>
            <div className={styles.row}>
              <Button size="small" disabled={busy} onClick={() => onCopy(table.sheet)}>
                {t("extra.copy", { sheet: table.sheet })}
              </Button>
            </div>
          </div>
        ))
      )}
      <div className={styles.row}>
        <Button size="small" appearance="subtle" onClick={onRemove}>
          {t("extra.remove", { name: extra.name })}
        </Button>
      </div>
    </li>
  );
}
