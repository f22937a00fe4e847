import { columnLetter, parseRangeAddress, quoteSheetName } from "../../../core";
import type { ChartSeries, ChartSpec, RangeRef } from "../../../core";
import { escapeXml, xmlDeclaration } from "../package/xml";

/**
 * DrawingML chart parts (xl/charts/chartN.xml) and the drawing parts that place them on a sheet.
 * ExcelJS cannot write charts, so Koers writes them itself. Element order follows the schema
 * (ECMA-376 Part 1, dml-chart.xsd): Excel refuses a chart whose children are out of order.
 * Every series carries its value cache so a viewer shows the chart without recalculating.
 */

const chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const drawingMainNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
const relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const spreadsheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export const chartContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const drawingContentType = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const chartRelationshipType = `${relationshipNamespace}/chart`;
export const drawingRelationshipType = `${relationshipNamespace}/drawing`;

/** Default series colours when the plan gives none: colour-blind safe (Okabe–Ito). */
const defaultColors = ["0072B2", "E69F00", "009E73", "D55E00", "56B4E9", "CC79A7", "F0E442", "000000"];

const categoryAxisId = 500100;
const valueAxisId = 500200;

/** A sheet-qualified absolute reference for a series formula: 'Bob''s Data'!$A$2:$A$4. */
export function seriesFormula(reference: RangeRef): string {
  const { start, end } = parseRangeAddress(reference.range);
  const from = `$${columnLetter(start.column)}$${start.row}`;
  const to = `$${columnLetter(end.column)}$${end.row}`;
  return `${quoteSheetName(reference.sheet)}!${from === to ? from : `${from}:${to}`}`;
}

/** The chart part for one chart of the plan. */
export function chartXml(chart: ChartSpec, language: "nl" | "en"): string {
  const locale = language === "nl" ? "nl-NL" : "en-GB";
  const body = plotBody(chart);
  const horizontal = chart.kind === "barStacked" || chart.kind === "bar";
  return (
    xmlDeclaration +
    `<c:chartSpace xmlns:c="${chartNamespace}" xmlns:a="${drawingMainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<c:date1904 val="0"/><c:lang val="${locale}"/><c:roundedCorners val="0"/>` +
    "<c:chart>" +
    richTitle(chart.title, locale, 1200) +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    body +
    categoryAxis(horizontal) +
    valueAxis(horizontal, chart, locale) +
    "</c:plotArea>" +
    (chart.showLegend ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="' +
    locale +
    '"/></a:p></c:txPr>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup paperSize="9"/></c:printSettings>' +
    "</c:chartSpace>"
  );
}

function plotBody(chart: ChartSpec): string {
  const series = chart.series.map((item, index) => seriesXml(chart, item, index)).join("");
  const axes = `<c:axId val="${categoryAxisId}"/><c:axId val="${valueAxisId}"/>`;
  switch (chart.kind) {
    case "barStacked":
      return (
        '<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
        series +
        dataLabels("#,##0;-#,##0;;", "ctr") +
        '<c:gapWidth val="50"/><c:overlap val="100"/>' +
        axes +
        "</c:barChart>"
      );
    case "bar":
    case "column":
      return (
        `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/>` +
        '<c:grouping val="clustered"/><c:varyColors val="0"/>' +
        series +
        dataLabels("#,##0.0;-#,##0.0;0", "outEnd") +
        '<c:gapWidth val="80"/>' +
        axes +
        "</c:barChart>"
      );
    case "line":
      return (
        '<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>' +
        series +
        '<c:marker val="1"/>' +
        axes +
        "</c:lineChart>"
      );
  }
}

/** Series children in schema order: idx, order, tx, spPr, invertIfNegative|marker, dPt, errBars, cat, val, smooth. */
function seriesXml(chart: ChartSpec, series: ChartSeries, index: number): string {
  const color = (series.color ?? `#${defaultColors[index % defaultColors.length]}`)
    .replace(/^#/, "")
    .toUpperCase();
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  let shape: string;
  if (chart.kind === "line") {
    shape =
      `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`;
  } else {
    shape = `<c:spPr>${fill}</c:spPr><c:invertIfNegative val="0"/>` + dataPoints(series.pointColors);
  }
  return (
    "<c:ser>" +
    `<c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
    shape +
    errorBars(chart, series) +
    `<c:cat>${stringReference(chart.categories, chart.categoryCache)}</c:cat>` +
    `<c:val>${numberReference(series.values, series.cache)}</c:val>` +
    (chart.kind === "line" ? '<c:smooth val="0"/>' : "") +
    "</c:ser>"
  );
}

/**
 * Custom y error bars of the same amount both ways (a survey estimate's 95% margin), from the plan's range
 * with its cache; a missing amount has no point, so its bar is left out. Line and bar charts only.
 */
function errorBars(chart: ChartSpec, series: ChartSeries): string {
  if (!series.errorBars || chart.kind === "barStacked") return "";
  const amounts = numberReference(series.errorBars.values, series.errorBars.cache);
  return (
    "<c:errBars>" +
    // NOTE: as Excel writes them: a line chart names the direction, a bar chart's bars have only one.
    (chart.kind === "line" ? '<c:errDir val="y"/>' : "") +
    '<c:errBarType val="both"/><c:errValType val="cust"/><c:noEndCap val="0"/>' +
    `<c:plus>${amounts}</c:plus><c:minus>${amounts}</c:minus>` +
    '<c:spPr><a:ln w="12700"><a:solidFill><a:srgbClr val="404040"/></a:solidFill></a:ln></c:spPr>' +
    "</c:errBars>"
  );
}

/** c:dPt children (idx, invertIfNegative, bubble3D, spPr in schema order) for points with their own fill. */
function dataPoints(colors: (string | null)[] | undefined): string {
  return (colors ?? [])
    .map((color, index) =>
      color
        ? `<c:dPt><c:idx val="${index}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>` +
          `<c:spPr><a:solidFill><a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/></a:solidFill></c:spPr></c:dPt>`
        : "",
    )
    .join("");
}

function stringReference(reference: RangeRef, cache: string[]): string {
  const points = cache
    .map((value, index) => `<c:pt idx="${index}"><c:v>${escapeXml(value)}</c:v></c:pt>`)
    .join("");
  return (
    `<c:strRef><c:f>${escapeXml(seriesFormula(reference))}</c:f>` +
    `<c:strCache><c:ptCount val="${cache.length}"/>${points}</c:strCache></c:strRef>`
  );
}

function numberReference(reference: RangeRef, cache: (number | null)[]): string {
  // NOTE: a missing value (null) gets no <c:pt>, which Excel shows as a gap (dispBlanksAs="gap").
  const points = cache
    .map((value, index) =>
      value === null || !Number.isFinite(value) ? "" : `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`,
    )
    .join("");
  return (
    `<c:numRef><c:f>${escapeXml(seriesFormula(reference))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cache.length}"/>${points}</c:numCache></c:numRef>`
  );
}

/** Value labels; the stacked bars' format leaves zero segments unlabelled. */
function dataLabels(formatCode: string, position: "ctr" | "outEnd"): string {
  return (
    "<c:dLbls>" +
    `<c:numFmt formatCode="${escapeXml(formatCode)}" sourceLinked="0"/>` +
    "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>" +
    `<c:dLblPos val="${position}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>' +
    '<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>' +
    "</c:dLbls>"
  );
}

function richTitle(text: string, locale: string, size: number): string {
  return (
    "<c:title><c:tx><c:rich>" +
    '<a:bodyPr rot="0" vert="horz"/><a:lstStyle/>' +
    `<a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="${locale}" sz="${size}" b="1"/>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function axisTitle(text: string, locale: string): string {
  return (
    "<c:title><c:tx><c:rich>" +
    "<a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="900" b="0"/></a:pPr><a:r><a:rPr lang="${locale}" sz="900" b="0"/>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

const axisLine =
  '<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

function categoryAxis(horizontal: boolean): string {
  // Horizontal bars list the first category at the top, as the table above them does.
  return (
    `<c:catAx><c:axId val="${categoryAxisId}"/>` +
    `<c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>' +
    axisLine +
    `<c:crossAx val="${valueAxisId}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>' +
    "</c:catAx>"
  );
}

function valueAxis(horizontal: boolean, chart: ChartSpec, locale: string): string {
  const gridlines =
    '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="E0E0E0"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
  return (
    `<c:valAx><c:axId val="${valueAxisId}"/>` +
    '<c:scaling><c:orientation val="minMax"/></c:scaling>' +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    gridlines +
    (chart.yAxisTitle ? axisTitle(chart.yAxisTitle, locale) : "") +
    `<c:numFmt formatCode="${escapeXml(chart.valueFormat ?? "#,##0")}" sourceLinked="0"/>` +
    '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    axisLine +
    `<c:crossAx val="${categoryAxisId}"/>` +
    // With the category axis reversed, "max" keeps the value axis at the bottom of horizontal bars.
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/>` +
    '<c:crossBetween val="between"/>' +
    "</c:valAx>"
  );
}

/** One chart placed on a drawing: the chart's relationship id inside the drawing part. */
export interface PlacedChart {
  chart: ChartSpec;
  relationshipId: string;
}

/** The drawing part (xl/drawings/drawingN.xml) that anchors the sheet's charts to cells. */
export function drawingXml(charts: PlacedChart[]): string {
  const anchors = charts
    .map(({ chart, relationshipId }, index) => {
      const { from, to } = chart.anchor;
      const marker = (tag: string, row: number, column: number) =>
        `<xdr:${tag}><xdr:col>${column - 1}</xdr:col><xdr:colOff>0</xdr:colOff>` +
        `<xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      const title = escapeXml(chart.title);
      return (
        '<xdr:twoCellAnchor editAs="oneCell">' +
        marker("from", from.row, from.column) +
        marker("to", to.row, to.column) +
        '<xdr:graphicFrame macro="">' +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${title}" title="${title}" descr="${escapeXml(chart.altText)}"/>` +
        "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${chartNamespace}">` +
        `<c:chart xmlns:c="${chartNamespace}" r:id="${relationshipId}"/>` +
        "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
      );
    })
    .join("");
  return (
    xmlDeclaration +
    `<xdr:wsDr xmlns:xdr="${spreadsheetDrawingNamespace}" xmlns:a="${drawingMainNamespace}" xmlns:r="${relationshipNamespace}">` +
    anchors +
    "</xdr:wsDr>"
  );
}
