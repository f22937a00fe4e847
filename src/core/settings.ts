import { z } from "zod";

const statusKey = z.enum(["done", "onTrack", "delayed", "notStarted", "unknown"]);

/**
 * Settings: everything a user can choose, saved inside the workbook by the Office host and passed by
 * flags to the CLI. Parsing fills defaults, so `parseSettings({reportDate})` is a complete setting.
 */
export const settingsSchema = z.object({
  /** ISO date the report is "as of"; core never reads the clock. */
  reportDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  language: z.enum(["nl", "en"]).default("nl"),
  /** The report's title; empty means the default title in the report language (see reportTitle). */
  title: z.string().default(""),
  /** Organisation shown as author of the griffie copy (never a person). */
  organisation: z.string().default("Gemeente"),
  documentStatus: z.enum(["Concept", "Definitief"]).default("Concept"),
  /** Statuses that count as "on track" in % on track; the council counts done + on schedule. */
  onTrackStatuses: z.array(statusKey).default(["done", "onTrack"]),
  /**
   * Whether an activity on track by its status but past its planned end counts in % on track. Yes by
   * default, as councils count; the headline always says how many there are (activities.onTrackOverdue).
   */
  overdueCountsAsOnTrack: z.boolean().default(true),
  /**
   * The region the headline leads with (a municipality of a regional table, case-insensitive); empty =
   * the region the workbooks' titles name, else the organisation's, else the first real region.
   */
  region: z.string().default(""),
  /** RAG colour of a group by its % on track: ≥ green → green, ≥ amber → amber, else red. */
  ragThresholds: z
    .object({ green: z.number().min(0).max(100), amber: z.number().min(0).max(100) })
    .default({ green: 80, amber: 60 }),
  /** Category (lower case) → polarity; crime defaults to lower is better. */
  polarity: z.record(z.enum(["lowerIsBetter", "higherIsBetter"])).default({}),
  /** Inhabitants, for rates per 1,000/10,000: one number, or per year. */
  population: z
    .union([z.number().positive(), z.record(z.number().positive())])
    .nullable()
    .default(null),
  /** Base year of the index (100); null = first year of the table. */
  baseYear: z.number().int().nullable().default(null),
  /** Category (lower case) → target, e.g. {changePct: -10, baseYear: 2022}. */
  targets: z.record(z.object({ changePct: z.number(), baseYear: z.number().int() })).default({}),
  /** Counts under this are small numbers: no percentage headline. */
  smallNumberThreshold: z.number().positive().default(10),
  significanceLevel: z.number().gt(0).lt(1).default(0.05),
  /** Manual column mapping per sheet: field → column letter ("B"). Overrides detection. */
  columnMapping: z.record(z.record(z.string().regex(/^[A-Za-z]{1,3}$/))).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Parses user or stored settings; throws a ZodError on a value that is not allowed (a bug in the caller). */
export function parseSettings(input: SettingsInput): Settings {
  return settingsSchema.parse(input);
}

/** Key under which the task pane saves the settings in a workbook (Excel's settings for the add-in). */
export const storedSettingsKey = "Koers.settings";

/**
 * Settings saved in a workbook as JSON; null when absent or no longer valid (a caller then starts from
 * defaults). Also accepts the JSON of a JSON string, as a file stores an add-in setting's value.
 */
export function parseStoredSettings(json: string | null): Settings | null {
  if (!json) return null;
  try {
    let value: unknown = JSON.parse(json);
    if (typeof value === "string") value = JSON.parse(value);
    const result = settingsSchema.safeParse(value);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

const defaultTitles = {
  nl: "Voortgang Integraal Veiligheidsplan",
  en: "Integral Safety Plan progress",
} as const;

/** The title the report carries: the user's own, else the default in the report language. */
export function reportTitle(settings: Pick<Settings, "title" | "language">): string {
  return settings.title.trim() || defaultTitles[settings.language];
}
