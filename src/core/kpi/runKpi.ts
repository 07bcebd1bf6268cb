import { kpiInput } from './input';
import type { KpiDefinition, KpiQuery, KpiTables, KpiValue } from './types';

/** Computes one KPI: checks its filters against the tables given, then runs its definition. */
export function runKpi(def: KpiDefinition, tables: KpiTables, query: KpiQuery): KpiValue {
  const input = kpiInput(def.id, tables, query.filters);
  return def.compute(input, query);
}
