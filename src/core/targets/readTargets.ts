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
  const kpis = table.text('kpi'), periods = table.period('period'), values = table.number('target');
  const columns = table.text('filterColumn'), filterValues = table.text('filterValue');
  const text = (c: { codes: ArrayLike<number>; values: string[] }, i: number) => (c.codes[i] < 0 ? undefined : c.values[c.codes[i]]);
  for (let i = 0; i < table.size; i++) {
    const name = text(kpis, i), period = periods[i], target = values[i], row = table.rowNumbers[i];
    if (name === undefined || period === undefined || target !== target) continue; // reported by the data check
    const kpi = kpiByName(name);
    if (!kpi) {
      issues.push({ table: table.name, row, column: col('kpi'), value: name, message: 'unknown KPI (use an id such as REVENUE, CAC, CHURN)' });
      continue;
    }
    if (kpi.unit === 'ratio' && (target > 1 || target < 0)) {
      issues.push({ table: table.name, row, column: col('target'), value: String(target), message: `${kpi.id} is a rate: write 25% or 0.25` });
      continue;
    }
    const column = text(columns, i), value = text(filterValues, i);
    const filter = column !== undefined && value !== undefined ? { column, value } : undefined;
    targets.push({ kpi, period, value: target, filter, row });
  }
  return { targets, issues };
}
