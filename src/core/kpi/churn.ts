import { activeAtStart, datedCustomers } from './customerBase';
import { closedPeriod, ratio, within } from './math';
import type { KpiDefinition } from './types';

export const CHURN: KpiDefinition = {
  id: 'CHURN',
  label: { en: 'Churn rate', fr: "Taux d'attrition (churn)" },
  unit: 'ratio',
  better: 'lower',
  args: [{ kind: 'table', table: 'customers' }, { kind: 'period' }],
  period: 'required',
  definition: {
    en: 'Of the customers active at the start (started before it, no end date or ending on/after it), the share whose end date is in the period.',
    fr: 'Parmi les clients actifs au début de la période (début avant, sans date de fin ou fin à partir du début), la part dont la date de fin est dans la période.',
  },
  compute(input, q) {
    const p = closedPeriod('CHURN', q.period);
    const { customers, excluded } = datedCustomers(input.rows('customers', ['start', 'end']));
    let base = 0, lost = 0;
    for (const c of customers) {
      if (!activeAtStart(c, p.start)) continue;
      base++;
      if (c.end !== undefined && within(c.end, p.start, p.end)) lost++;
    }
    const value = ratio(lost, base, 'CHURN: no customer was active at the start of the period (division by zero).');
    return { value, numerator: lost, denominator: base, excluded };
  },
};
