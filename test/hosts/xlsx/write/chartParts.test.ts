import type { ChartSpec } from "../../../../src/core/plan/reportPlan";
import { chartXml, drawingXml, seriesFormula } from "../../../../src/hosts/xlsx/write/chartParts";
import { childTags, findOrdered, orderedParser, plainParser } from "../packageInspection";

const barChart: ChartSpec = {
  id: "status",
  kind: "barStacked",
  title: "Status per prioriteit",
  altText:
    "Staafdiagram (gestapeld): status per prioriteit; Ondermijning 6 activiteiten, 4 afgerond & 2 vertraagd",
  anchor: { from: { row: 12, column: 1 }, to: { row: 30, column: 8 } },
  categories: { sheet: "Bob's Data", range: "A2:A4" },
  categoryCache: ["Ondermijning", "Jeugd & veiligheid", "Zorg"],
  series: [
    { name: "Afgerond", values: { sheet: "Bob's Data", range: "B2:B4" }, cache: [4, 5, 4], color: "#2e7d32" },
    { name: "Vertraagd", values: { sheet: "Bob's Data", range: "C2:C4" }, cache: [2, null, 2] },
  ],
  showLegend: true,
};

const lineChart: ChartSpec = {
  ...barChart,
  id: "trend",
  kind: "line",
  title: "Ontwikkeling",
  categories: { sheet: "Koers Trends", range: "B4:D4" },
  categoryCache: ["2016", "2017", "2018"],
  series: [{ name: "autokraak", values: { sheet: "Koers Trends", range: "B5:D5" }, cache: [78, 74, 75] }],
  yAxisTitle: "Aantal",
  showLegend: false,
};

// Parsed XML is shaped by the document; the assertions below say what shape they expect.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type XmlNode = Record<string, any>;

function seriesOf(xml: string, chartTag: string) {
  return findOrdered(orderedParser.parse(xml), ["c:chartSpace", "c:chart", "c:plotArea", chartTag, "c:ser"]);
}

describe("seriesFormula", () => {
  it("quotes sheet names with spaces or apostrophes and makes the range absolute", () => {
    expect([
      seriesFormula({ sheet: "Bob's Data", range: "A2:A4" }),
      seriesFormula({ sheet: "Koers Trends", range: "B5" }),
      seriesFormula({ sheet: "Cijfers", range: "AA10:AB12" }),
    ]).toEqual(["'Bob''s Data'!$A$2:$A$4", "'Koers Trends'!$B$5", "Cijfers!$AA$10:$AB$12"]);
  });
});

describe("chartXml", () => {
  it("writes the children of a bar series in schema order", () => {
    const series = seriesOf(chartXml(barChart, "nl"), "c:barChart");
    expect(series.map(childTags)).toEqual([
      ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:cat", "c:val"],
      ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:cat", "c:val"],
    ]);
  });

  it("writes the children of a line series in schema order, ending with smooth", () => {
    expect(seriesOf(chartXml(lineChart, "nl"), "c:lineChart").map(childTags)).toEqual([
      ["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:cat", "c:val", "c:smooth"],
    ]);
  });

  it("writes a stacked horizontal bar chart with its axes, legend and quoted formulas", () => {
    const chart = plainParser.parse(chartXml(barChart, "nl"))["c:chartSpace"]["c:chart"];
    const bar = chart["c:plotArea"]["c:barChart"];
    expect({
      title: chart["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"],
      barDir: bar["c:barDir"].val,
      grouping: bar["c:grouping"].val,
      overlap: bar["c:overlap"].val,
      categoryFormula: bar["c:ser"][0]["c:cat"]["c:strRef"]["c:f"],
      valueFormula: bar["c:ser"][1]["c:val"]["c:numRef"]["c:f"],
      color: bar["c:ser"][0]["c:spPr"]["a:solidFill"]["a:srgbClr"].val,
      legend: chart["c:legend"]["c:legendPos"].val,
      axes: [chart["c:plotArea"]["c:catAx"]["c:axPos"].val, chart["c:plotArea"]["c:valAx"]["c:axPos"].val],
    }).toEqual({
      title: "Status per prioriteit",
      barDir: "bar",
      grouping: "stacked",
      overlap: "100",
      categoryFormula: "'Bob''s Data'!$A$2:$A$4",
      valueFormula: "'Bob''s Data'!$C$2:$C$4",
      color: "2E7D32",
      legend: "b",
      axes: ["l", "b"],
    });
  });

  it("caches the plan's values and categories, leaving a gap for a missing value", () => {
    const bar = plainParser.parse(chartXml(barChart, "nl"))["c:chartSpace"]["c:chart"]["c:plotArea"][
      "c:barChart"
    ];
    const cache = (series: XmlNode) => {
      const numbers = series["c:val"]["c:numRef"]["c:numCache"];
      const points = [numbers["c:pt"]].flat();
      return {
        count: numbers["c:ptCount"].val,
        points: points.map((point: XmlNode) => [point.idx, point["c:v"]]),
      };
    };
    const categories = [bar["c:ser"][0]["c:cat"]["c:strRef"]["c:strCache"]["c:pt"]].flat();
    expect({
      categories: categories.map((point: XmlNode) => point["c:v"]),
      first: cache(bar["c:ser"][0]),
      second: cache(bar["c:ser"][1]),
    }).toEqual({
      categories: ["Ondermijning", "Jeugd & veiligheid", "Zorg"],
      first: {
        count: "3",
        points: [
          ["0", 4],
          ["1", 5],
          ["2", 4],
        ],
      },
      second: {
        count: "3",
        points: [
          ["0", 2],
          ["2", 2],
        ],
      },
    });
  });

  it("writes a clustered column chart with value labels and no legend for one series", () => {
    const chart = plainParser.parse(chartXml({ ...lineChart, kind: "column" }, "en"))["c:chartSpace"][
      "c:chart"
    ];
    const bar = chart["c:plotArea"]["c:barChart"];
    expect({
      barDir: bar["c:barDir"].val,
      grouping: bar["c:grouping"].val,
      labels: bar["c:dLbls"]["c:showVal"].val,
      legend: chart["c:legend"],
      axisTitle: chart["c:plotArea"]["c:valAx"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"],
    }).toEqual({ barDir: "col", grouping: "clustered", labels: "1", legend: undefined, axisTitle: "Aantal" });
  });

  it("writes a clustered horizontal bar chart with the first category on top and a fill per data point", () => {
    const changes: ChartSpec = {
      ...lineChart,
      kind: "bar",
      series: [{ ...lineChart.series[0], pointColors: ["#00843D", null, "#C00000"] }],
    };
    const xml = chartXml(changes, "nl");
    const chart = plainParser.parse(xml)["c:chartSpace"]["c:chart"];
    const bar = chart["c:plotArea"]["c:barChart"];
    const points = [bar["c:ser"]["c:dPt"]].flat() as XmlNode[];
    expect({
      barDir: bar["c:barDir"].val,
      grouping: bar["c:grouping"].val,
      categoryOrientation: chart["c:plotArea"]["c:catAx"]["c:scaling"]["c:orientation"].val,
      points: points.map((point) => [point["c:idx"].val, point["c:spPr"]["a:solidFill"]["a:srgbClr"].val]),
      order: seriesOf(xml, "c:barChart").map(childTags),
    }).toEqual({
      barDir: "bar",
      grouping: "clustered",
      categoryOrientation: "maxMin",
      points: [
        ["0", "00843D"],
        ["2", "C00000"],
      ],
      order: [
        ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:dPt", "c:dPt", "c:cat", "c:val"],
      ],
    });
  });

  it("escapes text in titles and category caches so it reads back unchanged", () => {
    const xml = chartXml({ ...barChart, title: 'Fraude <online> & "cyber"' }, "nl");
    expect(
      plainParser.parse(xml)["c:chartSpace"]["c:chart"]["c:title"]["c:tx"]["c:rich"]["a:p"]["a:r"]["a:t"],
    ).toBe('Fraude <online> & "cyber"');
    expect(xml).toContain("<c:v>Jeugd &amp; veiligheid</c:v>");
  });
});

describe("drawingXml", () => {
  it("anchors each chart to its cells (0-based in the drawing) with the chart title as its title and the plan's alt text as description", () => {
    const drawing = plainParser.parse(drawingXml([{ chart: barChart, relationshipId: "rId1" }]))["xdr:wsDr"];
    const anchor = drawing["xdr:twoCellAnchor"];
    expect({
      from: [anchor["xdr:from"]["xdr:col"], anchor["xdr:from"]["xdr:row"]],
      to: [anchor["xdr:to"]["xdr:col"], anchor["xdr:to"]["xdr:row"]],
      title: anchor["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"].title,
      description: anchor["xdr:graphicFrame"]["xdr:nvGraphicFramePr"]["xdr:cNvPr"].descr,
      relationship: anchor["xdr:graphicFrame"]["a:graphic"]["a:graphicData"]["c:chart"]["r:id"],
    }).toEqual({
      from: [0, 11],
      to: [7, 29],
      title: "Status per prioriteit",
      description:
        "Staafdiagram (gestapeld): status per prioriteit; Ondermijning 6 activiteiten, 4 afgerond & 2 vertraagd",
      relationship: "rId1",
    });
  });
});
