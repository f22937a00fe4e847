import { parseSettings, reportTitle } from "../../src/core/settings";

describe("settings", () => {
  it("fills every default from the report date alone", () => {
    const settings = parseSettings({ reportDate: "2025-03-01" });
    expect({
      language: settings.language,
      onTrackStatuses: settings.onTrackStatuses,
      ragThresholds: settings.ragThresholds,
      smallNumberThreshold: settings.smallNumberThreshold,
      significanceLevel: settings.significanceLevel,
      documentStatus: settings.documentStatus,
    }).toEqual({
      language: "nl",
      onTrackStatuses: ["done", "onTrack"],
      ragThresholds: { green: 80, amber: 60 },
      smallNumberThreshold: 10,
      significanceLevel: 0.05,
      documentStatus: "Concept",
    });
  });

  it("titles the report in its own language unless the user chose a title", () => {
    expect([
      reportTitle(parseSettings({ reportDate: "2025-03-01" })),
      reportTitle(parseSettings({ reportDate: "2025-03-01", language: "en" })),
      reportTitle(
        parseSettings({ reportDate: "2025-03-01", language: "en", title: " Voortgang IVP Lelystad " }),
      ),
    ]).toEqual([
      "Voortgang Integraal Veiligheidsplan",
      "Integral Safety Plan progress",
      "Voortgang IVP Lelystad",
    ]);
  });

  it("refuses a report date that is not yyyy-mm-dd", () => {
    expect(() => parseSettings({ reportDate: "1-3-2025" })).toThrow();
  });
});
