import { churnOf, churnRate, customerDates, datedCustomers } from './customerBase';
import { closedPeriod } from './math';
import type { KpiDefinition } from './types';

export const CHURN: KpiDefinition = {
  id: 'CHURN',
  label: { en: 'Churn rate', fr: "Taux d'attrition (churn)" },
  unit: 'ratio',
  better: 'lower',
  args: [{ kind: 'table', table: 'customers' }, { kind: 'period' }],
  period: 'required',
  needs: { customers: ['start', 'end'] },
  datedBy: { customers: 'start' },
  definition: {
    en: 'Of the customers active at the start (started before it, no end date or ending on/after it), the share whose end date is in the period.',
    fr: 'Parmi les clients actifs au début de la période (début avant, sans date de fin ou fin à partir du début), la part dont la date de fin est dans la période.',
  },
  compute(input, q) {
    const p = closedPeriod('CHURN', q.period);
    const dates = customerDates(input.table('customers', ['start', 'end']));
    const customers = datedCustomers(input, dates, input.rows('customers', ['start', 'end']));
    const { lost, base } = churnOf(dates, customers, p.start, p.end);
    input.useAll('customers', base);
    const value = churnRate('CHURN', lost, base.length);
    return { value, numerator: lost, denominator: base.length };
  },
};
