import type { Deal } from '../tables/rows';
import type { KpiInput, KpiQuery } from './types';

/**
 * Won deals closed in the period and the sum of their amounts. A Won deal without a readable
 * close date can't be placed in time, one without an amount can't be summed: both are left out
 * and counted in `excluded`.
 */
export function wonInPeriod(input: KpiInput, q: KpiQuery): { deals: Deal[]; revenue: number; excluded: number } {
  const { rows, undated } = input.during('deals', 'closed', ['stage', 'amount'], q.period);
  const deals: Deal[] = [];
  let revenue = 0, excluded = countWon(undated);
  for (const d of rows) {
    if (d.stage !== 'won') continue;
    if (d.amount === undefined) { excluded++; continue; }
    deals.push(d);
    revenue += d.amount;
  }
  return { deals, revenue, excluded };
}

/** Won deals among rows (those without a close date can't be placed in a period). */
export function countWon(deals: readonly Deal[]): number {
  let n = 0;
  for (const d of deals) if (d.stage === 'won') n++;
  return n;
}
