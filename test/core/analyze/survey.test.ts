import { analyzeSurvey, marginTest, surveyPolarity } from "../../../src/core/analyze/survey";
import type { FiguresDataset } from "../../../src/core/datasets";
import { analyzeWorkbooks } from "../../../src/core/pipeline";
import { detectDatasets } from "../../../src/core/read/detect";
import type { FiguresReport, SeriesReport } from "../../../src/core/report";
import { parseSettings, type SettingsInput } from "../../../src/core/settings";
import type { SheetSnapshot } from "../../../src/core/snapshot";
import { drontenWideSheet } from "../../support/fixtures";
import { workbookFromSheets } from "../../support/snapshotBuilder";
import { longRegionsSheet, wideMarginSheet, wideWithoutMarginsSheet } from "../../support/surveyWorkbooks";

const reportDate = "2025-03-01";

function surveyDataset(sheet: SheetSnapshot, settings: Partial<SettingsInput> = {}): FiguresDataset {
  const detected = detectDatasets(
    workbookFromSheets("vm.xlsx", sheet),
    parseSettings({ reportDate, ...settings }),
  );
  const dataset = detected.datasets.find((entry): entry is FiguresDataset => entry.kind === "figures");
  if (!dataset?.survey) throw new Error("no survey table");
  return dataset;
}

function analysed(sheet: SheetSnapshot, settings: Partial<SettingsInput> = {}) {
  return analyzeSurvey(surveyDataset(sheet, settings), parseSettings({ reportDate, ...settings }));
}

function indicator(report: FiguresReport, category: string, region: string | null = null): SeriesReport {
  const found = report.series.find((entry) => entry.category === category && entry.region === region);
  if (!found) throw new Error(`no series '${category}'`);
  return found;
}

/** What the council reads of one survey change. */
function verdict(series: SeriesReport) {
  return {
    lastChange: series.lastChange,
    lastChangePct: series.lastChangePct,
    test: series.test,
    significant: series.significant,
    assessment: series.assessment,
    polarity: series.polarity,
  };
}

describe("survey changes and their significance", () => {
  it("calls a rise outside the combined margins significant, in points and never as a relative %", () => {
    const { report } = analysed(wideMarginSheet());
    const unsafe = indicator(report, "Voelt zich wel eens onveilig (%)");
    // 33,1 ± 1,4 (2021) → 36,0 ± 1,3 (2023): Δ = 2,9 > √(1,4² + 1,3²) = 1,91.
    const se = Math.sqrt(1.4 ** 2 + 1.3 ** 2) / 1.959964;
    expect({ ...verdict(unsafe), changeMargin: unsafe.changeMargin }).toEqual({
      lastChange: 2.9,
      lastChangePct: null,
      test: "margins",
      significant: true,
      assessment: "worse",
      polarity: "lowerIsBetter",
      changeMargin: 1.91,
    });
    expect(unsafe.pValue).toBeCloseTo(2 * (1 - normalCdf(2.9 / se)), 6);
  });

  it("calls a change within the combined margins the same, not better or worse", () => {
    const { report } = analysed(wideMarginSheet());
    // 13,8 ± 1,1 → 14,9 ± 1,1: Δ = 1,1 < 1,56.
    expect(verdict(indicator(report, "Voelt zich wel eens onveilig in de eigen buurt (%)"))).toEqual({
      lastChange: 1.1,
      lastChangePct: null,
      test: "margins",
      significant: false,
      assessment: "same",
      polarity: "lowerIsBetter",
    });
  });

  it("judges a report mark that fell from 7,3 to 7,1 as worse: higher is better, a mark is no count", () => {
    const { report } = analysed(wideMarginSheet());
    const mark = indicator(report, "Rapportcijfer veiligheid in de buurt");
    expect({ ...verdict(mark), unit: mark.unit, smallNumbers: mark.smallNumbers }).toEqual({
      lastChange: -0.2,
      lastChangePct: null,
      test: "margins",
      significant: true,
      assessment: "worse",
      polarity: "higherIsBetter",
      unit: "mark",
      smallNumbers: false,
    });
  });

  it("gives no verdict without margins, and a finding that says so for the table", () => {
    const { report, findings } = analysed(wideWithoutMarginsSheet());
    const unsafe = indicator(report, "Voelt zich wel eens onveilig (%)");
    expect({
      verdict: verdict(unsafe),
      pValue: unsafe.pValue,
      findings: findings.map((finding) => [finding.code, finding.parameters?.count]),
    }).toEqual({
      verdict: {
        lastChange: 2.9,
        lastChangePct: null,
        test: null,
        significant: null,
        assessment: "worse",
        polarity: "lowerIsBetter",
      },
      pValue: null,
      findings: [["survey-no-margins", 3]],
    });
  });

  it("tests each region's estimate against its own margins", () => {
    const { report } = analysed(longRegionsSheet());
    expect(
      ["Dronten", "Politie-eenheid Midden-Nederland", "Nederland"].map((region) => {
        const series = indicator(report, "Voelt zich wel eens onveilig (%)", region);
        return [region, series.lastChange, series.changeMargin, series.significant];
      }),
    ).toEqual([
      ["Dronten", 2.9, 1.91, true],
      ["Politie-eenheid Midden-Nederland", 1.7, 0.42, true],
      ["Nederland", 1.2, 0.14, true],
    ]);
  });

  it("names the method of every change test: poisson for counts, margins for survey estimates", () => {
    const { report } = analyzeWorkbooks({
      workbooks: [
        workbookFromSheets("dronten-cijfers.xlsx", drontenWideSheet()),
        workbookFromSheets("veiligheidsmonitor.xlsx", wideMarginSheet()),
      ],
      settings: parseSettings({ reportDate }),
    });
    const [registered, survey] = report.figures;
    const total = registered.series.find((entry) => entry.category === "Criminaliteit totaal");
    const rate = registered.series.find((entry) => entry.unit !== "count");
    expect({
      total: total?.test,
      rate: rate?.test,
      survey: [survey.survey, new Set(survey.series.map((entry) => entry.test))],
      registeredMargins: registered.series.some((entry) => entry.margins !== undefined),
    }).toEqual({
      total: "poisson",
      rate: null,
      survey: [true, new Set(["margins"])],
      registeredMargins: false,
    });
  });
});

describe("survey polarity", () => {
  const settings = parseSettings({ reportDate });

  it("reads polarity from the meaning, 'onveilig' before 'veilig'", () => {
    expect(
      [
        "Voelt zich wel eens onveilig (%)",
        "Slachtofferschap online criminaliteit (%)",
        "Ervaart veel overlast in de buurt (%)",
        "Ervaart verloedering in de buurt (%)",
        "Voelt zich veilig in de eigen buurt (%)",
        "Rapportcijfer veiligheid in de buurt",
        "Tevreden over functioneren politie in de buurt (%)",
        "Vertrouwen in de politie (%)",
        "Sociale cohesie (schaalscore)",
      ].map((category) => surveyPolarity(category, settings)),
    ).toEqual([
      { polarity: "lowerIsBetter", source: "meaning" },
      { polarity: "lowerIsBetter", source: "meaning" },
      { polarity: "lowerIsBetter", source: "meaning" },
      { polarity: "lowerIsBetter", source: "meaning" },
      { polarity: "higherIsBetter", source: "meaning" },
      { polarity: "higherIsBetter", source: "meaning" },
      { polarity: "higherIsBetter", source: "meaning" },
      { polarity: "higherIsBetter", source: "meaning" },
      { polarity: null, source: "unknown" },
    ]);
  });

  it("asks through a finding when the meaning is unknown, rather than guessing", () => {
    const { report, findings } = analysed(wideMarginSheet());
    const cohesion = indicator(report, "Sociale cohesie (schaalscore)");
    expect({
      polarity: cohesion.polarity,
      assessment: cohesion.assessment,
      findings: findings
        .filter((finding) => finding.code === "survey-polarity-unknown")
        .map((finding) => [finding.parameters?.category, finding.cell]),
    }).toEqual({ polarity: null, assessment: null, findings: [["Sociale cohesie (schaalscore)", "F11"]] });
  });

  it("follows the settings over the meaning, and answers the question", () => {
    const polarity = {
      "sociale cohesie (schaalscore)": "higherIsBetter",
      "ervaart veel overlast in de buurt (%)": "higherIsBetter",
    } as const;
    const { report, findings } = analysed(wideMarginSheet(), { polarity });
    expect({
      cohesion: indicator(report, "Sociale cohesie (schaalscore)").polarity,
      nuisance: verdict(indicator(report, "Ervaart veel overlast in de buurt (%)")).assessment,
      asked: findings.some((finding) => finding.code === "survey-polarity-unknown"),
    }).toEqual({ cohesion: "higherIsBetter", nuisance: "worse", asked: false });
  });
});

describe("marginTest", () => {
  it("is significant exactly when the difference is outside √(m₁² + m₂²) at the 95% level", () => {
    const inside = marginTest(33.1, 34.9, 1.3, 1.3);
    const outside = marginTest(33.1, 35.0, 1.3, 1.3);
    expect([inside?.changeMargin, (inside?.pValue ?? 0) > 0.05, (outside?.pValue ?? 1) < 0.05]).toEqual([
      1.84,
      true,
      true,
    ]);
  });

  it("gives no test without both values and both margins, and never a p of 0", () => {
    expect([marginTest(33.1, 36, null, 1.3), marginTest(null, 36, 1.3, 1.3)]).toEqual([null, null]);
    expect(marginTest(10, 90, 0.1, 0.1)?.pValue).toBeGreaterThan(0);
  });
});

/** Φ by the Abramowitz–Stegun 7.1.26 erf approximation (|error| < 1.5e-7), independent of jstat. */
function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
