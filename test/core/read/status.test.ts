import {
  analyzeColour,
  nearestStatusWording,
  normalizeStatus,
  statusFromFill,
} from "../../../src/core/read/status";

describe("normalizeStatus", () => {
  it("reads Dutch and English wording whatever the case, accents and spaces", () => {
    const texts = [
      "Afgerond",
      "GEREED",
      "klaar",
      "afgerond ",
      "Voltooid",
      "Done",
      "completed",
      "Loopt volgens planning",
      "loopt volgens  planning",
      "Op schema",
      "opschema",
      "op koers",
      "In uitvoering",
      "On track",
      "in progress",
      "Vertraagd",
      "Loopt achter",
      "Achter op schema",
      "Delayed",
      "Behind schedule",
      "At risk",
      "Niet gestart",
      "Nog niet gestart",
      "nog niet begonnen",
      "Not started",
      "Not yet started",
    ];
    expect(texts.map(normalizeStatus)).toEqual([
      "done",
      "done",
      "done",
      "done",
      "done",
      "done",
      "done",
      "onTrack",
      "onTrack",
      "onTrack",
      "onTrack",
      "onTrack",
      "onTrack",
      "onTrack",
      "onTrack",
      "delayed",
      "delayed",
      "delayed",
      "delayed",
      "delayed",
      "delayed",
      "notStarted",
      "notStarted",
      "notStarted",
      "notStarted",
      "notStarted",
    ]);
  });

  it("reads a known wording inside a longer text, the longest wording first", () => {
    const texts = [
      "Afgerond in maart 2024",
      "Vertraagd: wacht op partner",
      "Loopt niet volgens planning",
      "Deels afgerond",
      "Nog niet gestart (start Q3)",
      "Status: op schema",
    ];
    expect(texts.map(normalizeStatus)).toEqual([
      "done",
      "delayed",
      "delayed",
      "onTrack",
      "notStarted",
      "onTrack",
    ]);
  });

  it("does not count a negated wording, and leaves unknown texts unknown", () => {
    const texts = [
      "Niet afgerond",
      "nog niet klaar",
      "Loopt volgens plannig",
      "???",
      "",
      "Zie toelichting",
      "42",
    ];
    expect(texts.map(normalizeStatus)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
    ]);
  });

  it("reads traffic-light emoji and check marks like the fills, and a status with a footnote mark", () => {
    const texts = [
      "🟢",
      "🟡",
      "🟠",
      "🔴",
      "⚪",
      "🔵",
      "✅",
      "✔️",
      "✓",
      "❌",
      "Afgerond*",
      "Gereed¹",
      "Vertraagd (2)",
      "*",
      "Structureel",
    ];
    expect(Object.fromEntries(texts.map((text) => [text, normalizeStatus(text)]))).toEqual({
      "🟢": "onTrack",
      "🟡": "delayed",
      "🟠": "delayed",
      "🔴": "delayed",
      "⚪": "notStarted",
      "🔵": "done",
      "✅": "done",
      "✔️": "done",
      "✓": "done",
      "❌": "unknown",
      "Afgerond*": "done",
      "Gereed¹": "done",
      "Vertraagd (2)": "delayed",
      "*": "unknown",
      Structureel: "onTrack",
    });
  });

  it("reads progress percentages", () => {
    expect(["100%", "0%", "50 %", "75,5%"].map(normalizeStatus)).toEqual([
      "done",
      "notStarted",
      "onTrack",
      "onTrack",
    ]);
  });
});

describe("nearestStatusWording", () => {
  it("suggests the known wording nearest to a typo", () => {
    expect([
      nearestStatusWording("Loopt volgens plannig"),
      nearestStatusWording("Afgrond"),
      nearestStatusWording("vertragd"),
      nearestStatusWording("Ontrack"),
      nearestStatusWording("niet gestrt"),
      nearestStatusWording("Complted", "en"),
    ]).toEqual(["Loopt volgens planning", "Afgerond", "Vertraagd", "On track", "Niet gestart", "Completed"]);
  });
});

describe("traffic-light fills", () => {
  it("maps a team's colours to statuses: green on track, amber/yellow/red delayed, grey not started, blue and dark green done", () => {
    const fills = [
      "#00B050",
      "#92D050",
      "#C6EFCE",
      "#FFC000",
      "#FFFF00",
      "#FFEB9C",
      "#FF0000",
      "#FFC7CE",
      "#C00000",
      "#BFBFBF",
      "#D9D9D9",
      "#0070C0",
      "#375623",
      "#FFFFFF",
      "#F2F2F2",
      "#7030A0",
      null,
    ];
    expect(fills.map((fill) => statusFromFill(fill))).toEqual([
      { status: "onTrack", colour: "green" },
      { status: "onTrack", colour: "green" },
      { status: "onTrack", colour: "green" },
      { status: "delayed", colour: "amber" },
      { status: "delayed", colour: "yellow" },
      { status: "delayed", colour: "amber" },
      { status: "delayed", colour: "red" },
      { status: "delayed", colour: "red" },
      { status: "delayed", colour: "red" },
      { status: "notStarted", colour: "grey" },
      { status: "notStarted", colour: "grey" },
      { status: "done", colour: "blue" },
      { status: "done", colour: "darkGreen" },
      null,
      null,
      null,
      null,
    ]);
  });

  it("tells a deliberate traffic light from pale table banding", () => {
    expect(
      ["#00B050", "#FF0000", "#DDEBF7", "#E2EFDA", "#BFBFBF"].map((fill) => analyzeColour(fill).strong),
    ).toEqual([true, true, false, false, true]);
  });
});
