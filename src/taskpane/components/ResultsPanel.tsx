import {
  Badge,
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
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Language, Report } from "../../core";
import { formatCount } from "../format";
import { biggestChanges, headlinePercent, type FigureChange } from "../paneModel";
import { usePaneStyles } from "./styles";
import { usePaneLanguage } from "../hooks/usePaneLanguage";

export interface ResultsPanelProps {
  report: Report;
  /** What this Excel could not do while writing (Office host). */
  notices: string[];
  sheets: string[];
  /** Settings or data changed since: the result is shown dimmed under a notice to generate again. */
  stale: boolean;
  /** Blocking errors the user chose to generate despite ("Toch genereren"); 0 when none. */
  generatedDespite: number;
  onShowSheet: (name: string) => void;
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
  // NOTE: greyed out without fading: stale figures stay readable (WCAG contrast), the marker above says why.
  stale: {
    filter: "grayscale(1)",
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

const ragColor = { green: "success", amber: "warning", red: "danger" } as const;

/** The key figures after generation: % on track, status per priority, biggest rises and falls, sheets. */
export function ResultsPanel({
  report,
  notices,
  sheets,
  stale,
  generatedDespite,
  onShowSheet,
}: ResultsPanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const own = useStyles();
  // Numbers in the pane's language; the kernboodschap is quoted in the report's own.
  const language = usePaneLanguage();
  const activities = report.activities;
  const { rises, falls } = biggestChanges(report);
  return (
    <section className={styles.section} aria-labelledby="results-heading" data-testid="results">
      <Subtitle2 as="h2" id="results-heading">
        {t("results.heading")}
      </Subtitle2>
      {stale ? (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody className={styles.wrapText}>
            <strong>{t("stale.message")}</strong> {t("stale.detail")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {generatedDespite > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="generated-anyway">
          <MessageBarBody className={styles.wrapText}>
            {t("generate.generatedAnyway", { count: generatedDespite })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={mergeClasses(styles.section, stale && own.stale)}>
        {notices.map((notice) => (
          <MessageBar key={notice} intent="warning" layout="multiline">
            <MessageBarBody className={styles.wrapText}>{notice}</MessageBarBody>
          </MessageBar>
        ))}
        {activities && activities.onTrackPct !== null ? (
          <div className={styles.section}>
            <div className={own.headline}>
              <span className={own.bigNumber} data-testid="on-track-pct">
                {headlinePercent(activities.onTrackPct, language)}%
              </span>
              <Text weight="semibold">{t("results.onTrack")}</Text>
            </div>
            <Text className={styles.wrapText} data-testid="on-track-of">
              {t("results.onTrackOf", { count: activities.total })}
            </Text>
            {(activities.onTrackOverdue ?? 0) > 0 ? (
              <Text className={styles.wrapText} data-testid="on-track-overdue">
                {t("results.onTrackOverdue", { count: activities.onTrackOverdue ?? 0 })}
              </Text>
            ) : null}
            {activities.changes ? (
              <Text className={styles.wrapText} data-testid="changes">
                {t("results.changes", {
                  changed: t("results.changed", { count: activities.changes.statusChanged.length }),
                  added: formatCount(activities.changes.added.length, language),
                  removed: formatCount(activities.changes.removed.length, language),
                })}
              </Text>
            ) : null}
            {activities.overdue > 0 ? (
              <Text className={styles.wrapText} data-testid="overdue">
                {t("results.overdue", { count: activities.overdue })}
              </Text>
            ) : null}
          </div>
        ) : null}
        {report.summary.headline ? (
          <div className={styles.section}>
            <Text weight="semibold">{t("results.summary")}</Text>
            <Text className={styles.wrapText} lang={report.language} data-testid="headline">
              {report.summary.headline}
            </Text>
            {report.summary.lines.length > 0 ? (
              <ul className={styles.wrapText} lang={report.language}>
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
                    <TableCell className={own.numberCell}>{formatCount(group.total, language)}</TableCell>
                    <TableCell className={own.numberCell}>
                      {group.onTrackPct === null ? "–" : `${formatCount(group.onTrackPct, language, 1)}%`}
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
      </div>
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
                {formatCount(change.changePct, language, 1)}%
              </Text>{" "}
              <Text>
                {t("results.changeTitle", {
                  category: change.region ? `${change.category} (${change.region})` : change.category,
                  from: formatCount(change.from, language),
                  to: formatCount(change.to, language),
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
