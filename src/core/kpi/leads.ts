import { bounds, within } from './math';
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
    const [lo, hi] = bounds(q.period);
    let count = 0, excluded = 0;
    for (const l of input.rows('leads', ['created'])) {
      if (l.created === undefined) excluded++;
      else if (within(l.created, lo, hi)) count++;
    }
    return { value: count, numerator: count, excluded };
  },
};
