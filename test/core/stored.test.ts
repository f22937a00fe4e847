import { parseStoredData, storageKeys } from "../../src/core/stored";
import { parseSettings } from "../../src/core/settings";

describe("parseStoredData", () => {
  it("parses each stored text into the one shape both hosts give, an invalid or absent one as null", () => {
    const record = JSON.stringify({ id: "k1-0123456789abcdef", sheets: [[3, "Koers Overzicht"]] });
    expect(
      parseStoredData({
        settings: JSON.stringify({ reportDate: "2025-03-01", language: "en" }),
        history: "{not json",
        generation: record,
      }),
    ).toEqual({
      settings: parseSettings({ reportDate: "2025-03-01", language: "en" }),
      history: null,
      generation: { id: "k1-0123456789abcdef", sheets: [{ position: 3, name: "Koers Overzicht" }] },
    });
    expect(parseStoredData({})).toEqual({ settings: null, history: null, generation: null });
  });

  it("names the keys the Office host stores each part under", () => {
    expect(storageKeys).toEqual({
      settings: "Koers.settings",
      history: "Koers.previous",
      generation: "KoersGeneration",
    });
  });
});
