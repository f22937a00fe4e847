import { Badge, Button, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Report } from "../../core";
import { confidenceLevel, unsureConfidence } from "../paneModel";
import { usePaneStyles } from "./styles";

export interface DetectionSummaryProps {
  report: Report;
  onReread: () => void;
  busy: boolean;
}

const badgeColor = { high: "success", medium: "informative", low: "warning" } as const;

/** Findings that name a column or sheet of numbers a table did not use, with the reason. */
const leftOutCodes: ReadonlySet<string> = new Set(["unused-column", "unread-sheet"]);

/** "What Koers found": each detected table with its size and how sure detection is. */
export function DetectionSummary({ report, onReread, busy }: DetectionSummaryProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const unsure = report.datasets.some((dataset) => dataset.confidence < unsureConfidence);
  return (
    <section className={styles.section} aria-labelledby="detection-heading">
      <Subtitle2 as="h2" id="detection-heading">
        {t("detection.heading")}
      </Subtitle2>
      {report.datasets.length === 0 ? (
        <Text className={styles.wrapText}>{t("detection.nothing")}</Text>
      ) : (
        <ul className={styles.list} data-testid="datasets">
          {report.datasets.map((dataset) => {
            const level = confidenceLevel(dataset.confidence);
            const table = report.figures.find((figures) => figures.sheet === dataset.sheet);
            const years = table && table.years.length > 0 ? yearSpan(table.years) : null;
            const what =
              dataset.kind === "activities"
                ? t("detection.activities", { sheet: dataset.sheet, count: dataset.rows })
                : years
                  ? t(table?.survey ? "detection.survey" : "detection.figures", {
                      sheet: dataset.sheet,
                      years,
                      count: dataset.rows,
                    })
                  : t("detection.figuresNoYears", { sheet: dataset.sheet, count: dataset.rows });
            return (
              <li key={`${dataset.kind}:${dataset.sheet}`} className={styles.section}>
                <Text weight="semibold" className={styles.wrapText}>
                  {what}
                </Text>
                <div className={styles.row}>
                  <Badge appearance="tint" color={badgeColor[level]}>
                    {t(
                      `detection.confidence${level === "high" ? "High" : level === "medium" ? "Medium" : "Low"}`,
                    )}
                  </Badge>
                  <Text size={200} className={styles.muted}>
                    {t("detection.confidence", { pct: Math.round(dataset.confidence * 100) })}
                  </Text>
                </div>
                {dataset.explanation ? (
                  <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
                    {dataset.explanation}
                  </Text>
                ) : null}
                {dataset.kind === "figures" && table ? (
                  <ReadAndLeftOut report={report} table={table} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {unsure ? <Text className={styles.wrapText}>{t("detection.unsure")}</Text> : null}
      <div className={styles.row}>
        <Button appearance="subtle" size="small" onClick={onReread} disabled={busy}>
          {t("detection.reread")}
        </Button>
      </div>
    </section>
  );
}

/**
 * What a figures table gave and what it left out: the number of figures and series read, then each column
 * (or sheet) of numbers not used, with the reason the finding gives.
 */
function ReadAndLeftOut({ report, table }: { report: Report; table: Report["figures"][number] }) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const values = table.series.reduce(
    (total, series) => total + series.values.filter((value) => value !== null).length,
    0,
  );
  const leftOut = report.findings.filter(
    (finding) => leftOutCodes.has(finding.code) && finding.sheet === table.sheet,
  );
  return (
    <div data-testid="read-and-left-out">
      <Text size={200} className={styles.wrapText}>
        {t("detection.read", { count: table.series.length, values })}
      </Text>
      {leftOut.length === 0 ? (
        <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
          {" "}
          {t("detection.nothingLeftOut")}
        </Text>
      ) : (
        <>
          <Text size={200} className={styles.wrapText}>
            {" "}
            {t("detection.leftOut", { count: leftOut.length })}
          </Text>
          <ul className={styles.list}>
            {leftOut.map((finding) => (
              <li key={`${finding.code}:${finding.cell ?? ""}`}>
                <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
                  {finding.message}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** 2016, 2017, 2018 → "2016–2018"; a single year stays as it is. */
export function yearSpan(years: number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
