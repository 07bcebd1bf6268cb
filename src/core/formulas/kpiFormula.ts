import { runKpi } from '../kpi/runKpi';
import { KpiDefinition, KpiError, KpiQuery, KpiTables } from '../kpi/types';
import { activityTypeArg, dayArg, filterArgs, FormulaEnv, grossMarginArg, tableArg } from './args';
import { paramsOf } from './docs';

/**
 * Runs a KPI's custom function: arguments in the order its definition lays out, then filter
 * pairs. Returns the number for the cell, or throws a KpiError whose message says what to fix.
 */
export function kpiFormula(def: KpiDefinition, args: readonly unknown[], env: FormulaEnv): number {
  const tables: KpiTables = {};
  const query: KpiQuery = { period: {}, filters: [] };
  const names = paramsOf(def).map((p) => p.name);
  let i = 0;
  for (const arg of def.args) {
    switch (arg.kind) {
      case 'table':
        (tables as Record<string, unknown>)[arg.table] = tableArg(def.id, names[i], arg.table, args[i], env);
        i++;
        break;
      case 'activityType':
        query.activityType = activityTypeArg(def.id, args[i++]);
        break;
      case 'grossMargin':
        query.grossMargin = grossMarginArg(def.id, args[i++], env);
        break;
      case 'period':
        query.period = { start: dayArg(def.id, 'start', args[i], env), end: dayArg(def.id, 'end', args[i + 1], env) };
        i += 2;
        if (query.period.start !== undefined && query.period.end !== undefined && query.period.start > query.period.end) {
          throw new KpiError(`${def.id}: the start date is after the end date.`);
        }
        break;
    }
  }
  query.filters = filterArgs(def.id, args.slice(i), env);
  return runKpi(def, tables, query).value;
}
