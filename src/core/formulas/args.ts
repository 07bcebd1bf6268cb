import { Cell, Grid, isBlank, isInvalid, showCell } from '../cells/cell';
import { DayOf, parseDay } from '../cells/date';
import { parseNumberOrPercent, readTable, Table } from '../tables/readTable';
import { isDate, Day } from '../dates/day';
import { TABLES, TableKind } from '../tables/schema';
import { KpiError, FilterSpec } from '../kpi/types';
import { activityTypeOf, ActivityType } from '../tables/vocabulary';
import type { LocaleInfo } from '../format/locale';

/** What a custom function knows of the spreadsheet it runs in. */
export interface FormulaEnv {
  dayOf: DayOf;
  /** The spreadsheet's locale (File › Settings): text amounts and text dates are read with it. */
  locale: LocaleInfo;
  /**
   * The Date a function returns for a calendar day (KPI_BY_PERIOD's first days): midnight of that
   * day in the spreadsheet's zone, which Sheets shows as that date. Default: midnight UTC (the
   * Node side, whose `dayOf` reads UTC days).
   */
  dateOf?: (day: Day) => Date;
}

/** A range argument: Sheets passes a 2D array; a single cell arrives as a bare value. */
export function tableArg<K extends TableKind>(fn: string, param: string, kind: K, v: unknown, env: FormulaEnv): Table<K> {
  if (!Array.isArray(v) || !Array.isArray(v[0])) {
    throw new KpiError(`${fn}: ${param} must be the ${TABLES[kind].label.en} table as a range, header row included (e.g. ${TABLES[kind].label.en}!A:K); got ${describe(v)}.`);
  }
  return readTable(kind, v as Grid, { dayOf: env.dayOf, locale: env.locale, lazy: true });
}

/** A period bound: a date cell, DATE(…), or text 2026-01-31 / 31/01/2026 (01/31/2026 in en_US); blank = open. */
export function dayArg(fn: string, param: string, v: unknown, env: FormulaEnv): Day | undefined {
  if (v === undefined || isBlank(v as Cell)) return undefined;
  const d = parseDay(v as Cell, env.dayOf, env.locale.dateOrder);
  if (typeof d === 'number') return d;
  const typed = env.locale.dateOrder === 'MDY' ? '"01/31/2026"' : '"31/01/2026"';
  throw new KpiError(`${fn}: ${param} must be a date (DATE(2026,1,31), "2026-01-31" or ${typed}); got ${describe(v)}${isInvalid(d) ? ` (${d.invalid})` : ''}.`);
}

export function activityTypeArg(fn: string, v: unknown): ActivityType | undefined {
  if (v === undefined || isBlank(v as Cell)) return undefined;
  const t = typeof v === 'string' ? activityTypeOf(v) : undefined;
  if (t) return t;
  throw new KpiError(`${fn}: unknown activity type ${describe(v)}; use Call, Meeting, Demo, Proposal or Email (Appel, Rendez-vous, Démo, Proposition), or leave it blank for all.`);
}

export function grossMarginArg(fn: string, v: unknown, env: FormulaEnv): number | undefined {
  if (v === undefined || isBlank(v as Cell)) return undefined;
  const m = parseNumberOrPercent(v as Cell, env.locale);
  if (typeof m === 'number' && m > 0 && m <= 1) return m;
  throw new KpiError(`${fn}: gross_margin must be a fraction between 0 and 1 (0.7 or 70%), got ${describe(v)}; leave it blank to skip it: =LTV(Deals!A:K, Customers!A:D, start, end, , "Segment", "SMB").`);
}

/** Trailing `column, value` pairs; blank trailing arguments are ignored. */
export function filterArgs(fn: string, rest: readonly unknown[], env: FormulaEnv): FilterSpec[] {
  const args = [...rest];
  while (args.length > 0 && (args[args.length - 1] === undefined || isBlank(args[args.length - 1] as Cell))) args.pop();
  if (args.length % 2 !== 0) {
    throw new KpiError(`${fn}: filters come in pairs, a column then a value (e.g. "Channel", "LinkedIn"); the last column has no value.`);
  }
  const filters: FilterSpec[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const column = args[i], value = args[i + 1];
    if (typeof column !== 'string' || column.trim() === '') {
      throw new KpiError(`${fn}: filter ${i / 2 + 1} needs a column name as text (e.g. "Owner"); got ${describe(column)}.`);
    }
    if (Array.isArray(value)) throw new KpiError(`${fn}: the value for "${column}" must be a single value, not a range.`);
    filters.push({ column: column.trim(), value: showCell(value as Cell, env.dayOf) });
  }
  return filters;
}

/** An argument as a message quotes it: `"Q1"`, `a range`, `a date`, `nothing`. */
export function describe(v: unknown): string {
  if (v === undefined || v === '') return 'nothing';
  if (Array.isArray(v)) return 'a range';
  if (isDate(v)) return `a date`;
  return typeof v === 'string' ? `"${v}"` : String(v);
}
