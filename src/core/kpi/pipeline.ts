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
    let sum = 0, count = 0;
    for (const d of input.rows('deals', ['stage', 'amount'])) {
      if (d.stage === undefined) { input.leaveOut('deals', d, 'stage'); continue; }
      if (d.stage !== 'open') continue;
      if (d.amount === undefined) { input.leaveOut('deals', d, 'amount'); continue; }
      input.use('deals', d);
      sum += d.amount;
      count++;
    }
    return { value: sum, numerator: sum, denominator: count };
  },
};
