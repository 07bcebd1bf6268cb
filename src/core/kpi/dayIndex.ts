import { FIELD_TYPES } from '../tables/fields';
import type { DayColumn, Table } from '../tables/readTable';
import type { Rows } from './types';

/** A table's dated rows sorted by one date field, for slicing by period in O(log n). */
interface DayIndex {
  /** Data rows ordered by day, then row (their days are the column's: no copy). */
  order: Int32Array;
  /** Rows without a readable value in that field. */
  undated: Int32Array;
}

interface Entry {
  uses: number;
  index?: DayIndex;
  /** Earliest day in the field (null: none), once known. */
  first?: number | null;
  /** The last period asked and its rows: KPI_BY_SEGMENT asks the same period for every segment. */
  last?: { lo: number; hi: number; rows: Rows; undated: Rows };
}
const entries = new WeakMap<Table, Map<string, Entry>>();

function entryOf(table: Table, field: string): Entry {
  let byField = entries.get(table);
  if (!byField) entries.set(table, (byField = new Map()));
  let entry = byField.get(field);
  if (!entry) byField.set(field, (entry = { uses: 0 }));
  return entry;
}

/**
 * Rows of `table` whose day `field` is within [lo, hi], ascending, and those without it (never
 * to be written to: they may be handed out again). A custom function asks once: a linear scan of
 * the day column is cheapest. The report and KPI_BY_PERIOD ask again for every period: from the
 * second period on, a sorted index answers by binary search; the same period again (a segment
 * after another) gets the same rows. Either way the rows come in row order, so sums add up in
 * the same order whatever the path.
 */
export function rowsDuring(table: Table, field: string, lo: number, hi: number): { rows: Rows; undated: Rows } {
  const entry = entryOf(table, field);
  const last = entry.last;
  if (last && last.lo === lo && last.hi === hi) return last;
  entry.uses++;
  const days = table.day(field as 'closed');
  let found: { rows: Rows; undated: Rows };
  if (entry.uses === 1) {
    const scanned = scan(days, lo, hi);
    entry.first = scanned.first;
    found = { rows: scanned.rows, undated: scanned.undated };
  } else {
    const index = (entry.index ??= buildIndex(days));
    const { order } = index;
    entry.first = order.length > 0 ? days[order[0]] : null;
    const slice = order.slice(lowerBound(days, order, lo), lowerBound(days, order, hi, true));
    found = { rows: slice.sort(), undated: index.undated };
  }
  entry.last = { lo, hi, ...found };
  return found;
}

/** Scratch lists, reused from query to query: a scan then copies out only what it found. */
let inPeriod = new Int32Array(0), withoutDay = new Int32Array(0);

function scan(days: DayColumn, lo: number, hi: number): { rows: Rows; undated: Rows; first: number | null } {
  const n = days.length;
  if (inPeriod.length < n) { inPeriod = new Int32Array(n); withoutDay = new Int32Array(n); }
  const found = inPeriod, blank = withoutDay;
  let k = 0, u = 0, first = Infinity;
  for (let i = 0; i < n; i++) {
    const d = days[i];
    if (d !== d) blank[u++] = i;
    else {
      if (d < first) first = d;
      if (d >= lo && d <= hi) found[k++] = i;
    }
  }
  return { rows: found.slice(0, k), undated: blank.slice(0, u), first: first === Infinity ? null : first };
}

/**
 * The earliest day of a parsed date field over all rows (a span field counts from its first
 * day), or undefined when no row has one: free when rowsDuring already went through the rows.
 */
export function firstDay(table: Table, field: string): number | undefined {
  const entry = entryOf(table, field);
  if (entry.first === undefined) {
    const type = (FIELD_TYPES[table.kind] as Record<string, string>)[field];
    const days = type === 'span' ? table.span(field as 'date').from : table.day(field as 'closed');
    let first = Infinity;
    for (let i = 0; i < days.length; i++) if (days[i] < first) first = days[i];
    entry.first = first === Infinity ? null : first;
  }
  return entry.first ?? undefined;
}

/**
 * Dated rows ordered by day, then row. Days are whole numbers over a few years: a counting sort
 * (one pass to count each day, one to place) does it in linear time; a span of days much wider
 * than the rows (a stray 1900 or 2999) falls back to sorting day and row packed in one float.
 */
function buildIndex(days: DayColumn): DayIndex {
  let dated = 0, min = Infinity, max = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i];
    if (d !== d) continue;
    dated++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const undated = new Int32Array(days.length - dated);
  const order = new Int32Array(dated);
  if (dated > 0 && max - min <= Math.max(4 * dated, 4096)) {
    const start = new Int32Array(max - min + 2);
    for (let i = 0, u = 0; i < days.length; i++) {
      const d = days[i];
      if (d !== d) undated[u++] = i;
      else start[d - min + 1]++;
    }
    for (let k = 1; k < start.length; k++) start[k] += start[k - 1];
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if (d === d) order[start[d - min]++] = i;
    }
    return { order, undated };
  }
  const keys = new Float64Array(dated);
  for (let i = 0, k = 0, u = 0; i < days.length; i++) {
    if (days[i] === days[i]) keys[k++] = (days[i] + DAY_SHIFT) * POSITIONS + i;
    else undated[u++] = i;
  }
  keys.sort();
  for (let i = 0; i < dated; i++) order[i] = keys[i] % POSITIONS;
  return { order, undated };
}

/** Day and position packed in one float, so a typed-array sort (no comparator) orders by day then row. */
const POSITIONS = 2 ** 24; // a sheet holds at most 10 million cells
const DAY_SHIFT = 200_000; // days before 1970 stay positive

/** The first position in `order` whose day is ≥ x (> x when `after`). */
function lowerBound(days: DayColumn, order: Int32Array, x: number, after = false): number {
  let lo = 0, hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = days[order[mid]];
    if (d < x || (after && d === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
