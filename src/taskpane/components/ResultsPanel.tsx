import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { formatNumber, type Language } from "../../core";
import type { Report } from "../../core";
import type { DownloadableFile } from "../host";
import { biggestChanges, type FigureChange } from "../paneModel";
import { usePaneStyles } from "./styles";

export interface ResultsPanelProps {
  report: Report;
  /** What this Excel could not do while writing (Office host). */
  notices: string[];
  sheets: string[];
  download: DownloadableFile | null;
  onShowSheet: (name: string) => void;
  onDownload: (file: DownloadableFile) => void;
}

const useStyles = makeStyles({
  headline: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  bigNumber: {
    fontSize: tokens.fontSizeHero800,
    lineHeight: tokens.lineHeightHero800,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  table: { tableLayout: "auto", width: "100%" },
  numberCell: { textAlign: "right", whiteSpace: "nowrap" },
});

const ragColor = { green: "success", amber: "warning", red: "danger" } as const;

/** The key figures after generation: % on track, status per priority, biggest rises and falls, sheets. */
export function ResultsPanel({
  report,
  notices,
  sheets,
  download,
  onShowSheet,
  onDownload,
}: ResultsPanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const own = useStyles();
  const language = report.language;
  const activities = report.activities;
  const { rises, falls } = biggestChanges(report);
  return (
    <section className={styles.section} aria-labelledby="results-heading" data-testid="results">
      <Subtitle2 as="h2" id="results-heading">
        {t("results.heading")}
      </Subtitle2>
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrapText}>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      {activities && activities.onTrackPct !== null ? (
        <div className={styles.section}>
          <div className={own.headline}>
            <span className={own.bigNumber} data-testid="on-track-pct">
              {formatNumber(activities.onTrackPct, language, 1)}%
            </span>
            <Text weight="semibold">{t("results.onTrack")}</Text>
          </div>
          <Text className={styles.wrapText} data-testid="on-track-of">
            {t("results.onTrackOf", { total: formatNumber(activities.total, language) })}
          </Text>
          {(activities.onTrackOverdue ?? 0) > 0 ? (
            <Text className={styles.wrapText} data-testid="on-track-overdue">
              {t("results.onTrackOverdue", {
                count: formatNumber(activities.onTrackOverdue ?? 0, language),
              })}
            </Text>
          ) : null}
          {activities.changes ? (
            <Text className={styles.wrapText} data-testid="changes">
              {t("results.changes", {
                changed: activities.changes.statusChanged.length,
                added: activities.changes.added.length,
                removed: activities.changes.removed.length,
              })}
            </Text>
          ) : null}
          {activities.overdue > 0 ? (
            <Text className={styles.wrapText}>{t("results.overdue", { count: activities.overdue })}</Text>
          ) : null}
        </div>
      ) : null}
      {report.summary.headline ? (
        <div className={styles.section}>
          <Text weight="semibold">{t("results.summary")}</Text>
          <Text className={styles.wrapText}>{report.summary.headline}</Text>
          {report.summary.lines.length > 0 ? (
            <ul className={styles.wrapText}>
              {report.summary.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {activities && activities.groups.length > 0 ? (
        <div className={styles.section}>
          <Text weight="semibold" id="groups-caption">
            {t("results.perGroup")}
          </Text>
          <Table size="extra-small" className={own.table} aria-labelledby="groups-caption">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("results.group")}</TableHeaderCell>
                <TableHeaderCell className={own.numberCell}>{t("results.total")}</TableHeaderCell>
                <TableHeaderCell className={own.numberCell}>{t("results.pct")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {activities.groups.map((group) => (
                <TableRow key={group.name}>
                  <TableCell className={styles.wrapText}>{group.name}</TableCell>
                  <TableCell className={own.numberCell}>{formatNumber(group.total, language)}</TableCell>
                  <TableCell className={own.numberCell}>
                    {group.onTrackPct === null ? "–" : `${formatNumber(group.onTrackPct, language, 1)}%`}
                    {group.rag ? (
                      <>
                        {" "}
                        <Badge size="small" appearance="filled" color={ragColor[group.rag]}>
                          {t(`rag.${group.rag}`)}
                        </Badge>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {report.figures.length > 0 ? (
        <>
          <ChangeList
            title={t("results.rises")}
            empty={t("results.noRises")}
            changes={rises}
            language={language}
            testId="rises"
          />
          <ChangeList
            title={t("results.falls")}
            empty={t("results.noFalls")}
            changes={falls}
            language={language}
            testId="falls"
          />
        </>
      ) : null}
      {sheets.length > 0 ? (
        <div className={styles.section}>
          <Text weight="semibold" id="sheets-caption">
            {t("results.sheets")}
          </Text>
          <ul className={styles.list} aria-labelledby="sheets-caption" data-testid="generated-sheets">
            {sheets.map((name) => (
              <li key={name}>
                <Link
                  as="button"
                  onClick={() => onShowSheet(name)}
                  aria-label={t("results.openSheet", { name })}
                >
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {download ? (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => onDownload(download)} data-testid="download">
            {t("results.download")}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

interface ChangeListProps {
  title: string;
  empty: string;
  changes: FigureChange[];
  language: Language;
  testId: string;
}

function ChangeList({ title, empty, changes, language, testId }: ChangeListProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  return (
    <div className={styles.section}>
      <Text weight="semibold">{title}</Text>
      {changes.length === 0 ? (
        <Text className={styles.muted}>{empty}</Text>
      ) : (
        <ul className={styles.list} data-testid={testId}>
          {changes.map((change) => (
            <li key={`${change.sheet}:${change.category}:${change.region ?? ""}`} className={styles.wrapText}>
              <Text weight="semibold">
                {change.changePct > 0 ? "+" : ""}
                {formatNumber(change.changePct, language, 1)}%
              </Text>{" "}
              <Text>
                {t("results.changeTitle", {
                  category: change.region ? `${change.category} (${change.region})` : change.category,
                  from: formatNumber(change.from, language),
                  to: formatNumber(change.to, language),
                  year: change.toYear,
                })}
              </Text>
              {change.significant ? (
                <>
                  {" "}
                  <Badge size="small" appearance="outline">
                    {t("results.significant")}
                  </Badge>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
