import type { DetectionNote } from "../../../src/core/datasets";
import { formatNote, parseNote } from "../../../src/core/read/notes";

describe("detection notes", () => {
  it("give every typed note a stable code that reads back to the same note", () => {
    const notes: DetectionNote[] = [
      { code: "title-above" },
      { code: "section-rows", count: 5 },
      { code: "footnote", row: 29 },
      { code: "units", units: ["per10000", "percent"] },
      { code: "provisional", years: [2023, 2024] },
    ];
    const codes = notes.map(formatNote);
    expect(codes).toEqual([
      "title-above",
      "section-rows:5",
      "footnote:29",
      "units:per10000,percent",
      "provisional:2023,2024",
    ]);
    expect(codes.map(parseNote)).toEqual(notes);
  });

  it("read an unknown code as null", () => {
    expect(parseNote("something else")).toBeNull();
  });
});
