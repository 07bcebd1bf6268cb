import type { Deal } from '../tables/rows';
import { bounds, within } from './math';
import type { KpiInput, KpiQuery } from './types';

/**
 * Won deals closed in the period and the sum of their amounts. A Won deal without a readable
 * close date can't be placed in time, one without an amount can't be summed: both are left out
 * and counted in `excluded`.
 */
export function wonInPeriod(input: KpiInput, q: KpiQuery): { deals: Deal[]; revenue: number; excluded: number } {
  const [lo, hi] = bounds(q.period);
  const deals: Deal[] = [];
  let revenue = 0, excluded = 0;
  for (const d of input.rows('deals', ['stage', 'closed', 'amount'])) {
    if (d.stage !== 'won') continue;
    if (d.closed === undefined) { excluded++; continue; }
    if (!within(d.closed, lo, hi)) continue;
    if (d.amount === undefined) { excluded++; continue; }
    deals.push(d);
    revenue += d.amount;
  }
  return { deals, revenue, excluded };
}
