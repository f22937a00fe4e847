import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SheetSnapshot } from "../../core";
import { dutchErrorName } from "../excelErrors";
import { usePaneStyles } from "./styles";
import { usePaneLanguage } from "../hooks/usePaneLanguage";

/** Rows shown of a sheet in preview mode; the downloaded file holds them all. */
export const previewRowLimit = 200;

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      whiteSpace: "nowrap",
      maxWidth: "24em",
      overflow: "hidden",
      textOverflow: "ellipsis",
      verticalAlign: "top",
    },
    "& th": {
      backgroundColor: tokens.colorNeutralBackground3,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      fontWeight: tokens.fontWeightRegular,
      color: tokens.colorNeutralForeground3,
    },
  },
});

/** A generated sheet's content as a simple grid (preview mode has no Excel to activate the sheet in). */
export function SheetPreview({ sheet }: { sheet: SheetSnapshot }) {
  const { t } = useTranslation();
  const language = usePaneLanguage();
  const styles = usePaneStyles();
  const own = useStyles();
  const rows = sheet.texts.slice(0, previewRowLimit);
  const headingId = `sheet-preview-${sheet.name.replace(/\W+/g, "-")}`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="sheet-preview">
      <Subtitle2 as="h2" id={headingId}>
        {sheet.name}
      </Subtitle2>
      {/* NOTE: the scroll region needs its own name: two landmarks named by one heading fail axe's
          landmark-unique. */}
      <div
        className={styles.scrollRegion}
        role="region"
        aria-label={t("preview.cells", { name: sheet.name })}
        tabIndex={0}
      >
        <table className={own.table}>
          <caption className="visually-hidden">{t("results.openSheet", { name: sheet.name })}</caption>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row">{rowIndex + 1}</th>
                {row.map((text, columnIndex) => {
                  const shown = language === "nl" ? dutchErrorName(text) : text;
                  return (
                    <td key={columnIndex} title={shown.length > 30 ? shown : undefined}>
                      {shown}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
