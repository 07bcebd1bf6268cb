import type { KpiDefinition } from './types';

export const LEADS: KpiDefinition = {
  id: 'LEADS',
  label: { en: 'Leads', fr: 'Leads' },
  unit: 'count',
  better: 'higher',
  args: [{ kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  additive: true,
  needs: { leads: ['created'] },
  datedBy: { leads: 'created' },
  definition: {
    en: 'Leads created in the period.',
    fr: 'Nombre de leads créés sur la période.',
  },
  compute(input, q) {
    const { rows, undated } = input.during('leads', 'created', [], q.period);
    input.useAll('leads', rows);
    for (let k = 0; k < undated.length; k++) input.leaveOut('leads', undated[k], 'created');
    return { value: rows.length, numerator: rows.length };
  },
};
