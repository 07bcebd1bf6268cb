import type { KpiDefinition } from './types';

export const ACTIVITIES: KpiDefinition = {
  id: 'ACTIVITIES',
  label: { en: 'Activities', fr: 'Activités' },
  unit: 'count',
  better: 'higher',
  args: [{ kind: 'table', table: 'activities' }, { kind: 'activityType' }, { kind: 'period' }],
  period: 'optional',
  additive: true,
  needs: { activities: ['date'] },
  datedBy: { activities: 'date' },
  definition: {
    en: 'Activities of the given type (Call, Meeting, Demo, Proposal, Email, or all when blank) dated in the period.',
    fr: 'Activités du type donné (Appel, Rendez-vous, Démo, Proposition, Email, ou toutes si vide) datées de la période.',
  },
  compute(input, q) {
    const type = q.activityType;
    const { rows, undated } = input.during('activities', 'date', type ? ['type'] : [], q.period);
    let count = 0;
    for (const a of undated) input.leaveOut('activities', a, 'date');
    for (const a of rows) {
      if (type && a.type === undefined) input.leaveOut('activities', a, 'type');
      else if (!type || a.type === type) { count++; input.use('activities', a); }
    }
    return { value: count, numerator: count };
  },
};
