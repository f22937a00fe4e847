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
      // No activity has a planned end, so none is overdue; the headline says so in the same breath.
      headline:
        "89% van de 117 activiteiten loopt volgens planning of is afgerond; geen daarvan is over de geplande einddatum.",
      lines: [
        "21 afgerond, 83 volgens planning, 10 vertraagd, 3 niet gestart.",
        // 19 leaves (no subtotals, no total, no rate), 6 of them small numbers (bromfiets diefstal 9,
        // openlijk geweld 4, straatroof 0, overval 1, motorvoertuig 4, box-/schuurinbraak 4): 13 counted.
        // Moved (significant, or ≥ 5 cases and ≥ 5%): down fietsdiefstal −8, vernielingen −25, pogingen −25,
        // geslaagd −17, zakkenrollen −23, winkeldiefstal −11, bedrijf −16; up bedreiging +11, huiselijk geweld
        // +14. Within chance: autokraak +1, zeden +1, mishandeling −2, brand −2.
        // Significant after Benjamini–Hochberg (23 tests): only pogingen among the leaves
        // (p = 0.0035448, q = 0.027868).
        "Van de 13 categorieën daalden er 7 en stegen er 2 in 2018 ten opzichte van 2017; 4 bleven gelijk (binnen de toevalsmarge); 6 met kleine aantallen tellen niet mee. Significant: woninginbraak: pogingen (daling).",
        // p < 0.05 for totaal (3.5e-6), pogingen (0.0035), woninginbraken (0.0036); 23 × 0.05 = 1.15.
        "Koers toetste 23 veranderingen: 3 zouden los bekeken significant zijn, waar toeval alleen er gemiddeld 1,1 geeft; na correctie voor het aantal toetsen (Benjamini–Hochberg) blijven er 3 over.",
        // Significant first, then by the size of the change in cases (247, then 42); the parts of
        // woninginbraken are not named beside it; then vernielingen −25 (not significant, notable).
        "Criminaliteit totaal: van 1.530 in 2017 naar 1.283 in 2018 (−16,1%), een significante daling.",
        "Woninginbraken: van 121 in 2017 naar 79 in 2018 (−34,7%), een significante daling.",
        "Vernielingen: van 182 in 2017 naar 157 in 2018 (−13,7%), een daling, niet significant.",
        // Rises: huiselijk geweld +14 and geweld: totaal +12 (which stands for its part bedreiging +11);
        // autokraak +1 is within chance and gets no line.
        "Huiselijk geweld: van 30 in 2017 naar 44 in 2018 (+46,7%), een stijging, niet significant.",
        "Geweld: totaal: van 126 in 2017 naar 138 in 2018 (+9,5%), een stijging, niet significant.",
        // geweld: totaal covers 94–97% of its rows: an info finding, not a warning, so no "Let op" line.
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
      // 5/8 = 62.5 → 63; the two overdue activities are delayed and not started, not counted on track.
      headline: "63% of the 8 activities are on track or done; none of them is past its planned end.",
      lines: [
        "5 on track, 2 delayed, 1 not started.",
        "2 activities are past their planned end and not done.",
        "Since the previous report: 1 status change (1 now delayed), 1 new activity, 1 removed activity.",
        "Attention: Zorg (33% on track; 1 of 3 delayed, 1 of 3 not started).",
        "Of the 1 category, none fell and 1 rose in 2024 (provisional) compared with 2023. Significant: online fraud (rise).",
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
      // 49 → 50 is 1 case: within chance, "gelijk gebleven", no line of its own.
      headline:
        "Van de 2 categorieën daalde er 1 en steeg er geen in 2018 ten opzichte van 2017; 1 bleef gelijk (binnen de toevalsmarge). Geen van deze veranderingen is significant.",
      lines: [
        // 170 → 150 is 20 cases and 11.8%: named. Ten years: dispersion around the log-linear trend is
        // estimated (φ = 1 here would give p = 0.288, exact, Python; the widened test is less significant still).
        "Woninginbraken: van 170 in 2017 naar 150 in 2018 (−11,8%), een daling, niet significant.",
        // Mann–Kendall: woninginbraken S = −41, exact p = 2.98e-5, q = 5.95e-5 (2 tests); zakkenrollen none.
        "Dalende trend 2009–2018 (Mann–Kendall, significant na correctie voor het aantal toetsen): woninginbraken.",
        // 150 ≤ 300 × 0.6 = 180: met; zakkenrollen 50 > 45 and rose: not met.
        "Doelen: 1 gehaald, 1 niet gehaald (zakkenrollen).",
      ],
    });
  });

  it("compares another region per 1,000 inhabitants when the table gives its population", () => {
    const settings = parseSettings({ reportDate: "2025-06-01", population: 41000 });
    const dataset = figuresDataset(
      [
        { category: "Totaal misdrijven", region: "Dronten", values: [1530, 1283] },
        { category: "Totaal misdrijven", region: "Noordoostpolder", values: [965, 1396] },
      ],
      [2023, 2024],
      { layout: "long" },
    );
    const figures = analyzeFigures(
      { ...dataset, population: [{ region: "Noordoostpolder", values: [48000, 48500] }] },
      settings,
    );
    // 965 / 48 = 20.10 and 1396 / 48.5 = 28.78 per 1,000; 965 → 1396 exact conditional binomial p ≈ 1e-15: significant.
    expect(buildSummary(null, [figures.report], [], settings).lines).toContain(
      "Ter vergelijking, Noordoostpolder: Totaal misdrijven van 965 naar 1.396 (+44,7%; per 1.000 inwoners 20,10 → 28,78), een significante stijging.",
    );
  });

  it("leads with the focus region and compares other regions", () => {
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
      // Dronten is the first real region. Vernielingen +1 is within chance. 120 → 80: p = 0.0057 (exact,
      // Python), q = 0.0057 · 3/2 = 0.0086 (30000 → 25000 has p ≈ 1e-110, rank 1).
      headline:
        "Van de 2 categorieën in Dronten daalde er 1 en steeg er geen in 2024 ten opzichte van 2023; 1 bleef gelijk (binnen de toevalsmarge). Significant: Diefstal/inbraak woning (daling).",
      lines: [
        "Diefstal/inbraak woning (Dronten): van 120 in 2023 naar 80 in 2024 (−33,3%), een significante daling.",
        // Nederland has no total row: its counts, as comparison, not as a line of its own.
        "Ter vergelijking, Nederland: 1 categorie daalde en geen stegen; 1 significant.",
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
      "99,6% van de 250 activiteiten loopt volgens planning of is afgerond; geen daarvan is over de geplande einddatum.",
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
      // Six untied falling years: exact p = 2/720 each, q = 2/720 too (8 equal tests): all significant.
      "Dalende trend 2013–2018 (Mann–Kendall, significant na correctie voor het aantal toetsen): delict 1, delict 2, delict 3, delict 4, delict 5 en 3 andere.",
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

describe("buildSummary: only what the numbers support", () => {
  const dutch = parseSettings({ reportDate: "2025-03-01" });

  it("says in the headline how many activities on track are past their planned end", () => {
    // 10 activities: 6 on track (3 of them past their end 2024-12-31), 2 done, 1 delayed (past), 1 unknown.
    const list = activityDataset([
      ...activities({ onTrack: 3 }, "Jeugd", "2024-12-31"),
      ...activities({ onTrack: 3 }, "Jeugd", "2025-12-31"),
      ...activities({ done: 2 }, "Jeugd", "2024-06-30"),
      { id: "d1", name: "Buurtpreventie", group: "Jeugd", status: "delayed", end: "2024-09-30" },
      { id: "u1", name: "Cameratoezicht", group: "Jeugd", status: "unknown" },
    ]);
    const counted = analyzeActivities([list], dutch, null);
    // (6 + 2) / 10 = 80%; onTrackOverdue = 3 (the done ones are never overdue; the delayed one is not counted).
    expect({ overdue: counted?.overdue, onTrackOverdue: counted?.onTrackOverdue }).toEqual({
      overdue: 4,
      onTrackOverdue: 3,
    });
    expect(buildSummary(counted, [], [], dutch).headline).toBe(
      "80% van de 10 activiteiten loopt volgens planning of is afgerond; 3 daarvan zijn over de geplande einddatum; 1 heeft een onbekende status.",
    );
    // With the setting off, the 3 do not count: (3 + 2) / 10 = 50%.
    const strict = { ...dutch, overdueCountsAsOnTrack: false };
    const excluded = analyzeActivities([list], strict, null);
    expect(excluded?.onTrackPct).toBe(50);
    expect(buildSummary(excluded, [], [], strict).headline).toBe(
      "50% van de 10 activiteiten loopt volgens planning of is afgerond en is niet over de geplande einddatum; 3 activiteiten met die status zijn over de geplande einddatum en tellen niet mee; 1 heeft een onbekende status.",
    );
  });

  it("never colours a group of only unknown statuses red", () => {
    const list = activityDataset([
      ...activities({ onTrack: 4 }, "Ondermijning"),
      ...activities({ unknown: 2 }, "Zorg"),
    ]);
    const counted = analyzeActivities([list], dutch, null);
    expect(counted?.groups.map((group) => [group.name, group.onTrackPct, group.rag])).toEqual([
      ["Ondermijning", 100, "green"],
      ["Zorg", null, null],
    ]);
    expect(buildSummary(counted, [], [], dutch).lines.some((line) => line.startsWith("Aandacht"))).toBe(
      false,
    );
  });

  it("counts only leaves without small numbers and calls within-chance changes unchanged", () => {
    const figures = analyzeFigures(
      figuresDataset(
        [
          { category: "diefstal: totaal", values: [260, 240] },
          { category: "diefstal: fiets", values: [200, 170] }, // −30, −15%: notable (p = 0.1116)
          { category: "diefstal: auto", values: [60, 70] }, // +10, +16.7%: notable
          { category: "autokraak", values: [74, 75] }, // +1: within chance
          { category: "overval", values: [1, 3] }, // small numbers: not counted, no line
        ],
        [2023, 2024],
      ),
      dutch,
    );
    const summary = buildSummary(null, [figures.report], figures.findings, dutch);
    expect(summary.headline).toBe(
      "Van de 3 categorieën daalde er 1 en steeg er 1 in 2024 ten opzichte van 2023; 1 bleef gelijk (binnen de toevalsmarge); 1 met kleine aantallen telt niet mee. Geen van deze veranderingen is significant.",
    );
    // The subtotal may be named (−20, −7.7%), never beside its own parts; autokraak and overval get no line.
    expect(summary.lines).toEqual([
      "Diefstal: totaal: van 260 in 2023 naar 240 in 2024 (−7,7%), een daling, niet significant.",
      "Diefstal: auto: van 60 in 2023 naar 70 in 2024 (+16,7%), een stijging, niet significant.",
    ]);
  });

  it("calls a change significant only after Benjamini–Hochberg and says what chance alone gives", () => {
    // Six categories, one with p = 0.026350 (100 → 135, exact, Python) and five with p = 1 (50 → 50).
    // BH: q = 0.026350 · 6 / 1 = 0.158: not significant, though p < 0.05. 6 × 0.05 = 0.3 by chance.
    const rows = [
      { category: "fraude", values: [100, 135] },
      ...["a", "b", "c", "d", "e"].map((name) => ({ category: `delict ${name}`, values: [50, 50] })),
    ];
    const figures = analyzeFigures(figuresDataset(rows, [2023, 2024]), dutch);
    const fraud = figures.report.series[0];
    expect(fraud.pValue).toBeCloseTo(0.0263497137, 9);
    expect(fraud.qValue).toBeCloseTo(0.0263497137 * 6, 9);
    expect(fraud.significant).toBe(false);
    expect(figures.report.testing).toEqual({
      tested: 6,
      nominal: 1,
      expectedByChance: 0.3,
      significant: 0,
      trendsTested: 0,
      trendsSignificant: 0,
      poissonAssumed: true,
    });
    expect(buildSummary(null, [figures.report], [], dutch).lines).toEqual([
      "Koers toetste 6 veranderingen: 1 zou los bekeken significant zijn, waar toeval alleen er gemiddeld 0,3 geeft; na correctie voor het aantal toetsen (Benjamini–Hochberg) blijven er geen over.",
      // +35 cases and +35%: notable, named, but not significant and so no "Aandacht".
      "Fraude: van 100 in 2023 naar 135 in 2024 (+35,0%), een stijging, niet significant.",
    ]);
  });

  it("leads with the focus region, never a pseudo-region, and marks provisional years", () => {
    const rows = (region: string, values: [number, number][]) =>
      values.map(([previous, last], index) => ({
        category: ["woninginbraak", "vernieling"][index],
        region,
        values: [previous, last],
      }));
    const dataset = figuresDataset(
      [
        ...rows("Niet in te delen", [
          [400, 100],
          [300, 90],
        ]),
        ...rows("Lelystad", [
          [120, 80],
          [150, 151],
        ]),
        ...rows("Dronten", [
          [60, 40],
          [70, 90],
        ]),
      ],
      [2023, 2024],
      { layout: "long", provisionalYears: [2024] },
    );
    // The pseudo-region comes first in the table; the first real region leads.
    const plain = analyzeFigures(dataset, dutch);
    expect(plain.report.focusRegion).toBe("Lelystad");
    // A title naming Dronten picks Dronten; the setting wins over the title.
    const titled = analyzeFigures(dataset, dutch, {
      regionHints: ["Criminaliteitscijfers gemeente Dronten"],
    });
    expect(titled.report.focusRegion).toBe("Dronten");
    const chosen = analyzeFigures(dataset, { ...dutch, region: "lelystad" }, { regionHints: ["Dronten"] });
    expect(chosen.report.focusRegion).toBe("Lelystad");

    const summary = buildSummary(null, [titled.report], [], dutch);
    // Exact p (Python): Dronten 60 → 40: 0.056888, 70 → 90: 0.132823 (both notable: ≥ 5 cases and ≥ 5%);
    // Lelystad 120 → 80: 0.005685 (q = 0.005685 · 6/3 = 0.01137, significant), 150 → 151: 1;
    // pseudo-region 400 → 100: 1.7e-43, 300 → 90: 1.7e-27 — tested and in the table, never leading.
    expect(summary).toEqual({
      headline:
        "Van de 2 categorieën in Dronten daalde er 1 en steeg er 1 in 2024 (voorlopig) ten opzichte van 2023. Geen van deze veranderingen is significant.",
      lines: [
        "Koers toetste 6 veranderingen: 3 zouden los bekeken significant zijn, waar toeval alleen er gemiddeld 0,3 geeft; na correctie voor het aantal toetsen (Benjamini–Hochberg) blijven er 3 over.",
        "Woninginbraak (Dronten): van 60 in 2023 naar 40 in 2024 (−33,3%, voorlopig cijfer), een daling, niet significant.",
        "Vernieling (Dronten): van 70 in 2023 naar 90 in 2024 (+28,6%, voorlopig cijfer), een stijging, niet significant.",
        // The other real region as comparison; "Niet in te delen" gets no line at all.
        "Ter vergelijking, Lelystad: 1 categorie daalde en geen stegen; 1 significant.",
      ],
    });
  });

  it("never says no figures were found while it summarises figures", () => {
    const one = analyzeFigures(
      figuresDataset([{ category: "fietsdiefstal", values: [54, 46] }], [2017, 2018], {
        sheet: "[a.xlsx]Cijfers",
      }),
      dutch,
    );
    const other = analyzeFigures(
      figuresDataset([{ category: "vernielingen", values: [182, 157] }], [2017, 2018], {
        sheet: "[b.xlsx]CBS",
      }),
      dutch,
    );
    const single = analyzeFigures(
      figuresDataset([{ category: "vernielingen", values: [182] }], [2018]),
      dutch,
    );
    const two = buildSummary(null, [one.report, other.report], [], dutch);
    expect(two.headline).toBe(
      "Van de 1 categorie (A, blad Cijfers) daalde er 1 en steeg er geen in 2018 ten opzichte van 2017. Geen van deze veranderingen is significant.",
    );
    expect(two.lines[0]).toBe(
      "Van de 1 categorie (B, blad CBS) daalde er 1 en steeg er geen in 2018 ten opzichte van 2017. Geen van deze veranderingen is significant.",
    );
    expect(buildSummary(null, [single.report], [], dutch).headline).toBe(
      "Koers vond 1 cijfertabel zonder twee jaren om te vergelijken; zie het blad met trends.",
    );
  });
});
