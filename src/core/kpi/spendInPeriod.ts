import type { KpiInput, KpiQuery } from './types';
import { bounds } from './math';

/**
 * Spend dated in the period. A row dated by month counts pro rata of its days inside the
 * period, so a quarter gets its three months and a half month half of one.
 */
export function spendInPeriod(input: KpiInput, q: KpiQuery): { amount: number } {
  const [lo, hi] = bounds(q.period);
  const rows = input.rows('spend', ['date', 'amount']);
  const t = input.table('spend', ['date', 'amount']);
  const { from: first, to: last } = t.span('date');
  const amounts = t.number('amount');
  let amount = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    // Undated spend may belong to the period; a dated row matters only if it overlaps it.
    if (first[i] !== first[i]) { input.leaveOut('spend', i, 'date'); continue; }
    const from = Math.max(first[i], lo), to = Math.min(last[i], hi);
    if (to < from) continue;
    if (amounts[i] !== amounts[i]) { input.leaveOut('spend', i, 'amount'); continue; }
    input.use('spend', i);
    amount += (amounts[i] * (to - from + 1)) / (last[i] - first[i] + 1);
  }
  return { amount };
}
