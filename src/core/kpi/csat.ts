import { ratio } from './math';
import { scoresInPeriod } from './surveyScores';
import type { KpiDefinition } from './types';

export const CSAT: KpiDefinition = {
  id: 'CSAT',
  label: { en: 'Customer satisfaction (CSAT)', fr: 'Satisfaction client (CSAT)' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'surveys' }, { kind: 'period' }],
  period: 'optional',
  needs: { surveys: ['date', 'score', 'type'] },
  datedBy: { surveys: 'date' },
  definition: {
    en: 'Share of the CSAT answers dated in the period scoring 4 or 5 (out of 5).',
    fr: 'Part des réponses CSAT datées de la période notant 4 ou 5 (sur 5).',
  },
  compute(input, q) {
    const { scores } = scoresInPeriod(input, q, 'csat');
    let happy = 0;
    for (const s of scores) if (s >= 4) happy++;
    const value = ratio(happy, scores.length, 'CSAT: no CSAT answer dated in the period (division by zero).');
    return { value, numerator: happy, denominator: scores.length };
  },
};
