import { activeDuring, churnOf, churnRate, customerDates, datedCustomers } from './customerBase';
import { customerKey } from './firstWins';
import { keepRows } from './input';
import { closedPeriod, ratio } from './math';
import { wonInPeriod } from './wonDeals';
import type { TextColumn } from '../tables/readTable';
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
    const customerTable = input.table('customers', ['customer', 'start', 'end']);
    const dates = customerDates(customerTable);
    const customers = datedCustomers(input, dates, input.rows('customers', ['customer', 'start', 'end']));
    const active = keepRows(customers, (c) => activeDuring(dates, c, p.start, p.end));
    input.useAll('customers', active);
    // Revenue of the filtered customers only, when the filter is on a column deals don't have.
    const onlyCustomers = input.filtered('customers') && !input.filtered('deals');
    const { revenue } = onlyCustomers
      ? wonInPeriod(input, q, ['customer'], (deals) => customersOnly(customerTable.text('customer'), customers, deals.text('customer')))
      : wonInPeriod(input, q);
    const arpa = ratio(revenue, active.length, 'LTV: no customer was active in the period, so revenue per account is undefined (division by zero).');
    // Churn of the same customers (those active at the start are among the active ones used above).
    const { lost, base } = churnOf(dates, customers, p.start, p.end);
    const churn = churnRate('LTV', lost, base.length);
    const value = ratio(arpa * margin, churn, 'LTV: no customer churned in the period, so the lifetime is unbounded; choose a longer period.');
    return { value, numerator: arpa * margin, denominator: churn };
  },
};

/** A test of a deal row: is its customer (by key; none counts as '') one of the given customers'? */
function customersOnly(customerNames: TextColumn, customers: Int32Array, dealNames: TextColumn): (deal: number) => boolean {
  const keys = new Set<string>();
  for (let k = 0; k < customers.length; k++) {
    const c = customerNames.codes[customers[k]];
    keys.add(c < 0 ? '' : customerKey(customerNames.values[c]));
  }
  const inSet = dealNames.values.map((v) => keys.has(customerKey(v)));
  const blank = keys.has('');
  return (d) => {
    const c = dealNames.codes[d];
    return c < 0 ? blank : inSet[c];
  };
}
