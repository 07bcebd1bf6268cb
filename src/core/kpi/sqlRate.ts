import { leadShare } from './leadFunnel';
import { LEAD_RANK } from '../tables/vocabulary';
import type { KpiDefinition } from './types';

export const SQL_RATE: KpiDefinition = {
  id: 'SQL_RATE',
  label: { en: 'SQL rate', fr: 'Taux de SQL' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  cohort: true,
  needs: { leads: ['created', 'status'] },
  datedBy: { leads: 'created' },
  definition: {
    en: 'Share of the leads created in the period at or past SQL (SQL, Opportunity, Customer); New, MQL and Disqualified are not.',
    fr: 'Part des leads créés sur la période au stade SQL ou au-delà (SQL, Opportunité, Client) ; Nouveau, MQL et Disqualifié non.',
  },
  compute: (input, q) => leadShare('SQL_RATE', input, q, (s) => LEAD_RANK[s] >= LEAD_RANK.sql),
};
