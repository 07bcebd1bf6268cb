import { ratio } from './math';
import { scoresInPeriod } from './surveyScores';
import type { KpiDefinition } from './types';

export const NPS: KpiDefinition = {
  id: 'NPS',
  label: { en: 'Net Promoter Score', fr: 'Net Promoter Score (NPS)' },
  unit: 'score',
  better: 'higher',
  args: [{ kind: 'table', table: 'surveys' }, { kind: 'period' }],
  period: 'optional',
  needs: { surveys: ['date', 'score', 'type'] },
  datedBy: { surveys: 'date' },
  definition: {
    en: '100 × (promoters scoring 9–10 − detractors scoring 0–6) ÷ NPS answers dated in the period; from −100 to 100.',
    fr: '100 × (promoteurs notant 9–10 − détracteurs notant 0–6) ÷ réponses NPS datées de la période ; de −100 à 100.',
  },
  compute(input, q) {
    const { scores } = scoresInPeriod(input, q, 'nps');
    let net = 0;
    for (const s of scores) net += s >= 9 ? 1 : s <= 6 ? -1 : 0;
    const value = 100 * ratio(net, scores.length, 'NPS: no NPS answer dated in the period (division by zero).');
    return { value, numerator: net, denominator: scores.length };
  },
};
