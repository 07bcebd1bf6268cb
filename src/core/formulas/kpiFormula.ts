import { runKpi } from '../kpi/runKpi';
import { KpiDefinition, KpiError, KpiQuery, KpiTables } from '../kpi/types';
import { activityTypeArg, dayArg, filterArgs, FormulaEnv, grossMarginArg, tableArg } from './args';
import { paramsOf } from './docs';

/**
 * Runs a KPI's custom function: arguments in the order its definition lays out, then filter
 * pairs. Returns the number for the cell, or throws a KpiError whose message says what to fix.
 */
export function kpiFormula(def: KpiDefinition, args: readonly unknown[], env: FormulaEnv): number {
  const { tables, query, next } = readKpiArgs(def.id, def, args, env);
  query.filters = filterArgs(def.id, args.slice(next), env);
  return runKpi(def, tables, query).value;
}

/**
 * A KPI's own arguments (its tables, ACTIVITIES' type, the period, LTV's gross margin), in the
 * order its definition lays out, read for the function `fn` (the KPI's, or KPI_BY_PERIOD…, which
 * take the same ones after the KPI's id). `next` is the index of the first argument after them.
 */
export function readKpiArgs(fn: string, def: KpiDefinition, args: readonly unknown[], env: FormulaEnv): { tables: KpiTables; query: KpiQuery; next: number } {
  const tables: KpiTables = {};
  const query: KpiQuery = { period: {}, filters: [] };
  const names = paramsOf(def).map((p) => p.name);
  let i = 0;
  for (const arg of def.args) {
    switch (arg.kind) {
      case 'table':
        (tables as Record<string, unknown>)[arg.table] = tableArg(fn, names[i], arg.table, args[i], env);
        i++;
        break;
      case 'activityType':
        query.activityType = activityTypeArg(fn, args[i++]);
        break;
      case 'grossMargin':
        query.grossMargin = grossMarginArg(fn, args[i++], env);
        break;
      case 'period':
        query.period = { start: dayArg(fn, 'start', args[i], env), end: dayArg(fn, 'end', args[i + 1], env) };
        i += 2;
        if (query.period.start !== undefined && query.period.end !== undefined && query.period.start > query.period.end) {
          throw new KpiError(`${fn}: the start date is after the end date.`);
        }
        break;
    }
  }
  return { tables, query, next: i };
}
