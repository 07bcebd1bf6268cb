import type { Deal } from '../tables/rows';
import type { KpiInput, KpiQuery } from './types';

/**
 * Won deals closed in the period and the sum of their amounts. A Won deal without a readable
 * close date can't be placed in time, one without an amount can't be summed: both are left out
 * and counted in `excluded`.
 */
export function wonInPeriod(input: KpiInput, q: KpiQuery): { deals: Deal[]; revenue: number } {
  const { rows, undated } = input.during('deals', 'closed', ['stage', 'amount'], q.period);
  const deals: Deal[] = [];
  let revenue = 0;
  leaveOutUndatedWins(input, undated);
  for (const d of rows) {
    if (d.stage !== 'won') continue;
    if (d.amount === undefined) { input.leaveOut('deals', d, 'amount'); continue; }
    input.use('deals', d);
    deals.push(d);
    revenue += d.amount;
  }
  return { deals, revenue };
}

/** Won deals without a readable close date can't be placed in a period: they may belong to this one. */
export function leaveOutUndatedWins(input: KpiInput, undated: readonly Deal[]): void {
  for (const d of undated) if (d.stage === 'won') input.leaveOut('deals', d, 'closed');
}
