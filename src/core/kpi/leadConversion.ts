import { leadShare } from './leadFunnel';
import type { KpiDefinition } from './types';

export const LEAD_CONVERSION: KpiDefinition = {
  id: 'LEAD_CONVERSION',
  label: { en: 'Lead-to-customer conversion', fr: 'Taux de conversion lead → client' },
  unit: 'ratio',
  better: 'higher',
  args: [{ kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  cohort: true,
  needs: { leads: ['created', 'status'] },
  datedBy: { leads: 'created' },
  definition: {
    en: 'Share of the leads created in the period whose status is Customer.',
    fr: 'Part des leads créés sur la période dont le statut est Client.',
  },
  compute: (input, q) => leadShare('LEAD_CONVERSION', input, q, (s) => s === 'customer'),
};
