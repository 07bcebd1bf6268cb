import { activeDuring, churnOf, churnRate, datedCustomers } from './customerBase';
import { customerKey } from './firstWins';
import { closedPeriod, ratio } from './math';
import { leaveOutUndatedWins } from './wonDeals';
import type { KpiDefinition } from './types';

export const LTV: KpiDefinition = {
  id: 'LTV',
  label: { en: 'Customer lifetime value', fr: 'Valeur vie client (LTV)' },
  unit: 'currency',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'table', table: 'customers' }, { kind: 'period' }, { kind: 'grossMargin' }],
  period: 'required',
  needs: { deals: ['stage', 'amount', 'closed'], customers: ['customer', 'start', 'end'] },
  datedBy: { deals: 'closed', customers: 'start' },
  oneTableFilters: { customers: 'any' },
  definition: {
    en: 'ARPA × gross margin ÷ CHURN, with ARPA = revenue of the period ÷ customers active at any time in the period. A filter on a customers-only column (Segment) also narrows the revenue to those customers.',
    fr: 'ARPA × marge brute ÷ CHURN, avec ARPA = chiffre d’affaires de la période ÷ clients actifs à un moment de la période. Un filtre sur une colonne propre aux clients (Segment) restreint aussi le chiffre d’affaires à ces clients.',
  },
  compute(input, q) {
    const p = closedPeriod('LTV', q.period);
    const margin = q.grossMargin ?? 1;
    const customers = datedCustomers(input, input.rows('customers', ['customer', 'start', 'end']));
    const active = customers.filter((c) => activeDuring(c, p.start, p.end));
    input.useAll('customers', active);
    // Revenue of the filtered customers only, when the filter is on a column deals don't have.
    const only = input.filtered('customers') && !input.filtered('deals') ? new Set(customers.map((c) => customerKey(c.customer ?? ''))) : undefined;
    const { rows, undated } = input.during('deals', 'closed', only ? ['stage', 'amount', 'customer'] : ['stage', 'amount'], q.period);
    let revenue = 0;
    leaveOutUndatedWins(input, undated);
    for (const d of rows) {
      if (d.stage !== 'won') continue;
      if (only && !only.has(customerKey(d.customer ?? ''))) continue;
      if (d.amount === undefined) { input.leaveOut('deals', d, 'amount'); continue; }
      input.use('deals', d);
      revenue += d.amount;
    }
    const arpa = ratio(revenue, active.length, 'LTV: no customer was active in the period, so revenue per account is undefined (division by zero).');
    // Churn of the same customers (those active at the start are among the active ones used above).
    const { lost, base } = churnOf(customers, p.start, p.end);
    const churn = churnRate('LTV', lost, base.length);
    const value = ratio(arpa * margin, churn, 'LTV: no customer churned in the period, so the lifetime is unbounded; choose a longer period.');
    return { value, numerator: arpa * margin, denominator: churn };
  },
};
