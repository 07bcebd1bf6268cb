import { ratio } from './math';
import type { KpiInput, KpiQuery, KpiValue } from './types';
import type { LeadStatus } from '../tables/vocabulary';

/**
 * Share of the leads created in the period whose status passes `test`. Leads whose status
 * can't be read are left out of both sides.
 */
export function leadShare(kpiName: string, input: KpiInput, q: KpiQuery, test: (s: LeadStatus) => boolean): KpiValue {
  const { rows, undated } = input.during('leads', 'created', ['status'], q.period);
  let total = 0, hits = 0, excluded = undated.length;
  for (const l of rows) {
    if (l.status === undefined) { excluded++; continue; }
    total++;
    if (test(l.status)) hits++;
  }
  const value = ratio(hits, total, `${kpiName}: no lead with a readable status was created in the period (division by zero).`);
  return { value, numerator: hits, denominator: total, excluded };
}
