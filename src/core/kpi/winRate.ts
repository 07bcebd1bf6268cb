import { ratio } from './math';
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
    const { rows, undated } = input.during('deals', 'closed', ['stage'], q.period);
    let won = 0, lost = 0;
    for (const d of undated) if (d.stage === 'won' || d.stage === 'lost') input.leaveOut('deals', d, 'closed');
    for (const d of rows) {
      if (d.stage === undefined) { input.leaveOut('deals', d, 'stage'); continue; }
      if (d.stage === 'won') won++;
      else if (d.stage === 'lost') lost++;
      else continue;
      input.use('deals', d);
    }
    const value = ratio(won, won + lost, 'WIN_RATE: no deal was won or lost in the period (division by zero).');
    return { value, numerator: won, denominator: won + lost };
  },
};
