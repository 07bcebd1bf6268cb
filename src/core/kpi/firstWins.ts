import type { Deal } from '../tables/rows';
import type { Table } from '../tables/readTable';

/** Customer key: names match trimmed and case-insensitively. */
export function customerKey(name: string): string {
  return name.trim().toLowerCase();
}

const cache = new WeakMap<Table<'deals'>, FirstWins>();

export interface FirstWins {
  /** Each customer's first Won deal over all deals (earliest close date, then first row). */
  byCustomer: Map<string, Deal>;
  /** Won deals without a customer: they can't make anyone a new customer. */
  unattributed: number;
  /**
   * Customers with a Won deal whose close date can't be read: that deal may be their first, so
   * their acquisition date is unknown and NEW_CUSTOMERS leaves them out rather than guess.
   */
  uncertain: Set<string>;
}

/** Computed once per table: the report asks for it for every month. */
export function firstWins(deals: Table<'deals'>): FirstWins {
  let found = cache.get(deals);
  if (found) return found;
  const byCustomer = new Map<string, Deal>();
  const uncertain = new Set<string>();
  let unattributed = 0;
  for (const d of deals.rows) {
    if (d.stage !== 'won') continue;
    if (d.customer === undefined) { unattributed++; continue; }
    const key = customerKey(d.customer);
    if (d.closed === undefined) { uncertain.add(key); continue; }
    const first = byCustomer.get(key);
    if (!first || d.closed < first.closed!) byCustomer.set(key, d);
  }
  found = { byCustomer, unattributed, uncertain };
  cache.set(deals, found);
  return found;
}
