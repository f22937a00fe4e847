import { analyzeActivities } from "./analyze/progress";
import { buildSummary } from "./analyze/summary";
import { analyzeSurvey } from "./analyze/survey";
import { analyzeFigures } from "./analyze/trends";
import { columnLetter } from "./address";
import type { ActivityDataset, Dataset, FiguresDataset } from "./datasets";
import { aggregateFindings, type ColumnNamer } from "./findings/aggregate";
import { compareFindings, type Finding } from "./findings/finding";
import { keptSheetFindings } from "./plan/generation";
import { describeDetection } from "./read/explain";
import { detectDatasets } from "./read/detect";
import { scanPrivacy } from "./privacy/scan";
import { aggregatePrivacyHits, privacyFindings } from "./privacy/findings";
import type { DatasetSummary, Report } from "./report";
import { reportTitle, type Settings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { validateDatasets } from "./validate/validate";
import { appendAll } from "./collections";

export interface AnalysisInput {
  /** The first workbook is the one that receives the generated sheets; further ones add datasets. */
  workbooks: WorkbookSnapshot[];
  /** An older version of the workbook (or Koers' stored snapshot) for "changes since previous report". */
  previous?: WorkbookSnapshot | null;
  settings: Settings;
}

export interface AnalysisResult {
  report: Report;
  datasets: Dataset[];
}

/**
 * The one flow (docs/contracts.md): read → validate → analyze, for one or more workbooks. Pure and
 * deterministic: the report date comes from the settings. Never throws on bad data.
 */
export function analyzeWorkbooks(input: AnalysisInput): AnalysisResult {
  const { settings } = input;
  const datasets: Dataset[] = [];
  const findings: Finding[] = [];
  const hits: ReturnType<typeof scanPrivacy> = [];
  const regionHints = new Map<Dataset, string[]>();
  input.workbooks.forEach((workbook, index) => {
    const qualified = index === 0 ? workbook : qualifySheetNames(workbook);
    const detection = detectDatasets(qualified, settings);
    for (const dataset of detection.datasets)
      regionHints.set(dataset, regionHintsOf(qualified, dataset, workbook));
    appendAll(datasets, detection.datasets);
    appendAll(findings, detection.findings);
    appendAll(findings, validateDatasets(qualified, detection.datasets, settings));
    for (const hit of scanPrivacy(qualified, detection.datasets)) hits.push(hit);
  });
  const columnName = datasetColumnNamer(datasets);
  const privacy = aggregatePrivacyHits(hits);
  appendAll(findings, privacyFindings(privacy, settings.language, columnName));
  const first = input.workbooks[0];
  if (first)
    appendAll(
      findings,
      keptSheetFindings(
        first.sheets.flatMap((sheet, position) =>
          sheet.markedCopy ? [{ name: sheet.name, position, reason: "moved-or-renamed" as const }] : [],
        ),
        settings.language,
      ),
    );

  const activityDatasets = datasets.filter(
    (dataset): dataset is ActivityDataset => dataset.kind === "activities",
  );
  const previousDatasets = input.previous
    ? detectDatasets(input.previous, settings).datasets.filter(
        (dataset): dataset is ActivityDataset => dataset.kind === "activities",
      )
    : null;
  const activities = analyzeActivities(activityDatasets, settings, previousDatasets);

  const figures = datasets
    .filter((dataset): dataset is FiguresDataset => dataset.kind === "figures")
    .map((dataset) => {
      // NOTE: survey estimates with margins are never tested as counts (analyze/survey.ts).
      const analysis = (dataset.survey ? analyzeSurvey : analyzeFigures)(dataset, settings, {
        regionHints: [...(regionHints.get(dataset) ?? []), settings.title, settings.organisation],
      });
      appendAll(findings, analysis.findings);
      return analysis.report;
    });

  const aggregated = aggregateFindings(findings, settings.language, columnName).sort(compareFindings);
  const report: Report = {
    schemaVersion: 1,
    reportDate: settings.reportDate,
    language: settings.language,
    title: reportTitle(settings),
    sources: input.workbooks.map((workbook) => workbook.name),
    datasets: datasets.map((dataset) => summarizeDataset(dataset, settings)),
    activities,
    figures,
    findings: aggregated,
    privacy,
    summary: buildSummary(activities, figures, aggregated, settings),
    output: null,
  };
  return { report, datasets };
}

/**
 * Texts that may name a table's focus region, most specific first: the text cells above its header row
 * (the title block), the sheet name, the workbook's file name.
 */
function regionHintsOf(workbook: WorkbookSnapshot, dataset: Dataset, original: WorkbookSnapshot): string[] {
  const sheet = workbook.sheets.find((candidate) => candidate.name === dataset.sheet);
  const titles = (sheet?.values.slice(0, Math.max(0, dataset.headerRow - 1)) ?? [])
    .flat()
    .filter((value): value is string => typeof value === "string" && value.trim() !== "");
  return [...titles, sheet?.name ?? dataset.sheet, original.name];
}

/** Names columns by the header a detected dataset found above them, quoted and cut to 40 characters. */
function datasetColumnNamer(datasets: readonly Dataset[]): ColumnNamer {
  const headers = new Map<string, string>();
  for (const dataset of datasets)
    for (const column of dataset.explanation.columns) {
      const key = `${dataset.sheet}\u0000${columnLetter(column.column)}`;
      const header = column.header.replace(/\s+/g, " ").trim();
      if (header !== "" && !headers.has(key))
        headers.set(key, `'${header.length > 40 ? `${header.slice(0, 39)}…` : header}'`);
    }
  return (sheet, column) => headers.get(`${sheet}\u0000${column}`) ?? null;
}

/** Sheets of a further workbook are named "[file.xlsx]Sheet" so findings say where they are. */
function qualifySheetNames(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => ({ ...sheet, name: `[${workbook.name}]${sheet.name}` })),
  };
}

function summarizeDataset(dataset: Dataset, settings: Settings): DatasetSummary {
  return {
    kind: dataset.kind,
    sheet: dataset.sheet,
    ...(dataset.kind === "figures" && dataset.sheets ? { sheets: [...dataset.sheets] } : {}),
    headerRow: dataset.headerRow,
    confidence: dataset.confidence,
    explanation: describeDetection(dataset, settings.language),
    rows: dataset.kind === "activities" ? dataset.activities.length : dataset.series.length,
    notes: [...dataset.explanation.notes],
    columns: dataset.explanation.columns.map((column) => ({
      header: column.header,
      field: column.field,
      column: columnLetter(column.column),
    })),
  };
}
