import { evaluateTarget, parseDutchNumber, parseTargetText } from "../../../src/core/analyze/targets";
import { analyzeFigures } from "../../../src/core/analyze/trends";
import { parseSettings } from "../../../src/core/settings";
import { drontenDataset } from "./fixtures";

describe("parseTargetText", () => {
  it("reads changes against a base year and limits, in Dutch and English", () => {
    expect(
      [
        "-10% t.o.v. 2022",
        "−10% vs 2022",
        "10% minder dan 2022",
        "daling van 7,5% ten opzichte van 2020",
        "+5% tov 2021",
        "10% t.o.v. 2022",
        "max 100",
        "maximaal 1.000",
        "at least 75",
        "minder inbraken",
        "min 10% t.o.v. 2022",
      ].map((text) => parseTargetText(text)),
    ).toEqual([
      { kind: "change", changePct: -10, baseYear: 2022, text: "-10% t.o.v. 2022" },
      { kind: "change", changePct: -10, baseYear: 2022, text: "−10% vs 2022" },
      { kind: "change", changePct: -10, baseYear: 2022, text: "10% minder dan 2022" },
      { kind: "change", changePct: -7.5, baseYear: 2020, text: "daling van 7,5% ten opzichte van 2020" },
      { kind: "change", changePct: 5, baseYear: 2021, text: "+5% tov 2021" },
      // No sign and no word: the good direction of the (default lower-is-better) polarity.
      { kind: "change", changePct: -10, baseYear: 2022, text: "10% t.o.v. 2022" },
      { kind: "maximum", limit: 100, text: "max 100" },
      { kind: "maximum", limit: 1000, text: "maximaal 1.000" },
      { kind: "minimum", limit: 75, text: "at least 75" },
      null,
      // "min" as the spoken minus, not a minimum: a change.
      { kind: "change", changePct: -10, baseYear: 2022, text: "min 10% t.o.v. 2022" },
    ]);
  });

  it("turns an unsigned change upward for an indicator that should rise", () => {
    expect(parseTargetText("min 5% t.o.v. 2020", "higherIsBetter")).toEqual({
      kind: "change",
      changePct: -5,
      baseYear: 2020,
      text: "min 5% t.o.v. 2020",
    });
    expect(parseTargetText("5% t.o.v. 2020", "higherIsBetter")).toEqual({
      kind: "change",
      changePct: 5,
      baseYear: 2020,
      text: "5% t.o.v. 2020",
    });
  });

  it("reads Dutch numbers", () => {
    expect(["1.000", "7,5", "100", "1.234,5", "abc"].map(parseDutchNumber)).toEqual([
      1000,
      7.5,
      100,
      1234.5,
      null,
    ]);
  });
});

describe("targets on Dronten Tabel 2", () => {
  const settings = parseSettings({
    reportDate: "2019-06-01",
    targets: { woninginbraken: { changePct: -10, baseYear: 2016 } },
  });
  const { report } = analyzeFigures(
    drontenDataset({
      fietsdiefstal: "-70% t.o.v. 2016",
      autokraak: "−10% vs 2017",
      vernielingen: "max 150",
      zakkenrollen: "maximaal 70",
      "huiselijk geweld": "10% minder dan 2017",
      winkeldiefstal: "zo laag mogelijk",
      // The settings win over a text in the table.
      woninginbraken: "max 10",
    }),
    settings,
  );
  const targets = Object.fromEntries(
    report.series.filter((entry) => entry.target).map((entry) => [entry.category, entry.target]),
  );

  it("judges met, on the way and not met", () => {
    expect(targets).toEqual({
      // 143 × 0.3 = 42.9; 46 is above it but below 143.
      fietsdiefstal: {
        description: "-70% t.o.v. 2016",
        baseYear: 2016,
        changePct: -70,
        status: "onTheWay",
        kind: "change",
        targetValue: 42.9,
        year: 2018,
        actualChangePct: -67.8,
      },
      // 74 × 0.9 = 66.6; 75 went up.
      autokraak: {
        description: "−10% vs 2017",
        baseYear: 2017,
        changePct: -10,
        status: "notMet",
        kind: "change",
        targetValue: 66.6,
        year: 2018,
        actualChangePct: 1.4,
      },
      // 121 × 0.9 = 108.9; 79 is below it.
      woninginbraken: {
        description: "−10% t.o.v. 2016",
        baseYear: 2016,
        changePct: -10,
        status: "met",
        kind: "change",
        targetValue: 108.9,
        year: 2018,
        actualChangePct: -34.7,
      },
      // 157 > 150, but down from 182.
      vernielingen: {
        description: "max 150",
        baseYear: null,
        changePct: null,
        status: "onTheWay",
        kind: "maximum",
        targetValue: 150,
        year: 2018,
      },
      // 30 × 0.9 = 27; 44 went up.
      "huiselijk geweld": {
        description: "10% minder dan 2017",
        baseYear: 2017,
        changePct: -10,
        status: "notMet",
        kind: "change",
        targetValue: 27,
        year: 2018,
        actualChangePct: 46.7,
      },
      zakkenrollen: {
        description: "maximaal 70",
        baseYear: null,
        changePct: null,
        status: "met",
        kind: "maximum",
        targetValue: 70,
        year: 2018,
      },
    });
  });

  it("cannot judge a target whose base year has no value or that lies in the future", () => {
    const years = [2016, 2017, 2018];
    expect([
      evaluateTarget({ kind: "change", changePct: -10, baseYear: 2015, text: null }, years, [10, 9, 8], "en")
        .status,
      evaluateTarget({ kind: "change", changePct: -10, baseYear: 2018, text: null }, years, [10, 9, 8], "en")
        .status,
      evaluateTarget({ kind: "change", changePct: -10, baseYear: 2016, text: null }, years, [0, 9, 8], "en")
        .status,
      evaluateTarget(
        { kind: "change", changePct: 5, baseYear: 2016, text: null },
        years,
        [100, 104, 106],
        "en",
      ),
    ]).toEqual([
      null,
      null,
      null,
      {
        description: "+5% vs 2016",
        baseYear: 2016,
        changePct: 5,
        status: "met",
        kind: "change",
        targetValue: 105,
        year: 2018,
        actualChangePct: 6,
      },
    ]);
  });
});
