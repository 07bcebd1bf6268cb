import { customerKeys } from './firstWins';
import { WON } from '../tables/vocabulary';
import { ratio } from './math';
import { leaveOutUndatedWins } from './wonDeals';
import type { KpiDefinition } from './types';

export const REPURCHASE_RATE: KpiDefinition = {
  id: 'REPURCHASE_RATE',
  label: { en: 'Repurchase rate', fr: 'Taux de réachat' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  needs: { deals: ['customer', 'stage', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: 'Among customers with a Won deal closed in the period, the share with two or more Won deals closed in the period.',
    fr: 'Parmi les clients ayant une opportunité gagnée close sur la période, la part en ayant au moins deux sur la période.',
  },
  compute(input, q) {
    const { rows, undated, table } = input.during('deals', 'closed', ['customer', 'stage'], q.period);
    const stage = table.code('stage'), names = table.text('customer');
    const { keyOf, count } = customerKeys(names);
    const wins = new Int32Array(count);
    const use = input.using('deals');
    let customers = 0, again = 0;
    leaveOutUndatedWins(input, table, undated);
    for (let k = 0; k < rows.length; k++) {
      const d = rows[k];
      if (stage[d] !== WON) continue;
      const c = names.codes[d];
      if (c < 0) { input.leaveOut('deals', d, 'customer'); continue; }
      use(d);
      const count = ++wins[keyOf[c]];
      if (count === 1) customers++;
      else if (count === 2) again++;
    }
    const value = ratio(again, customers, 'REPURCHASE_RATE: no customer won a deal in the period (division by zero).');
    return { value, numerator: again, denominator: customers };
  },
};
