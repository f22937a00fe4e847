/**
 * The two error tiers: problems in the user's data are Findings (values); these classes are thrown
 * only for host failures and bugs, and carry a message the pane or CLI can show as is.
 */
export class KoersError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = new.target.name;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The host could not read the workbook (not a workbook, password protected, truncated, API failure). */
export class HostReadError extends KoersError {}

/** The host could not write the plan (protected sheet, read-only workbook, missing API). */
export class HostWriteError extends KoersError {}

/** A requested Office API requirement set is missing in this Excel. */
export class UnsupportedApiError extends KoersError {
  constructor(
    readonly requirement: string,
    message: string,
  ) {
    super(message);
  }
}
