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
  /** Won deals that can't be attributed (no customer or no close date). */
  unattributed: number;
}

/** Computed once per table: the report asks for it for every month. */
export function firstWins(deals: Table<'deals'>): FirstWins {
  let found = cache.get(deals);
  if (found) return found;
  const byCustomer = new Map<string, Deal>();
  let unattributed = 0;
  for (const d of deals.rows) {
    if (d.stage !== 'won') continue;
    if (d.customer === undefined || d.closed === undefined) { unattributed++; continue; }
    const key = customerKey(d.customer);
    const first = byCustomer.get(key);
    if (!first || d.closed < first.closed!) byCustomer.set(key, d);
  }
  found = { byCustomer, unattributed };
  cache.set(deals, found);
  return found;
}
