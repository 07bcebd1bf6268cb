import type { DayColumn } from '../tables/readTable';
import { firstWins } from './firstWins';
import { bounds, within } from './math';
import type { KpiDefinition } from './types';

export const NEW_CUSTOMERS: KpiDefinition = {
  id: 'NEW_CUSTOMERS',
  label: { en: 'New customers', fr: 'Nouveaux clients' },
  unit: 'count',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  additive: true,
  needs: { deals: ['customer', 'stage', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: "Customers whose first Won deal (over all deals) closes in the period and matches the filters: a Channel filter means 'acquired through that channel'.",
    fr: "Clients dont la première opportunité gagnée (sur toutes les opportunités) est close dans la période et correspond aux filtres : un filtre Canal signifie « acquis par ce canal ».",
  },
  compute(input, q) {
    const [lo, hi] = bounds(q.period);
    const deals = input.table('deals', ['customer', 'stage', 'closed']);
    const closed = deals.day('closed');
    const first = firstWins(deals);
    const test = input.matches('deals');
    const { keys, days } = first.byDay;
    const use = input.using('deals');
    let count = 0;
    for (let k = lowerBound(days, lo); k < keys.length && days[k] <= hi; k++) {
      const d = first.first[keys[k]];
      if (first.undated.has(keys[k]) || !test(d)) continue;
      use(d);
      count++;
    }
    // A Won deal without a customer, closed in the period or undated, might have made one.
    for (const d of first.unattributed) if ((closed[d] !== closed[d] || within(closed[d], lo, hi)) && test(d)) input.leaveOut('deals', d, 'customer');
    // A customer with an undated win: their first win is that one or their earliest dated one.
    // Certainly not new in the period if that dated win is before it; else unknown.
    for (const [key, wins] of first.undated) {
      const known = first.first[key];
      if (known >= 0 && closed[known] < lo) continue;
      const matching = wins.filter((d) => test(d));
      const knownCounts = known >= 0 && closed[known] <= hi && test(known);
      if (matching.length === 0 && !knownCounts) continue;
      for (const d of matching.length > 0 ? matching : wins) input.leaveOut('deals', d, 'closed');
    }
    return { value: count, numerator: count };
  },
};

/** First index whose day is ≥ x. */
function lowerBound(days: DayColumn, x: number): number {
  let lo = 0, hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < x) lo = mid + 1; else hi = mid;
  }
  return lo;
}
