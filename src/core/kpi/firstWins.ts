import { hashText, sortByHash } from '../tables/hashRows';
import type { DayColumn, Table, TextColumn } from '../tables/readTable';
import { WON } from '../tables/vocabulary';

/** Customer key: names match trimmed and case-insensitively. */
export function customerKey(name: string): string {
  return name.trim().toLowerCase();
}

/** A text column's customer keys: each text code's key (keys numbered in order of first text), and how many. */
export interface CustomerKeys { keyOf: Int32Array; count: number }

const keysCache = new WeakMap<TextColumn, CustomerKeys>();

/**
 * Customer keys of a column of names, kept per column (texts are already trimmed: texts equal
 * but for case share a key); made again when a lazily read column has met new names since.
 */
export function customerKeys(column: TextColumn): CustomerKeys {
  let found = keysCache.get(column);
  if (!found || found.keyOf.length !== column.values.length) keysCache.set(column, (found = keysOf(column.values)));
  return found;
}

/**
 * Texts grouped by customerKey without a Map of every key (tens of thousands of customers at
 * 500k deals): texts sorted by a hash of their lower case, and texts of one hash compared.
 */
function keysOf(values: readonly string[]): CustomerKeys {
  const n = values.length;
  const hashes = new Int32Array(n), order = new Int32Array(n), group = new Int32Array(n), first = new Int32Array(n);
  for (let c = 0; c < n; c++) { hashes[c] = lowerHash(values[c]); order[c] = c; }
  sortByHash(order, hashes, group);
  let groups = 0;
  for (let k = 0; k < n;) {
    let end = k + 1;
    while (end < n && hashes[order[end]] === hashes[order[k]]) end++;
    const base = groups;
    for (let j = k; j < end; j++) {
      const c = order[j];
      let g = base;
      while (g < groups && !sameKey(values[first[g]], values[c])) g++;
      if (g === groups) first[groups++] = c;
      group[c] = g;
    }
    k = end;
  }
  // Keys numbered in order of their first text (the order a Map would give them).
  const keyOf = new Int32Array(n), number = hashes.fill(-1); // the hashes are done with
  let count = 0;
  for (let c = 0; c < n; c++) {
    const g = group[c];
    if (number[g] < 0) number[g] = count++;
    keyOf[c] = number[g];
  }
  return { keyOf, count };
}

/** hashText of customerKey(s) for a trimmed text, without making the lower-case text when it is ASCII. */
function lowerHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c > 127) return hashText(s.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** customerKey(a) === customerKey(b), for trimmed texts. */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return a.toLowerCase() === b.toLowerCase();
  for (let k = 0; k < a.length; k++) {
    let x = a.charCodeAt(k), y = b.charCodeAt(k);
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase();
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

export interface FirstWins {
  /** Per customer key, the data row of the first Won deal with a readable close date (earliest close date, then first row); -1: none. */
  first: Int32Array;
  /** The customer keys that have one, ordered by that deal's close date, and those dates: a period is a binary search away. */
  byDay: { keys: Int32Array; days: DayColumn };
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
  const { keyOf, count } = customerKeys(names);
  const first = new Int32Array(count).fill(-1);
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
  const byDay = { keys: Int32Array.from(withWin), days: Float32Array.from(withWin, (k) => closed[first[k]]) };
  found = { first, byDay, unattributed, undated };
  cache.set(deals, found);
  return found;
}
