import { ratio } from './math';
import { wonInPeriod } from './wonDeals';
import type { KpiDefinition } from './types';

export const AVG_DEAL: KpiDefinition = {
  id: 'AVG_DEAL',
  label: { en: 'Average deal', fr: 'Panier moyen' },
  unit: 'currency',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  needs: { deals: ['stage', 'amount', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: 'Revenue divided by the number of Won deals closed in the period with a readable amount.',
    fr: "Chiffre d'affaires divisé par le nombre d'opportunités gagnées closes sur la période avec un montant lisible.",
  },
  compute(input, q) {
    const won = wonInPeriod(input, q);
    const value = ratio(won.revenue, won.count, 'AVG_DEAL: no Won deal closed in the period (division by zero).');
    return { value, numerator: won.revenue, denominator: won.count };
  },
};
