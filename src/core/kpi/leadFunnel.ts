import { ratio } from './math';
import type { KpiInput, KpiQuery, KpiResult } from './types';
import { LEAD_STATUS_CODES, type LeadStatus } from '../tables/vocabulary';

/**
 * Share of the leads created in the period whose status passes `test`. Leads whose status
 * can't be read are left out of both sides.
 */
export function leadShare(kpiName: string, input: KpiInput, q: KpiQuery, test: (s: LeadStatus) => boolean): KpiResult {
  const { rows, undated, table } = input.during('leads', 'created', ['status'], q.period);
  const status = table.code('status');
  const passes = LEAD_STATUS_CODES.map(test);
  const use = input.using('leads');
  let total = 0, hits = 0;
  for (let k = 0; k < undated.length; k++) input.leaveOut('leads', undated[k], 'created');
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k], s = status[i];
    if (s < 0) { input.leaveOut('leads', i, 'status'); continue; }
    use(i);
    total++;
    if (passes[s]) hits++;
  }
  const value = ratio(hits, total, `${kpiName}: no lead with a readable status was created in the period (division by zero).`);
  return { value, numerator: hits, denominator: total };
}
