import type { KpiDefinition } from './types';

export const PIPELINE: KpiDefinition = {
  id: 'PIPELINE',
  label: { en: 'Pipeline', fr: 'Valeur du pipeline' },
  unit: 'currency',
  better: 'higher',
  args: [{ kind: 'table', table: 'deals' }],
  period: 'none',
  definition: {
    en: 'Sum of the amounts of open deals (neither Won nor Lost), today.',
    fr: 'Somme des montants des opportunités ouvertes (ni gagnées ni perdues), à date.',
  },
  compute(input) {
    let sum = 0, count = 0, excluded = 0;
    for (const d of input.rows('deals', ['stage', 'amount'])) {
      if (d.stage === undefined) { excluded++; continue; }
      if (d.stage !== 'open') continue;
      if (d.amount === undefined) { excluded++; continue; }
      sum += d.amount;
      count++;
    }
    return { value: sum, numerator: sum, denominator: count, excluded };
  },
};
