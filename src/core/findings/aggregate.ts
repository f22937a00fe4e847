import { columnRunsAddress, rowDigitsAt } from "../address";
import type { Language } from "../i18n/language";
import { findingCatalog, type CatalogEntry } from "./catalog";
import { findingFromParameters, type Finding, type FindingParameters } from "./finding";

/** A column's name for grouped messages: its header in quotes ("'Trekker'"), or null to use its letter. */
export type ColumnNamer = (sheet: string, column: string) => string | null;

interface Group {
  first: Finding;
  firstRow: number;
  rows: number[];
}

/**
 * Folds findings that differ only by cell into one finding per group (docs/contracts.md "Findings"): same code,
 * sheet and column, and equal parameters apart from the catalog entry's `perCell` ones. A group of one
 * keeps its finding as it is; a larger group becomes one finding with `range` (all its cells), `count`,
 * the parameters of its first (top) cell and the entry's grouped text. Findings without a cell, or that
 * already cover several cells, pass unchanged. Groups keep the order of their first finding. Linear.
 */
export function aggregateFindings(
  findings: readonly Finding[],
  language: Language,
  columnName: ColumnNamer = () => null,
): Finding[] {
  const groups = new Map<string, Group>();
  const order: (Group | Finding)[] = [];
  for (const finding of findings) {
    const digitsAt = finding.cell && finding.count === 1 ? rowDigitsAt(finding.cell) : -1;
    if (digitsAt < 0 || finding.sheet === null) {
      order.push(finding);
      continue;
    }
    const cell = finding.cell as string;
    const row = Number(cell.slice(digitsAt));
    const key = groupKey(finding, cell.slice(0, digitsAt), findingCatalog[finding.code]);
    const group = groups.get(key);
    if (!group) {
      const created: Group = { first: finding, firstRow: row, rows: [row] };
      groups.set(key, created);
      order.push(created);
      continue;
    }
    group.rows.push(row);
    if (row < group.firstRow) {
      group.first = finding;
      group.firstRow = row;
    }
  }
  return order.map((entry) => ("rows" in entry ? groupFinding(entry, language, columnName) : entry));
}

function groupKey(finding: Finding, column: string, entry: CatalogEntry): string {
  const perCell: readonly string[] = entry.perCell ?? [];
  let key = `${finding.code}\u0000${finding.sheet}\u0000${column}`;
  const names = Object.keys(finding.parameters);
  for (const name of names.length > 1 ? names.sort() : names) {
    if (perCell.includes(name)) continue;
    key += `\u0000${name}\u0001${finding.parameters[name]}`;
  }
  return key;
}

function groupFinding(group: Group, language: Language, columnName: ColumnNamer): Finding {
  const unique = new Set(group.rows);
  if (unique.size === 1) return group.first;
  const { first } = group;
  const column = (first.cell as string).replace(/\d+$/, "");
  const parameters: FindingParameters = {
    ...first.parameters,
    columnName: columnName(first.sheet as string, column) ?? column,
  };
  return findingFromParameters(
    first.code,
    {
      sheet: first.sheet,
      cell: first.cell,
      range: columnRunsAddress(column, [...unique]),
      count: unique.size,
    },
    parameters,
    language,
  );
}
