import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout styles: one column that works from the 320 px minimum pane width up. */
export const usePaneStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  wrapText: {
    overflowWrap: "anywhere",
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  scrollRegion: {
    overflow: "auto",
    maxHeight: "320px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});
