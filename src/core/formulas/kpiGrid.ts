/**
 * KPI_BY_PERIOD and KPI_BY_SEGMENT: a whole grid of one KPI in one formula. Sheets runs each
 * custom-function cell as its own call carrying its whole range; a founder's grid of 18 months ×
 * 18 figures is 324 calls re-reading the same deals. These read the range once and spill a table.
 * Each value is the KPI's own function over that period or segment (same definition, same
 * left-out rule); a period or segment where it can't be computed shows its reason instead.
 */
import { isBlank, type Cell } from '../cells/cell';
import { normalizeKey } from '../cells/text';
import { utcDateOfDay } from '../dates/day';
import { grainOf, periodsBetween, type PeriodGrain } from '../dates/grain';
import { compareSegments } from '../dashboard/segments';
import { columnOf } from '../kpi/input';
import { KPIS, kpiByName } from '../kpi/registry';
import { checkKpi, runKpi } from '../kpi/runKpi';
import { KpiDefinition, KpiError, KpiQuery, KpiTables } from '../kpi/types';
import { distinctValues } from '../tables/distinctValues';
import type { Table } from '../tables/readTable';
import { withinOneEdit } from '../tables/vocabulary';
import { describe, filterArgs, FormulaEnv } from './args';
import { readKpiArgs } from './kpiFormula';

/** A spilled result: rows of cells. */
export type GridResult = (string | number | Date)[][];

/** At most this many periods (20 years of months, 19 of weeks): beyond, the span is surely a typo. */
export const MAX_PERIODS = 1000;
/** At most this many segments: beyond, the column is an identifier (Customer, Deal ID), not a segment. */
export const MAX_SEGMENTS = 500;

const WHY = 'Why no value';

/** `=KPI_BY_PERIOD(kpi, tables…, start, end, [grain], [column, value]…)`. */
export function kpiByPeriod(args: readonly unknown[], env: FormulaEnv): GridResult {
  const fn = 'KPI_BY_PERIOD';
  const def = kpiArg(fn, args[0]);
  if (def.period === 'none') {
    throw new KpiError(`${fn}: ${def.id} has no period: it is measured today (the deals open now); use =${def.id}(…), or KPI_BY_SEGMENT to split it.`);
  }
  const rest = args.slice(1);
  const { tables, query, next } = readKpiArgs(fn, def, rest, env);
  const grain = grainArg(fn, rest[next]);
  const { start, end } = query.period;
  if (start === undefined) throw new KpiError(`${fn}: start is needed: the first row is the ${grain} of start (e.g. DATE(2025,6,1)).`);
  if (end === undefined) throw new KpiError(`${fn}: end is needed: the last row is the ${grain} of end (e.g. DATE(2026,11,30), or TODAY()).`);
  query.filters = filterArgs(fn, rest.slice(next + 1), env);
  const periods = periodsBetween(start, end, grain);
  if (periods.length > MAX_PERIODS) {
    throw new KpiError(`${fn}: from start to end there are ${periods.length} ${grain}s; at most ${MAX_PERIODS} rows: choose a later start or a longer grain ("quarter").`);
  }
  checkKpi(def, tables, query.filters);
  const dateOf = env.dateOf ?? utcDateOfDay;
  const out: GridResult = [['Period', 'First day', def.id, WHY]];
  for (const p of periods) {
    const c = valueCell(def, tables, { ...query, period: { start: p.start, end: p.end } });
    out.push([p.label, dateOf(p.start), c.value, c.why]);
  }
  return out;
}

/** `=KPI_BY_SEGMENT(kpi, tables…, start, end, column, [column, value]…)`. */
export function kpiBySegment(args: readonly unknown[], env: FormulaEnv): GridResult {
  const fn = 'KPI_BY_SEGMENT';
  const def = kpiArg(fn, args[0]);
  const rest = args.slice(1);
  const { tables, query, next } = readKpiArgs(fn, def, rest, env);
  const column = columnArg(fn, rest[next]);
  query.filters = filterArgs(fn, rest.slice(next + 1), env);
  checkKpi(def, tables, query.filters);
  const read = kpiTables(def, tables);
  const having = read.filter((t) => columnOf(t, column) !== undefined);
  if (having.length === 0) {
    const have = read.map((t) => `${t.name}: ${t.headers.filter((h) => h !== '').join(', ')}`).join('; ');
    throw new KpiError(`${fn}: split_by "${column}" is a column of no table ${def.id} reads (${have}).`);
  }
  // A column only one side of CAC, CPL or LTV has can't split it: the KPI's own message says why.
  checkKpi(def, tables, [...query.filters, { column, value: '' }]);
  const values = new Map<string, string>();
  for (const t of having) {
    for (const v of distinctValues(t, columnOf(t, column)!, MAX_SEGMENTS)) if (!values.has(v.key)) values.set(v.key, v.text);
    if (values.size > MAX_SEGMENTS) {
      throw new KpiError(`${fn}: split_by "${column}" has more than ${MAX_SEGMENTS} different values: it names things (customers, deals) rather than segments; choose a column such as Channel, Owner or Product.`);
    }
  }
  const segments = [...values.values()].sort(compareSegments);
  const t0 = having[0];
  const out: GridResult = [[t0.headers[columnOf(t0, column)!], def.id, WHY]];
  for (const text of segments) {
    const c = valueCell(def, tables, { ...query, filters: [...query.filters, { column, value: text }] });
    out.push([text === '' ? '(blank)' : text, c.value, c.why]);
  }
  const total = valueCell(def, tables, query);
  out.push(['Total', total.value, total.why]);
  return out;
}

/** The KPI's value, or '' and the reason it has none. */
function valueCell(def: KpiDefinition, tables: KpiTables, query: KpiQuery): { value: number | ''; why: string } {
  try {
    return { value: runKpi(def, tables, query).value, why: '' };
  } catch (e) {
    if (e instanceof KpiError) return { value: '', why: e.message };
    throw e;
  }
}

/** The tables a KPI reads, in its arguments' order. */
function kpiTables(def: KpiDefinition, tables: KpiTables): Table[] {
  return def.args.flatMap((a) => (a.kind === 'table' && tables[a.table] ? [tables[a.table] as Table] : []));
}

/** `"REVENUE"`, `"cac"`, `"Win rate"`: a KPI by id or name, case-insensitive. */
export function kpiArg(fn: string, v: unknown): KpiDefinition {
  const def = typeof v === 'string' ? kpiByName(v) : undefined;
  if (def) return def;
  const key = typeof v === 'string' ? normalizeKey(v) : '';
  const near = key.length >= 3 ? KPIS.find((k) => withinOneEdit(key, normalizeKey(k.id))) : undefined;
  throw new KpiError(`${fn}: kpi must be a KPI id as text (${KPIS.map((k) => k.id).join(', ')}); got ${describe(v)}${near ? `: did you mean "${near.id}"?` : '.'}`);
}

function grainArg(fn: string, v: unknown): PeriodGrain {
  if (v === undefined || isBlank(v as Cell)) return 'month';
  const grain = typeof v === 'string' ? grainOf(v) : undefined;
  if (grain) return grain;
  throw new KpiError(`${fn}: grain must be "month", "quarter" or "week" (blank: month); got ${describe(v)}. To filter without choosing a grain, leave it blank: =${fn}(…, end, , "Owner", "Alice").`);
}

function columnArg(fn: string, v: unknown): string {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  throw new KpiError(`${fn}: split_by must name the column to split by, as text (e.g. "Channel", "Owner", "Product"); got ${describe(v)}.`);
}
