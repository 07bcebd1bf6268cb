import { ratio } from './math';
import { LOST, WON } from '../tables/vocabulary';
import type { KpiDefinition } from './types';

export const WIN_RATE: KpiDefinition = {
  id: 'WIN_RATE',
  label: { en: 'Win rate', fr: 'Taux de closing' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }, { kind: 'period' }],
  period: 'optional',
  needs: { deals: ['stage', 'closed'] },
  datedBy: { deals: 'closed' },
  definition: {
    en: 'Won deals divided by Won + Lost deals, among deals whose close date is in the period.',
    fr: 'Opportunités gagnées divisées par gagnées + perdues, parmi celles dont la date de clôture est dans la période.',
  },
  compute(input, q) {
    const { rows, undated, table } = input.during('deals', 'closed', ['stage'], q.period);
    const stage = table.code('stage');
    const use = input.using('deals');
    let won = 0, lost = 0;
    for (let k = 0; k < undated.length; k++) if (stage[undated[k]] === WON || stage[undated[k]] === LOST) input.leaveOut('deals', undated[k], 'closed');
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k], s = stage[i];
      if (s < 0) { input.leaveOut('deals', i, 'stage'); continue; }
      if (s === WON) won++;
      else if (s === LOST) lost++;
      else continue;
      use(i);
    }
    const value = ratio(won, won + lost, 'WIN_RATE: no deal was won or lost in the period (division by zero).');
    return { value, numerator: won, denominator: won + lost };
  },
};
