import { Button, Checkbox, Field, Input, Select, Text, type InputProps } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { reportTitle, type Settings, type SettingsInput, type StatusKey, statusKeys } from "../../core";
import type { Report } from "../../core";
import { FilePickerButton } from "./FilePickerButton";
import { usePaneStyles } from "./styles";

export interface SettingsPanelProps {
  settings: Settings;
  report: Report | null;
  previousName: string | null;
  savedMessage: string;
  onChange: (change: Partial<SettingsInput>) => void;
  onPrevious: (file: File | null) => void;
}

/** Report date, language, what counts as on track, RAG thresholds, polarity, population, previous report. */
export function SettingsPanel({
  settings,
  report,
  previousName,
  savedMessage,
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
  const population = typeof settings.population === "number" ? String(settings.population) : "";
  return (
    <div className={styles.section}>
      <Field label={t("settings.reportDate")}>
        <CommitInput
          type="date"
          value={settings.reportDate}
          onCommit={(value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && onChange({ reportDate: value })}
        />
      </Field>
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
          <Field label={t("settings.green")}>
            <CommitInput
              type="number"
              min={0}
              max={100}
              value={String(settings.ragThresholds.green)}
              onCommit={(value) =>
                onChange({ ragThresholds: { ...settings.ragThresholds, green: Number(value) } })
              }
            />
          </Field>
          <Field label={t("settings.amber")}>
            <CommitInput
              type="number"
              min={0}
              max={100}
              value={String(settings.ragThresholds.amber)}
              onCommit={(value) =>
                onChange({ ragThresholds: { ...settings.ragThresholds, amber: Number(value) } })
              }
            />
          </Field>
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
      <Field label={t("settings.population")}>
        <CommitInput
          type="number"
          min={1}
          value={population}
          onCommit={(value) => onChange({ population: value.trim() === "" ? null : Number(value) })}
        />
      </Field>
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
