import type { Table } from '../tables/readTable';
import type { RowRef } from '../tables/rows';

/** A table's rows sorted by one of their date fields, for slicing by period in O(log n). */
export interface DayIndex<R> {
  rows: R[];
  days: Float64Array;
  /** Rows without a readable value in that field. */
  undated: R[];
}

interface Entry { uses: number; index?: DayIndex<RowRef>; /** Earliest day in the field (null: none), once known. */ first?: number | null }
const entries = new WeakMap<Table, Map<string, Entry>>();

/**
 * Rows of `table` whose `field` (a parsed date field) is within [lo, hi], and those without it.
 * A custom function asks once: a linear scan is cheapest. The report asks again for every
 * month: from the second request on, a sorted index answers by binary search.
 */
export function rowsDuring<T extends Table>(table: T, field: string, lo: number, hi: number): { rows: T['rows']; undated: T['rows'] } {
  let byField = entries.get(table);
  if (!byField) entries.set(table, (byField = new Map()));
  let entry = byField.get(field);
  if (!entry) byField.set(field, (entry = { uses: 0 }));
  entry.uses++;
  if (entry.uses === 1) {
    const found = scan(table.rows as RowRef[], field, lo, hi);
    entry.first = found.first;
    return found as unknown as { rows: T['rows']; undated: T['rows'] };
  }
  const index = (entry.index ??= buildIndex(table.rows as RowRef[], field));
  entry.first = index.days.length > 0 ? index.days[0] : null;
  return { rows: index.rows.slice(lowerBound(index.days, lo), lowerBound(index.days, hi, true)), undated: index.undated } as { rows: T['rows']; undated: T['rows'] };
}

function dayOf(r: RowRef, field: string): number | undefined {
  return (r as unknown as Record<string, number | undefined>)[field];
}

function scan(all: RowRef[], field: string, lo: number, hi: number): { rows: RowRef[]; undated: RowRef[]; first: number | null } {
  const rows: RowRef[] = [], undated: RowRef[] = [];
  let first = Infinity;
  for (const r of all) {
    const d = dayOf(r, field);
    if (d === undefined) { undated.push(r); continue; }
    if (d < first) first = d;
    if (d >= lo && d <= hi) rows.push(r);
  }
  return { rows, undated, first: first === Infinity ? null : first };
}

/**
 * The earliest day of a parsed date field over all rows (a span field counts from its first
 * day), or undefined when no row has one: free when rowsDuring already went through the rows.
 */
export function firstDay(table: Table, field: string): number | undefined {
  let byField = entries.get(table);
  if (!byField) entries.set(table, (byField = new Map()));
  let entry = byField.get(field);
  if (!entry) byField.set(field, (entry = { uses: 0 }));
  if (entry.first === undefined) {
    let first = Infinity;
    for (const r of table.rows as RowRef[]) {
      const v = (r as unknown as Record<string, number | { from: number } | undefined>)[field];
      const d = typeof v === 'number' ? v : v?.from;
      if (d !== undefined && d < first) first = d;
    }
    entry.first = first === Infinity ? null : first;
  }
  return entry.first ?? undefined;
}

/** Day and position packed in one float, so a typed-array sort (no comparator) orders by day then row. */
const POSITIONS = 2 ** 24; // a sheet holds at most 10 million cells
const DAY_SHIFT = 200_000; // days before 1970 stay positive

function buildIndex(all: RowRef[], field: string): DayIndex<RowRef> {
  const dated: RowRef[] = [], undated: RowRef[] = [];
  for (const r of all) (dayOf(r, field) === undefined ? undated : dated).push(r);
  const keys = new Float64Array(dated.length);
  for (let i = 0; i < dated.length; i++) keys[i] = (dayOf(dated[i], field)! + DAY_SHIFT) * POSITIONS + i;
  keys.sort();
  const rows = new Array<RowRef>(dated.length);
  const days = new Float64Array(dated.length);
  for (let i = 0; i < keys.length; i++) {
    const position = keys[i] % POSITIONS;
    rows[i] = dated[position];
    days[i] = (keys[i] - position) / POSITIONS - DAY_SHIFT;
  }
  return { rows, days, undated };
}

function lowerBound(days: Float64Array, x: number, after = false): number {
  let lo = 0, hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < x || (after && days[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
