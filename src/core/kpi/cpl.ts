import { LEADS } from './leads';
import { ratio } from './math';
import { spendInPeriod } from './spendInPeriod';
import type { KpiDefinition } from './types';

export const CPL: KpiDefinition = {
  id: 'CPL',
  label: { en: 'Cost per lead', fr: 'Coût par lead (CPL)' },
  unit: 'currency',
  better: 'lower',
  args: [{ kind: 'table', table: 'spend' }, { kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  needs: { spend: ['date', 'amount'], leads: ['created'] },
  datedBy: { spend: 'date', leads: 'created' },
  oneTableFilters: { spend: ['category'] },
  definition: {
    en: 'Spend dated in the period (a month of spend pro rata of its days in the period) divided by the leads created in the period.',
    fr: 'Dépenses datées de la période (un mois de dépenses au prorata de ses jours dans la période) divisées par les leads créés sur la période.',
  },
  compute(input, q) {
    const spend = spendInPeriod(input, q);
    const leads = LEADS.compute(input, q);
    const value = ratio(spend.amount, leads.value, 'CPL: no lead was created in the period, so the cost per lead is undefined (division by zero).');
    return { value, numerator: spend.amount, denominator: leads.value };
  },
};
