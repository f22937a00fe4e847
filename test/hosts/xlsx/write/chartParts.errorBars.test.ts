import type { ChartSpec } from "../../../../src/core/plan/reportPlan";
import { chartXml } from "../../../../src/hosts/xlsx/write/chartParts";
import { childTags, findOrdered, orderedParser } from "../packageInspection";

/** A survey chart as the plan gives it: the feeling of unsafety per survey year with its 95% margins. */
const surveyChart: ChartSpec = {
  id: "survey-percent-1",
  kind: "line",
  title: "Wat inwoners ervaren (% inwoners), met 95%-marge",
  altText: "Wat inwoners ervaren (% inwoners), met 95%-marge: alt text",
  anchor: { from: { row: 20, column: 1 }, to: { row: 38, column: 9 } },
  categories: { sheet: "Koers Trends", range: "C5:E5" },
  categoryCache: ["2019", "2021", "2023"],
  series: [
    {
      name: "Voelt zich wel eens onveilig (%)",
      values: { sheet: "Koers Trends", range: "C6:E6" },
      cache: [34.6, 33.1, 36],
      errorBars: { values: { sheet: "Koers Trends", range: "F6:H6" }, cache: [1.3, 1.4, null] },
    },
  ],
  showLegend: true,
  valueFormat: "0",
};

function seriesOf(xml: string, chartTag: string) {
  return findOrdered(orderedParser.parse(xml), ["c:chartSpace", "c:chart", "c:plotArea", chartTag, "c:ser"]);
}

describe("chartXml error bars", () => {
  it("puts a line series' error bars between its marker and its categories, as the schema orders them", () => {
    const [series] = seriesOf(chartXml(surveyChart, "nl"), "c:lineChart");
    expect(childTags(series)).toEqual([
      "c:idx",
      "c:order",
      "c:tx",
      "c:spPr",
      "c:marker",
      "c:errBars",
      "c:cat",
      "c:val",
      "c:smooth",
    ]);
    const [bars] = findOrdered(series, ["c:errBars"]);
    expect(childTags(bars)).toEqual([
      "c:errDir",
      "c:errBarType",
      "c:errValType",
      "c:noEndCap",
      "c:plus",
      "c:minus",
      "c:spPr",
    ]);
  });

  it("leaves a missing margin without a point, and the direction out of a column chart", () => {
    const xml = chartXml({ ...surveyChart, kind: "column" }, "nl");
    const [series] = seriesOf(xml, "c:barChart");
    const [bars] = findOrdered(series, ["c:errBars"]);
    expect(childTags(bars)[0]).toBe("c:errBarType");
    expect(xml).toContain(
      "<c:plus><c:numRef><c:f>'Koers Trends'!$F$6:$H$6</c:f><c:numCache><c:formatCode>General</c:formatCode>" +
        '<c:ptCount val="3"/><c:pt idx="0"><c:v>1.3</c:v></c:pt><c:pt idx="1"><c:v>1.4</c:v></c:pt></c:numCache></c:numRef></c:plus>',
    );
  });

  it("writes no error bars for a series without margins, and the count axis format by default", () => {
    const { errorBars: _bars, ...plain } = surveyChart.series[0];
    const xml = chartXml({ ...surveyChart, series: [plain], valueFormat: undefined }, "nl");
    expect([xml.includes("c:errBars"), /<c:valAx>.*formatCode="#,##0"/.test(xml)]).toEqual([false, true]);
  });
});
