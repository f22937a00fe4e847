import type { StatusKey } from "../../../src/core/datasets";
import { createFinding } from "../../../src/core/findings/finding";
import type {
  ActivitiesReport,
  FiguresReport,
  GroupProgress,
  Report,
  SeriesReport,
  StatusCounts,
} from "../../../src/core/report";
import { parseSettings, type Settings, type SettingsInput } from "../../../src/core/settings";

/** Two-sided exact binomial test of `last` out of `previous + last` against ½ (the conditional Poisson test). */
function poissonPValue(previous: number, last: number): number {
  const n = previous + last;
  const logPmf: number[] = [-n * Math.log(2)];
  for (let k = 0; k < n; k += 1) logPmf.push(logPmf[k] + Math.log(n - k) - Math.log(k + 1));
  const observed = logPmf[last];
  const p = logPmf
    .filter((value) => value <= observed + 1e-9)
    .reduce((sum, value) => sum + Math.exp(value), 0);
  return Math.min(1, p);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A SeriesReport as the analysis computes it for a three-year table, from its values. */
export function seriesReport(
  category: string,
  values: (number | null)[],
  extra: Partial<SeriesReport> = {},
): SeriesReport {
  const last = values[values.length - 1];
  const previous = values[values.length - 2];
  const lastChange = last !== null && previous !== null ? last - previous : null;
  const lastChangePct = lastChange !== null && previous ? round1((lastChange / previous) * 100) : null;
  const smallNumbers =
    (extra.unit ?? "count") === "count" && [last, previous].some((value) => value !== null && value < 10);
  const direction = lastChange === null || lastChange === 0 ? "flat" : lastChange > 0 ? "up" : "down";
  const pValue =
    (extra.unit ?? "count") === "count" && last !== null && previous !== null
      ? poissonPValue(previous, last)
      : null;
  const base = values[0];
  const window = values.slice(-3).filter((value): value is number => value !== null);
  return {
    category,
    region: null,
    unit: "count",
    values,
    lastChangePct,
    lastChange,
    direction,
    assessment: direction === "flat" ? "same" : direction === "down" ? "better" : "worse",
    polarity: "lowerIsBetter",
    significant: pValue === null ? null : pValue < 0.05,
    pValue,
    smallNumbers,
    subtotalOf: null,
    subtotalHolds: null,
    index: values.map((value) => (value === null || !base ? null : round1((value / base) * 100))),
    movingAverage3: values.map((_, index) =>
      index < 2
        ? null
        : round1(
            values.slice(index - 2, index + 1).reduce<number>((sum, value) => sum + (value ?? 0), 0) / 3,
          ),
    ),
    ratePer1000: null,
    trend: {
      senSlope: window.length >= 2 ? (window[window.length - 1] - window[0]) / (window.length - 1) : null,
      mannKendallP: null,
      significant: null,
      tooShort: true,
    },
    target: null,
    cells: values.map(() => null),
    role: "leaf",
    ...extra,
  };
}

const geweldParts = [
  "geweld: zeden",
  "geweld: openlijk geweld",
  "geweld: bedreiging",
  "geweld: mishandeling",
  "geweld: straatroof",
  "geweld: overval",
];

/** Dronten, startnotitie IVB 2020–2023, Tabel 2 (2016–2018), as the analysis reports it. */
export function drontenFigures(provisionalYears: number[] = []): FiguresReport {
  return {
    sheet: "Tabel 2",
    layout: "wide",
    years: [2016, 2017, 2018],
    provisionalYears,
    baseYear: 2016,
    series: [
      seriesReport("Criminaliteit totaal", [1697, 1530, 1283], { role: "total" }),
      seriesReport("autokraak", [78, 74, 75]),
      seriesReport("fietsdiefstal", [143, 54, 46]),
      seriesReport("bromfiets diefstal", [5, 9, 9]),
      seriesReport("brom-,snor-,fietsdiefstal", [148, 63, 55], {
        role: "subtotal",
        subtotalOf: ["fietsdiefstal", "bromfiets diefstal"],
        subtotalHolds: true,
      }),
      seriesReport("vernielingen", [171, 182, 157]),
      seriesReport("woninginbraken", [121, 121, 79], {
        role: "subtotal",
        subtotalOf: ["woninginbraak: pogingen", "woninginbraak: geslaagd"],
        subtotalHolds: true,
      }),
      seriesReport("woninginbraak: pogingen", [37, 47, 22]),
      seriesReport("woninginbraak: geslaagd", [84, 74, 57]),
      seriesReport("geweld: totaal", [155, 126, 138], {
        role: "subtotal",
        subtotalOf: geweldParts,
        subtotalHolds: false,
      }),
      seriesReport("geweld: zeden", [16, 10, 11]),
      seriesReport("geweld: openlijk geweld", [10, 9, 4]),
      seriesReport("geweld: bedreiging", [39, 28, 39]),
      seriesReport("geweld: mishandeling", [74, 74, 72]),
      seriesReport("geweld: straatroof", [5, 0, 3]),
      seriesReport("geweld: overval", [1, 1, 2]),
      seriesReport("huiselijk geweld", [42, 30, 44]),
      seriesReport("zakkenrollen", [88, 91, 68]),
      seriesReport("winkeldiefstal", [41, 42, 31]),
      seriesReport("inbraak/diefstal bedrijf en instelling", [56, 44, 28]),
      seriesReport("diefstal motorvoertuig", [8, 4, 6]),
      seriesReport("box-,schuur-,garage inbraak", [17, 11, 4]),
      seriesReport("brand, ontploffing", [6, 12, 10]),
      seriesReport("wapenhandel: totaal per 10.000 inw [%]", [1.5, 3.2, 2.2], { unit: "per10000" }),
    ],
  };
}

function counts(
  done: number,
  onTrack: number,
  delayed: number,
  notStarted: number,
  unknown = 0,
): StatusCounts {
  return { done, onTrack, delayed, notStarted, unknown };
}

function group(name: string, byStatus: StatusCounts): GroupProgress {
  const total = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  const onTrackPct = round1(((byStatus.done + byStatus.onTrack) / total) * 100);
  return {
    name,
    total,
    byStatus,
    onTrackPct,
    rag: onTrackPct >= 80 ? "green" : onTrackPct >= 60 ? "amber" : "red",
  };
}

export const leakedEmail = "j.devries@lelystad.nl";

/** Lelystad, voortgangsrapportage IVP 2023–2026: 117 activities, 89% on track, four priorities. */
export function lelystadActivities(): ActivitiesReport {
  const overdue = (
    id: string,
    name: string,
    groupName: string,
    plannedEnd: string,
    planningText: string,
    status: StatusKey,
  ) => ({
    id,
    name,
    group: groupName,
    sheet: "Activiteiten",
    cell: `B${Number(id) + 4}`,
    plannedEnd,
    planningText,
    status,
  });
  return {
    total: 117,
    byStatus: counts(21, 83, 10, 3),
    onTrackPct: 88.9,
    overdue: 4,
    overdueList: [
      overdue(
        "012",
        `Cyberweerbaarheid ondernemers (contact ${leakedEmail})`,
        "Cybercriminaliteit",
        "2024-12-31",
        "eind 2024",
        "delayed",
      ),
      overdue(
        "031",
        "Convenant Veilige Scholen vernieuwen",
        "Jeugd en veiligheid",
        "2024-06-30",
        "Q2 2024",
        "onTrack",
      ),
      overdue(
        "058",
        "=Bestuurlijke weerbaarheid training",
        "Ondermijning",
        "2024-09-30",
        "Q3 2024",
        "notStarted",
      ),
      overdue("090", "Nazorg ex-gedetineerden", "Zorg en veiligheid", "2025-01-31", "31-01-2025", "delayed"),
    ],
    groups: [
      group("Cybercriminaliteit", counts(4, 18, 2, 1)),
      group("Jeugd en veiligheid", counts(6, 21, 3, 0)),
      group("Ondermijning", counts(5, 14, 2, 1)),
      group("Zorg en veiligheid", counts(6, 30, 3, 1)),
    ],
    changes: {
      statusChanged: [{ id: "004", name: "Aanpak hennepteelt", from: "onTrack", to: "delayed" }],
      added: [{ id: "116", name: "Campagne digitale fraude ouderen" }],
      removed: [{ id: "118", name: "Pilot buurtapp" }],
    },
    sheets: ["Activiteiten"],
  };
}

export function settingsFor(input: Partial<SettingsInput> = {}): Settings {
  return parseSettings({
    reportDate: "2025-03-01",
    title: "Voortgang IVP 2023-2026",
    organisation: "Gemeente Lelystad",
    ...input,
  });
}

/** The whole report for a workbook with the Lelystad activity list and the Dronten figures. */
export function seedReport(settings: Settings = settingsFor(), overrides: Partial<Report> = {}): Report {
  const language = settings.language;
  return {
    schemaVersion: 1,
    reportDate: settings.reportDate,
    language,
    title: settings.title,
    sources: ["ivp-lelystad.xlsx", "[cijfers.xlsx]"],
    datasets: [
      {
        kind: "activities",
        sheet: "Activiteiten",
        headerRow: 4,
        confidence: 0.95,
        explanation: "blad 'Activiteiten', kopregel op rij 4, kolommen Nr., Activiteit, Trekker, Status",
        rows: 117,
        notes: ["title-above"],
        columns: [{ header: "Nr.", field: "id", column: "A" }],
      },
      {
        kind: "figures",
        sheet: "[cijfers.xlsx]Tabel 2",
        headerRow: 2,
        confidence: 0.9,
        explanation: "blad 'Tabel 2', jaren 2016–2018 in de kopregel",
        rows: 24,
        notes: [],
        columns: [{ header: "2016", field: "year", column: "B" }],
      },
    ],
    activities: lelystadActivities(),
    figures: [drontenFigures()],
    findings: [
      createFinding(
        "unknown-status",
        { sheet: "Activiteiten", cell: "F40" },
        { value: "bijna klaar", suggestion: "Afgerond" },
        language,
      ),
      createFinding(
        "duplicate-id",
        { sheet: "Activiteiten", cell: "A12" },
        { value: "011", otherRow: 9 },
        language,
      ),
      createFinding("blank-row", { sheet: "Activiteiten", cell: "A30" }, {}, language),
      createFinding(
        "subtotal-mismatch",
        { sheet: "[cijfers.xlsx]Tabel 2", cell: "B11" },
        { category: "geweld: totaal", year: 2016, value: 155, sum: 145 },
        language,
      ),
      createFinding("no-datasets", { sheet: null, cell: null }, {}, language),
    ],
    privacy: [],
    summary: {
      headline: "89% van de 117 activiteiten loopt volgens planning of is afgerond.",
      lines: [
        "4 activiteiten zijn over de planning, waaronder Cyberweerbaarheid ondernemers.",
        "Woninginbraken daalden van 121 naar 79 (−34,7%, significant).",
      ],
    },
    output: null,
    ...overrides,
  };
}

/** The testing summary of a table of 3 years (so the change tests assume Poisson variation). */
export function testingOf(poissonAssumed: boolean): NonNullable<FiguresReport["testing"]> {
  return {
    tested: 23,
    nominal: 3,
    expectedByChance: 1.15,
    significant: 3,
    trendsTested: 0,
    trendsSignificant: 0,
    poissonAssumed,
  };
}
