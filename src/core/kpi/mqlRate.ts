import { leadShare } from './leadFunnel';
import { LEAD_RANK } from '../tables/vocabulary';
import type { KpiDefinition } from './types';

export const MQL_RATE: KpiDefinition = {
  id: 'MQL_RATE',
  label: { en: 'MQL rate', fr: 'Taux de MQL' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  cohort: true,
  needs: { leads: ['created', 'status'] },
  datedBy: { leads: 'created' },
  definition: {
    en: 'Share of the leads created in the period at or past MQL (MQL, SQL, Opportunity, Customer); New and Disqualified are not qualified.',
    fr: 'Part des leads créés sur la période au stade MQL ou au-delà (MQL, SQL, Opportunité, Client) ; Nouveau et Disqualifié ne sont pas qualifiés.',
  },
  compute: (input, q) => leadShare('MQL_RATE', input, q, (s) => LEAD_RANK[s] >= LEAD_RANK.mql),
};
