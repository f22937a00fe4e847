import type { ActivityDataset } from "../../../src/core/datasets";
import { compareFindings, type Finding } from "../../../src/core/findings/finding";
import { detectDatasets } from "../../../src/core/read/detect";
import { parseSettings } from "../../../src/core/settings";
import { summarizeFindings, validateDatasets } from "../../../src/core/validate/validate";
import { hostileWorkbook } from "./hostileWorkbook";

const settings = parseSettings({ reportDate: "2025-03-01" });

function flatten(findings: Finding[]): string[] {
  return [...findings]
    .sort(compareFindings)
    .map((finding) => `${finding.severity} ${finding.code} ${finding.sheet}!${finding.cell}`);
}

describe("validateDatasets", () => {
  it("reports every problem of the hostile workbook at its sheet and cell", () => {
    const { workbook, datasets } = hostileWorkbook();
    expect(flatten(validateDatasets(workbook, datasets, settings))).toEqual([
      "error duplicate-id Activiteiten!A5",
      "error duplicate-id Activiteiten!A6",
      "error error-value Activiteiten!F8",
      "error negative-count Cijfers!D5",
      "error error-value Cijfers!D7",
      "warning invalid-date Activiteiten!D5",
      "warning missing-value Activiteiten!B6",
      "warning invalid-date Activiteiten!D7",
      "warning missing-value Activiteiten!E7",
      "warning unknown-status Activiteiten!E8",
      "warning duplicate-category CBS!A3",
      "warning duplicate-category CBS!A4",
      "warning duplicate-category Cijfers!A4",
      "warning not-a-number Cijfers!C5",
      "warning duplicate-category Cijfers!A6",
      "warning not-a-number Cijfers!E7",
      "warning mixed-units Cijfers!A8",
      "info formula-text Activiteiten!F7",
      "info provisional-figure CBS!B3",
      "info unknown-figure CBS!D5",
      "info provisional-figure Cijfers!G2",
      "info outlier Cijfers!D4",
      "info unknown-figure Cijfers!F5",
      "info unknown-figure Cijfers!G5",
      "info provisional-figure Cijfers!F9",
    ]);
  });

  it("gives the same findings for the datasets reading detects in the hostile workbook", () => {
    const { workbook, datasets } = hostileWorkbook();
    const detected = detectDatasets(workbook, settings).datasets;
    expect(detected.map((dataset) => `${dataset.kind} ${dataset.sheet}`)).toEqual([
      "activities Activiteiten",
      "figures Cijfers",
      "figures CBS",
    ]);
    expect(flatten(validateDatasets(workbook, detected, settings))).toEqual(
      flatten(validateDatasets(workbook, datasets, settings)),
    );
  });

  it("names both rows of a duplicate id and the nearest status wording, in Dutch", () => {
    const { workbook, datasets } = hostileWorkbook();
    const findings = validateDatasets(workbook, datasets, settings);
    const messages = findings
      .filter((finding) =>
        ["duplicate-id", "missing-value", "unknown-status", "duplicate-category"].includes(finding.code),
      )
      .sort(compareFindings)
      .map((finding) => [finding.cell, finding.message, finding.hint]);
    expect(messages).toEqual([
      [
        "A5",
        "Nummer 002 komt vaker voor (ook in rij 6).",
        "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
      ],
      [
        "A6",
        "Nummer 002 komt vaker voor (ook in rij 5).",
        "Geef elke activiteit een eigen nummer, anders kan Koers wijzigingen niet volgen.",
      ],
      [
        "B6",
        "Het veld naam van de activiteit is leeg.",
        "Vul naam van de activiteit in of verwijder de rij als die niet meer nodig is.",
      ],
      ["E7", "Het veld status is leeg.", "Vul status in of verwijder de rij als die niet meer nodig is."],
      [
        "E8",
        "Status 'Vertraaagd!' is onbekend en telt als 'onbekend'.",
        "Bedoelt u 'Vertraagd'? Gebruik Afgerond, Loopt volgens planning, Vertraagd of Niet gestart.",
      ],
      [
        "A3",
        "De categorie 'Diefstal (2023*)' staat twee keer in de tabel (ook in rij 4).",
        "Voeg de rijen samen of geef ze een andere naam.",
      ],
      [
        "A4",
        "De categorie 'Diefstal (2023*)' staat twee keer in de tabel (ook in rij 3).",
        "Voeg de rijen samen of geef ze een andere naam.",
      ],
      [
        "A4",
        "De categorie 'Fietsendiefstal' staat twee keer in de tabel (ook in rij 6).",
        "Voeg de rijen samen of geef ze een andere naam.",
      ],
      [
        "A6",
        "De categorie 'Fietsendiefstal' staat twee keer in de tabel (ook in rij 4).",
        "Voeg de rijen samen of geef ze een andere naam.",
      ],
    ]);
  });

  it("writes findings in English when the settings ask for it, suggesting the wording the sheet uses", () => {
    const { workbook, datasets } = hostileWorkbook();
    const findings = validateDatasets(
      workbook,
      datasets,
      parseSettings({ reportDate: "2025-03-01", language: "en" }),
    );
    const pick = (code: string) => findings.find((finding) => finding.code === code);
    expect([
      pick("missing-value")?.message,
      pick("unknown-status")?.hint,
      pick("outlier")?.message,
      pick("mixed-units")?.message,
    ]).toEqual([
      "The field activity name is empty.",
      "Did you mean 'Vertraagd'? Use Done, On track, Delayed or Not started.",
      "2,100 is far from the other years of 'Fietsendiefstal' (median 202.5).",
      "The table mixes units (counts, percentages); '% inwoners dat zich onveilig voelt' is not added to counts.",
    ]);
  });

  it("reports an impossible date even when a lenient parser rolled it over", () => {
    const { workbook, datasets } = hostileWorkbook();
    const [activities] = datasets;
    const rolledOver = {
      ...activities,
      activities: [
        {
          ...activities.activities[1],
          planning: { kind: "date" as const, start: null, end: "2025-03-03", text: "31-02-2025" },
        },
      ],
    };
    expect(flatten(validateDatasets(workbook, [rolledOver], settings))).toEqual([
      "error error-value Activiteiten!F8",
      "warning invalid-date Activiteiten!D5",
      "info formula-text Activiteiten!F7",
    ]);
  });

  it("does not report a planned end on the report date itself, nor a done activity in the past", () => {
    const { workbook, datasets } = hostileWorkbook();
    const [activities] = datasets;
    const base = activities.activities[0];
    const onDate = {
      ...base,
      row: 4,
      status: "onTrack" as const,
      planning: { kind: "date" as const, start: null, end: "2025-03-01", text: "01-03-2025" },
    };
    const donePast = {
      ...base,
      row: 4,
      status: "done" as const,
      planning: { kind: "date" as const, start: null, end: "2024-01-01", text: "01-01-2024" },
    };
    const result = validateDatasets(workbook, [{ ...activities, activities: [onDate, donePast] }], settings);
    expect(result.filter((finding) => finding.code === "planning-in-past")).toEqual([]);
  });
});

describe("planning-in-past", () => {
  it("warns only where the status says on track past the planned end: a delayed or not-started overdue activity is a result", () => {
    const { workbook, datasets } = hostileWorkbook();
    const activities = datasets.find((dataset) => dataset.kind === "activities") as ActivityDataset;
    const past = { kind: "quarter" as const, start: null, end: "2024-12-31", text: "Q4 2024" };
    const rows = (["onTrack", "delayed", "notStarted", "unknown", "onTrack"] as const).map(
      (status, index) => ({
        ...activities.activities[0],
        row: 20 + index,
        status,
        planning: index === 4 ? { ...past, kind: "ongoing" as const } : past,
        planningText: "Q4 2024",
      }),
    );
    const result = validateDatasets(workbook, [{ ...activities, activities: rows }], settings);
    expect(
      result
        .filter((finding) => finding.code === "planning-in-past")
        .map((finding) => [finding.cell, finding.message]),
    ).toEqual([
      [
        "D20",
        "De status zegt dat de activiteit volgens planning loopt, maar de planning (Q4 2024) is verstreken.",
      ],
    ]);
  });
});

describe("summarizeFindings", () => {
  it("counts findings per severity and is valid only without errors", () => {
    const { workbook, datasets } = hostileWorkbook();
    const findings = validateDatasets(workbook, datasets, settings);
    const report = summarizeFindings(findings);
    expect({ valid: report.valid, counts: report.counts, same: report.findings === findings }).toEqual({
      valid: false,
      counts: { error: 5, warning: 12, info: 8 },
      same: true,
    });
    const infoOnly = findings.filter((finding) => finding.severity !== "error");
    expect(summarizeFindings(infoOnly).valid).toBe(true);
    expect(summarizeFindings([])).toEqual({
      valid: true,
      counts: { error: 0, warning: 0, info: 0 },
      findings: [],
    });
  });
});
