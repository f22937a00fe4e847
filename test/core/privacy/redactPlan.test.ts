import { buildReportPlan } from "../../../src/core/plan/buildPlan";
import type { ReportPlan } from "../../../src/core/plan/reportPlan";
import { redactReportPlan } from "../../../src/core/privacy/redactPlan";
import { scanLabels } from "../../../src/core/privacy/scan";
import { scanText } from "../../../src/core/privacy/textPatterns";
import { settingsFor } from "../plan/reportFixtures";
import { leaks, leakyReport } from "./leakyReport";

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

function leftovers(plan: ReportPlan): string[] {
  return strings(plan)
    .filter(
      ([, text]) =>
        Object.values(leaks).some((leak) => text.includes(leak)) ||
        scanText(text, { bsnContext: true }).length > 0,
    )
    .map(([path, text]) => `${path}: ${text}`);
}

describe("the griffie plan: one redaction step over every text", () => {
  it("leaves no personal data in ids, names, groups, categories, sheet names, sources, charts or properties", () => {
    const { report, settings } = leakyReport();
    const plan = buildReportPlan(report, settings, [], { audience: "griffie" });
    expect(leftovers(plan)).toEqual([]);
    // The plan does hold the texts, redacted: the overdue table and the cover show what was removed.
    expect(JSON.stringify(plan)).toContain("[e-mailadres verwijderd]");
    expect(JSON.stringify(plan)).toContain("Casus [naam verwijderd]");
  });

  it("redacts an organisation that is a person's name in the cover, creator and company (--organisation)", () => {
    const { report, settings } = leakyReport("Jan de Vries");
    const plan = buildReportPlan(report, settings, [], { audience: "griffie" });
    expect({
      author: plan.properties.author,
      company: plan.properties.company,
      left: leftovers(plan),
      rescan: scanLabels({ creator: plan.properties.author, company: plan.properties.company }),
    }).toEqual({ author: "[naam verwijderd]", company: "[naam verwijderd]", left: [], rescan: [] });
    const kept = buildReportPlan(report, settingsFor({ organisation: "Gemeente Lelystad" }), [], {
      audience: "griffie",
    });
    expect(kept.properties.author).toBe("Gemeente Lelystad");
  });

  it("redacts a plan made for the user's workbook the same way, and a redacted plan stays as it is", () => {
    const { report, settings } = leakyReport();
    const workbookPlan = buildReportPlan(report, settings, []);
    expect(leftovers(workbookPlan).length).toBeGreaterThan(0);
    const redacted = redactReportPlan(workbookPlan);
    expect(leftovers(redacted)).toEqual([]);
    expect(redactReportPlan(redacted)).toEqual(redacted);
  });
});
