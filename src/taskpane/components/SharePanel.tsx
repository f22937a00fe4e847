import { Button, MessageBar, MessageBarBody, Subtitle2, Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { PrivacyHit } from "../../core";
import type { DownloadableFile, ShareOutcome } from "../host";
import { usePaneStyles } from "./styles";

export interface SharePanelProps {
  privacy: PrivacyHit[];
  outcome: ShareOutcome | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  onDownload: (file: DownloadableFile) => void;
}

/** "Share with griffie": first what personal data will be removed, then the copy (opened or downloaded). */
export function SharePanel({ privacy, outcome, busy, onConfirm, onCancel, onDownload }: SharePanelProps) {
  const { t } = useTranslation();
  const styles = usePaneStyles();
  const byKind = new Map<PrivacyHit["kind"], PrivacyHit[]>();
  for (const hit of privacy) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit]);
  return (
    <section className={styles.section} aria-labelledby="share-heading" data-testid="share">
      <Subtitle2 as="h2" id="share-heading">
        {t("share.heading")}
      </Subtitle2>
      <Text className={styles.wrapText}>{t("share.intro")}</Text>
      {privacy.length === 0 ? (
        <Text>{t("share.privacyNone")}</Text>
      ) : (
        <>
          <Text weight="semibold">{t("share.privacyFound")}</Text>
          <ul className={styles.wrapText} data-testid="privacy-hits">
            {[...byKind.entries()].map(([kind, hits]) => (
              <li key={kind}>
                {t(`privacy.${kind}`)} ({t("findings.groupCount", { count: hits.length })}):{" "}
                {hits
                  .slice(0, 8)
                  .map((hit) => `${hit.sheet}!${hit.cell} ${hit.masked}`)
                  .join(", ")}
                {hits.length > 8 ? ", …" : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome?.kind === "opened" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.wrapText}>
            {t("share.opened", { name: outcome.fileName })}
          </MessageBarBody>
        </MessageBar>
      ) : outcome?.kind === "blocked" ? (
        <MessageBar intent="error" layout="multiline" data-testid="griffie-blocked">
          <MessageBarBody className={styles.wrapText}>
            {t("share.blocked")}
            <ul>
              {outcome.leaks.slice(0, 10).map((leak, index) => (
                <li key={index}>
                  {t(`privacy.${leak.kind}`)}: {leak.where} {leak.masked}
                </li>
              ))}
              {outcome.leaks.length > 10 ? <li>…</li> : null}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : outcome?.kind === "download" ? (
        <div className={styles.section}>
          <Text className={styles.wrapText}>
            {outcome.reason === "preview" ? t("share.preview") : t("share.apiMissing")}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => onDownload(outcome.file)}
              data-testid="griffie-download"
              className={styles.wrapText}
              style={{ maxWidth: "100%", whiteSpace: "normal", textAlign: "left" }}
            >
              {t("share.download", { name: outcome.file.fileName })}
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={onConfirm}>
            {t("share.confirm")}
          </Button>
          <Button onClick={onCancel}>{t("share.cancel")}</Button>
        </div>
      )}
    </section>
  );
}
