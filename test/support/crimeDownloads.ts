/**
 * Crime figures as people download them (issue 15), each built in code from the conventions of its
 * publisher, with what the reader must get right known from how it was built:
 *
 * - statlineLandsdeel(): CBS StatLine "Geregistreerde criminaliteit; soort misdrijf, regio" (83648NED) for one
 *   landsdeel: title block, periods over a unit row ("Soort misdrijf | aantal | …"), codes without dots ("1",
 *   "11", "111"), "2024*" provisional, every cell rounded to a multiple of 5 (so subtotals miss their parts by
 *   up to 2.5 × the parts), "Bron: CBS" and footnotes below.
 * - statlineProvinces(): the same table for the twelve provinces and "Niet in te delen", a region column
 *   before the categories, each region named once on the first row of its block; the pseudo-region holds
 *   the largest rises.
 * - policeRegionsFlattened(): the older StatLine export per police region, every dimension glued into the
 *   header ("Nederland_Totaal geregistreerde misdrijven_2016*"), counts and rates per 1,000 inhabitants.
 * - tidyLong(): a tidy file built from police open data (47018NED): incident_type_code, year,
 *   incident_count, population, a 0/1 COVID flag; 59 codes × 12 years = 708 rows.
 * - tidyMonthly(): the same per month ("2016MM01"), its last year running to May.
 * - fbiTable1(): the FBI's "Crime in the United States" Table 1 saved from CSV: title rows, years down with
 *   footnote digits glued on ("20013" is 2001, "20124" is 2012), a population column, a count and a rate
 *   per 100,000 inhabitants per offence, notes rows at the end naming the U.S. Census Bureau.
 * - safetyIndexWorkbook(): a municipality's safety index, one sheet per year of the same table (a row per
 *   offence: count, per 1,000 inhabitants, an index), and a sheet of notes.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { createRandom, type Random } from "./fixtures/random";
import { sheetFromRows, workbookFromSheets } from "./snapshotBuilder";

/** A category of 83648NED: its code (without dots), name and, for a leaf, its level of counts. */
interface StatlineCategory {
  code: string;
  name: string;
  /** Typical yearly count for a landsdeel (leaves only). */
  size?: number;
}

/** Soort misdrijf as StatLine lists it, codes without dots: 7 groups, 8 subgroups, 43 leaves. */
export const statlineCategories: readonly StatlineCategory[] = [
  { code: "1", name: "Vermogensmisdrijven" },
  { code: "11", name: "Diefstal/verduistering en inbraak" },
  { code: "111", name: "Diefstal/inbraak woning", size: 3400 },
  { code: "112", name: "Diefstal/inbraak box/garage/schuur", size: 1150 },
  { code: "113", name: "Diefstal uit/vanaf motorvoertuigen", size: 4200 },
  { code: "114", name: "Diefstal van motorvoertuigen", size: 900 },
  { code: "115", name: "Diefstal van brom-, snor-, fietsen", size: 7800 },
  { code: "116", name: "Zakkenrollerij", size: 1300 },
  { code: "117", name: "Diefstal af/uit/van ov. voertuigen", size: 650 },
  { code: "118", name: "Winkeldiefstal", size: 3900 },
  { code: "119", name: "Inbraak/diefstal bedrijven enz.", size: 2300 },
  { code: "12", name: "Bedrog", size: 6100 },
  { code: "13", name: "Valsheidsmisdrijven", size: 420 },
  { code: "14", name: "Heling", size: 180 },
  { code: "15", name: "Afpersing en afdreiging", size: 240 },
  { code: "16", name: "Witwassen", size: 310 },
  { code: "2", name: "Vernielingen, misdrijven tegen openbare orde en gezag" },
  { code: "21", name: "Vernieling en beschadiging", size: 7300 },
  { code: "22", name: "Openbare orde misdrijven", size: 1100 },
  { code: "23", name: "Brandstichting / ontploffing", size: 520 },
  { code: "24", name: "Openbaar gezag", size: 1450 },
  { code: "3", name: "Gewelds- en seksuele misdrijven" },
  { code: "31", name: "Mishandeling", size: 4300 },
  { code: "32", name: "Bedreiging", size: 2700 },
  { code: "33", name: "Stalking", size: 450 },
  { code: "34", name: "Seksuele misdrijven" },
  { code: "341", name: "Aanranding", size: 210 },
  { code: "342", name: "Verkrachting", size: 240 },
  { code: "343", name: "Ontucht", size: 170 },
  { code: "344", name: "Overige seksuele misdrijven", size: 320 },
  { code: "35", name: "Moord, doodslag", size: 95 },
  { code: "36", name: "Openlijk geweld (persoon)", size: 310 },
  { code: "37", name: "Vrijheidsbeneming, gijzeling", size: 60 },
  { code: "38", name: "Diefstal met geweld" },
  { code: "381", name: "Straatroof", size: 230 },
  { code: "382", name: "Overval", size: 55 },
  { code: "4", name: "Verkeersmisdrijven" },
  { code: "41", name: "Rijden onder invloed", size: 2400 },
  { code: "42", name: "Verlaten plaats ongeval", size: 2100 },
  { code: "43", name: "Rijden tijdens ontzegging", size: 480 },
  { code: "44", name: "Overige verkeersmisdrijven", size: 390 },
  { code: "5", name: "Drugsmisdrijven" },
  { code: "51", name: "Harddrugs", size: 1150 },
  { code: "52", name: "Softdrugs", size: 880 },
  { code: "53", name: "Drugsmisdrijven (overig)", size: 140 },
  { code: "6", name: "Vuurwapenmisdrijven", size: 430 },
  { code: "7", name: "Misdrijven WvSr (overig)" },
  { code: "71", name: "Discriminatie", size: 45 },
  { code: "72", name: "Mensenhandel", size: 35 },
  { code: "73", name: "Computervredebreuk", size: 610 },
  { code: "74", name: "Overige misdrijven Wetboek van Strafrecht", size: 730 },
  { code: "8", name: "Misdrijven overige wetten" },
  { code: "81", name: "Wet op de economische delicten", size: 260 },
  { code: "82", name: "Wet wapens en munitie (overig)", size: 140 },
  { code: "83", name: "Overige misdrijven overige wetten", size: 115 },
];

/** The years of the StatLine exports; the last is provisional ("2024*"). */
export const statlineYears = [2019, 2020, 2021, 2022, 2023, 2024] as const;

const roundTo5 = (value: number) => Math.max(0, Math.round(value / 5) * 5);

/** True when `code` heads `other` ("11" heads "111"; "1" heads "11" and "111"). */
const heads = (code: string, other: string) => other.length > code.length && other.startsWith(code);

/**
 * The StatLine figures of one region: leaves drawn around their size × `scale` with a yearly drift, each
 * cell rounded on its own to a multiple of 5, parents the rounded sum of their exact parts (so a parent
 * may miss the sum of its rounded parts by up to 2.5 × their number, as in every CBS table).
 * `rises` multiplies the last year of the named leaf codes.
 */
function statlineFigures(
  random: Random,
  scale: number,
  rises: Record<string, number> = {},
): { byCode: Map<string, number[]>; total: number[] } {
  const exact = new Map<string, number[]>();
  for (const category of statlineCategories) {
    if (category.size === undefined) continue;
    const drift = 0.94 + random.next() * 0.1;
    let level = category.size * scale;
    const values = statlineYears.map((_, index) => {
      if (index > 0) level *= drift + (random.next() - 0.5) * 0.04;
      return level;
    });
    const rise = rises[category.code];
    if (rise !== undefined) values[values.length - 1] = values[values.length - 2] * rise;
    exact.set(category.code, values);
  }
  const sumOf = (codes: string[]) =>
    statlineYears.map((_, year) => codes.reduce((total, code) => total + exact.get(code)![year], 0));
  const byCode = new Map<string, number[]>();
  const leaves = statlineCategories.filter((category) => category.size !== undefined).map((c) => c.code);
  for (const category of statlineCategories) {
    const values =
      category.size !== undefined
        ? exact.get(category.code)!
        : sumOf(leaves.filter((leaf) => heads(category.code, leaf)));
    byCode.set(category.code, values.map(roundTo5));
  }
  return { byCode, total: sumOf(leaves).map(roundTo5) };
}

/** Leaves of 83648NED (categories without a child) by code. */
export const statlineLeafCodes = statlineCategories
  .filter((category) => category.size !== undefined)
  .map((category) => category.code);

/** Parents of 83648NED (groups and subgroups) by code. */
export const statlineParentCodes = statlineCategories
  .filter((category) => category.size === undefined)
  .map((category) => category.code);

const statlineTitle = "Geregistreerde criminaliteit; soort misdrijf, regio";
const statlineYearHeaders = statlineYears.map((year, index) =>
  index === statlineYears.length - 1 ? `${year}*` : String(year),
);
const statlineFooter: CellValue[][] = [
  [],
  ["Bron: CBS, Politie. Geregistreerde criminaliteit; soort misdrijf, regio (83648NED)"],
  ["Alle cijfers zijn afgerond op vijftallen; totalen kunnen daardoor afwijken van de som der delen."],
  ["* Voorlopige cijfers"],
  ["Gewijzigd op 30 april 2025"],
];

/** The region of statlineLandsdeel. */
export const landsdeel = "Noord-Nederland (LD)";

/** 83648NED for one landsdeel, as the StatLine download saves it in Excel. */
export function statlineLandsdeel(): WorkbookSnapshot {
  const { byCode, total } = statlineFigures(createRandom(83648), 1);
  const rows: CellValue[][] = [
    [statlineTitle],
    ["Onderwerp: Geregistreerde misdrijven"],
    [`Regio's: ${landsdeel}`],
    [],
    ["Perioden", ...statlineYearHeaders],
    ["Soort misdrijf", ...statlineYears.map(() => "aantal")],
    ["Totaal misdrijven", ...total],
    ...statlineCategories.map((category) => [
      `${category.code} ${category.name}`,
      ...byCode.get(category.code)!,
    ]),
    ...statlineFooter,
  ];
  return workbookFromSheets(
    "Geregistreerde_criminaliteit__soort_misdrijf__regio_Noord.xlsx",
    sheetFromRows("Geregistreerde criminaliteit", rows),
  );
}

/** The provinces of statlineProvinces in StatLine's order, then the pseudo-region. */
export const provinces = [
  "Groningen (PV)",
  "Fryslân (PV)",
  "Drenthe (PV)",
  "Overijssel (PV)",
  "Flevoland (PV)",
  "Gelderland (PV)",
  "Utrecht (PV)",
  "Noord-Holland (PV)",
  "Zuid-Holland (PV)",
  "Zeeland (PV)",
  "Noord-Brabant (PV)",
  "Limburg (PV)",
] as const;

/** Leaf codes whose last year jumps in "Niet in te delen" (offences that could not be placed). */
export const pseudoRegionRises: Record<string, number> = { "12": 3.1, "73": 2.6, "16": 2.4 };

/** 83648NED for the provinces: "Regio's | Soort misdrijf | 2019 … 2024*", the unit row, "Niet in te delen". */
export function statlineProvinces(): WorkbookSnapshot {
  const random = createRandom(1202);
  const rows: CellValue[][] = [
    [statlineTitle],
    ["Onderwerp: Geregistreerde misdrijven"],
    [],
    ["Regio's", "Soort misdrijf", ...statlineYearHeaders],
    [null, null, ...statlineYears.map(() => "aantal")],
  ];
  const regions: [string, number, Record<string, number>][] = [
    ...provinces.map((province, index): [string, number, Record<string, number>] => [
      province,
      0.4 + ((index * 7) % 12) / 8,
      {},
    ]),
    ["Niet in te delen", 0.08, pseudoRegionRises],
  ];
  for (const [region, scale, rises] of regions) {
    const { byCode, total } = statlineFigures(random, scale, rises);
    // StatLine writes the region once, on the first row of its block.
    rows.push([region, "Totaal misdrijven", ...total]);
    for (const category of statlineCategories)
      rows.push([null, `${category.code} ${category.name}`, ...byCode.get(category.code)!]);
  }
  rows.push(...statlineFooter);
  return workbookFromSheets(
    "Geregistreerde_criminaliteit__soort_misdrijf__regio_provincies.xlsx",
    sheetFromRows("Geregistreerde criminaliteit", rows),
  );
}

/** Regions of the older per-police-region export. */
export const policeRegions = [
  "Nederland",
  "Politie Noord-Nederland",
  "Politie Oost-Nederland",
  "Politie Midden-Nederland",
  "Politie Limburg",
  "Niet in te delen",
] as const;

export const flattenedYears = [2012, 2013, 2014, 2015, 2016] as const;

/** Categories of the older export (no codes, before the 2019 classification). */
export const flattenedCategories = [
  "Totaal diefstal/verduistering en inbraak",
  "Totaal vernielingen,misdr.openb.orde/gezag",
  "Totaal gewelds- en seksuele misdrijven",
  "Totaal verkeersmisdrijven",
  "Totaal drugsmisdrijven",
  "Totaal vuurwapenmisdrijven",
] as const;

const flattenedSubjects = [
  "Totaal geregistreerde misdrijven",
  "Geregistreerde misdrijven per 1000 inwoners",
] as const;

/** Inhabitants of the regions of policeRegionsFlattened (2012), for the rates per 1,000. */
const policeRegionInhabitants: Record<(typeof policeRegions)[number], number> = {
  Nederland: 16_780_000,
  "Politie Noord-Nederland": 1_710_000,
  "Politie Oost-Nederland": 3_180_000,
  "Politie Midden-Nederland": 2_110_000,
  "Politie Limburg": 1_120_000,
  "Niet in te delen": 16_780_000,
};

/**
 * The older StatLine export per police region: a row per category, a column per region × subject × year
 * glued with "_" ("Politie Limburg_Totaal geregistreerde misdrijven_2016*"), counts and rates per 1,000.
 */
export function policeRegionsFlattened(): WorkbookSnapshot {
  const random = createRandom(2016);
  const header: CellValue[] = ["Soort misdrijf"];
  for (const region of policeRegions)
    for (const subject of flattenedSubjects)
      for (const year of flattenedYears)
        header.push(`${region}_${subject}_${year}${year === 2016 ? "*" : ""}`);
  const rows: CellValue[][] = [
    [statlineTitle],
    [],
    header,
    ...flattenedCategories.map((category, index) => {
      const row: CellValue[] = [category];
      for (const region of policeRegions) {
        const share = region === "Nederland" ? 1 : region === "Niet in te delen" ? 0.01 : 0.1 + index / 100;
        let level = [480_000, 190_000, 110_000, 70_000, 40_000, 5_000][index] * share;
        const counts = flattenedYears.map((_, year) => {
          if (year > 0) level *= 0.93 + random.next() * 0.08;
          return roundTo5(level);
        });
        row.push(...counts);
        const inhabitants = policeRegionInhabitants[region];
        row.push(...counts.map((count) => Math.round((count / inhabitants) * 10_000) / 10));
      }
      return row;
    }),
    [],
    ["Bron: CBS StatLine"],
  ];
  return workbookFromSheets("StatLine_politieregio_2012-2016.xlsx", sheetFromRows("Data", rows));
}

/** Police open data codes (47018NED): "0.0.0" is every offence; 58 further codes. */
export const tidyCodes: readonly string[] = [
  "0.0.0",
  ...[
    "1.1.1",
    "1.1.2",
    "1.2.1",
    "1.2.2",
    "1.2.3",
    "1.2.4",
    "1.2.5",
    "1.3.1",
    "1.4.1",
    "1.4.2",
    "1.4.3",
    "1.4.4",
    "1.4.5",
    "1.4.6",
    "1.4.7",
    "1.5.2",
    "1.6.1",
    "1.6.2",
    "1.6.3",
    "2.1.1",
    "2.2.1",
    "2.2.2",
    "2.4.1",
    "2.4.2",
    "2.5.1",
    "2.5.2",
    "2.6.1",
    "2.6.2",
    "2.6.3",
    "2.6.4",
    "2.6.5",
    "2.6.7",
    "2.6.8",
    "2.6.9",
    "2.6.10",
    "2.6.11",
    "2.6.12",
    "2.6.13",
    "2.7.2",
    "2.7.3",
    "3.1.1",
    "3.1.2",
    "3.1.3",
    "3.2.1",
    "3.2.2",
    "3.3.2",
    "3.3.5",
    "3.4.2",
    "3.5.2",
    "3.5.5",
    "3.6.4",
    "3.7.1",
    "3.7.2",
    "3.7.3",
    "3.7.4",
    "3.9.1",
    "3.9.2",
    "3.9.3",
  ],
];

export const tidyYears = Array.from({ length: 12 }, (_, index) => 2012 + index);

/** The municipality's inhabitants per year of tidyLong. */
const tidyPopulation = (year: number) => 46_300 + (year - 2012) * 420;

/** Yearly counts per code of the tidy file: "0.0.0" is the sum of the others. */
function tidyCounts(random: Random): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const code of tidyCodes.slice(1)) {
    let level = 8 + random.integer(0, 60) * (code.startsWith("1.") ? 3 : 1);
    counts.set(
      code,
      tidyYears.map((year, index) => {
        if (index > 0) level *= 0.92 + random.next() * 0.14;
        const covid = year === 2020 || year === 2021 ? 0.85 : 1;
        return Math.round(level * covid);
      }),
    );
  }
  counts.set(
    "0.0.0",
    tidyYears.map((_, index) => [...counts.values()].reduce((total, values) => total + values[index], 0)),
  );
  return counts;
}

/** A tidy long file: incident_type_code | year | incident_count | population | covid, 708 rows. */
export function tidyLong(): WorkbookSnapshot {
  const counts = tidyCounts(createRandom(47018));
  const rows: CellValue[][] = [["incident_type_code", "year", "incident_count", "population", "covid"]];
  for (const code of tidyCodes)
    tidyYears.forEach((year, index) =>
      rows.push([
        code,
        year,
        counts.get(code)![index],
        tidyPopulation(year),
        year === 2020 || year === 2021 ? 1 : 0,
      ]),
    );
  return workbookFromSheets("misdrijven_tidy.xlsx", sheetFromRows("misdrijven_tidy", rows));
}

/** The years of tidyMonthly; the last runs to May. */
export const monthlyYears = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;
export const monthlyLastMonth = 5;

/** Codes of the monthly file (a selection of tidyCodes, without the total). */
export const monthlyCodes = tidyCodes.slice(1, 21);

/** The monthly version: incident_type_code | period ("2016MM01") | incident_count | covid. */
export function tidyMonthly(): WorkbookSnapshot {
  const random = createRandom(201601);
  const rows: CellValue[][] = [["incident_type_code", "period", "incident_count", "covid"]];
  for (const code of monthlyCodes) {
    const level = 4 + random.integer(0, 40);
    for (const year of monthlyYears)
      for (let month = 1; month <= 12; month++) {
        if (year === monthlyYears[monthlyYears.length - 1] && month > monthlyLastMonth) break;
        const covid = (year === 2020 && month >= 3) || year === 2021 ? 1 : 0;
        const season = 1 + 0.15 * Math.cos(((month - 1) / 12) * 2 * Math.PI);
        const value = Math.round(level * season * (covid ? 0.8 : 1) * (0.8 + random.next() * 0.4));
        rows.push([code, `${year}MM${String(month).padStart(2, "0")}`, value, covid]);
      }
  }
  return workbookFromSheets("misdrijven_per_maand.xlsx", sheetFromRows("per maand", rows));
}

/** The years of fbiTable1, with the footnote mark the table glues onto some of them. */
export const fbiYears = Array.from({ length: 20 }, (_, index) => 1996 + index);
const fbiFootnotes: Record<number, number> = { 2001: 3, 2012: 4 };

/** Offences of Table 1 in column order; violent and property crime are the sums of the offences after them. */
const fbiOffences = [
  { header: "Violent crime2", start: 1_688_540, end: 1_197_704 },
  { header: "Murder and nonnegligent manslaughter", start: 19_645, end: 15_696 },
  { header: "Rape (revised definition)5", start: 0, end: 124_047 },
  { header: "Rape (legacy definition)6", start: 96_252, end: 90_185 },
  { header: "Robbery", start: 535_594, end: 327_374 },
  { header: "Aggravated assault", start: 1_037_049, end: 764_449 },
  { header: "Property crime", start: 11_805_323, end: 7_993_631 },
  { header: "Burglary", start: 2_506_400, end: 1_579_527 },
  { header: "Larceny-theft", start: 7_904_685, end: 5_706_346 },
  { header: "Motor vehicle theft", start: 1_394_238, end: 707_758 },
] as const;

/** The FBI counts per offence and year (violent and property crime the sums of their offences). */
export function fbiCounts(): { population: number[]; counts: Map<string, number[]> } {
  const random = createRandom(1996);
  const population = fbiYears.map((_, index) =>
    Math.round(265_228_572 + index * 2_957_908 + random.integer(0, 9_999)),
  );
  const counts = new Map<string, number[]>();
  const curve = (start: number, end: number) =>
    fbiYears.map((_, index) => {
      const share = index / (fbiYears.length - 1);
      return Math.round(start * Math.pow(end / start, share) * (0.99 + random.next() * 0.02));
    });
  for (const offence of fbiOffences.slice(1)) {
    if (offence.header.startsWith("Rape (revised")) {
      // Estimated under the revised definition from 2013 on only.
      counts.set(
        offence.header,
        fbiYears.map((year) =>
          year < 2013 ? Number.NaN : Math.round(offence.end * (0.96 + (year - 2013) * 0.02)),
        ),
      );
    } else if (offence.header !== "Property crime")
      counts.set(offence.header, curve(offence.start, offence.end));
  }
  const sum = (headers: string[]) =>
    fbiYears.map((_, index) => headers.reduce((total, header) => total + counts.get(header)![index], 0));
  counts.set(
    "Violent crime2",
    sum([
      "Murder and nonnegligent manslaughter",
      "Rape (legacy definition)6",
      "Robbery",
      "Aggravated assault",
    ]),
  );
  counts.set("Property crime", sum(["Burglary", "Larceny-theft", "Motor vehicle theft"]));
  return { population, counts };
}

/** The column headers of Table 1 (the rate columns carry no unit: "per 100,000 inhabitants" is in the title). */
export const fbiHeaders: string[] = [
  "Year",
  "Population1",
  ...fbiOffences.flatMap((offence) => {
    const mark = /\d$/.exec(offence.header)?.[0] ?? "";
    const name = mark ? offence.header.slice(0, -1) : offence.header;
    return [offence.header, `${name} rate${mark}`];
  }),
];

/** Table 1 as Excel saves the CSV: numbers as numbers, the notes in column A under the table. */
export function fbiTable1(): WorkbookSnapshot {
  const { population, counts } = fbiCounts();
  const rows: CellValue[][] = [
    ["Table 1"],
    ["Crime in the United States"],
    ["by Volume and Rate per 100,000 Inhabitants, 1996–2015"],
    fbiHeaders,
    ...fbiYears.map((year, index) => {
      const mark = fbiFootnotes[year];
      const row: CellValue[] = [mark === undefined ? year : Number(`${year}${mark}`), population[index]];
      for (const offence of fbiOffences) {
        const count = counts.get(offence.header)![index];
        if (Number.isNaN(count)) row.push(null, null);
        else row.push(count, Math.round((count / population[index]) * 1_000_000) / 10);
      }
      return row;
    }),
    [
      "1 Populations are U.S. Census Bureau provisional estimates as of July 1 for each year except 2000 and 2010, which are decennial census counts.",
    ],
    [
      "2 The violent crime figures include the offenses of murder, rape (legacy definition), robbery, and aggravated assault.",
    ],
    [
      "3 The murder and nonnegligent homicides that occurred as a result of the events of September 11, 2001, are not included in this table.",
    ],
    ["4 The crime figures have been adjusted."],
    [
      "5 The figures shown in this column for the offense of rape were estimated using the revised Uniform Crime Reporting (UCR) definition of rape. See data declaration for further explanation.",
    ],
    [
      "6 The figures shown in this column for the offense of rape were estimated using the legacy UCR definition of rape. See data declaration for further explanation.",
    ],
    [
      "NOTE: Although arson data are included in the trend and clearance tables, sufficient data are not available to estimate totals for this offense. Therefore, no arson data are published in this table.",
    ],
  ];
  return workbookFromSheets("table-1.xlsx", sheetFromRows("table-1", rows));
}

/** The years of the safety index, a sheet each. */
export const safetyIndexYears = [2019, 2020, 2021, 2022, 2023] as const;

/** Offences of the safety index with their count in the first year. */
export const safetyIndexOffences: readonly [string, number][] = [
  ["Woninginbraak", 212],
  ["Fietsdiefstal", 488],
  ["Diefstal uit auto", 264],
  ["Straatroof", 31],
  ["Mishandeling", 305],
  ["Bedreiging", 187],
  ["Vernieling", 402],
  ["Overlast jeugd (meldingen)", 640],
  ["Drugsoverlast (meldingen)", 155],
];

/** Inhabitants of the municipality of the safety index per year. */
export const safetyIndexInhabitants = [41_820, 42_010, 42_380, 42_900, 43_310];

/** The index's counts per offence and year. */
export function safetyIndexCounts(): Map<string, number[]> {
  const random = createRandom(2019);
  return new Map(
    safetyIndexOffences.map(([offence, first]) => {
      let level = first;
      return [
        offence,
        safetyIndexYears.map((_, index) => {
          if (index > 0) level *= 0.9 + random.next() * 0.18;
          return Math.round(level);
        }),
      ];
    }),
  );
}

/**
 * A municipality's safety-index workbook: a notes sheet, then a sheet per year ("2019" … "2023"), each with a
 * title, "Delict | Aantal | Per 1.000 inwoners | Index (2019 = 100)" and a source line.
 */
export function safetyIndexWorkbook(): WorkbookSnapshot {
  const counts = safetyIndexCounts();
  const notes = sheetFromRows("Toelichting", [
    ["Veiligheidsindex gemeente Oosterwold"],
    ["Per jaar een blad met de geregistreerde misdrijven en meldingen, per 1.000 inwoners en als index."],
    ["Contact: team Openbare Orde en Veiligheid"],
  ]);
  const sheets: SheetSnapshot[] = safetyIndexYears.map((year, yearIndex) =>
    sheetFromRows(String(year), [
      [`Veiligheidsindex gemeente Oosterwold ${year}`],
      [],
      ["Delict", "Aantal", "Per 1.000 inwoners", "Index (2019 = 100)"],
      ...safetyIndexOffences.map(([offence]) => {
        const values = counts.get(offence)!;
        return [
          offence,
          values[yearIndex],
          Math.round((values[yearIndex] / safetyIndexInhabitants[yearIndex]) * 10_000) / 10,
          Math.round((values[yearIndex] / values[0]) * 100),
        ];
      }),
      [],
      ["Bron: Politie, basisvoorziening handhaving; bewerking gemeente Oosterwold"],
    ]),
  );
  return workbookFromSheets("Veiligheidsindex Oosterwold.xlsx", notes, ...sheets);
}
