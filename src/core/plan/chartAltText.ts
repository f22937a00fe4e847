/**
 * Alternative text of a chart, as accessibility checkers ask (WCAG 2.1 SC 1.1.1): the chart's type, what it
 * shows and its main figures, so a screen reader user gets what a sighted reader sees ("Staafdiagram: status van
 * 117 activiteiten per prioriteit; Jeugd en veiligheid 24 activiteiten, 18 loopt volgens planning, …").
 */
import { formatNumber, type Language } from "../i18n/language";
import type { ChartSpec } from "./reportPlan";

const chartTypes: Record<Language, Record<ChartSpec["kind"], string>> = {
  nl: { barStacked: "Staafdiagram", bar: "Staafdiagram", line: "Lijndiagram", column: "Kolomdiagram" },
  en: { barStacked: "Bar chart", bar: "Bar chart", line: "Line chart", column: "Column chart" },
};

const words = {
  nl: {
    fromTo: "van {a} ({x}) naar {b} ({y})",
    stacked: "gestapeld",
    status: "status van {total} activiteiten per {group}",
    activities: "activiteiten",
  },
  en: {
    fromTo: "from {a} ({x}) to {b} ({y})",
    stacked: "stacked",
    status: "status of {total} activities per {group}",
    activities: "activities",
  },
};

/** The subject of the status chart: "status van 117 activiteiten per prioriteit / thema". */
export function statusChartSubject(language: Language, total: number, group: string): string {
  return words[language].status
    .replace("{total}", formatNumber(total, language))
    .replace("{group}", group.toLowerCase());
}

/** The unit word after a count of activities. */
export function activitiesWord(language: Language): string {
  return words[language].activities;
}

/** A chart title as the subject of its alt text: "Ontwikkeling criminaliteit" → "ontwikkeling criminaliteit". */
export function titleSubject(title: string): string {
  return /^[A-Z][a-z]/.test(title) || /^[A-Z][^A-Z]/.test(title)
    ? title[0].toLowerCase() + title.slice(1)
    : title;
}

/** What a chart's figures are, for its alt text. */
export interface AltTextFigures {
  /** What the chart shows, after its type: "status van 117 activiteiten per prioriteit". */
  subject: string;
  /** Unit word after a stacked bar's total per category ("activiteiten"); omitted when absent. */
  unit?: string;
  /** Decimals of the values (0 for counts). */
  decimals?: number;
  /** Text after each value, e.g. "%". */
  suffix?: string;
  /** Show a sign on positive values (changes). */
  signed?: boolean;
}

/** The alt text of a chart from its own caches: type, subject and per category or series its figures. */
export function chartAltText(
  chart: Pick<ChartSpec, "kind" | "categoryCache" | "series">,
  language: Language,
  figures: AltTextFigures,
): string {
  const decimals = figures.decimals ?? 0;
  const number = (value: number) =>
    `${figures.signed && value > 0 ? "+" : ""}${formatNumber(value, language, decimals)}${figures.suffix ?? ""}`;
  const type =
    chart.kind === "barStacked"
      ? `${chartTypes[language].barStacked} (${words[language].stacked})`
      : chartTypes[language][chart.kind];
  let items: string[];
  if (chart.kind === "line") {
    const first = chart.categoryCache[0] ?? "";
    const last = chart.categoryCache[chart.categoryCache.length - 1] ?? "";
    items = chart.series.map((series) => {
      const a = series.cache[0];
      const b = series.cache[series.cache.length - 1];
      if (a === null || a === undefined || b === null || b === undefined) return series.name;
      return `${series.name} ${words[language].fromTo
        .replace("{a}", number(a))
        .replace("{x}", first)
        .replace("{b}", number(b))
        .replace("{y}", last)}`;
    });
  } else if (chart.kind === "barStacked") {
    items = chart.categoryCache.map((category, index) => {
      const parts = chart.series
        .map((series) => ({ name: series.name.toLowerCase(), value: series.cache[index] ?? 0 }))
        .filter((part) => part.value !== 0);
      const total = parts.reduce((sum, part) => sum + (part.value ?? 0), 0);
      return [
        `${category} ${number(total)}${figures.unit ? ` ${figures.unit}` : ""}`,
        ...parts.map((part) => `${number(part.value ?? 0)} ${part.name}`),
      ].join(", ");
    });
  } else {
    items = chart.categoryCache.map((category, index) => {
      const values = chart.series
        .map((series) => series.cache[index])
        .filter((value): value is number => value !== null && value !== undefined);
      return `${category} ${values.map(number).join(" / ")}`;
    });
  }
  return [`${type}: ${figures.subject}`, ...items].join("; ");
}
