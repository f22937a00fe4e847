import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { givenNames } from "../../../src/core/privacy/givenNames";
import { redactText } from "../../../src/core/privacy/redact";
import { scanText } from "../../../src/core/privacy/textPatterns";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/read/snapshot";
import {
  drontenLong,
  drontenProcessPlanning,
  drontenWide,
  lelystadActivityList,
  lelystadTwoSheets,
  lelystadWithDefects,
} from "../../support/fixtures";

const names = (text: string) =>
  scanText(text)
    .filter((match) => match.kind === "person-name")
    .map((match) => text.slice(match.start, match.end));

describe("person names in running text", () => {
  it("finds full names with a known given name and Dutch surname prefixes", () => {
    const texts = [
      "overleg met Jan de Vries",
      "Casus Jan de Vries",
      "Dossier Jan de Vries.xlsx",
      "gesprek met Anna van der Berg over de buurt",
      "Piet ter Horst en Kees van 't Hek",
      "melding van Fatima El Amrani (via wijkagent)",
      "Mohamed Ali, Anne-Marie Jansen",
      "Petra Jansen-Bakker",
    ];
    expect(texts.map(names)).toEqual([
      ["Jan de Vries"],
      ["Jan de Vries"],
      ["Jan de Vries"],
      ["Anna van der Berg"],
      ["Piet ter Horst", "Kees van 't Hek"],
      ["Fatima El Amrani"],
      ["Mohamed Ali", "Anne-Marie Jansen"],
      ["Petra Jansen-Bakker"],
    ]);
    expect(redactText("Dossier Jan de Vries.xlsx").text).toBe("Dossier [naam verwijderd].xlsx");
  });

  it("does not take themes, teams, places or a given name alone for a person", () => {
    const texts = [
      "Jeugd en veiligheid",
      "Buurt & Veiligheid",
      "Lelystad",
      "Dronten",
      "Den Haag",
      "Almere Haven",
      "Zeewolde en Urk",
      "Veilig Thuis Flevoland",
      "Team Jeugd",
      "Ondermijning en Georganiseerde Misdaad",
      "Overige thema's",
      "Amber Alert",
      "1 Jan 2025",
      "Jan bellen",
      "Koning Willem-Alexander",
      "Sint Maarten",
    ];
    expect(texts.flatMap(names)).toEqual([]);
  });

  it("holds a few hundred given names", () => {
    expect(givenNames.size).toBeGreaterThan(400);
  });
});

/** Every text cell of a snapshot. */
function textsOf(workbook: WorkbookSnapshot): string[] {
  return workbook.sheets.flatMap((sheet) =>
    sheet.values.flatMap((row) => (row ?? []).filter((value): value is string => typeof value === "string")),
  );
}

describe("precision of name detection on the examples and the seed fixtures", () => {
  /** The people the examples and fixtures hold: owners written in full or with initials. */
  const people = new Set(["J. de Vries", "Petra Jansen"]);

  it("reports no false hits: every name it finds in running text is one of the listed people", async () => {
    const root = path.resolve(__dirname, "../../../examples");
    const examples = await Promise.all(
      readdirSync(root)
        .filter((file) => file.endsWith(".xlsx"))
        .map((file) => readWorkbookSnapshot(new Uint8Array(readFileSync(path.join(root, file))), file)),
    );
    const workbooks = [
      ...examples,
      lelystadActivityList(),
      lelystadActivityList({ seed: 7 }),
      lelystadActivityList({ language: "en" }),
      lelystadTwoSheets(),
      lelystadWithDefects().workbook,
      drontenWide(),
      drontenLong().workbook,
      drontenProcessPlanning(),
    ];
    const texts = workbooks.flatMap(textsOf);
    const hits = texts.flatMap(names);
    const falseHits = hits.filter((hit) => !people.has(hit));
    const truePeople = texts.filter((text) => people.has(text.trim()) && text.trim() !== "J. de Vries");
    // Measurement: texts scanned, names found, false hits; "Petra Jansen" in owner cells is a true hit.
    expect({
      scanned: texts.length > 1000,
      found: hits.length > 0,
      falseHits,
      everyFullNameFound: truePeople.every((text) => names(text).length === 1),
    }).toEqual({ scanned: true, found: true, falseHits: [], everyFullNameFound: true });
  });
});

describe("organisations named with initials in source and footnote rows", () => {
  it("does not take 'U.S. Census Bureau' and similar agencies for a person's name", () => {
    const texts = [
      "1 Populations are U.S. Census Bureau provisional estimates as of July 1 for each year.",
      "Source: U.S. Department of Justice, Federal Bureau of Investigation",
      "Bron: N.V. Nederlandse Spoorwegen, bewerking gemeente",
      "Data: J.P. Morgan Bank, 2023",
      "Figures from the U.K. Home Office",
    ];
    expect(texts.map(names)).toEqual([[], [], [], [], []]);
  });

  it("still finds a person with initials beside such a row, and before an organisation's preposition", () => {
    const texts = [
      "Opgesteld door J.P. Jansen op basis van U.S. Census Bureau-cijfers",
      "Contact: P.J. van den Berg (team OOV)",
      "Overleg met J. de Vries van het Bureau Halt",
    ];
    expect(texts.map(names)).toEqual([["J.P. Jansen"], ["P.J. van den Berg"], ["J. de Vries"]]);
  });
});
