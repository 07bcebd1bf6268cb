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
    const first = firstWins(input.table('deals', ['customer', 'stage', 'closed']));
    const test = input.matches('deals');
    let count = 0;
    for (const [key, d] of first.byCustomer) {
      if (first.undated.has(key) || !within(d.closed!, lo, hi) || !test(d)) continue;
      count++;
      input.use('deals', d);
    }
    // A Won deal without a customer, closed in the period or undated, might have made one.
    for (const d of first.unattributed) if ((d.closed === undefined || within(d.closed, lo, hi)) && test(d)) input.leaveOut('deals', d, 'customer');
    // A customer with an undated win: their first win is that one or their earliest dated one.
    // Certainly not new in the period if that dated win is before it; else unknown.
    for (const [key, deals] of first.undated) {
      const known = first.byCustomer.get(key);
      if (known && known.closed! < lo) continue;
      const matching = deals.filter((d) => test(d));
      const knownCounts = known !== undefined && known.closed! <= hi && test(known);
      if (matching.length === 0 && !knownCounts) continue;
      for (const d of matching.length > 0 ? matching : deals) input.leaveOut('deals', d, 'closed');
    }
    return { value: count, numerator: count };
  },
};
