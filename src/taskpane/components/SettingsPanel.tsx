import { Button, Checkbox, Field, Input, Select, Text, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { reportTitle, type Settings, type SettingsInput, type StatusKey, statusKeys } from "../../core";
import type { Report } from "../../core";
import { formatDateInput, parseDateInput } from "../dateInput";
import { formatCount } from "../format";
import { parseNumberInput, thresholdProblem, type NumberRules } from "../numberInput";
import { FilePickerButton } from "./FilePickerButton";
import { usePaneStyles } from "./styles";
import { usePaneLanguage } from "../hooks/usePaneLanguage";

export interface SettingsPanelProps {
  settings: Settings;
  report: Report | null;
  previousName: string | null;
  savedMessage: string;
  /** Locale the date is written in: Office's (content language), the browser's in preview. */
  dateLocale?: string;
  onChange: (change: Partial<SettingsInput>) => void;
  onPrevious: (file: File | null) => void;
}

/** Report date, language, what counts as on track, RAG thresholds, polarity, population, previous report. */
export function SettingsPanel({
  settings,
  report,
  previousName,
  savedMessage,
  dateLocale = "nl-NL",
  onChange,
  onPrevious,
}: SettingsPanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const categories = [
    ...new Set(
      (report?.figures ?? []).flatMap((table) => table.series.map((series) => series.category.toLowerCase())),
    ),
  ];
  // What the analysis used when the settings say nothing: a survey indicator's polarity by its meaning, or
  // none (null: Koers asks); registered crime lower is better.
  const analysedPolarity = new Map(
    (report?.figures ?? []).flatMap((table) =>
      table.series.map((series) => [series.category.toLowerCase(), series.polarity] as const),
    ),
  );
  const toggleStatus = (status: StatusKey, checked: boolean) => {
    const next = checked
      ? [...settings.onTrackStatuses, status]
      : settings.onTrackStatuses.filter((candidate) => candidate !== status);
    onChange({ onTrackStatuses: statusKeys.filter((key) => next.includes(key)) });
  };
  return (
    <div className={styles.section}>
      <DateField
        label={t("settings.reportDate")}
        value={settings.reportDate}
        locale={dateLocale}
        onCommit={(reportDate) => onChange({ reportDate })}
      />
      <Field label={t("settings.language")}>
        <Select
          value={settings.language}
          onChange={(_, data) => onChange({ language: data.value as "nl" | "en" })}
        >
          <option value="nl">{t("settings.languageNl")}</option>
          <option value="en">{t("settings.languageEn")}</option>
        </Select>
      </Field>
      <Field label={t("settings.title")}>
        <CommitInput
          value={reportTitle(settings)}
          onCommit={(value) => value.trim() && onChange({ title: value.trim() })}
        />
      </Field>
      <Field label={t("settings.region")}>
        <CommitInput value={settings.region} onCommit={(value) => onChange({ region: value.trim() })} />
      </Field>
      <fieldset className={styles.section} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("settings.onTrackStatuses")}</Text>
        </legend>
        {statusKeys.map((status) => (
          <Checkbox
            key={status}
            label={t(`status.${status}`)}
            checked={settings.onTrackStatuses.includes(status)}
            onChange={(_, data) => toggleStatus(status, data.checked === true)}
          />
        ))}
        <Checkbox
          label={t("settings.overdueCountsAsOnTrack")}
          checked={settings.overdueCountsAsOnTrack}
          onChange={(_, data) => onChange({ overdueCountsAsOnTrack: data.checked === true })}
        />
      </fieldset>
      <fieldset className={styles.section} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("settings.rag")}</Text>
        </legend>
        <div className={styles.row}>
          <NumberField
            label={t("settings.green")}
            value={settings.ragThresholds.green}
            rules={percentRules}
            check={(green) => thresholdMessage(green, settings.ragThresholds.amber, t)}
            onCommit={(green) =>
              green !== null && onChange({ ragThresholds: { ...settings.ragThresholds, green } })
            }
          />
          <NumberField
            label={t("settings.amber")}
            value={settings.ragThresholds.amber}
            rules={percentRules}
            check={(amber) => thresholdMessage(settings.ragThresholds.green, amber, t)}
            onCommit={(amber) =>
              amber !== null && onChange({ ragThresholds: { ...settings.ragThresholds, amber } })
            }
          />
        </div>
      </fieldset>
      <fieldset className={styles.section} style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{t("settings.polarity")}</Text>
        </legend>
        {categories.length === 0 ? (
          <Text className={styles.muted}>{t("settings.noIndicators")}</Text>
        ) : (
          categories.map((category) => (
            <Field key={category} label={category}>
              <Select
                value={settings.polarity[category] ?? analysedPolarity.get(category) ?? ""}
                onChange={(_, data) =>
                  data.value === ""
                    ? undefined
                    : onChange({
                        polarity: {
                          ...settings.polarity,
                          [category]: data.value as "lowerIsBetter" | "higherIsBetter",
                        },
                      })
                }
              >
                {(settings.polarity[category] ?? analysedPolarity.get(category)) ? null : (
                  <option value="">{t("settings.polarityUnknown")}</option>
                )}
                <option value="lowerIsBetter">{t("settings.lowerIsBetter")}</option>
                <option value="higherIsBetter">{t("settings.higherIsBetter")}</option>
              </Select>
            </Field>
          ))
        )}
      </fieldset>
      <NumberField
        label={t("settings.population")}
        value={typeof settings.population === "number" ? settings.population : null}
        rules={populationRules}
        optional
        onCommit={(population) => onChange({ population })}
      />
      <div className={styles.section}>
        <Text weight="semibold">{t("settings.previous")}</Text>
        <div className={styles.row}>
          <FilePickerButton
            label={t("settings.previousButton")}
            inputTestId="previous-file"
            onFile={(file) => onPrevious(file)}
          />
          {previousName ? (
            <Button appearance="subtle" onClick={() => onPrevious(null)}>
              {t("settings.previousRemove")}
            </Button>
          ) : null}
        </div>
        {previousName ? (
          <Text className={styles.wrapText}>{t("settings.previousChosen", { name: previousName })}</Text>
        ) : null}
      </div>
      <Text size={200} className={styles.muted}>
        {savedMessage}
      </Text>
    </div>
  );
}

const percentRules: NumberRules = { min: 0, max: 100 };
const populationRules: NumberRules = { whole: true, min: 1 };
type Translate = (key: string, options?: Record<string, unknown>) => string;

function thresholdMessage(green: number, amber: number, t: Translate): string | null {
  return thresholdProblem(green, amber) ? t("numbers.amberNotBelowGreen", { green, amber }) : null;
}

interface NumberFieldProps {
  label: string;
  value: number | null;
  rules: NumberRules;
  /** May be left empty (commits null). */
  optional?: boolean;
  /** A check against other fields (thresholds together); its message refuses the value. */
  check?: (value: number) => string | null;
  onCommit: (value: number | null) => void;
}

/**
 * A number typed in Dutch or English notation (numberInput.ts); what cannot be read unambiguously, or
 * breaks the field's rules, is refused with a message at the field and not saved.
 */
function NumberField({ label, value, rules, optional = false, check, onCommit }: NumberFieldProps) {
  const { t } = useTranslation();
  const language = usePaneLanguage();
  // NOTE: English shows no grouping: "41,000" would read two ways when typed back (numberInput.ts).
  const shown = value === null ? "" : language === "en" ? String(value) : formatCount(value, "nl");
  const read = (draft: string): string | null => {
    const reading = parseNumberInput(draft, rules);
    if (!reading.ok) {
      if (reading.reason === "empty" && optional) {
        onCommit(null);
        return null;
      }
      return t(`numbers.${reading.reason}`, { text: draft.trim(), ...rules });
    }
    const problem = check?.(reading.value) ?? null;
    if (!problem) onCommit(reading.value);
    return problem;
  };
  return <CheckedField label={label} shown={shown} inputMode="decimal" read={read} fill />;
}

/** The report date in the order of Office's locale ("1-3-2025"), or ISO; refused with a message at the field. */
function DateField(props: { label: string; value: string; locale: string; onCommit: (iso: string) => void }) {
  const { t } = useTranslation();
  const read = (draft: string): string | null => {
    const iso = parseDateInput(draft, props.locale);
    if (!iso) {
      return t("numbers.notADate", {
        text: draft.trim(),
        example: formatDateInput("2025-03-01", props.locale),
      });
    }
    props.onCommit(iso);
    return null;
  };
  return (
    <CheckedField
      label={props.label}
      shown={formatDateInput(props.value, props.locale)}
      inputMode="numeric"
      read={read}
    />
  );
}

/**
 * A field that keeps what is typed as a draft and reads it on blur or Enter: `read` commits what it can
 * read and returns null, or returns the message shown at the field. A draft equal to what is shown is not
 * read again; a new `shown` value replaces the draft and its message.
 */
function CheckedField(props: {
  label: string;
  shown: string;
  inputMode: "decimal" | "numeric";
  read: (draft: string) => string | null;
  /** Let the field shrink with the pane (number fields sit two in a row). */
  fill?: boolean;
}) {
  const { shown } = props;
  const [draft, setDraft] = useState(shown);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setMessage(null);
  }, [shown]);
  const commit = () => setMessage(draft === shown ? null : props.read(draft));
  const style = props.fill ? { minWidth: 0 } : undefined;
  return (
    <Field
      label={props.label}
      validationState={message ? "error" : "none"}
      validationMessage={message ?? undefined}
      style={style}
    >
      <Input
        inputMode={props.inputMode}
        value={draft}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
        style={style}
      />
    </Field>
  );
}

type CommitInputProps = Omit<InputProps, "value" | "onChange" | "onBlur"> & {
  value: string;
  onCommit: (value: string) => void;
};

/** An input that commits on blur or Enter, so typing does not re-run the analysis on every key. */
function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <Input
      {...rest}
      value={draft}
      onChange={(_, data) => setDraft(data.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(event) => {
        if (event.key === "Enter" && draft !== value) onCommit(draft);
      }}
    />
  );
}
