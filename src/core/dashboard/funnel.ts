import type { NamedPeriod } from '../dates/period';
import type { Table } from '../tables/readTable';
import { LEAD_RANK, LEAD_STATUS_CODES } from '../tables/vocabulary';
import type { FunnelStep } from './model';

const STEPS: { step: FunnelStep['step']; rank: number }[] = [
  { step: 'lead', rank: -Infinity }, { step: 'mql', rank: LEAD_RANK.mql }, { step: 'sql', rank: LEAD_RANK.sql },
  { step: 'opportunity', rank: LEAD_RANK.opportunity }, { step: 'customer', rank: LEAD_RANK.customer },
];

/**
 * The lead funnel of a period: of the leads created in it, how many reached each status (a lead
 * at SQL has passed MQL; a disqualified lead reached no step past "lead"), with the share of the
 * previous step that went on (next step) and the share of all leads (cumulative). Leads without a
 * readable status count as leads only (the data check lists them).
 */
export function leadFunnel(leads: Table<'leads'>, period: NamedPeriod): FunnelStep[] {
  const created = leads.day('created'), status = leads.code('status');
  const counts = STEPS.map(() => 0);
  for (let i = 0; i < leads.size; i++) {
    if (!(created[i] >= period.start && created[i] <= period.end)) continue; // NaN: no created date
    counts[0]++;
    if (status[i] < 0) continue;
    const rank = LEAD_RANK[LEAD_STATUS_CODES[status[i]]];
    for (let i = 1; i < STEPS.length; i++) if (rank >= STEPS[i].rank) counts[i]++;
  }
  return STEPS.map(({ step }, i) => ({
    step,
    count: counts[i],
    nextStep: i === 0 || counts[i - 1] === 0 ? undefined : counts[i] / counts[i - 1],
    cumulative: i === 0 || counts[0] === 0 ? undefined : counts[i] / counts[0],
  }));
}
