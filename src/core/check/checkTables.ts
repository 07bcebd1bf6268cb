import type { KpiTables } from '../kpi/types';
import type { DataIssue } from '../tables/issues';
import { TABLE_KINDS, TableKind } from '../tables/schema';
import { readTargets } from '../targets/readTargets';
import { checkTable } from './dataCheck';

/** What the data check went through: "no problem found" is said only of tables that were checked. */
export interface CheckedTables {
  issues: DataIssue[];
  checked: { kind: TableKind; name: string; rows: number }[];
}

/** The data check of every table read, the Targets rows that can't be used included. */
export function checkTables(tables: KpiTables): CheckedTables {
  const issues: DataIssue[] = [];
  const checked: CheckedTables['checked'] = [];
  for (const kind of TABLE_KINDS) {
    const t = tables[kind];
    if (!t) continue;
    issues.push(...checkTable(t));
    checked.push({ kind, name: t.name, rows: t.size });
  }
  if (tables.targets) issues.push(...readTargets(tables.targets).issues);
  return { issues, checked };
}
