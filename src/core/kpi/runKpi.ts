import { formatDay } from '../dates/day';
import type { Table } from '../tables/readTable';
import type { TableKind } from '../tables/schema';
import { kpiInput, requireColumns, tableOf } from './input';
import { closedPeriod } from './math';
import { firstDay } from './dayIndex';
import { Tally } from './tally';
import { KpiDefinition, KpiError, KpiQuery, KpiTables, KpiValue } from './types';

/**
 * Computes one KPI: checks its filters, period and columns against the tables given, then runs
 * its definition. Never a number built on nothing: a table with no data row, a table whose rows
 * the KPI needs were all left out (unreadable), or a period that ends before a table's data
 * starts is an error saying so (a partial exclusion keeps the value; the data check lists it).
 */
export function runKpi(def: KpiDefinition, tables: KpiTables, query: KpiQuery): KpiValue {
  const tally = new Tally(query.trace === true);
  const input = kpiInput(def, tables, query.filters, tally);
  if (def.period === 'required') closedPeriod(def.id, query.period);
  checkNeededTables(def, tables);
  let result;
  try {
    result = def.compute(input, query);
  } catch (e) {
    // "No Won deal in the period (division by zero)" is the wrong story when they were all unreadable.
    if (e instanceof KpiError) allLeftOut(def, tables, tally);
    throw e;
  }
  allLeftOut(def, tables, tally);
  beforeData(def, tables, query);
  const value: KpiValue = { ...result, excluded: tally.excluded() };
  if (query.trace) value.trace = tally.trace(tables);
  return value;
}

/**
 * What makes a KPI impossible whatever the period, checked once before computing it for many
 * (KPI_BY_PERIOD, KPI_BY_SEGMENT): a missing table or column, an empty range, a table with no
 * data row, a filter column no table has or only one side of a two-table KPI has.
 */
export function checkKpi(def: KpiDefinition, tables: KpiTables, filters: KpiQuery['filters']): void {
  kpiInput(def, tables, filters, new Tally(false));
  checkNeededTables(def, tables);
}

/** Every table the KPI needs has its columns and at least one data row. */
function checkNeededTables(def: KpiDefinition, tables: KpiTables): void {
  const needed = Object.entries(def.needs) as [TableKind, readonly string[]][];
  for (const [kind, fields] of needed) requireColumns(def.id, tableOf(def.id, tables, kind), fields);
  for (const [kind] of needed) {
    const t = tableOf(def.id, tables, kind);
    // A lazily read range is gone through once, finding its rows and reading their dates.
    t.prepare(def.datedBy?.[kind]);
    if (t.size === 0) throw new KpiError(`${def.id}: the ${t.name} table has no data row, only its header row: there is nothing to compute.`);
  }
}

/**
 * Per table: every row the KPI needed was left out → an error counting them, not 0. A row whose
 * date can't be read can't be placed in any period: it is left out of every period (and listed
 * by the data check) but alone makes no period an error, unless no row of the table has a
 * readable date at all.
 */
function allLeftOut(def: KpiDefinition, tables: KpiTables, tally: Tally): void {
  for (const kind of Object.keys(def.needs) as TableKind[]) {
    const n = tally.leftOut(kind);
    if (n === 0 || tally.used(kind) > 0) continue;
    const t = tables[kind] as Table;
    const placing = def.datedBy?.[kind];
    const undated = placing ? tally.leftOutFor(kind, placing) : 0;
    if (n === undated && placing !== undefined && firstDay(t, placing) !== undefined) continue;
    throw new KpiError(
      `${def.id}: ${n === 1 ? `the 1 ${t.name} row it needs was` : `all ${n} ${t.name} rows it needs were`} left out because a value can't be read or is missing (${tally.reasons(kind, t)}); =PILOTE_CHECK on the ${t.name} table lists ${n === 1 ? 'it' : 'them'}.`,
    );
  }
}

/** A period ending before a table's first date has no data yet: say so rather than show 0. */
function beforeData(def: KpiDefinition, tables: KpiTables, query: KpiQuery): void {
  const end = query.period.end;
  if (end === undefined || !def.datedBy) return;
  for (const [kind, field] of Object.entries(def.datedBy) as [TableKind, string][]) {
    const t = tables[kind] as Table | undefined;
    if (!t || t.columns[field] === undefined) continue;
    const first = firstDay(t, field);
    if (first === undefined || end >= first) continue;
    const label = t.headers[t.columns[field]!];
    throw new KpiError(`${def.id}: the ${t.name} data starts on ${formatDay(first)} (its first ${label}); this period ends before, so there is nothing to measure yet.`);
  }
}
