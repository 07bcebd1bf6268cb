import type { Table, TextColumn } from '../tables/readTable';
import { WON } from '../tables/vocabulary';

/** Customer key: names match trimmed and case-insensitively. */
export function customerKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A text column's customer keys: each text code's key code, and the keys (lower case). */
export interface CustomerKeys { keyOf: Int32Array; keys: string[] }

const keysCache = new WeakMap<TextColumn, CustomerKeys & { byKey: Map<string, number> }>();

/**
 * Customer keys of a column of names, kept per column (texts are already trimmed: one key per
 * distinct lower-cased text); extended when a lazily read column has met new names since.
 */
export function customerKeys(column: TextColumn): CustomerKeys {
  let found = keysCache.get(column);
  if (!found) keysCache.set(column, (found = { keyOf: new Int32Array(0), keys: [], byKey: new Map() }));
  const known = found.keyOf.length, values = column.values;
  if (known < values.length) {
    const keyOf = new Int32Array(values.length);
    keyOf.set(found.keyOf);
    for (let c = known; c < values.length; c++) {
      const key = customerKey(values[c]);
      let k = found.byKey.get(key);
      if (k === undefined) { k = found.keys.length; found.keys.push(key); found.byKey.set(key, k); }
      keyOf[c] = k;
    }
    found.keyOf = keyOf;
  }
  return found;
}

export interface FirstWins {
  /** Per customer key, the data row of the first Won deal with a readable close date (earliest close date, then first row); -1: none. */
  first: Int32Array;
  /** The customer keys that have one, ordered by that deal's close date, and those dates: a period is a binary search away. */
  byDay: { keys: Int32Array; days: Float64Array };
  /** Won deals without a customer: they can't make anyone a new customer. */
  unattributed: number[];
  /**
   * Won deals whose close date can't be read, by customer key: one may be the customer's first
   * win, so the acquisition date is unknown up to the earliest dated win, and NEW_CUSTOMERS leaves
   * them out rather than guess.
   */
  undated: Map<number, number[]>;
}

const cache = new WeakMap<Table<'deals'>, FirstWins>();

/** Computed once per table: the report asks for it for every month (needs customer, stage and closed parsed). */
export function firstWins(deals: Table<'deals'>): FirstWins {
  let found = cache.get(deals);
  if (found) return found;
  const stage = deals.code('stage'), closed = deals.day('closed'), names = deals.text('customer');
  const { keyOf, keys } = customerKeys(names);
  const first = new Int32Array(keys.length).fill(-1);
  const undated = new Map<number, number[]>();
  const unattributed: number[] = [];
  for (let i = 0; i < deals.size; i++) {
    if (stage[i] !== WON) continue;
    const c = names.codes[i];
    if (c < 0) { unattributed.push(i); continue; }
    const key = keyOf[c];
    if (closed[i] !== closed[i]) {
      const list = undated.get(key);
      if (list) list.push(i); else undated.set(key, [i]);
      continue;
    }
    if (first[key] < 0 || closed[i] < closed[first[key]]) first[key] = i;
  }
  const withWin: number[] = [];
  for (let k = 0; k < first.length; k++) if (first[k] >= 0) withWin.push(k);
  withWin.sort((a, b) => closed[first[a]] - closed[first[b]] || a - b);
  const byDay = { keys: Int32Array.from(withWin), days: Float64Array.from(withWin, (k) => closed[first[k]]) };
  found = { first, byDay, unattributed, undated };
  cache.set(deals, found);
  return found;
}
