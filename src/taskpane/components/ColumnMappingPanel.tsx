import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Report, Settings, WorkbookSnapshot } from "../../core";
import { columnOptions, mappableFields, requiredFields } from "../paneModel";
import { usePaneStyles } from "./styles";

export interface ColumnMappingPanelProps {
  report: Report;
  workbook: WorkbookSnapshot;
  settings: Settings;
  onChange: (sheet: string, field: string, letter: string | null) => void;
  onReset: (sheet: string) => void;
}

const useStyles = makeStyles({
  // NOTE: a native select is as wide as its longest option; at 320 px it must shrink to the pane instead.
  select: {
    minWidth: 0,
    maxWidth: "100%",
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
});

/** Longest header text shown in an option; the full text is in the workbook. */
const headerLength = 32;

function shortHeader(header: string): string {
  if (!header) return "–";
  return header.length > headerLength ? `${header.slice(0, headerLength - 1).trimEnd()}…` : header;
}

/**
 * Column mapping for when detection is unsure: a dropdown per field with the sheet's columns and their
 * headers. The choice is saved as settings.columnMapping[sheet][field] = column letter; a field left on
 * "Automatisch" keeps the column detection found. Under each sheet: the confidence of the mapping as it
 * now is, and which required fields still have no column.
 */
export function ColumnMappingPanel({
  report,
  workbook,
  settings,
  onChange,
  onReset,
}: ColumnMappingPanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const own = useStyles();
  const layoutOf = (sheet: string) => report.figures.find((table) => table.sheet === sheet)?.layout ?? null;
  const datasets = report.datasets.filter(
    (dataset) =>
      workbook.sheets.some((sheet) => sheet.name === dataset.sheet) &&
      (dataset.kind === "activities" || layoutOf(dataset.sheet) !== null),
  );
  if (datasets.length === 0) return <Text>{t("mapping.none")}</Text>;
  return (
    <div className={styles.section}>
      <Text className={styles.wrapText}>{t("mapping.intro")}</Text>
      {datasets.map((dataset) => {
        const sheet = workbook.sheets.find((candidate) => candidate.name === dataset.sheet);
        const options = columnOptions(sheet, dataset.headerRow);
        const chosen = settings.columnMapping[dataset.sheet] ?? {};
        const detected = new Map(dataset.columns.map((column) => [column.field, column]));
        const layout = dataset.kind === "figures" ? layoutOf(dataset.sheet) : null;
        const required = requiredFields(dataset, layout);
        const missing = required.filter((field) => !detected.has(field));
        return (
          <fieldset
            key={dataset.sheet}
            className={styles.section}
            style={{ border: "none", padding: 0, margin: 0 }}
          >
            <legend>
              <Subtitle2 as="h3">{t("mapping.sheet", { sheet: dataset.sheet })}</Subtitle2>
            </legend>
            {mappableFields(dataset, layout).map((field) => {
              const automatic = detected.get(field);
              const lacking = missing.includes(field);
              return (
                <Field
                  key={field}
                  label={t(`fields.${field}`)}
                  validationState={lacking ? "warning" : "none"}
                  style={{ minWidth: 0 }}
                >
                  <Select
                    className={own.select}
                    value={chosen[field] ?? ""}
                    data-field={field}
                    onChange={(_, data) => onChange(dataset.sheet, field, data.value || null)}
                  >
                    <option value="">
                      {automatic && !chosen[field]
                        ? t("mapping.automaticColumn", {
                            letter: automatic.column,
                            header: shortHeader(automatic.header),
                          })
                        : chosen[field]
                          ? t("mapping.reset")
                          : lacking
                            ? t("mapping.automaticRequired")
                            : t("mapping.automatic")}
                    </option>
                    {options.map((option) => (
                      <option key={option.letter} value={option.letter}>
                        {t("mapping.column", { letter: option.letter, header: shortHeader(option.header) })}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
            <Text size={200} className={styles.muted} data-testid="mapping-confidence">
              {t("mapping.confidence", { pct: Math.round(dataset.confidence * 100) })}
            </Text>
            {missing.length > 0 ? (
              <MessageBar intent="warning" layout="multiline" data-testid="mapping-missing">
                <MessageBarBody className={styles.wrapText}>
                  {t("mapping.required", {
                    sheet: dataset.sheet,
                    fields: missing.map((field) => t(`fields.${field}`)).join(", "),
                  })}
                </MessageBarBody>
              </MessageBar>
            ) : null}
            <div className={styles.row}>
              <Button
                size="small"
                onClick={() => onReset(dataset.sheet)}
                disabled={Object.keys(chosen).length === 0}
              >
                {t("mapping.reset")}
              </Button>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
