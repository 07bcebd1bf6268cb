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
  definition: {
    en: "Customers whose first Won deal (over all deals) closes in the period and matches the filters: a Channel filter means 'acquired through that channel'.",
    fr: "Clients dont la première opportunité gagnée (sur toutes les opportunités) est close dans la période et correspond aux filtres : un filtre Canal signifie « acquis par ce canal ».",
  },
  compute(input, q) {
    const [lo, hi] = bounds(q.period);
    const first = firstWins(input.table('deals', ['customer', 'stage', 'closed']));
    const test = input.matches('deals');
    let count = 0;
    for (const [key, d] of first.byCustomer) if (!first.uncertain.has(key) && within(d.closed!, lo, hi) && test(d)) count++;
    return { value: count, numerator: count, excluded: first.unattributed + first.uncertain.size };
  },
};
