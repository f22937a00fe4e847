/**
 * The seven downloads of issue 15 (test/support/crimeDownloads.ts) through the CLI entry, end to end: each
 * written as a real .xlsx, summarised with --json, and judged on what a user needs from report.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { Finding } from "../../src/core/findings/finding";
import type { FiguresReport, Report, SeriesReport } from "../../src/core/report";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { main } from "../../src/hosts/xlsx/node/cli";
import {
  fbiCounts,
  fbiTable1,
  fbiYears,
  flattenedCategories,
  monthlyCodes,
  monthlyYears,
  policeRegions,
  policeRegionsFlattened,
  provinces,
  safetyIndexCounts,
  safetyIndexOffences,
  safetyIndexWorkbook,
  safetyIndexYears,
  statlineCategories,
  statlineLandsdeel,
  statlineLeafCodes,
  statlineParentCodes,
  statlineProvinces,
  statlineYears,
  tidyCodes,
  tidyLong,
  tidyMonthly,
  tidyYears,
} from "../support/crimeDownloads";
import { toXlsxBuffer } from "../support/fixtures";
import { columnLetter } from "../../src/core/address";

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), "koers-downloads-"));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Writes the downloads as .xlsx files and runs `koers summarize … --json`; the report and stdout. */
async function summarize(
  workbooks: WorkbookSnapshot[],
  options: string[] = [],
): Promise<{ code: number; report: Report; stdout: string }> {
  const files = await Promise.all(
    workbooks.map(async (workbook) => {
      const file = path.join(directory, workbook.name);
      writeFileSync(file, await toXlsxBuffer(workbook));
      return file;
    }),
  );
  const json = path.join(directory, `${workbooks[0].name}.json`);
  const out = path.join(directory, `${workbooks[0].name} (Koers).xlsx`);
  let stdout = "";
  const code = await main(
    ["summarize", ...files, "--json", json, "--out", out, "--date", "2025-06-01", ...options],
    { stdout: (text) => (stdout += text), stderr: () => undefined, today: () => "2025-06-01" },
  );
  return { code, report: JSON.parse(readFileSync(json, "utf8")) as Report, stdout };
}

const codeOf = (series: SeriesReport) => series.category.split(" ")[0];
const codes = (findings: Finding[]) => [...new Set(findings.map((finding) => finding.code))].sort();
const leafCounts = (table: FiguresReport, region: string | null = null) =>
  table.series.filter(
    (series) => series.unit === "count" && series.role === "leaf" && series.region === region,
  );

/**
 * Every column of a sheet that holds numbers under the table's header is read (in the detection's columns)
 * or named in an unused-column finding: nothing is dropped silently.
 */
function expectEveryNumericColumnAccounted(report: Report, workbook: WorkbookSnapshot) {
  for (const dataset of report.datasets) {
    const sheet = workbook.sheets.find((candidate) => candidate.name === dataset.sheet)!;
    const numeric = new Set<string>();
    sheet.values.slice(dataset.headerRow).forEach((row) =>
      row.forEach((value, index) => {
        if (typeof value === "number") numeric.add(columnLetter(index + 1));
      }),
    );
    const read = new Set(dataset.columns.map((column) => column.column));
    const named = new Set(
      report.findings
        .filter((finding) => finding.code === "unused-column" && finding.sheet === dataset.sheet)
        .map((finding) => finding.cell!.replace(/\d+$/, "")),
    );
    expect([...numeric].filter((column) => !read.has(column) && !named.has(column))).toEqual([]);
  }
}

/** What every download must give: figures, no "no datasets", no headline that denies the figures it sums up. */
function expectFiguresRead(report: Report, code: number) {
  expect(code).toBe(0);
  expect(report.figures.length).toBeGreaterThan(0);
  expect(report.findings.map((finding) => finding.code)).not.toContain("no-datasets");
  expect(report.summary.headline).not.toMatch(/geen cijfers|no figures/i);
  expect(report.findings.filter((finding) => finding.code === "not-a-number")).toEqual([]);
}

describe("CBS StatLine 83648NED for a landsdeel", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([statlineLandsdeel()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, statlineLandsdeel());
  });

  it("reads every category of the export, not the unit row, over the years with 2024 provisional", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    expect({
      count: report.figures.length,
      years: table.years,
      provisional: table.provisionalYears,
      categories: table.series.map(codeOf),
      units: [...new Set(table.series.map((series) => series.unit))],
    }).toEqual({
      count: 1,
      years: [...statlineYears],
      provisional: [2024],
      categories: ["Totaal", ...statlineCategories.map((category) => category.code)],
      units: ["count"],
    });
    expect(table.series.map((series) => series.category)).not.toContain("Soort misdrijf");
    expect(report.datasets[0].columns[0]).toEqual({
      header: "Soort misdrijf",
      field: "category",
      column: "A",
    });
  });

  it("reads codes without dots as a hierarchy: the headline counts the 45 leaves, not 56 categories", () => {
    const [table] = result.report.figures;
    expect({
      leaves: leafCounts(table).map(codeOf),
      subtotals: table.series.filter((series) => series.role === "subtotal").map(codeOf),
      total: table.series.filter((series) => series.role === "total").map(codeOf),
      eleven: table.series
        .find((series) => codeOf(series) === "11")
        ?.subtotalOf?.map((part) => part.split(" ")[0]),
    }).toEqual({
      leaves: statlineLeafCodes,
      subtotals: statlineParentCodes,
      total: ["Totaal"],
      eleven: ["111", "112", "113", "114", "115", "116", "117", "118", "119"],
    });
    expect(result.report.summary.headline).toMatch(/^Van de 45 categorieën /);
  });

  it("takes CBS rounding to multiples of 5 for rounding: every subtotal holds, none is reported", () => {
    const [table] = result.report.figures;
    expect({
      holds: [
        ...new Set(table.series.filter((series) => series.role === "subtotal").map((s) => s.subtotalHolds)),
      ],
      mismatches: result.report.findings.filter((finding) => finding.code === "subtotal-mismatch"),
    }).toEqual({ holds: [true], mismatches: [] });
  });
});

describe("CBS StatLine 83648NED for the provinces, with 'Niet in te delen'", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([statlineProvinces()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, statlineProvinces());
  });

  it("reads a series per province and category, the pseudo-region kept", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    const regions = [...new Set(table.series.map((series) => series.region))];
    expect({
      regions,
      perRegion: leafCounts(table, "Utrecht (PV)").length,
    }).toEqual({
      regions: [...provinces, "Niet in te delen"],
      perRegion: 45,
    });
    expect(report.datasets[0].explanation).toContain(
      "Lege regiocellen nemen de regio van de rij erboven over (715)",
    );
  });

  it("leads with a real province, never with 'Niet in te delen', whose rises are the largest", () => {
    const { report } = result;
    const [table] = report.figures;
    const largest = [...table.series]
      .filter((series) => series.unit === "count" && series.role === "leaf" && series.lastChangePct !== null)
      .sort((a, b) => b.lastChangePct! - a.lastChangePct!)[0];
    expect(largest.region).toBe("Niet in te delen");
    expect(table.focusRegion).toBe("Groningen (PV)");
    expect([report.summary.headline, ...report.summary.lines].join("\n")).not.toContain("Niet in te delen");
  });

  it("follows --region for the headline", async () => {
    const { report } = await summarize([statlineProvinces()], ["--region", "Flevoland (PV)"]);
    expect({ focus: report.figures[0].focusRegion, headline: report.summary.headline }).toEqual({
      focus: "Flevoland (PV)",
      headline: expect.stringMatching(/^Van de \d+ categorieën in Flevoland \(PV\) /),
    });
  });

  it("with the landsdeel file beside it, summarises both and never says it found no figures", async () => {
    const { report, stdout, code } = await summarize([statlineLandsdeel(), statlineProvinces()]);
    expectFiguresRead(report, code);
    expect({
      tables: report.figures.length,
      headline: report.summary.headline,
      second: report.summary.lines[0],
    }).toEqual({
      tables: 2,
      headline: expect.stringMatching(/^Van de 45 categorieën/),
      second: expect.stringMatching(/^Van de 45 categorieën in Groningen \(PV\)/),
    });
    expect(stdout).not.toMatch(/geen activiteiten en geen cijfers/);
  });
});

describe("the older StatLine export per police region, dimensions glued into the headers", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([policeRegionsFlattened()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, policeRegionsFlattened());
  });

  it("splits 'Region_Subject_Period': the row label is the category, the rate subject a series in its unit", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    const netherlands = table.series.filter((series) => series.region === "Nederland");
    expect({
      years: table.years,
      provisional: table.provisionalYears,
      regions: [...new Set(table.series.map((series) => series.region))],
      counts: netherlands.filter((series) => series.unit === "count").map((series) => series.category),
      rates: netherlands.filter((series) => series.unit === "per1000").length,
      roles: [...new Set(netherlands.map((series) => series.role))],
    }).toEqual({
      years: [2012, 2013, 2014, 2015, 2016],
      provisional: [2016],
      regions: [...policeRegions],
      counts: [...flattenedCategories],
      rates: flattenedCategories.length,
      roles: ["leaf"],
    });
  });

  it("tests only the counts, and does not call the rates beside them mixed units", () => {
    const { report } = result;
    const [table] = report.figures;
    expect({
      ratesTested: table.series.filter((series) => series.unit !== "count" && series.pValue !== null).length,
      mixed: report.findings.filter((finding) => finding.code === "mixed-units"),
      headline: report.summary.headline,
    }).toEqual({
      ratesTested: 0,
      mixed: [],
      headline: expect.stringMatching(/^Van de 6 categorieën in Nederland /),
    });
  });
});

describe("a tidy long file from police open data", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([tidyLong()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, tidyLong());
  });

  it("reads a series per type code over the years, every one of the 708 rows used", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    expect({
      layout: table.layout,
      years: table.years,
      categories: table.series.map((series) => series.category),
      values: table.series.reduce(
        (total, series) => total + series.values.filter((v) => v !== null).length,
        0,
      ),
    }).toEqual({ layout: "long", years: tidyYears, categories: [...tidyCodes], values: 708 });
  });

  it("takes the population for rates and names the COVID flag as not used; neither is a category", () => {
    const { report } = result;
    const [table] = report.figures;
    const unused = report.findings.filter((finding) => finding.code === "unused-column");
    expect({
      categories: table.series.filter((series) => /population|covid/i.test(series.category)),
      unused: unused.map((finding) => [finding.cell, finding.severity]),
      ratePer1000: table.series.find((series) => series.category === "1.1.1")?.ratePer1000?.[0],
    }).toEqual({
      categories: [],
      unused: [["E1", "info"]],
      ratePer1000: expect.closeTo((188 / 46_300) * 1000, 1),
    });
    expect(unused[0].message).toContain("covid");
  });

  it("infers '0.0.0' as the total of the other codes from its sums over twelve years", () => {
    const [table] = result.report.figures;
    const total = table.series.find((series) => series.category === "0.0.0")!;
    expect({ role: total.role, holds: total.subtotalHolds, leaves: leafCounts(table).length }).toEqual({
      role: "total",
      holds: true,
      leaves: tidyCodes.length - 1,
    });
  });
});

describe("the monthly version of the tidy file", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([tidyMonthly()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, tidyMonthly());
  });

  it("reads it long, months added up to years, not as a table of periods by columns", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    expect({
      years: table.years,
      categories: table.series.map((series) => series.category),
      findings: codes(report.findings.filter((finding) => finding.severity === "info")),
    }).toEqual({
      years: [...monthlyYears],
      categories: [...monthlyCodes],
      findings: ["aggregated-periods", "incomplete-year", "unused-column"],
    });
  });

  it("compares the last whole year, and never calls the year running to May an outlier", () => {
    const { report } = result;
    const [table] = report.figures;
    expect({
      compared: [...new Set(table.series.map((series) => `${series.previousYear}→${series.lastYear}`))],
      outliers: report.findings.filter((finding) => finding.code === "outlier"),
    }).toEqual({ compared: ["2022→2023"], outliers: [] });
  });
});

describe("the FBI's Crime in the United States, Table 1", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([fbiTable1()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, fbiTable1());
  });

  it("reads every year, 2001 and 2012 from their footnoted forms, and says so", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    expect({
      years: table.years,
      footnoted: report.findings
        .filter((finding) => finding.code === "footnote-year")
        .map((finding) => [finding.cell, finding.severity]),
      robbery2001: table.series.find((series) => series.category === "Robbery")?.values[5],
    }).toEqual({
      years: fbiYears,
      footnoted: [
        ["A10", "info"],
        ["A21", "info"],
      ],
      robbery2001: fbiCounts().counts.get("Robbery")![5],
    });
  });

  it("reads the rate columns as rates per 100,000 from the title, never tested as counts", () => {
    const [table] = result.report.figures;
    const rates = table.series.filter((series) => series.category.endsWith(" rate"));
    expect({
      rates: rates.length,
      units: [...new Set(rates.map((series) => series.unit))],
      tested: rates.filter((series) => series.pValue !== null || series.significant !== null).length,
      mixed: result.report.findings.filter((finding) => finding.code === "mixed-units"),
    }).toEqual({ rates: 10, units: ["per100000"], tested: 0, mixed: [] });
  });

  it("takes the population as the population, no series and no headline of its own", () => {
    const { report } = result;
    const [table] = report.figures;
    const population = fbiCounts().population;
    const murder = table.series.find((series) => series.category === "Murder and nonnegligent manslaughter")!;
    expect({
      series: table.series.filter((series) => /population/i.test(series.category)),
      inSummary: [report.summary.headline, ...report.summary.lines].some((line) => /population/i.test(line)),
      murderPer1000: murder.ratePer1000?.[0],
    }).toEqual({
      series: [],
      inSummary: false,
      murderPer1000: expect.closeTo((murder.values[0]! / population[0]) * 1000, 2),
    });
  });

  it("infers violent and property crime as the sums of their offences, so the headline counts 8 offences", () => {
    const { report } = result;
    const [table] = report.figures;
    const parts = (category: string) =>
      table.series.find((series) => series.category === category)?.subtotalOf;
    expect({
      violent: parts("Violent crime"),
      property: parts("Property crime"),
      headline: report.summary.headline,
    }).toEqual({
      violent: [
        "Murder and nonnegligent manslaughter",
        "Rape (legacy definition)",
        "Robbery",
        "Aggravated assault",
      ],
      property: ["Burglary", "Larceny-theft", "Motor vehicle theft"],
      headline: expect.stringMatching(/^Van de 8 categorieën /),
    });
  });

  it("does not take the notes' 'U.S. Census Bureau' for a person's name", () => {
    expect({
      privacy: result.report.privacy,
      personal: result.report.findings.filter((finding) => finding.code === "personal-data"),
    }).toEqual({ privacy: [], personal: [] });
  });
});

describe("a municipality's safety index, a sheet per year", () => {
  let result: Awaited<ReturnType<typeof summarize>>;
  beforeAll(async () => {
    result = await summarize([safetyIndexWorkbook()]);
  });

  it("reads or names every column that holds numbers", () => {
    expectEveryNumericColumnAccounted(result.report, safetyIndexWorkbook());
  });

  it("combines the year sheets into one series per offence, with the rates beside them", () => {
    const { report, code } = result;
    expectFiguresRead(report, code);
    const [table] = report.figures;
    const counts = safetyIndexCounts();
    expect({
      tables: report.figures.length,
      years: table.years,
      counts: leafCounts(table).map((series) => [series.category, series.values]),
      rates: table.series.filter((series) => series.unit === "per1000").length,
      headline: report.summary.headline,
    }).toEqual({
      tables: 1,
      years: [...safetyIndexYears],
      counts: safetyIndexOffences.map(([offence]) => [offence, counts.get(offence)]),
      rates: safetyIndexOffences.length,
      headline: expect.stringMatching(/^Van de 9 categorieën /),
    });
  });

  it("names the index column of every sheet as not used, and calls no rate mixed units", () => {
    const { report } = result;
    expect({
      unused: report.findings
        .filter((finding) => finding.code === "unused-column")
        .map((finding) => [finding.sheet, finding.cell]),
      mixed: report.findings.filter((finding) => finding.code === "mixed-units"),
      notesSheet: report.findings.filter((finding) => finding.sheet === "Toelichting"),
    }).toEqual({
      unused: safetyIndexYears.map((year) => [String(year), "D3"]),
      mixed: [],
      notesSheet: [],
    });
  });
});
