import { NEW_CUSTOMERS } from './newCustomers';
import { ratio } from './math';
import { spendInPeriod } from './spendInPeriod';
import type { KpiDefinition } from './types';

export const CAC: KpiDefinition = {
  id: 'CAC',
  label: { en: 'Customer acquisition cost', fr: "Coût d'acquisition client (CAC)" },
  unit: 'currency',
  better: 'lower',
  args: [{ kind: 'table', table: 'spend' }, { kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  needs: { spend: ['date', 'amount'], deals: ['customer', 'stage', 'closed'] },
  datedBy: { spend: 'date', deals: 'closed' },
  oneTableFilters: { spend: ['category'] },
  definition: {
    en: 'Spend dated in the period (pro rata for monthly rows) divided by the new customers of the period.',
    fr: 'Dépenses datées de la période (au prorata pour les lignes mensuelles) divisées par les nouveaux clients de la période.',
  },
  compute(input, q) {
    const spend = spendInPeriod(input, q);
    const customers = NEW_CUSTOMERS.compute(input, q);
    const value = ratio(spend.amount, customers.value, 'CAC: no new customer in the period, so the acquisition cost is undefined (division by zero).');
    return { value, numerator: spend.amount, denominator: customers.value };
  },
};
