import type { Report } from "../../../src/core/report";
import { drontenFigures, seedReport, settingsFor } from "../plan/reportFixtures";

/** Personal data of every kind, as it reaches a report from a real workbook. */
export const leaks = {
  email: "kees@example.nl",
  bsn: "123456782",
  phone: "06-12345678",
  iban: "NL91ABNA0417164300",
  name: "Jan de Vries",
  visit: "111222333",
};

/** A report whose every user text carries personal data: ids, names, groups, categories, sources, title. */
export function leakyReport(organisation = "Gemeente Lelystad"): {
  report: Report;
  settings: ReturnType<typeof settingsFor>;
} {
  const settings = settingsFor({ title: `Voortgang IVP (${leaks.email})`, organisation });
  const report = seedReport(settings);
  const activities = report.activities!;
  activities.groups = activities.groups.map((group, index) =>
    index === 0 ? { ...group, name: `Casus ${leaks.name}` } : group,
  );
  activities.overdueList = activities.overdueList.map((activity, index) => ({
    ...activity,
    id: index === 0 ? leaks.email : index === 1 ? `BSN ${leaks.bsn}` : activity.id,
    name: index === 2 ? `huisbezoek ${leaks.visit}` : `${activity.name} (bel ${leaks.phone} (2 pogingen))`,
    group: index === 0 ? `Casus ${leaks.name}` : activity.group,
  }));
  activities.changes = {
    statusChanged: activities.changes!.statusChanged.map((change) => ({ ...change, id: leaks.email })),
    added: activities.changes!.added.map((added) => ({ ...added, id: `BSN ${leaks.bsn}` })),
    removed: activities.changes!.removed.map((removed) => ({
      ...removed,
      name: `overleg met ${leaks.name}`,
    })),
  };
  const figures = drontenFigures();
  figures.sheet = `Cijfers ${leaks.iban}`;
  figures.series = figures.series.map((series, index) =>
    index < 2 ? { ...series, category: `${series.category} (melder ${leaks.phone})` } : series,
  );
  return {
    settings,
    report: {
      ...report,
      title: settings.title,
      sources: [`Dossier ${leaks.name}.xlsx`, "cijfers.xlsx"],
      figures: [figures],
      summary: { headline: `Kop voor ${leaks.name}`, lines: [`Mail ${leaks.email}`] },
    },
  };
}
