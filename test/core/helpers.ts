/**
 * Tiny shared builders for the core tests: days, Date cells as Sheets hands them over (UTC and
 * Asia/Tokyo), formula environments, and one-liners to read a table or run a KPI.
 */
import type { Grid } from '../../src/core/cells/cell';
import type { DayOf } from '../../src/core/cells/date';
import { Day, dayFromYmd, dayOfUtcDate } from '../../src/core/dates/day';
import type { FormulaEnv } from '../../src/core/formulas/args';
import { localeInfo } from '../../src/core/format/locale';
import { kpiFormula } from '../../src/core/formulas/kpiFormula';
import { byId } from '../../src/core/kpi/registry';
import { runKpi } from '../../src/core/kpi/runKpi';
import type { FilterSpec, KpiId, KpiTables, KpiValue } from '../../src/core/kpi/types';
import { ReadOptions, readTable, Table } from '../../src/core/tables/readTable';
import { TABLES, type TableKind } from '../../src/core/tables/schema';

/** The Day of a calendar date (throws on an impossible one, so typos in tests show). */
export function day(y: number, m: number, d: number): Day {
  const v = dayFromYmd(y, m, d);
  if (v === undefined) throw new Error(`impossible test date ${y}-${m}-${d}`);
  return v;
}

/** A Date cell of a spreadsheet in UTC: the instant of that day's midnight UTC. */
export function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Calendar day of an instant in a given IANA zone, via Intl (independent of the code under test). */
export function dayOfIn(timeZone: string): DayOf {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (date: Date) => {
    const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
    return day(+parts.year, +parts.month, +parts.day);
  };
}

export const tokyoDayOf: DayOf = dayOfIn('Asia/Tokyo');

/** A Date cell of a spreadsheet in Asia/Tokyo (UTC+9): the instant of local midnight, i.e. 15:00 UTC the day before. */
export function tokyo(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d) - 9 * 3600_000);
}

/**
 * Spreadsheet environments. EN is en_GB: English separators (1,234.5) and day-first text dates
 * (10/02/2026 is 10 February), the conventions these tests were written in; US is en_US (month
 * first); FR is fr_FR; TOKYO is a Tokyo sheet with EN's locale.
 */
export const EN: FormulaEnv = { dayOf: dayOfUtcDate, locale: localeInfo('en_GB') };
export const US: FormulaEnv = { dayOf: dayOfUtcDate, locale: localeInfo('en_US') };
export const FR: FormulaEnv = { dayOf: dayOfUtcDate, locale: localeInfo('fr_FR') };
export const TOKYO: FormulaEnv = { dayOf: tokyoDayOf, locale: localeInfo('en_GB') };

/** Reads a grid as a table of that kind (English locale, UTC sheet unless told; other read options, e.g. lazy, as given). */
export function read<K extends TableKind>(kind: K, grid: Grid, env: FormulaEnv = EN, options: Omit<ReadOptions, 'dayOf' | 'locale'> = {}): Table<K> {
  return readTable(kind, grid, { ...options, dayOf: env.dayOf, locale: env.locale });
}

/**
 * A table's rows as plain objects (`{ row, id, amount… }`, undefined where blank or unreadable),
 * to assert on what was read: tables hold columns, not row objects.
 */
export function rowsOf(t: Table): ({ row: number } & Record<string, unknown>)[] {
  const keys = TABLES[t.kind].fields.map((f) => f.key);
  return Array.from(t.rowNumbers, (row, i) => Object.fromEntries([['row', row], ...keys.map((k) => [k, t.value(k as never, i)])]) as { row: number } & Record<string, unknown>);
}

/** Runs a custom function the way Sheets calls it: `=ID(args…)`. */
export function formula(id: KpiId, args: unknown[], env: FormulaEnv = EN): number {
  return kpiFormula(byId(id), args, env);
}

/** The message of the error `fn` throws (fails the test when nothing is thrown). */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, got a value');
}

/** What `fn` returns, or the message of the error it throws: to compare two ways of computing, errors included. */
export function valueOrError<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    return (e as Error).message;
  }
}

/** Runs a KPI on grids, returning value, numerator, denominator and excluded. */
export function run(
  id: KpiId,
  grids: Partial<Record<TableKind, Grid>>,
  period: { start?: Day; end?: Day } = {},
  filters: FilterSpec[] = [],
  extra: { grossMargin?: number; activityType?: 'call' | 'meeting' | 'demo' | 'proposal' | 'email' } = {},
): KpiValue {
  const tables: KpiTables = {};
  for (const kind of Object.keys(grids) as TableKind[]) (tables as Record<string, unknown>)[kind] = read(kind, grids[kind]!);
  return runKpi(byId(id), tables, { period, filters, ...extra });
}

/** A whole-column range as Sheets passes it: the table, then `n` rows of blanks. */
export function withTrailingBlanks(grid: Grid, n = 5000): Grid {
  const width = grid[0].length;
  return [...grid, ...Array.from({ length: n }, () => Array.from({ length: width }, () => ''))];
}

/** Standard English headers. */
export const DEAL_HEADERS = ['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date', 'Owner', 'Channel'];
export const LEAD_HEADERS = ['Lead ID', 'Created', 'Channel', 'Status', 'Owner'];
export const SPEND_HEADERS = ['Month', 'Channel', 'Amount', 'Category'];
export const CUSTOMER_HEADERS = ['Customer', 'Start date', 'End date', 'Segment'];
export const SURVEY_HEADERS = ['Date', 'Customer', 'Score', 'Type'];
export const ACTIVITY_HEADERS = ['Date', 'Type', 'Owner', 'Deal ID'];
