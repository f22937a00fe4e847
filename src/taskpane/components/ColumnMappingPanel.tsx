import { Button, Field, Select, Text, Subtitle2 } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Report, Settings, WorkbookSnapshot } from "../../core";
import { columnOptions, mappableFields } from "../paneModel";
import { usePaneStyles } from "./styles";

export interface ColumnMappingPanelProps {
  report: Report;
  workbook: WorkbookSnapshot;
  settings: Settings;
  onChange: (sheet: string, field: string, letter: string | null) => void;
  onReset: (sheet: string) => void;
}

/**
 * Column mapping for when detection is unsure: a dropdown per field with the sheet's columns and their
 * headers. The choice is saved as settings.columnMapping[sheet][field] = column letter.
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
        return (
          <fieldset
            key={dataset.sheet}
            className={styles.section}
            style={{ border: "none", padding: 0, margin: 0 }}
          >
            <legend>
              <Subtitle2 as="h3">{t("mapping.sheet", { sheet: dataset.sheet })}</Subtitle2>
            </legend>
            {mappableFields(dataset, dataset.kind === "figures" ? layoutOf(dataset.sheet) : null).map(
              (field) => {
                const automatic = detected.get(field);
                return (
                  <Field key={field} label={t(`fields.${field}`)}>
                    <Select
                      value={chosen[field] ?? ""}
                      onChange={(_, data) => onChange(dataset.sheet, field, data.value || null)}
                    >
                      <option value="">
                        {automatic
                          ? t("mapping.automaticColumn", {
                              letter: automatic.column,
                              header: automatic.header || "–",
                            })
                          : t("mapping.automatic")}
                      </option>
                      {options.map((option) => (
                        <option key={option.letter} value={option.letter}>
                          {t("mapping.column", { letter: option.letter, header: option.header || "–" })}
                        </option>
                      ))}
                    </Select>
                  </Field>
                );
              },
            )}
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
