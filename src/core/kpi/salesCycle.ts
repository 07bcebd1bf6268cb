import { ratio } from './math';
import { leaveOutUndatedWins } from './wonDeals';
import type { KpiDefinition } from './types';

export const SALES_CYCLE: KpiDefinition = {
  id: 'SALES_CYCLE',
  label: { en: 'Sales cycle', fr: 'Durée du cycle de vente' },
  unit: 'days',
  better: 'lower',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  needs: { deals: ['stage', 'created', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: 'Mean number of days from created to close date of the Won deals closed in the period.',
    fr: 'Nombre moyen de jours entre la création et la clôture des opportunités gagnées closes sur la période.',
  },
  compute(input, q) {
    const { rows, undated } = input.during('deals', 'closed', ['stage', 'created'], q.period);
    let days = 0, count = 0;
    leaveOutUndatedWins(input, undated);
    for (const d of rows) {
      if (d.stage !== 'won') continue;
      if (d.created === undefined) { input.leaveOut('deals', d, 'created'); continue; }
      // A close date before the created date is a typo, not a negative cycle (see the data check).
      if (d.closed! < d.created) { input.leaveOut('deals', d, 'close date before the created date'); continue; }
      input.use('deals', d);
      days += d.closed! - d.created;
      count++;
    }
    const value = ratio(days, count, 'SALES_CYCLE: no Won deal with a created date closed in the period (division by zero).');
    return { value, numerator: days, denominator: count };
  },
};
