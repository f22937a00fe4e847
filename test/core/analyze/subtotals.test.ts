import {
  codeLevels,
  detectSubtotals,
  isLeaf,
  leafSeries,
  totalStem,
  type SummableSeries,
} from "../../../src/core/analyze/subtotals";
import { analyzeFigures } from "../../../src/core/analyze/trends";
import { parseSettings } from "../../../src/core/settings";
import { drontenDataset, figuresDataset } from "./fixtures";

const settings = parseSettings({ reportDate: "2019-06-01" });

const counts = (rows: [string, ...(number | null)[]][], region: string | null = null): SummableSeries[] =>
  rows.map(([category, ...values]) => ({ category, region, unit: "count", values }));

/** Flattened result: the rows that are not plain leaves. */
function structureOf(series: SummableSeries[]) {
  return detectSubtotals(series)
    .map((structure, index) => ({
      category: series[index].category,
      role: structure.role,
      evidence: structure.evidence,
      children: structure.children?.map((child) => series[child].category) ?? null,
      holds: structure.holds,
      mismatches: structure.mismatches.map((mismatch) => [mismatch.yearIndex, mismatch.value, mismatch.sum]),
    }))
    .filter((entry) => entry.role !== "leaf");
}

describe("subtotals of Dronten Tabel 2", () => {
  const { report, findings } = analyzeFigures(drontenDataset(), settings);

  it("finds the three subtotals and the grand total that is not a sum of the listed rows", () => {
    expect(
      report.series
        .filter((entry) => entry.role !== "leaf")
        .map((entry) => ({
          category: entry.category,
          role: entry.role,
          subtotalOf: entry.subtotalOf,
          subtotalHolds: entry.subtotalHolds,
        })),
    ).toEqual([
      // 1697 ≠ 931 = the sum of the top-level rows in 2016: the table lists a selection.
      { category: "Criminaliteit totaal", role: "total", subtotalOf: null, subtotalHolds: null },
      // The rows ABOVE it: 143 + 5 = 148, 54 + 9 = 63, 46 + 9 = 55.
      {
        category: "brom-,snor-,fietsdiefstal",
        role: "subtotal",
        subtotalOf: ["fietsdiefstal", "bromfiets diefstal"],
        subtotalHolds: true,
      },
      // 37 + 84 = 121, 47 + 74 = 121, 22 + 57 = 79.
      {
        category: "woninginbraken",
        role: "subtotal",
        subtotalOf: ["woninginbraak: pogingen", "woninginbraak: geslaagd"],
        subtotalHolds: true,
      },
      {
        category: "geweld: totaal",
        role: "subtotal",
        subtotalOf: [
          "geweld: zeden",
          "geweld: openlijk geweld",
          "geweld: bedreiging",
          "geweld: mishandeling",
          "geweld: straatroof",
          "geweld: overval",
        ],
        // The rows cover less than the total in every year and add up in none: not a mismatch (see below).
        subtotalHolds: null,
      },
    ]);
  });

  it("says that the rows under geweld: totaal cover part of it, instead of a mismatch per year", () => {
    // 2016: 16+10+39+74+5+1 = 145 of 155 = 93.5%; 2017: 10+9+28+74+0+1 = 122 of 126 = 96.8%;
    // 2018: 11+4+39+72+3+2 = 131 of 138 = 94.9%. The police total counts more kinds of violence than listed.
    expect(findings.filter((finding) => finding.code === "subtotal-mismatch")).toEqual([]);
    expect(
      findings
        .filter((finding) => finding.code === "subtotal-coverage")
        .map((finding) => ({ cell: finding.cell, severity: finding.severity, message: finding.message })),
    ).toEqual([
      {
        cell: "D13",
        severity: "info",
        message:
          "De rijen onder 'geweld: totaal' dekken 94% tot 97% van het totaal: het totaal telt meer soorten mee dan de tabel toont.",
      },
    ]);
    expect(report.series.find((entry) => entry.category === "geweld: totaal")?.subtotalCoverage).toEqual([
      93.5, 96.8, 94.9,
    ]);
  });

  it("keeps a mismatch an error when the rows add up exactly in other years", () => {
    // 2016: 11 + 20 = 31 holds, so 2017 (41 ≠ 36) and 2018 (51 ≠ 46) are real errors, not coverage.
    // NOTE: not all multiples of 5, which would read as CBS rounding (a gap of 5 over two parts is rounding).
    const { findings: mismatches, report: table } = analyzeFigures(
      figuresDataset(
        [
          { category: "geweld: totaal", values: [31, 41, 51] },
          { category: "geweld: bedreiging", values: [11, 16, 21] },
          { category: "geweld: mishandeling", values: [20, 20, 25] },
        ],
        [2016, 2017, 2018],
      ),
      settings,
    );
    expect(mismatches.map((finding) => [finding.code, finding.cell])).toEqual([
      ["subtotal-mismatch", "C4"],
      ["subtotal-mismatch", "D4"],
    ]);
    expect(table.series[0]).toMatchObject({ subtotalHolds: false, subtotalCoverage: null });
  });

  it("keeps a mismatch an error when the rows add up to more than the total", () => {
    // 36 > 31 in 2017: rows cannot cover more than their total.
    const { findings: mismatches } = analyzeFigures(
      figuresDataset(
        [
          { category: "geweld: totaal", values: [31, 41] },
          { category: "geweld: bedreiging", values: [16, 16] },
          { category: "geweld: mishandeling", values: [20, 20] },
        ],
        [2017, 2018],
      ),
      settings,
    );
    expect(mismatches.filter((finding) => finding.code === "subtotal-mismatch")).toHaveLength(2);
  });

  it("lists the leaves that can be added up without double counting", () => {
    expect(leafSeries(report).map((entry) => entry.category)).toEqual([
      "autokraak",
      "fietsdiefstal",
      "bromfiets diefstal",
      "vernielingen",
      "woninginbraak: pogingen",
      "woninginbraak: geslaagd",
      "geweld: zeden",
      "geweld: openlijk geweld",
      "geweld: bedreiging",
      "geweld: mishandeling",
      "geweld: straatroof",
      "geweld: overval",
      "huiselijk geweld",
      "zakkenrollen",
      "winkeldiefstal",
      "inbraak/diefstal bedrijf en instelling",
      "diefstal motorvoertuig",
      "box-,schuur-,garage inbraak",
      "brand, ontploffing",
    ]);
  });
});

describe("detectSubtotals", () => {
  it("detects an inferred subtotal that holds in most years and reports the year it does not", () => {
    expect(
      structureOf(
        counts([
          ["inbraken", 30, 32, 40],
          ["inbraak woning", 20, 22, 25],
          ["inbraak bedrijf", 10, 10, 10],
        ]),
      ),
    ).toEqual([
      {
        category: "inbraken",
        role: "subtotal",
        evidence: "inferred",
        children: ["inbraak woning", "inbraak bedrijf"],
        holds: false,
        mismatches: [[2, 40, 35]],
      },
    ]);
  });

  it("does not infer a subtotal that adds up in only one of three years", () => {
    expect(
      structureOf(
        counts([
          ["inbraken", 30, 33, 40],
          ["inbraak woning", 20, 22, 25],
          ["inbraak bedrijf", 10, 10, 10],
        ]),
      ),
    ).toEqual([]);
  });

  it("does not infer a subtotal from rows whose names share nothing, even when they add up", () => {
    expect(
      structureOf(
        counts([
          ["autokraak", 30, 32, 35],
          ["vernielingen", 20, 22, 25],
          ["zakkenrollen", 10, 10, 10],
        ]),
      ),
    ).toEqual([]);
  });

  it("recognises a grand total that is the sum of the other rows", () => {
    expect(
      structureOf(
        counts([
          ["Totaal misdrijven", 60, 64, null],
          ["vermogensmisdrijven", 40, 42, 45],
          ["vernielingen", 15, 17, 20],
          ["geweldsmisdrijven", 5, 5, 5],
        ]),
      ),
    ).toEqual([
      {
        category: "Totaal misdrijven",
        role: "total",
        evidence: "grandTotal",
        children: ["vermogensmisdrijven", "vernielingen", "geweldsmisdrijven"],
        holds: true,
        mismatches: [],
      },
    ]);
  });

  it("keeps a category total that is not the largest row as a leaf", () => {
    expect(
      structureOf(
        counts([
          ["vernielingen", 171, 182],
          ["wapenhandel: totaal", 12, 20],
        ]),
      ),
    ).toEqual([]);
  });

  it("follows CBS numbering per region and checks each region on its own", () => {
    const series = [
      ...counts(
        [
          ["1 Vermogensmisdrijven", 50, 45],
          ["1.1 Diefstal/inbraak woning", 20, 15],
          ["1.2 Diefstal van motorvoertuigen", 30, 30],
        ],
        "Dronten",
      ),
      ...counts(
        [
          ["1 Vermogensmisdrijven", 80, 70],
          ["1.1 Diefstal/inbraak woning", 30, 28],
          ["1.2 Diefstal van motorvoertuigen", 50, 40],
        ],
        "Lelystad",
      ),
    ];
    expect(structureOf(series)).toEqual([
      {
        category: "1 Vermogensmisdrijven",
        role: "subtotal",
        evidence: "declared",
        children: ["1.1 Diefstal/inbraak woning", "1.2 Diefstal van motorvoertuigen"],
        holds: true,
        mismatches: [],
      },
      {
        category: "1 Vermogensmisdrijven",
        role: "subtotal",
        evidence: "declared",
        children: ["1.1 Diefstal/inbraak woning", "1.2 Diefstal van motorvoertuigen"],
        holds: false,
        mismatches: [[1, 70, 68]],
      },
    ]);
  });

  it("ignores rates and percentages, which do not add up", () => {
    const dataset = figuresDataset(
      [
        { category: "inbraken per 1.000", unit: "per1000", values: [3, 4] },
        { category: "inbraak woning per 1.000", unit: "per1000", values: [2, 3] },
        { category: "inbraak bedrijf per 1.000", unit: "per1000", values: [1, 1] },
      ],
      [2017, 2018],
    );
    expect(
      analyzeFigures(dataset, settings).report.series.map((entry) => [entry.role, entry.subtotalOf]),
    ).toEqual([
      ["leaf", null],
      ["leaf", null],
      ["leaf", null],
    ]);
  });
});

describe("names", () => {
  it("reads the stem of a total row", () => {
    expect(
      [
        "geweld: totaal",
        "Criminaliteit totaal",
        "Totaal misdrijven",
        "Totaal",
        "totaalplaatje",
        "woninginbraken",
      ].map(totalStem),
    ).toEqual(["geweld", "criminaliteit", "misdrijven", "", null, null]);
  });

  it("treats a series without role as a leaf unless it has parts", () => {
    expect([
      isLeaf({ subtotalOf: null }),
      isLeaf({ subtotalOf: ["a", "b"] }),
      isLeaf({ role: "total", subtotalOf: null }),
    ]).toEqual([true, false, false]);
  });
});

describe("code hierarchies and CBS rounding", () => {
  it("reads codes without dots as levels only when every longer code has its parent", () => {
    expect([
      codeLevels(["1 Vermogen", "11 Diefstal", "111 Met geweld", "12 Bedrog"]),
      codeLevels(["8 Achtste", "9 Negende", "10 Tiende", "11 Elfde"]),
      codeLevels(["1.1 Woning", "1.1.2 Poging", "Totaal"]),
    ]).toEqual([
      [["1"], ["1", "1"], ["1", "1", "1"], ["1", "2"]],
      [["8"], ["9"], ["10"], ["11"]],
      [["1", "1"], ["1", "1", "2"], null],
    ]);
  });

  it("lets a subtotal of cells rounded to 5 differ from its parts by up to 2.5 per part", () => {
    const within = counts([
      ["11 Diefstal", 3720, 100],
      ["111 Met geweld", 1235, 50],
      ["112 Zonder geweld", 2480, 50],
    ]);
    const beyond = counts([
      ["11 Diefstal", 3725, 100],
      ["111 Met geweld", 1235, 50],
      ["112 Zonder geweld", 2480, 50],
    ]);
    const unrounded = counts([
      ["11 Diefstal", 3716, 101],
      ["111 Met geweld", 1235, 50],
      ["112 Zonder geweld", 2480, 51],
    ]);
    expect([within, beyond, unrounded].map((series) => structureOf(series)[0]?.mismatches)).toEqual([
      [],
      [[0, 3725, 3715]],
      [[0, 3716, 3715]],
    ]);
  });
});

describe("subtotals by their sums alone, over five years or more", () => {
  const years = (base: number, step: number) => [0, 1, 2, 3, 4, 5].map((year) => base + step * year);
  const murder = years(190, -3);
  const revised = [null, null, null, 1180, 1210, 1240];
  const legacy = years(960, -8);
  const robbery = years(5300, -90);
  const assault = years(10400, -150);
  const burglary = years(25000, -600);
  const larceny = years(79000, -900);
  const sum = (...parts: number[][]) =>
    parts[0].map((_, year) => parts.reduce((total, part) => total + part[year], 0));

  it("reads rows right under a row that add up to it every year as its parts, a row of another definition left out", () => {
    const series = counts([
      ["Violent crime", ...sum(murder, legacy, robbery, assault)],
      ["Murder and nonnegligent manslaughter", ...murder],
      ["Rape (revised definition)", ...revised],
      ["Rape (legacy definition)", ...legacy],
      ["Robbery", ...robbery],
      ["Aggravated assault", ...assault],
      ["Property crime", ...sum(burglary, larceny)],
      ["Burglary", ...burglary],
      ["Larceny-theft", ...larceny],
    ]);
    expect(
      structureOf(series).map((entry) => [entry.category, entry.role, entry.evidence, entry.children]),
    ).toEqual([
      [
        "Violent crime",
        "subtotal",
        "inferred",
        ["Murder and nonnegligent manslaughter", "Rape (legacy definition)", "Robbery", "Aggravated assault"],
      ],
      ["Property crime", "subtotal", "inferred", ["Burglary", "Larceny-theft"]],
    ]);
  });

  it("reads a code that is the sum of every other row each year as the table's total ('0.0.0')", () => {
    const series = counts([
      ["0.0.0", ...sum(murder, robbery, assault)],
      ["1.4.2", ...murder],
      ["1.4.6", ...robbery],
      ["1.4.5", ...assault],
    ]);
    expect(
      structureOf(series).map((entry) => [entry.category, entry.role, entry.evidence, entry.holds]),
    ).toEqual([["0.0.0", "total", "grandTotal", true]]);
  });

  it("infers nothing from sums over fewer than five years, where rows can add up by chance", () => {
    const short = (values: number[]) => values.slice(0, 4);
    const series = counts([
      ["Violent crime", ...short(sum(murder, robbery))],
      ["Murder and nonnegligent manslaughter", ...short(murder)],
      ["Robbery", ...short(robbery)],
    ]);
    expect(structureOf(series)).toEqual([]);
  });

  it("takes no row for a total whose rows each name a total of their own group", () => {
    const series = counts([
      ["Totaal diefstal/verduistering en inbraak", 480, 452, 425],
      ["Totaal vernielingen,misdr.openb.orde/gezag", 190, 187, 185],
      ["Totaal verkeersmisdrijven", 70, 60, 57],
    ]);
    expect(structureOf(series)).toEqual([]);
  });
});

describe("subtotals by sums in a table rounded to 5", () => {
  it("does not take a small row for the sum of smaller ones that meet it only within rounding", () => {
    const series = counts([
      ["Moord, doodslag", 10, 10, 10, 10, 10, 10],
      ["Overval", 5, 5, 5, 5, 5, 5],
      ["Vrijheidsbeneming", 5, 5, 5, 10, 5, 5],
    ]);
    expect(structureOf(series)).toEqual([]);
  });

  it("still infers a large row whose parts meet it within rounding every year", () => {
    const series = counts([
      ["Geweld", 4300, 4270, 4165, 4205, 4080, 4105],
      ["Mishandeling", 2700, 2670, 2600, 2625, 2550, 2560],
      ["Bedreiging", 1600, 1605, 1565, 1575, 1535, 1540],
      ["Diefstal", 9200, 9010, 8875, 8640, 8515, 8320],
    ]);
    expect(structureOf(series).map((entry) => [entry.category, entry.role, entry.evidence])).toEqual([
      ["Geweld", "subtotal", "inferred"],
    ]);
  });
});
