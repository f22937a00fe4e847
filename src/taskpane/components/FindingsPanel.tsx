import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  Select,
  Text,
  makeStyles,
  tokens,
  mergeClasses,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { rangeCells, type Finding, type FindingCode, type Severity } from "../../core";
import { filterFindings, findingsPageSize, groupFindings, pageOf, severities } from "../paneModel";
import { withDutchErrorNames } from "../excelErrors";
import { usePaneStyles } from "./styles";
import { usePaneLanguage } from "../hooks/usePaneLanguage";

export interface FindingsPanelProps {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  /** The header of a finding's column ("Trekker"), so search finds findings by column. */
  headerOf?: (finding: Finding) => string | null;
}

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  groupHeading: {
    marginTop: tokens.spacingVerticalS,
  },
  link: { textAlign: "left", overflowWrap: "anywhere" },
});

const severityColor = { error: "danger", warning: "warning", info: "informative" } as const;

/**
 * Findings grouped by severity and code with counts first; filter by severity, code and text; 50 per page
 * so thousands of findings stay fast. A finding covers one or more cells: clicking it selects all of them
 * in the workbook; the cells of a finding over several open on request, 50 at a time from the top.
 */
export function FindingsPanel({ findings, onSelect, headerOf }: FindingsPanelProps) {
  const { t } = useTranslation();
  const language = usePaneLanguage();
  const styles = usePaneStyles();
  const own = useStyles();
  const [text, setText] = useState("");
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [code, setCode] = useState<FindingCode | "all">("all");
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Finding | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const shownMessage = (finding: Finding) =>
    language === "en" ? finding.message : withDutchErrorNames(finding.message);
  /** Paging shows the new page from its top (the list's start scrolled into view and focused). */
  const goToPage = (next: number) => {
    setPage(next);
    setOpen(null);
    requestAnimationFrame(() => {
      listRef.current?.scrollIntoView({ block: "start" });
      listRef.current?.focus({ preventScroll: true });
    });
  };
  const overview = useMemo(() => groupFindings(findings), [findings]);
  const ordered = useMemo(() => overview.groups.flatMap((group) => group.findings), [overview]);
  const filtered = useMemo(() => {
    const bySeverityAndText = filterFindings(ordered, {
      text,
      severity,
      describe: (finding) => [codeName(t, finding.code), headerOf?.(finding) ?? ""],
    });
    return code === "all" ? bySeverityAndText : bySeverityAndText.filter((finding) => finding.code === code);
  }, [ordered, text, severity, code, t, headerOf]);
  const current = pageOf(filtered, page);

  if (findings.length === 0) return <Text>{t("findings.none")}</Text>;

  const groupFor = (finding: Finding) =>
    overview.groups.find((group) => group.code === finding.code && group.severity === finding.severity);

  return (
    <div className={styles.section} data-testid="findings">
      <Text weight="semibold" className={styles.wrapText} data-testid="findings-counts">
        {t("findings.counts", {
          errors: t("findings.errors", { count: overview.counts.error }),
          warnings: t("findings.warnings", { count: overview.counts.warning }),
          infos: t("findings.infos", { count: overview.counts.info }),
        })}
      </Text>
      <ul className={styles.list} aria-label={t("findings.groups")}>
        {overview.groups.map((group) => (
          <li key={`${group.severity}:${group.code}`} className={styles.row}>
            <Badge appearance="tint" color={severityColor[group.severity]}>
              {t(`severityOne.${group.severity}`)}
            </Badge>
            <Link
              as="button"
              className={own.link}
              onClick={() => {
                setCode(group.code);
                setSeverity(group.severity);
                setPage(1);
              }}
            >
              {codeName(t, group.code)}
            </Link>
            <Text>{t("findings.groupCount", { count: group.findings.length })}</Text>
            {group.blocksFigures ? (
              <Text size={200} className={styles.muted}>
                {t("findings.blocksFigures")}
              </Text>
            ) : null}
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Field label={t("findings.filter")} style={{ flexGrow: 1, minWidth: "140px" }}>
          <Input
            type="search"
            value={text}
            onChange={(_, data) => {
              setText(data.value);
              setPage(1);
            }}
          />
        </Field>
        <Field label={t("findings.severityFilter")}>
          <Select
            value={severity}
            onChange={(_, data) => {
              setSeverity(data.value as Severity | "all");
              setPage(1);
            }}
          >
            <option value="all">{t("findings.all")}</option>
            {severities.map((value) => (
              <option key={value} value={value}>
                {t(`severity.${value}`)} ({t("findings.groupCount", { count: overview.counts[value] })})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("findings.codeFilter")}>
          <Select
            value={code}
            onChange={(_, data) => {
              setCode(data.value as FindingCode | "all");
              setPage(1);
            }}
          >
            <option value="all">{t("findings.all")}</option>
            {overview.groups.map((group) => (
              <option key={`${group.severity}:${group.code}`} value={group.code}>
                {codeName(t, group.code)} ({t("findings.groupCount", { count: group.findings.length })})
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div
        ref={listRef}
        tabIndex={-1}
        style={{ outline: "none", scrollMarginTop: "8px" }}
        data-testid="findings-top"
      >
        <Text size={200} className={styles.muted} aria-live="polite" data-testid="findings-shown">
          {t("findings.shown", { count: filtered.length })}
        </Text>
      </div>
      {filtered.length === 0 ? (
        <Text>{t("findings.noMatch")}</Text>
      ) : (
        <ol className={styles.list} data-testid="findings-page">
          {current.items.map((finding, index) => {
            const previous = index > 0 ? current.items[index - 1] : null;
            const startsGroup =
              !previous || previous.code !== finding.code || previous.severity !== finding.severity;
            const place = finding.sheet
              ? finding.cell
                ? `${finding.sheet}!${finding.cell}`
                : finding.sheet
              : t("findings.workbookWide");
            return (
              <li key={`${finding.code}:${finding.sheet}:${finding.cell}:${index}`} className={own.item}>
                {startsGroup ? (
                  <Text weight="semibold" className={own.groupHeading}>
                    {t(`severityOne.${finding.severity}`)} · {codeName(t, finding.code)} (
                    {t("findings.groupCount", { count: groupFor(finding)?.findings.length ?? 0 })})
                  </Text>
                ) : null}
                {finding.sheet && finding.cell ? (
                  <Link
                    as="button"
                    className={own.link}
                    onClick={() => onSelect(finding)}
                    aria-label={
                      finding.count > 1
                        ? t("findings.selectRange", {
                            place: `${finding.sheet}!${finding.range}`,
                            count: finding.count,
                            message: finding.message,
                          })
                        : t("findings.goTo", { place, message: finding.message })
                    }
                  >
                    {place}: {shownMessage(finding)}
                  </Link>
                ) : (
                  <Text className={styles.wrapText}>
                    {place}: {shownMessage(finding)}
                  </Text>
                )}
                <Text size={200} className={mergeClasses(styles.wrapText, styles.muted)}>
                  {finding.hint}
                </Text>
                {finding.count > 1 && finding.sheet && finding.range ? (
                  <div>
                    <Button
                      size="small"
                      aria-expanded={open === finding}
                      onClick={() => setOpen(open === finding ? null : finding)}
                    >
                      {open === finding
                        ? t("findings.hideCells")
                        : t("findings.showCells", { count: finding.count })}
                    </Button>
                    {open === finding ? <CellList finding={finding} onSelect={onSelect} /> : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {current.pages > 1 ? (
        <nav
          className={styles.row}
          aria-label={t("findings.page", { page: current.page, pages: current.pages })}
        >
          <Button size="small" disabled={current.page <= 1} onClick={() => goToPage(current.page - 1)}>
            {t("findings.previous")}
          </Button>
          <Text aria-live="polite" data-testid="findings-page-label">
            {t("findings.page", { page: current.page, pages: current.pages })}
          </Text>
          <Button
            size="small"
            disabled={current.page >= current.pages}
            onClick={() => goToPage(current.page + 1)}
          >
            {t("findings.next")}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}

/** The cells of a finding over several, one page at a time from its first cell; each selects its cell. */
function CellList({ finding, onSelect }: { finding: Finding; onSelect: (finding: Finding) => void }) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(finding.count / findingsPageSize));
  const from = (page - 1) * findingsPageSize;
  const cells = useMemo(() => rangeCells(finding.range ?? "", findingsPageSize, from), [finding.range, from]);
  return (
    <div data-testid="finding-cells">
      <ol className={styles.list} aria-label={finding.message}>
        {cells.map((cell) => (
          <li key={cell}>
            <Link as="button" onClick={() => onSelect({ ...finding, cell, range: cell, count: 1 })}>
              {finding.sheet}!{cell}
            </Link>
          </li>
        ))}
      </ol>
      <nav className={styles.row}>
        <Button size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t("findings.previous")}
        </Button>
        <Text aria-live="polite" data-testid="finding-cells-label">
          {t("findings.cellsPage", {
            from: from + 1,
            to: from + cells.length,
            count: finding.count,
          })}
        </Text>
        <Button size="small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t("findings.next")}
        </Button>
      </nav>
    </div>
  );
}

/** A finding code's readable name in the pane's language ("Dubbel nummer"); the code itself when unnamed. */
export function codeName(
  t: (key: string, options?: Record<string, unknown>) => string,
  code: string,
): string {
  return t(`codes.${code}`, { defaultValue: code });
}
