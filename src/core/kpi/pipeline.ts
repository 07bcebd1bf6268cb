import { OPEN } from '../tables/vocabulary';
import type { KpiDefinition } from './types';

export const PIPELINE: KpiDefinition = {
  id: 'PIPELINE',
  label: { en: 'Pipeline', fr: 'Valeur du pipeline' },
  unit: 'currency',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }],
  period: 'none',
  needs: { deals: ['stage', 'amount'] },
  definition: {
    en: 'Sum of the amounts of open deals (neither Won nor Lost), today.',
    fr: 'Somme des montants des opportunités ouvertes (ni gagnées ni perdues), à date.',
  },
  compute(input) {
    const rows = input.rows('deals', ['stage', 'amount']);
    const t = input.table('deals', ['stage', 'amount']);
    const stage = t.code('stage'), amount = t.number('amount');
    const use = input.using('deals');
    let sum = 0, count = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (stage[i] < 0) { input.leaveOut('deals', i, 'stage'); continue; }
      if (stage[i] !== OPEN) continue;
      if (amount[i] !== amount[i]) { input.leaveOut('deals', i, 'amount'); continue; }
      use(i);
      count++;
      sum += amount[i];
    }
    return { value: sum, numerator: sum, denominator: count };
  },
};
