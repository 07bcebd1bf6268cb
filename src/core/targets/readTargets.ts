import type { NamedPeriod } from '../dates/period';
import { kpiByName } from '../kpi/registry';
import type { FilterSpec, KpiDefinition } from '../kpi/types';
import type { DataIssue } from '../tables/issues';
import type { Table } from '../tables/readTable';

export interface Target {
  kpi: KpiDefinition;
  period: NamedPeriod;
  value: number;
  /** A target on a segment: `Channel = LinkedIn`. */
  filter?: FilterSpec;
  row: number;
}

/** Targets from a Targets table; rows that can't be used are reported, never guessed. */
export function readTargets(table: Table<'targets'>): { targets: Target[]; issues: DataIssue[] } {
  const targets: Target[] = [];
  const issues: DataIssue[] = [];
  const col = (key: string) => table.headers[table.columns[key] ?? -1] ?? key;
  for (const r of table.rows) {
    if (r.kpi === undefined || r.period === undefined || r.target === undefined) continue; // reported by the data check
    const kpi = kpiByName(r.kpi);
    if (!kpi) {
      issues.push({ table: table.name, row: r.row, column: col('kpi'), value: r.kpi, message: 'unknown KPI (use an id such as REVENUE, CAC, CHURN)' });
      continue;
    }
    if (kpi.unit === 'ratio' && (r.target > 1 || r.target < 0)) {
      issues.push({ table: table.name, row: r.row, column: col('target'), value: String(r.target), message: `${kpi.id} is a rate: write 25% or 0.25` });
      continue;
    }
    const filter = r.filterColumn !== undefined && r.filterValue !== undefined ? { column: r.filterColumn, value: r.filterValue } : undefined;
    targets.push({ kpi, period: r.period, value: r.target, filter, row: r.row });
  }
  return { targets, issues };
}
