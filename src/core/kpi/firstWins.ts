import type { Deal } from '../tables/rows';
import type { Table } from '../tables/readTable';

/** Customer key: names match trimmed and case-insensitively. */
export function customerKey(name: string): string {
  return name.trim().toLowerCase();
}

const cache = new WeakMap<Table<'deals'>, FirstWins>();

export interface FirstWins {
  /** Each customer's first Won deal with a readable close date (earliest close date, then first row). */
  byCustomer: Map<string, Deal>;
  /** Won deals without a customer: they can't make anyone a new customer. */
  unattributed: Deal[];
  /**
   * Won deals whose close date can't be read, by customer: one may be the customer's first win,
   * so the acquisition date is unknown up to the earliest dated win, and NEW_CUSTOMERS leaves
   * them out rather than guess.
   */
  undated: Map<string, Deal[]>;
}

/** Computed once per table: the report asks for it for every month. */
export function firstWins(deals: Table<'deals'>): FirstWins {
  let found = cache.get(deals);
  if (found) return found;
  const byCustomer = new Map<string, Deal>();
  const undated = new Map<string, Deal[]>();
  const unattributed: Deal[] = [];
  for (const d of deals.rows) {
    if (d.stage !== 'won') continue;
    if (d.customer === undefined) { unattributed.push(d); continue; }
    const key = customerKey(d.customer);
    if (d.closed === undefined) {
      const list = undated.get(key);
      if (list) list.push(d); else undated.set(key, [d]);
      continue;
    }
    const first = byCustomer.get(key);
    if (!first || d.closed < first.closed!) byCustomer.set(key, d);
  }
  found = { byCustomer, unattributed, undated };
  cache.set(deals, found);
  return found;
}
