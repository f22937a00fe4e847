import type { CellBlock, ChartSpec, PlannedSheet, ReportPlan } from "../../../src/core/plan/reportPlan";
import { drontenTabel2, drontenYears, lelystadExpected } from "../../support/fixtures";

/**
 * A hand-built ReportPlan shaped like the one buildReportPlan makes (overview with status per priority,
 * trends with the Dronten figures, findings with links to source cells, notes), so the writer is tested
 * on a realistic plan independent of the planner.
 */
export function samplePlan(options: { overviewName?: string; sourceSheet?: string } = {}): ReportPlan {
  const overviewName = options.overviewName ?? "Koers Overzicht";
  const sourceSheet = options.sourceSheet ?? "Activiteiten";
  const print = (orientation: "portrait" | "landscape", titleRows?: string) => ({
    orientation,
    paperSize: "A4" as const,
    fitToWidth: true as const,
    printTitleRows: titleRows,
    header: { left: "Voortgang IVP", right: "Concept" },
    footer: { left: "Koers, 1 maart 2025", right: "Pagina &P van &N" },
  });

  const groups = lelystadExpected.groups;
  const groupRows = groups.map((group) => [
    group.name,
    group.total,
    group.byStatus.done,
    group.byStatus.onTrack,
    group.byStatus.delayed,
    group.byStatus.notStarted,
    (group.byStatus.done + group.byStatus.onTrack) / group.total,
  ]);
  const firstGroupRow = 9;
  const lastGroupRow = firstGroupRow + groups.length - 1;
  const statusColors = ["#2E7D32", "#66BB6A", "#F9A825", "#9E9E9E"];
  const statusNames = ["Afgerond", "Loopt volgens planning", "Vertraagd", "Niet gestart"];
  const statusChart: ChartSpec = {
    id: "status-per-priority",
    kind: "barStacked",
    title: "Status per prioriteit",
    altText: "Status per prioriteit: alt text",
    anchor: { from: { row: lastGroupRow + 2, column: 1 }, to: { row: lastGroupRow + 20, column: 8 } },
    categories: { sheet: overviewName, range: `A${firstGroupRow}:A${lastGroupRow}` },
    categoryCache: groups.map((group) => group.name),
    series: statusNames.map((name, index) => ({
      name,
      values: {
        sheet: overviewName,
        range: `${"CDEF"[index]}${firstGroupRow}:${"CDEF"[index]}${lastGroupRow}`,
      },
      cache: groupRows.map((row) => row[2 + index] as number),
      color: statusColors[index],
    })),
    showLegend: true,
  };
  const header = { bold: true, fill: "#1F4E79", color: "#FFFFFF", borderBottom: "thin" as const, wrap: true };
  const overviewBlocks: CellBlock[] = [
    {
      row: 1,
      column: 1,
      values: [["Voortgang Integraal Veiligheidsplan"]],
      style: { bold: true, size: 16, color: "#1F4E79" },
    },
    { row: 2, column: 1, values: [["Stand per 1 maart 2025"]], style: { italic: true } },
    {
      row: 4,
      column: 1,
      values: [
        ["Activiteiten", lelystadExpected.total],
        ["Volgens planning (afgerond + op schema)", lelystadExpected.onTrackPct / 100],
        ["Over de planning", lelystadExpected.overdue],
      ],
      columnStyles: [{ bold: true }, { numberFormat: "#,##0", horizontalAlignment: "right" }],
      cellStyles: [{ row: 1, column: 1, style: { numberFormat: "0.0%" } }],
    },
    {
      row: 8,
      column: 1,
      values: [["Prioriteit", "Totaal", ...statusNames, "% volgens planning"]],
      style: header,
    },
    {
      row: firstGroupRow,
      column: 1,
      values: groupRows,
      columnStyles: [undefined, { numberFormat: "#,##0" }, {}, {}, {}, {}, { numberFormat: "0.0%" }],
    },
  ];
  const overview: PlannedSheet = {
    key: "overview",
    name: overviewName,
    tabColor: "#1F4E79",
    columnWidths: [34, 9, 11, 13, 11, 11, 13, 4],
    blocks: overviewBlocks,
    merges: ["A1:G1"],
    freeze: { rows: 2, columns: 0 },
    conditionalFormats: [
      {
        kind: "cellValue",
        range: `G${firstGroupRow}:G${lastGroupRow}`,
        operator: "lessThan",
        formulas: ["0.8"],
        style: { fill: "#FCE4D6", color: "#9C0006" },
      },
      {
        kind: "iconSet",
        range: `G${firstGroupRow}:G${lastGroupRow}`,
        iconSet: "3TrafficLights1",
        reverse: false,
        thresholds: [0.6, 0.8],
      },
    ],
    charts: [statusChart],
    hyperlinks: [],
    print: print("portrait", "1:2"),
  };

  const series = drontenTabel2.filter((row) => row.unit === "count").slice(0, 8);
  const trendFirstRow = 5;
  const trendLastRow = trendFirstRow + series.length - 1;
  const changes = series.map((row) => {
    const [previous, last] = row.values.slice(-2);
    return previous === 0 ? null : Math.round(((last - previous) / previous) * 1000) / 10;
  });
  const lineChart: ChartSpec = {
    id: "trend-lines",
    kind: "line",
    title: "Ontwikkeling per categorie",
    altText: "Ontwikkeling per categorie: alt text",
    anchor: { from: { row: trendLastRow + 2, column: 1 }, to: { row: trendLastRow + 20, column: 7 } },
    categories: { sheet: "Koers Trends", range: "B4:D4" },
    categoryCache: drontenYears.map(String),
    series: series.slice(1, 5).map((row, index) => ({
      name: row.category,
      values: { sheet: "Koers Trends", range: `B${trendFirstRow + 1 + index}:D${trendFirstRow + 1 + index}` },
      cache: row.values,
    })),
    yAxisTitle: "Aantal",
    showLegend: true,
  };
  const changeChart: ChartSpec = {
    id: "change-vs-previous",
    kind: "column",
    title: "Verandering 2018 t.o.v. 2017 (%)",
    altText: "Verandering 2018 t.o.v. 2017 (%): alt text",
    anchor: { from: { row: trendLastRow + 21, column: 1 }, to: { row: trendLastRow + 39, column: 7 } },
    categories: { sheet: "Koers Trends", range: `A${trendFirstRow}:A${trendLastRow}` },
    categoryCache: series.map((row) => row.category),
    series: [
      {
        name: "Verandering %",
        values: { sheet: "Koers Trends", range: `E${trendFirstRow}:E${trendLastRow}` },
        cache: changes,
        color: "#1F4E79",
      },
    ],
    showLegend: false,
  };
  const trends: PlannedSheet = {
    key: "trends",
    name: "Koers Trends",
    tabColor: "#2E75B6",
    columnWidths: [34, 10, 10, 10, 14],
    blocks: [
      { row: 1, column: 1, values: [["Criminaliteitscijfers Dronten"]], style: { bold: true, size: 14 } },
      {
        row: 2,
        column: 1,
        values: [["Bron: politie, Tabel 2; 2018 t.o.v. 2017"]],
        style: { italic: true, color: "#595959" },
      },
      {
        row: 4,
        column: 1,
        values: [["Categorie", ...drontenYears.map(String), "Verandering %"]],
        style: header,
      },
      {
        row: trendFirstRow,
        column: 1,
        values: series.map((row, index) => [row.category, ...row.values, changes[index]]),
        columnStyles: [
          undefined,
          { numberFormat: "#,##0" },
          { numberFormat: "#,##0" },
          { numberFormat: "#,##0" },
          { numberFormat: "+0.0;-0.0;0.0" },
        ],
      },
    ],
    merges: [],
    freeze: { rows: 4, columns: 1 },
    conditionalFormats: [
      {
        kind: "iconSet",
        range: `E${trendFirstRow}:E${trendLastRow}`,
        iconSet: "3Arrows",
        reverse: true,
        thresholds: [-5, 5],
      },
      {
        kind: "expression",
        range: `A${trendFirstRow}:E${trendLastRow}`,
        formula: "MOD(ROW(),2)=0",
        style: { fill: "#F2F2F2" },
      },
    ],
    charts: [lineChart, changeChart],
    hyperlinks: [],
    print: print("portrait", "4:4"),
  };

  const findings: PlannedSheet = {
    key: "findings",
    name: "Koers Aandachtspunten",
    tabColor: "#C00000",
    columnWidths: [12, 18, 8, 60],
    blocks: [
      { row: 1, column: 1, values: [["Aandachtspunten in de gegevens"]], style: { bold: true, size: 14 } },
      { row: 3, column: 1, values: [["Ernst", "Blad", "Cel", "Melding"]], style: header },
      {
        row: 4,
        column: 1,
        values: [
          ["fout", sourceSheet, "A4", "Nummer 004 komt vaker voor (ook in rij 9)."],
          ["waarschuwing", sourceSheet, "G12", "=SUM(A1:A3) is als tekst overgenomen"],
          ["info", sourceSheet, "C7", "+31 en @team blijven tekst"],
          ["waarschuwing", sourceSheet, "F20", "-5 is geen geldig aantal"],
        ],
        style: { wrap: true, verticalAlignment: "top" },
      },
    ],
    merges: [],
    conditionalFormats: [
      { kind: "textContains", range: "A4:A7", text: "fout", style: { bold: true, color: "#C00000" } },
    ],
    charts: [],
    hyperlinks: [
      { cell: "C4", target: { sheet: sourceSheet, cell: "A4" }, tooltip: "Ga naar de bron" },
      { cell: "C5", target: { sheet: sourceSheet, cell: "G12" } },
    ],
    print: print("landscape", "3:3"),
    autoFilter: "A3:D7",
    rowHeights: [{ row: 1, height: 24 }],
  };

  const notes: PlannedSheet = {
    key: "notes",
    name: "Koers Toelichting",
    columnWidths: [90],
    blocks: [
      { row: 1, column: 1, values: [["Toelichting"]], style: { bold: true, size: 14 } },
      {
        row: 3,
        column: 1,
        values: [
          ["Volgens planning = afgerond + loopt volgens planning, zoals de raad het telt."],
          ["CBS-symbolen: * voorlopig, . onbekend, x geheim, - nihil."],
        ],
        style: { wrap: true },
      },
    ],
    merges: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
    print: print("portrait"),
  };

  return {
    language: "nl",
    sheets: [overview, trends, findings, notes],
    activeSheet: overviewName,
    properties: {
      title: "Voortgang Integraal Veiligheidsplan",
      subject: "Voortgangsrapportage IVP 2023-2026",
      author: "Gemeente Lelystad",
      company: "Gemeente Lelystad",
      keywords: "Koers; veiligheid",
      reportDate: "2025-03-01",
      status: "Concept",
    },
  };
}
