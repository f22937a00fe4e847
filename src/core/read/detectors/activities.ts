/** Activity-list detector: one row per activity under a header naming activity, status, planning, … */
import {
  activityFields,
  type Activity,
  type ActivityDataset,
  type ActivityField,
  type MappedColumn,
} from "../../datasets";
import type { Language } from "../../i18n/language";
import { isFootnoteText, type SheetGrid } from "../grid";
import {
  analyzeColour,
  normalizeStatus,
  statusFromFill,
  statusFromProgress,
  trafficColourName,
} from "../status";
import { activitySynonyms } from "../synonyms";
import { parsePlanning } from "../values";
import {
  blankRowFindings,
  columnLayout,
  hasTitleAbove,
  headerFindings,
  layoutFromMapping,
  mappedCells,
  preferFilledColumns,
  type ColumnLayout,
} from "./columns";
import { explanationOf, NoteList, tableConfidence, walkTable } from "./kernel";
import {
  detectorIds,
  minimumHeaderScore,
  type DetectorContext,
  type HeaderCandidate,
  type TableDetector,
  type TableRead,
} from "./types";

/** How much each recognised header counts towards "this is an activity list". */
const fieldWeights: Record<ActivityField, number> = {
  name: 1.5,
  status: 1.5,
  planning: 1,
  owner: 1,
  group: 0.75,
  id: 0.5,
  partners: 0.5,
  note: 0.5,
};

/** Name + status + planning + owner, all exact, make a certain header. */
const certainHeaderWeight = 4.5;

export const activityDetector: TableDetector = {
  id: detectorIds.activities,
  kind: "activities",
  fields: activityFields,
  matchHeader(grid, row) {
    const layout = columnLayout(grid, row, activitySynonyms);
    if (!layout || !layout.columns.name) return null;
    const matched = activityFields.filter((field) => layout.columns[field]);
    if (matched.length < 2) return null;
    const weight = matched.reduce(
      (sum, field) => sum + fieldWeights[field] * layout.columns[field]!.score,
      0,
    );
    const score =
      Math.min(1, weight / certainHeaderWeight) * (0.8 + (0.2 * matched.length) / layout.cells.length);
    return score < minimumHeaderScore ? null : candidate(grid, layout, score);
  },
  fromMapping(grid, row, mapping) {
    const layout = layoutFromMapping(grid, row, mapping, activityFields);
    return Object.keys(layout.columns).length === 0 ? null : candidate(grid, layout, 1);
  },
};

function candidate(grid: SheetGrid, layout: ColumnLayout<ActivityField>, score: number): HeaderCandidate {
  return {
    detector: activityDetector.id,
    kind: "activities",
    row: layout.row,
    score,
    read: (context) => readActivities(grid, preferFilledColumns(grid, layout), score, context),
  };
}

/** Ends the table: a total line below the list ("Totaal 117 activiteiten"). */
const totalPattern = /^(totaal|total)\b/i;

function readActivities(
  grid: SheetGrid,
  layout: ColumnLayout<ActivityField>,
  headerScore: number,
  context: DetectorContext,
): TableRead | null {
  const columns = layout.columns;
  const span = { firstColumn: layout.firstColumn, lastColumn: layout.lastColumn };
  const activities: Activity[] = [];
  let currentGroup: string | null = null;
  const counts = { sections: 0, filledDown: 0, fromFill: 0 };

  const isSectionRow = (row: number, filled: number[]): boolean => {
    if (filled.length !== 1 || typeof grid.value(row, filled[0]) !== "string") return false;
    const column = filled[0];
    const merge = grid.mergeAt(row, column);
    if (merge && merge.end.column > merge.start.column) return true;
    if (column === columns.id?.column) return !/\d/.test(grid.text(row, column));
    if (column === columns.group?.column || column < span.firstColumn) return true;
    if (column === columns.name?.column) {
      const text = grid.text(row, column);
      return !columns.group && text.split(" ").length <= 5 && !text.endsWith(".");
    }
    // A lone owner, partner or note is an incomplete activity; a lone text in the first column a heading.
    return (
      column === span.firstColumn && column !== columns.status?.column && column !== columns.planning?.column
    );
  };

  /** The table's cells of a row, or a lone heading just left of the table ("Ondermijning" in column A). */
  const filledCells = (row: number): number[] => {
    if (grid.isBlankRow(row)) return [];
    const inside = grid.filledColumns(row, span.firstColumn, span.lastColumn);
    if (inside.length > 0 || span.firstColumn === 1) return inside;
    const left = grid.filledColumns(row, 1, span.firstColumn - 1);
    return left.length === 1 && grid.filledColumns(row).length === 1 ? left : [];
  };

  const nextStartsData = (row: number): boolean => {
    let next = row + 1;
    let sections = 0;
    while (next <= grid.rowCount) {
      if (grid.isBlankRow(next)) {
        next++;
        continue;
      }
      const filled = filledCells(next);
      if (filled.length === 0) return false;
      if (filled.length === 1 && isFootnoteText(grid.text(next, filled[0]))) return false;
      if (context.isHeaderRow(next)) return false;
      if (isSectionRow(next, filled)) {
        if (++sections > 3) return false;
        next++;
        continue;
      }
      return true;
    }
    return false;
  };

  const walk = walkTable(
    grid,
    layout.bodyRow,
    filledCells,
    (row, filled) => {
      if (filled.length === 1) {
        const text = grid.text(row, filled[0]);
        if (isFootnoteText(text) || totalPattern.test(text)) return "footnote";
      }
      if (!readsAsData(grid, row, columns) && context.isHeaderRow(row)) return "end";
      if (isSectionRow(row, filled)) {
        if (!nextStartsData(row)) return "end";
        currentGroup = grid.text(row, filled[0]);
        counts.sections++;
        return "heading";
      }
      return "data";
    },
    (row) => {
      const activity = readActivity(grid, row, columns, context.language);
      if (columns.group) {
        if (activity.group === null && currentGroup !== null) {
          activity.group = currentGroup;
          counts.filledDown++;
        } else if (activity.group !== null) {
          currentGroup = activity.group;
        }
      } else {
        activity.group = currentGroup;
      }
      if (activity.statusSource === "fill") counts.fromFill++;
      activities.push(activity);
    },
  );
  if (activities.length === 0) return null;

  const firstRow = activities[0].row;
  const lastRow = activities[activities.length - 1].row;
  const reported = walk.blankRowsInside;
  const footnoteRow = walk.footnoteRow;
  const mapped: Partial<Record<ActivityField, MappedColumn>> = {};
  for (const field of activityFields) {
    const column = columns[field];
    if (column) mapped[field] = { column: column.column, header: column.header };
  }
  const notes = new NoteList()
    .add({ code: "manual-mapping" }, layout.manual)
    .add({ code: "title-above" }, hasTitleAbove(grid, layout.row))
    .add({ code: "two-row-header" }, layout.bodyRow > layout.row + 1)
    .add({ code: "section-rows", count: counts.sections })
    .add({ code: "group-filled-down", count: counts.filledDown })
    .add({ code: "status-from-fill", count: counts.fromFill })
    .add({ code: "blank-rows", count: reported.length })
    .add({ code: "footnote", row: footnoteRow ?? 0 }, footnoteRow !== null).notes;

  const quality =
    activities.reduce((sum, activity) => {
      const named = activity.name !== "" ? 0.5 : 0;
      const known =
        activity.status !== "unknown" ? 0.5 : !columns.status && activity.planning !== null ? 0.4 : 0;
      return sum + named + known;
    }, 0) / activities.length;
  const confidence = tableConfidence({
    manual: layout.manual,
    headerScore,
    quality,
    rows: activities.length,
  });

  const dataset: ActivityDataset = {
    kind: "activities",
    sheet: grid.name,
    headerRow: layout.row,
    firstRow,
    lastRow,
    columns: mapped,
    activities,
    confidence,
    explanation: explanationOf(grid.name, layout.row, mappedCells(layout), notes),
  };
  const findings = [
    ...headerFindings(
      grid,
      layout.row,
      span,
      activities.map((activity) => activity.row),
      layout.duplicates,
      context.language,
    ),
    ...blankRowFindings(grid, reported, span.firstColumn, context.language),
  ];
  return { dataset, findings, lastRow: Math.max(lastRow, footnoteRow ?? 0) };
}

/** A row whose status or planning cell reads as a status or planning is data, whatever its other cells say. */
function readsAsData(grid: SheetGrid, row: number, columns: ColumnLayout<ActivityField>["columns"]): boolean {
  const status = columns.status?.column;
  if (
    status !== undefined &&
    !grid.isBlank(row, status) &&
    normalizeStatus(grid.text(row, status)) !== "unknown"
  )
    return true;
  const planning = columns.planning?.column;
  return (
    planning !== undefined &&
    !grid.isBlank(row, planning) &&
    parsePlanning(grid.value(row, planning), grid.numberFormat(row, planning), grid.text(row, planning)) !==
      null
  );
}

function readActivity(
  grid: SheetGrid,
  row: number,
  columns: ColumnLayout<ActivityField>["columns"],
  language: Language,
): Activity {
  const text = (field: ActivityField): string | null => {
    const column = columns[field]?.column;
    if (column === undefined) return null;
    const value = grid.text(row, column);
    return value === "" ? null : value;
  };
  let planning: Activity["planning"] = null;
  let planningText: string | null = null;
  const planningColumn = columns.planning?.column;
  if (planningColumn !== undefined && !grid.isBlank(row, planningColumn)) {
    planningText = grid.text(row, planningColumn);
    planning = parsePlanning(
      grid.value(row, planningColumn),
      grid.numberFormat(row, planningColumn),
      planningText,
    );
  }
  const status = readStatus(grid, row, columns, language);
  return {
    row,
    id: text("id"),
    name: text("name") ?? "",
    group: text("group"),
    owner: text("owner"),
    partners: text("partners"),
    planning,
    planningText,
    // NOTE: copied field by field, not spread: a spread in this literal took most of a row's read time.
    status: status.status,
    statusText: status.statusText,
    statusSource: status.statusSource,
    note: text("note"),
  };
}

function readStatus(
  grid: SheetGrid,
  row: number,
  columns: ColumnLayout<ActivityField>["columns"],
  language: Language,
): Pick<Activity, "status" | "statusText" | "statusSource"> {
  const statusColumn = columns.status?.column;
  const nameColumn = columns.name?.column ?? columns.id?.column;
  if (statusColumn !== undefined && !grid.isBlank(row, statusColumn)) {
    const value = grid.value(row, statusColumn);
    const statusText = grid.text(row, statusColumn);
    if (typeof value === "number" && grid.numberFormat(row, statusColumn).includes("%")) {
      return { status: statusFromProgress(value), statusText, statusSource: "text" };
    }
    return { status: normalizeStatus(statusText), statusText, statusSource: "text" };
  }
  const fillColumn = statusColumn ?? nameColumn;
  if (fillColumn !== undefined) {
    const fill = grid.fill(row, fillColumn);
    const fromFill = statusFromFill(fill);
    // NOTE: a pale fill shared with the name cell is table banding, not a traffic light.
    const deliberate =
      fromFill !== null &&
      (analyzeColour(fill!).strong ||
        (statusColumn !== undefined && nameColumn !== undefined && grid.fill(row, nameColumn) !== fill));
    if (fromFill && deliberate) {
      return {
        status: fromFill.status,
        statusText: trafficColourName(fromFill.colour, language),
        statusSource: "fill",
      };
    }
  }
  return { status: "unknown", statusText: null, statusSource: "none" };
}
