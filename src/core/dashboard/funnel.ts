import type { NamedPeriod } from '../dates/period';
import { ensureFields, Table } from '../tables/readTable';
import { LEAD_RANK } from '../tables/vocabulary';
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
  ensureFields(leads, ['created', 'status']);
  const counts = STEPS.map(() => 0);
  for (const l of leads.rows) {
    if (l.created === undefined || l.created < period.start || l.created > period.end) continue;
    counts[0]++;
    if (l.status === undefined) continue;
    const rank = LEAD_RANK[l.status];
    for (let i = 1; i < STEPS.length; i++) if (rank >= STEPS[i].rank) counts[i]++;
  }
  return STEPS.map(({ step }, i) => ({
    step,
    count: counts[i],
    nextStep: i === 0 || counts[i - 1] === 0 ? undefined : counts[i] / counts[i - 1],
    cumulative: i === 0 || counts[0] === 0 ? undefined : counts[i] / counts[0],
  }));
}
