import type { KpiDefinition } from './types';

export const LEADS: KpiDefinition = {
  id: 'LEADS',
  label: { en: 'Leads', fr: 'Leads' },
  unit: 'count',
  better: 'higher',
  args: [{ kind: 'table', table: 'leads' }, { kind: 'period' }],
  period: 'optional',
  definition: {
    en: 'Leads created in the period.',
    fr: 'Nombre de leads créés sur la période.',
  },
  compute(input, q) {
    const { rows, undated } = input.during('leads', 'created', [], q.period);
    return { value: rows.length, numerator: rows.length, excluded: undated.length };
  },
};
