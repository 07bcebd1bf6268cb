import { customerKey } from './firstWins';
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
    const { rows, undated } = input.during('deals', 'closed', ['customer', 'stage'], q.period);
    const wins = new Map<string, number>();
    leaveOutUndatedWins(input, undated);
    for (const d of rows) {
      if (d.stage !== 'won') continue;
      if (d.customer === undefined) { input.leaveOut('deals', d, 'customer'); continue; }
      input.use('deals', d);
      const key = customerKey(d.customer);
      wins.set(key, (wins.get(key) ?? 0) + 1);
    }
    let again = 0;
    for (const n of wins.values()) if (n >= 2) again++;
    const value = ratio(again, wins.size, 'REPURCHASE_RATE: no customer won a deal in the period (division by zero).');
    return { value, numerator: again, denominator: wins.size };
  },
};
