import { wonInPeriod } from './wonDeals';
import type { KpiDefinition } from './types';

export const REVENUE: KpiDefinition = {
  id: 'REVENUE',
  label: { en: 'Revenue', fr: "Chiffre d'affaires" },
  unit: 'currency',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  additive: true,
  needs: { deals: ['stage', 'amount', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: 'Sum of the amounts of Won deals whose close date is in the period.',
    fr: 'Somme des montants des opportunités gagnées dont la date de clôture est dans la période.',
  },
  compute(input, q) {
    const won = wonInPeriod(input, q);
    return { value: won.revenue, numerator: won.revenue, denominator: won.count };
  },
};
