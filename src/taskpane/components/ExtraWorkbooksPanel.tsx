import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Report, Settings } from "../../core";
import type { KoersEngine } from "../engine/engine";
import type { ExtraWorkbook } from "../host";
import { yearSpan } from "./DetectionSummary";
import { FilePickerButton } from "./FilePickerButton";
import { usePaneStyles } from "./styles";

export interface ExtraWorkbooksPanelProps {
  extraWorkbooks: ExtraWorkbook[];
  settings: Settings;
  /** The pane engine's analysis: what each further workbook holds is detected there, off the pane's thread. */
  analyze: KoersEngine["analyze"];
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
  const figures = useFiguresOf(props.extraWorkbooks, props.settings, props.analyze);
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
      {props.extraWorkbooks.length > 0 && figures ? (
        <ul className={styles.list} data-testid="extra-workbooks">
          {props.extraWorkbooks.map((extra, index) => (
            <ExtraWorkbookItem
              key={extra.name}
              extra={extra}
              figures={figures[index]}
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

type Figures = Report["figures"];

/**
 * The figures tables each workbook holds under `settings`, in the order of `extraWorkbooks`; null until
 * all of them are known (the list is shown whole, never half).
 */
function useFiguresOf(
  extraWorkbooks: ExtraWorkbook[],
  settings: Settings,
  analyze: KoersEngine["analyze"],
): Figures[] | null {
  const [known, setKnown] = useState<{ of: ExtraWorkbook[]; figures: Figures[] } | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all(
      extraWorkbooks.map((extra) =>
        analyze({ workbooks: [extra.snapshot], settings }).then(({ report }) => report.figures),
      ),
    ).then(
      (figures) => {
        if (current) setKnown({ of: extraWorkbooks, figures });
      },
      // NOTE: a failed analysis shows no figures here; the pane's own analysis of the same workbooks shows the error.
      () => {
        if (current) setKnown({ of: extraWorkbooks, figures: extraWorkbooks.map(() => []) });
      },
    );
    return () => {
      current = false;
    };
  }, [extraWorkbooks, settings, analyze]);
  return known?.of === extraWorkbooks ? known.figures : null;
}

interface ExtraWorkbookItemProps {
  extra: ExtraWorkbook;
  figures: Figures;
  busy: boolean;
  onRemove: () => void;
  onCopy: (sheet: string) => void;
}

function ExtraWorkbookItem({ extra, figures, busy, onRemove, onCopy }: ExtraWorkbookItemProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
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
