import { bounds, within } from './math';
import type { KpiDefinition } from './types';

export const ACTIVITIES: KpiDefinition = {
  id: 'ACTIVITIES',
  label: { en: 'Activities', fr: 'Activités' },
  unit: 'count',
  better: 'higher',
  args: [{ kind: 'table', table: 'activities' }, { kind: 'activityType' }, { kind: 'period' }],
  period: 'optional',
  definition: {
    en: 'Activities of the given type (Call, Meeting, Demo, Proposal, Email, or all when blank) dated in the period.',
    fr: 'Activités du type donné (Appel, Rendez-vous, Démo, Proposition, Email, ou toutes si vide) datées de la période.',
  },
  compute(input, q) {
    const [lo, hi] = bounds(q.period);
    const type = q.activityType;
    let count = 0, excluded = 0;
    for (const a of input.rows('activities', type ? ['date', 'type'] : ['date'])) {
      if (a.date === undefined || (type && a.type === undefined)) { excluded++; continue; }
      if (within(a.date, lo, hi) && (!type || a.type === type)) count++;
    }
    return { value: count, numerator: count, excluded };
  },
};
