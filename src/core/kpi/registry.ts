import { normalizeKey } from '../cells/text';
import { ACTIVITIES } from './activities';
import { AVG_DEAL } from './avgDeal';
import { CAC } from './cac';
import { CHURN } from './churn';
import { CPL } from './cpl';
import { CSAT } from './csat';
import { LEAD_CONVERSION } from './leadConversion';
import { LEADS } from './leads';
import { LTV } from './ltv';
import { MQL_RATE } from './mqlRate';
import { NEW_CUSTOMERS } from './newCustomers';
import { NPS } from './nps';
import { PIPELINE } from './pipeline';
import { REPURCHASE_RATE } from './repurchaseRate';
import { RETENTION } from './retention';
import { REVENUE } from './revenue';
import { SALES_CYCLE } from './salesCycle';
import { SQL_RATE } from './sqlRate';
import { WIN_RATE } from './winRate';
import type { KpiDefinition, KpiId } from './types';

/** Every KPI, in funnel order: acquisition, activity and pipeline, closing, retention, satisfaction. */
export const KPIS: readonly KpiDefinition[] = [
  LEADS, CPL, LEAD_CONVERSION, MQL_RATE, SQL_RATE, ACTIVITIES,
  PIPELINE, WIN_RATE, SALES_CYCLE, REVENUE, AVG_DEAL, NEW_CUSTOMERS, CAC,
  CHURN, RETENTION, LTV, REPURCHASE_RATE, NPS, CSAT,
];

const BY_NAME = new Map<string, KpiDefinition>();
for (const k of KPIS) for (const name of [k.id, k.label.en, k.label.fr]) BY_NAME.set(normalizeKey(name), k);
// Short names founders write in a Targets sheet.
for (const [alias, id] of [
  ['CA', 'REVENUE'], ['Chiffre d affaires', 'REVENUE'], ['Churn', 'CHURN'], ['Attrition', 'CHURN'],
  ['Panier moyen', 'AVG_DEAL'], ['Average deal size', 'AVG_DEAL'], ['Taux de transformation', 'WIN_RATE'],
  ['Cycle de vente', 'SALES_CYCLE'], ['Nouveaux clients', 'NEW_CUSTOMERS'], ['Rétention', 'RETENTION'],
] as const) BY_NAME.set(normalizeKey(alias), byId(id));

export function byId(id: KpiId): KpiDefinition {
  return KPIS.find((k) => k.id === id)!;
}

/** A KPI by id or label, in English or French (`REVENUE`, `Chiffre d'affaires`, `CA`). */
export function kpiByName(name: string): KpiDefinition | undefined {
  return BY_NAME.get(normalizeKey(name));
}
