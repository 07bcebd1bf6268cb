import { activeAtEnd, activeAtStart, customerDates, datedCustomers } from './customerBase';
import { closedPeriod, ratio, within } from './math';
import type { KpiDefinition } from './types';

export const RETENTION: KpiDefinition = {
  id: 'RETENTION',
  label: { en: 'Retention rate', fr: 'Taux de rétention' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'customers' }, { kind: 'period' }],
  period: 'required',
  needs: { customers: ['start', 'end'] },
  datedBy: { customers: 'start' },
  definition: {
    en: '(E − N) / S: S customers active at the start, E active at the end (started on/before it, no end date or ending after it), N those of E who started within the period.',
    fr: '(E − N) / S : S clients actifs au début, E actifs à la fin (début au plus tard à la fin, sans date de fin ou fin après), N ceux de E arrivés pendant la période.',
  },
  compute(input, q) {
    const p = closedPeriod('RETENTION', q.period);
    const dates = customerDates(input.table('customers', ['start', 'end']));
    const customers = datedCustomers(input, dates, input.rows('customers', ['start', 'end']));
    let s = 0, e = 0, n = 0;
    for (let k = 0; k < customers.length; k++) {
      const c = customers[k];
      const atStart = activeAtStart(dates, c, p.start), atEnd = activeAtEnd(dates, c, p.end);
      if (atStart || atEnd) input.use('customers', c);
      if (atStart) s++;
      if (atEnd) {
        e++;
        if (within(dates.start[c], p.start, p.end)) n++;
      }
    }
    const value = ratio(e - n, s, 'RETENTION: no customer was active at the start of the period (division by zero).');
    return { value, numerator: e - n, denominator: s };
  },
};
