import type { FiguresDataset } from "../datasets";
import type { Finding } from "../findings/finding";
import type { FiguresReport } from "../report";
import type { Settings } from "../settings";

/** PLACEHOLDER (analysis helper replaces this). */
export function analyzeFigures(dataset: FiguresDataset, _settings: Settings): { report: FiguresReport; findings: Finding[] } {
  return {
    report: { sheet: dataset.sheet, layout: dataset.layout, years: dataset.years, provisionalYears: dataset.provisionalYears, baseYear: null, series: [] },
    findings: [],
  };
}
