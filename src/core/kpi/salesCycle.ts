import { ratio } from './math';
import { leaveOutUndatedWins } from './wonDeals';
import { WON } from '../tables/vocabulary';
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
    const { rows, undated, table } = input.during('deals', 'closed', ['stage', 'created'], q.period);
    const stage = table.code('stage'), created = table.day('created'), closed = table.day('closed');
    const use = input.using('deals');
    let days = 0, count = 0;
    leaveOutUndatedWins(input, table, undated);
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (stage[i] !== WON) continue;
      if (created[i] !== created[i]) { input.leaveOut('deals', i, 'created'); continue; }
      // A close date before the created date is a typo, not a negative cycle (see the data check).
      if (closed[i] < created[i]) { input.leaveOut('deals', i, 'close date before the created date'); continue; }
      use(i);
      count++;
      days += closed[i] - created[i];
    }
    const value = ratio(days, count, 'SALES_CYCLE: no Won deal with a created date closed in the period (division by zero).');
    return { value, numerator: days, denominator: count };
  },
};
