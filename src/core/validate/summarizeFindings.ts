import type { Severity } from "../findings/catalog";
import type { Finding } from "../findings/finding";

/** A frictionless-style validation report: valid when nothing is an error. */
export interface ValidationReport {
  valid: boolean;
  counts: Record<Severity, number>;
  findings: Finding[];
}

/** Counts findings per severity; `valid` is true when there is no error (warnings and info allowed). */
export function summarizeFindings(findings: Finding[]): ValidationReport {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { valid: counts.error === 0, counts, findings };
}
