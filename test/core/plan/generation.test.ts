import {
  generationId,
  markerId,
  markerValue,
  parseGenerationRecord,
  serializeGenerationRecord,
  sheetOwnership,
  type GenerationRecord,
} from "../../../src/core/plan/generation";

const id = generationId(["2025-03-01", "nl", "Koers Overzicht", "Koers Trends"]);
const record: GenerationRecord = {
  id,
  sheets: [
    { position: 1, name: "Koers Overzicht" },
    { position: 2, name: "Koers Trends" },
  ],
};
const marked = markerValue(id);

describe("sheetOwnership (one rule for reading and writing)", () => {
  it("owns only sheets whose marker carries the recorded id at the recorded position and name", () => {
    const result = sheetOwnership(
      [
        { name: "Activiteiten", position: 0, marker: null },
        { name: "Koers Overzicht", position: 1, marker: marked },
        { name: "Koers Trends", position: 2, marker: `=${marked}` },
        // Excel's Move or Copy keeps the sheet-scoped name: same id, other name and position.
        { name: "Koers Overzicht (2)", position: 3, marker: marked },
        { name: "Eigen blad", position: 4, marker: "TRUE" },
        { name: "Ander blad", position: 5, marker: "FALSE" },
        { name: "Oud", position: 6, marker: markerValue(generationId(["2024-09-01"])) },
      ],
      record,
    );
    expect(result).toEqual({
      owned: [1, 2],
      kept: [
        { name: "Koers Overzicht (2)", position: 3, reason: "moved-or-renamed" },
        { name: "Eigen blad", position: 4, reason: "other-generation" },
        { name: "Ander blad", position: 5, reason: "other-generation" },
        { name: "Oud", position: 6, reason: "other-generation" },
      ],
    });
  });

  it("owns nothing without a record, and keeps a renamed sheet at the recorded position", () => {
    expect([
      sheetOwnership([{ name: "Koers Overzicht", position: 1, marker: marked }], null),
      sheetOwnership([{ name: "Mijn analyse", position: 1, marker: marked }], record),
    ]).toEqual([
      { owned: [], kept: [{ name: "Koers Overzicht", position: 1, reason: "no-record" }] },
      { owned: [], kept: [{ name: "Mijn analyse", position: 1, reason: "moved-or-renamed" }] },
    ]);
  });

  it("stores the record as JSON that reads back, refuses what Koers did not write, and ids are deterministic", () => {
    expect({
      roundTrip: parseGenerationRecord(serializeGenerationRecord(record)),
      invalid: [
        parseGenerationRecord("TRUE"),
        parseGenerationRecord('{"id":"x","sheets":[]}'),
        parseGenerationRecord(`{"id":"${id}","sheets":[["1","a"]]}`),
        parseGenerationRecord(null),
      ],
      same: generationId(["a", "b"]) === generationId(["a", "b"]),
      differs: generationId(["a", "b"]) !== generationId(["ab"]),
      ids: [markerId(marked), markerId("TRUE"), markerId('"k1-xyz"')],
    }).toEqual({
      roundTrip: record,
      invalid: [null, null, null, null],
      same: true,
      differs: true,
      ids: [id, null, null],
    });
  });
});
