import { ACTIVITY_TYPE_CODES } from '../tables/vocabulary';
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
    const { rows, undated, table } = input.during('activities', 'date', q.activityType ? ['type'] : [], q.period);
    for (let k = 0; k < undated.length; k++) input.leaveOut('activities', undated[k], 'date');
    if (!q.activityType) {
      input.useAll('activities', rows);
      return { value: rows.length, numerator: rows.length };
    }
    const types = table.code('type');
    const wanted = ACTIVITY_TYPE_CODES.indexOf(q.activityType);
    const use = input.using('activities');
    let count = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (types[i] < 0) input.leaveOut('activities', i, 'type');
      else if (types[i] === wanted) { use(i); count++; }
    }
    return { value: count, numerator: count };
  },
};
