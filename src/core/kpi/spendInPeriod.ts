import type { KpiInput, KpiQuery } from './types';
import { bounds } from './math';

/**
 * Spend dated in the period. A row dated by month counts pro rata of its days inside the
 * period, so a quarter gets its three months and a half month half of one.
 */
export function spendInPeriod(input: KpiInput, q: KpiQuery): { amount: number } {
  const [lo, hi] = bounds(q.period);
  let amount = 0;
  for (const s of input.rows('spend', ['date', 'amount'])) {
    // Undated spend may belong to the period; a dated row matters only if it overlaps it.
    if (s.date === undefined) { input.leaveOut('spend', s, 'date'); continue; }
    const from = Math.max(s.date.from, lo), to = Math.min(s.date.to, hi);
    if (to < from) continue;
    if (s.amount === undefined) { input.leaveOut('spend', s, 'amount'); continue; }
    input.use('spend', s);
    amount += (s.amount * (to - from + 1)) / (s.date.to - s.date.from + 1);
  }
  return { amount };
}
