import { columnRunsAddress, rowDigitsAt } from "../address";
import type { ColumnNamer } from "../findings/aggregate";
import { createFinding, type Finding } from "../findings/finding";
import type { Language } from "../i18n/language";
import type { AggregatedPrivacyHit, PrivacyHit } from "../report";

/**
 * The hits of one kind in one column of one sheet as one hit with `range` and `count` (docs/contracts.md "Findings":
 * a column of person names is one finding for the column). The first (top) cell gives `cell` and `masked`.
 * Groups keep the order of their first hit; a hit without an A1 cell stays alone. Linear.
 */
export function aggregatePrivacyHits(hits: readonly PrivacyHit[]): AggregatedPrivacyHit[] {
  const groups = new Map<string, { first: PrivacyHit; firstRow: number; column: string; rows: number[] }>();
  const order: (AggregatedPrivacyHit | string)[] = [];
  for (const hit of hits) {
    const digitsAt = rowDigitsAt(hit.cell);
    if (digitsAt < 0) {
      order.push({ ...hit, range: hit.cell, count: 1 });
      continue;
    }
    const row = Number(hit.cell.slice(digitsAt));
    const column = hit.cell.slice(0, digitsAt);
    const key = `${hit.kind}\u0000${hit.sheet}\u0000${column}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: hit, firstRow: row, column, rows: [row] });
      order.push(key);
    } else {
      group.rows.push(row);
      if (row < group.firstRow) {
        group.first = hit;
        group.firstRow = row;
      }
    }
  }
  return order.map((entry) => {
    if (typeof entry !== "string") return entry;
    const group = groups.get(entry) as NonNullable<ReturnType<typeof groups.get>>;
    const rows = [...new Set(group.rows)];
    return {
      ...group.first,
      range: columnRunsAddress(group.column, rows),
      count: rows.length,
    };
  });
}

/**
 * One personal-data finding per (aggregated) hit, naming the kind in words (from the catalog's terms, so
 * the finding translates) and showing only the masked value; a hit over a column names the column
 * ("Kolom 'Trekker' bevat namen van personen (20.000 cellen) …").
 */
export function privacyFindings(
  hits: readonly (PrivacyHit | AggregatedPrivacyHit)[],
  language: Language,
  columnName: ColumnNamer = () => null,
): Finding[] {
  return hits.map((hit) => {
    const count = "count" in hit ? hit.count : 1;
    const cell = hit.cell === "" ? null : hit.cell;
    const column = cell?.replace(/\d+$/, "") ?? "";
    const parameters: { kind: string; masked: string; columnName?: string } = {
      kind: hit.kind,
      masked: hit.masked,
    };
    if (count > 1) parameters.columnName = columnName(hit.sheet, column) ?? column;
    return createFinding(
      "personal-data",
      {
        sheet: hit.sheet === "" ? null : hit.sheet,
        cell,
        range: "range" in hit ? hit.range || null : cell,
        count,
      },
      parameters,
      language,
    );
  });
}
