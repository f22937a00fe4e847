import { analyzeActivities } from "../../../src/core/analyze/progress";
import { buildSummary } from "../../../src/core/analyze/summary";
import { analyzeFigures } from "../../../src/core/analyze/trends";
import type { StatusKey } from "../../../src/core/datasets";
import { createFinding } from "../../../src/core/findings/finding";
import { parseSettings } from "../../../src/core/settings";
import { activityDataset, drontenDataset, figuresDataset, type ActivityRow } from "./fixtures";

function activities(
  counts: Partial<Record<StatusKey, number>>,
  group: string | null = null,
  end?: string,
): ActivityRow[] {
  return (Object.entries(counts) as [StatusKey, number][]).flatMap(([status, count]) =>
    Array.from({ length: count }, (_, index) => ({
      id: `${status}-${index}`,
      name: `${status} ${index}`,
      group,
      status,
      end,
    })),
  );
}

describe("buildSummary", () => {
  it("writes the Dutch kernboodschap for the Lelystad activities and the Dronten figures", () => {
    const settings = parseSettings({ reportDate: "2019-06-01" });
    const progress = analyzeActivities(
      [activityDataset(activities({ done: 21, onTrack: 83, delayed: 10, notStarted: 3 }, "Ondermijning"))],
      settings,
      null,
    );
    const figures = analyzeFigures(drontenDataset(), settings);
    expect(buildSummary(progress, [figures.report], figures.findings, settings)).toEqual({
      headline: "89% van de 117 activiteiten loopt volgens planning of is afgerond.",
      lines: [
        "21 afgerond, 83 volgens planning, 10 vertraagd, 3 niet gestart.",
        // Leaves only (no subtotals, no total, no rate): 11 down, 7 up, bromfiets diefstal 9 → 9.
        "Van de 19 categorieën daalden er 11, stegen er 7 en bleef er 1 gelijk in 2018 ten opzichte van 2017.",
        // Significant first (p 0.0036 and 3.5e-6), then the largest fall (−16/44); the parts of
        // woninginbraken and brom-,snor-,fietsdiefstal are not named beside them.
        "Woninginbraken: van 121 in 2017 naar 79 in 2018 (−34,7%), een significante daling.",
        "Criminaliteit totaal: van 1.530 in 2017 naar 1.283 in 2018 (−16,1%), een significante daling.",
        "Inbraak/diefstal bedrijf en instelling: van 44 in 2017 naar 28 in 2018 (−36,4%), een daling, niet significant.",
        // No rise is significant; geweld: totaal stands for its parts (bedreiging +39,3% is one of them).
        "Huiselijk geweld: van 30 in 2017 naar 44 in 2018 (+46,7%), een stijging, niet significant.",
        "Geweld: totaal: van 126 in 2017 naar 138 in 2018 (+9,5%), een stijging, niet significant.",
        "Autokraak: van 74 in 2017 naar 75 in 2018 (+1,4%), een stijging, niet significant.",
        // The three subtotal-mismatch warnings of geweld: totaal.
        "Let op: 3 waarschuwingen in de gegevens; zie de aandachtspunten.",
      ],
    });
  });

  it("calls attention to red groups, overdue work, changes and a significant rise, in English", () => {
    const settings = parseSettings({ reportDate: "2025-03-01", language: "en" });
    const current = activityDataset([
      ...activities({ onTrack: 4, delayed: 1 }, "Cybercrime"),
      { id: "z1", name: "Care pathway", group: "Zorg", status: "delayed", end: "2024-12-31" },
      { id: "z2", name: "Safe house", group: "Zorg", status: "notStarted", end: "2024-06-30" },
      { id: "z3", name: "Top-X", group: "Zorg", status: "onTrack" },
    ]);
    const previous = activityDataset([
      ...activities({ onTrack: 4, delayed: 1 }, "Cybercrime"),
      { id: "z1", name: "Care pathway", group: "Zorg", status: "onTrack" },
      { id: "z2", name: "Safe house", group: "Zorg", status: "notStarted" },
      { id: "z9", name: "Old plan", group: "Zorg", status: "done" },
    ]);
    const progress = analyzeActivities([current], settings, [previous]);
    // 100 → 160: p = 2·P(X ≤ 100 | n = 260, ½) = 0.000239 (exact, Python): significant; 2024 is provisional.
    const figures = analyzeFigures(
      figuresDataset([{ category: "online fraud", values: [90, 100, 160] }], [2022, 2023, 2024], {
        provisionalYears: [2024],
      }),
      settings,
    );
    const error = createFinding(
      "duplicate-id",
      { sheet: "Activities", cell: "A4" },
      { value: "z1", otherRow: 3 },
      "en",
    );
    expect(buildSummary(progress, [figures.report], [error, ...figures.findings], settings)).toEqual({
      headline: "63% of the 8 activities are on track or done.", // 5/8 = 62.5 → 62.5% → 63
      lines: [
        "5 on track, 2 delayed, 1 not started.",
        "2 activities are past their planned end and not done.",
        "Since the previous report: 1 status change (1 now delayed), 1 new activity, 1 removed activity.",
        "Attention: Zorg (33% on track; 1 of 3 delayed, 1 of 3 not started).",
        "Of the 1 category, none fell and 1 rose in 2024 (provisional) compared with 2023.",
        "Attention: Online fraud: from 100 in 2023 to 160 in 2024 (+60.0%, provisional figure), a significant rise.",
        "Note: 1 error in the data; see the issues.",
      ],
    });
  });

  it("headlines the figures when there is no activity list, with trends and targets", () => {
    const settings = parseSettings({ reportDate: "2019-06-01" });
    const years = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018];
    const figures = analyzeFigures(
      figuresDataset(
        [
          {
            category: "woninginbraken",
            values: [300, 280, 290, 250, 220, 230, 200, 180, 170, 150],
            targetText: "-40% t.o.v. 2009",
          },
          {
            category: "zakkenrollen",
            values: [50, 52, 49, 51, 50, 48, 52, 50, 49, 50],
            targetText: "max 45",
          },
        ],
        years,
      ),
      settings,
    );
    expect(buildSummary(null, [figures.report], figures.findings, settings)).toEqual({
      headline: "Van de 2 categorieën daalde er 1 en steeg er 1 in 2018 ten opzichte van 2017.",
      lines: [
        // 170 → 150: p = 2·P(X ≤ 150 | 320, ½) = 0.288 (exact, Python): not significant.
        "Woninginbraken: van 170 in 2017 naar 150 in 2018 (−11,8%), een daling, niet significant.",
        "Zakkenrollen: van 49 in 2017 naar 50 in 2018 (+2,0%), een stijging, niet significant.",
        // Mann–Kendall: woninginbraken S = −41, p = 0.00035; zakkenrollen has no trend.
        "Dalende trend 2009–2018 (Mann–Kendall, significant): woninginbraken.",
        // 150 ≤ 300 × 0.6 = 180: met; zakkenrollen 50 > 45 and rose: not met.
        "Doelen: 1 gehaald, 1 niet gehaald (zakkenrollen).",
      ],
    });
  });

  it("names the region of CBS series and sums up the first region", () => {
    const settings = parseSettings({ reportDate: "2025-06-01" });
    const figures = analyzeFigures(
      figuresDataset(
        [
          { category: "Diefstal/inbraak woning", region: "Dronten", values: [120, 80] },
          { category: "Vernielingen", region: "Dronten", values: [150, 151] },
          { category: "Diefstal/inbraak woning", region: "Nederland", values: [30000, 25000] },
        ],
        [2023, 2024],
        { layout: "long" },
      ),
      settings,
    );
    expect(buildSummary(null, [figures.report], [], settings)).toEqual({
      // Vernielingen +0,7% is flat (under 1%).
      headline:
        "Van de 2 categorieën in Dronten daalde er 1, steeg er geen en bleef er 1 gelijk in 2024 ten opzichte van 2023.",
      lines: [
        // Both significant (120 → 80: p = 0.0057, exact, Python; 30000 → 25000: p < 1e-10), larger fall first.
        "Diefstal/inbraak woning (Dronten): van 120 in 2023 naar 80 in 2024 (−33,3%), een significante daling.",
        "Diefstal/inbraak woning (Nederland): van 30.000 in 2023 naar 25.000 in 2024 (−16,7%), een significante daling.",
      ],
    });
  });

  it("does not round a nearly complete list up to 100%", () => {
    const settings = parseSettings({ reportDate: "2025-03-01" });
    const progress = analyzeActivities(
      [activityDataset(activities({ onTrack: 249, delayed: 1 }))],
      settings,
      null,
    );
    expect(buildSummary(progress, [], [], settings).headline).toBe(
      "99,6% van de 250 activiteiten loopt volgens planning of is afgerond.",
    );
  });

  it("names at most five categories with a significant trend and counts the others", () => {
    const settings = parseSettings({ reportDate: "2019-06-01" });
    const years = [2013, 2014, 2015, 2016, 2017, 2018];
    const falling = Array.from({ length: 8 }, (_, index) => ({
      category: `delict ${index + 1}`,
      values: [600, 550, 500, 450, 400, 350].map((value) => value + index),
    }));
    const figures = analyzeFigures(figuresDataset(falling, years), settings);
    const lines = buildSummary(null, [figures.report], figures.findings, settings).lines;
    expect(lines.filter((line) => line.startsWith("Dalende trend"))).toEqual([
      "Dalende trend 2013–2018 (Mann–Kendall, significant): delict 1, delict 2, delict 3, delict 4, delict 5 en 3 andere.",
    ]);
  });

  it("says so when there is nothing to summarise", () => {
    const settings = parseSettings({ reportDate: "2019-06-01" });
    expect([
      buildSummary(null, [], [], settings),
      buildSummary(null, [], [], { ...settings, language: "en" }),
    ]).toEqual([
      { headline: "Koers vond geen activiteiten en geen cijfers om samen te vatten.", lines: [] },
      { headline: "Koers found no activities and no figures to summarise.", lines: [] },
    ]);
  });
});
