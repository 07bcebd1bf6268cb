import { ratio } from './math';
import type { KpiInput, KpiQuery, KpiResult } from './types';
import type { LeadStatus } from '../tables/vocabulary';

/**
 * Share of the leads created in the period whose status passes `test`. Leads whose status
 * can't be read are left out of both sides.
 */
export function leadShare(kpiName: string, input: KpiInput, q: KpiQuery, test: (s: LeadStatus) => boolean): KpiResult {
  const { rows, undated } = input.during('leads', 'created', ['status'], q.period);
  let total = 0, hits = 0;
  for (const l of undated) input.leaveOut('leads', l, 'created');
  for (const l of rows) {
    if (l.status === undefined) { input.leaveOut('leads', l, 'status'); continue; }
    input.use('leads', l);
    total++;
    if (test(l.status)) hits++;
  }
  const value = ratio(hits, total, `${kpiName}: no lead with a readable status was created in the period (division by zero).`);
  return { value, numerator: hits, denominator: total };
}
