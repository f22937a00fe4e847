import { Badge, Button, Subtitle2, Text, mergeClasses } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import {
  describeColumns,
  describeNotes,
  translateFinding,
  type Finding,
  type FindingCode,
  type Language,
  type Report,
} from "../../core";
import { confidenceLevel, unsureConfidence } from "../paneModel";
import { usePaneStyles } from "./styles";
import { usePaneLanguage } from "../hooks/usePaneLanguage";

export interface DetectionSummaryProps {
  report: Report;
  onReread: () => void;
  busy: boolean;
}

const badgeColor = { high: "success", medium: "informative", low: "warning" } as const;

/** Findings that say what of a detected table Koers left out (columns, rows, cells). */
const leftOutCodes = new Set<FindingCode>(["unused-column", "unused-rows", "cells-omitted"]);

/**
 * "What Koers found": each detected table with its size, how sure detection is (one badge: the percentage,
 * coloured by level) and the explanation of which column was read as what.
 */
export function DetectionSummary({ report, onReread, busy }: DetectionSummaryProps) {
  const { t } = useTranslation();
  const language = usePaneLanguage();
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
                    {t("detection.confidence", { pct: Math.round(dataset.confidence * 100) })}
                  </Badge>
                </div>
                {dataset.columns.length > 0 ? (
                  <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
                    {t("detection.columns", {
                      row: dataset.headerRow,
                      columns: describeColumns(dataset.columns, language),
                    })}
                  </Text>
                ) : null}
                {table ? <FiguresRead table={table} /> : null}
                <LeftOut
                  findings={report.findings.filter(
                    (finding) => leftOutCodes.has(finding.code) && readFrom(dataset, finding.sheet),
                  )}
                  heading="detection.leftOut"
                  language={language}
                  nothing={table ? t("detection.nothingLeftOut") : null}
                />
                {describeNotes(dataset.notes ?? [], language).map((note) => (
                  <Text key={note} size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
                    {note}
                  </Text>
                ))}
              </li>
            );
          })}
        </ul>
      )}
      <LeftOut
        findings={report.findings.filter(
          (finding) =>
            finding.code === "unread-sheet" ||
            (leftOutCodes.has(finding.code) &&
              !report.datasets.some((dataset) => readFrom(dataset, finding.sheet))),
        )}
        heading="detection.unread"
        language={language}
      />
      {unsure ? <Text className={styles.wrapText}>{t("detection.unsure")}</Text> : null}
      <div className={styles.row}>
        <Button appearance="subtle" size="small" onClick={onReread} disabled={busy}>
          {t("detection.reread")}
        </Button>
      </div>
    </section>
  );
}

/** Whether a table was read from a sheet: its own, or any of the sheets a table of a sheet per period combines. */
function readFrom(dataset: Report["datasets"][number], sheet: string | null): boolean {
  return sheet !== null && (dataset.sheet === sheet || (dataset.sheets ?? []).includes(sheet));
}

/** "Gelezen: 4.368 cijfers in 728 reeksen": what a figures table gave. */
function FiguresRead({ table }: { table: Report["figures"][number] }) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const values = table.series.reduce(
    (total, series) => total + series.values.filter((value) => value !== null).length,
    0,
  );
  return (
    <Text size={200} className={styles.wrapText} data-testid="figures-read">
      {t("detection.read", { count: table.series.length, values })}
    </Text>
  );
}

/** "2 onderdelen niet gebruikt:" and a line per finding, in the pane's language; nothing when there are none. */
function LeftOut({
  findings,
  heading,
  language,
  nothing = null,
}: {
  findings: Finding[];
  heading: "detection.leftOut" | "detection.unread";
  language: Language;
  /** What to say when nothing was left out; null says nothing. */
  nothing?: string | null;
}) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  if (findings.length === 0)
    return nothing === null ? null : (
      <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
        {nothing}
      </Text>
    );
  return (
    <div data-testid={heading === "detection.leftOut" ? "left-out" : "unread"}>
      <Text size={200} weight="semibold" className={styles.wrapText}>
        {t(heading, { count: findings.length })}
      </Text>
      <ul className={styles.list}>
        {findings.map((finding) => (
          <li key={`${finding.code}:${finding.sheet}:${finding.range ?? finding.cell}`}>
            <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
              {translateFinding(finding, language).message}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 2016, 2017, 2018 → "2016–2018"; a single year stays as it is. */
export function yearSpan(years: number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}
