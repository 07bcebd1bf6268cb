/**
 * Objectives ("Objectifs") set from the plan (plan.ts), never from the realised data, so that over
 * many periods about a third of them are missed (test/core/sample checks it with the KPI engine).
 */
import { calendarMonthOf, monthKey, monthStartDay, quarterKey } from './calendar';
import * as M from './model';
import { emptyMonthPlan, MonthPlan, monthPlan, PLAN_CHURN, PLAN_NPS } from './plan';

export type TargetKpi =
  | 'LEADS' | 'CPL' | 'MQL_RATE' | 'SQL_RATE' | 'WIN_RATE' | 'REVENUE' | 'AVG_DEAL' | 'NEW_CUSTOMERS'
  | 'CAC' | 'CHURN' | 'SALES_CYCLE' | 'NPS' | 'PIPELINE';

/** A target row before labels: the filter names a model column and index. */
export interface TargetRow {
  kpi: TargetKpi;
  period: string;
  target: number;
  filter: null | { column: 'region' | 'channel' | 'category'; index: number };
}

/**
 * Objectives over the plan: × for amounts and counts, + for rates (fractions) and NPS points. The
 * plan is already ambitious (4 % growth a month); each factor sits where about a third of the
 * realised periods fall short (measured over 6 seeds × 24 months with the KPI engine: realised /
 * plan is within ±3 % of 1 in two months out of three for counts and amounts, churn varies more).
 */
export const MONTHLY = {
  leads: 0.974, linkedInLeads: 0.962, cpl: 1.032, winRate: -0.007, revenue: 0.965, newCustomers: 0.966,
  cac: 1.04, churn: 1.18, pipeline: 1,
} as const;
export const QUARTERLY = {
  leads: 0.978, cpl: 1.022, marketingCpl: 1.022, winRate: -0.005, revenue: 0.984, regionRevenue: 0.975, newCustomers: 0.982,
  cac: 1.008, churn: 1.04, mqlRate: -0.011, sqlRate: -0.01, avgDeal: 0.976, cycle: 1.009, nps: 0,
} as const;

/** Pipeline open at any time, in months of planned revenue (measured: ~5.3; objective at its 33rd percentile). */
export const PIPELINE_MONTHS = 5.15;

/** Three significant digits (100 → 100, 34 567 → 34 600). */
export function nice(x: number): number {
  if (!(x > 0)) return 0;
  if (x < 100) return Math.round(x);
  const step = Math.pow(10, Math.floor(Math.log10(x)) - 2);
  return Math.round(x / step) * step;
}

function round(x: number, decimals: number): number {
  const k = Math.pow(10, decimals);
  return Math.round(x * k) / k;
}

/** The headline objectives of one month, as written in the Targets sheet. */
export interface MonthTargets {
  leads: number;
  linkedInLeads: number;
  cpl: number;
  winRate: number;
  revenue: number;
  newCustomers: number;
  cac: number;
  churn: number;
  pipeline: number;
}

type HeadlineKey = 'leads' | 'cpl' | 'winRate' | 'revenue' | 'newCustomers' | 'cac';

/** The six objectives computed alike for a month and a quarter, each with its factor table (MONTHLY or QUARTERLY). */
function headline(p: MonthPlan, factors: Readonly<Record<HeadlineKey, number>>): Pick<MonthTargets, HeadlineKey> {
  return {
    leads: Math.max(1, nice(p.leads * factors.leads)),
    cpl: Math.round((p.spend / p.leads) * factors.cpl),
    winRate: round(p.wonDeals / (p.wonDeals + p.lost) + factors.winRate, 2),
    revenue: nice(p.revenue * factors.revenue),
    newCustomers: Math.max(1, Math.round(p.won * factors.newCustomers)),
    cac: Math.round(((p.spend / p.won) * factors.cac) / 10) * 10,
  };
}

export function monthTargets(scale: number, month: number): MonthTargets {
  const p = monthPlan(scale, month);
  const next = monthPlan(scale, month + 1);
  return {
    ...headline(p, MONTHLY),
    linkedInLeads: Math.max(1, nice(p.linkedInLeads * MONTHLY.linkedInLeads)),
    churn: round(PLAN_CHURN * MONTHLY.churn, 3),
    pipeline: nice(((p.revenue + next.revenue) / 2) * PIPELINE_MONTHS * MONTHLY.pipeline),
  };
}

function sumPlans(plans: MonthPlan[]): MonthPlan {
  const s = emptyMonthPlan();
  for (const p of plans) {
    s.leads += p.leads;
    s.linkedInLeads += p.linkedInLeads;
    s.mql += p.mql;
    s.sql += p.sql;
    s.won += p.won;
    s.lost += p.lost;
    s.wonDeals += p.wonDeals;
    s.revenue += p.revenue;
    p.regionRevenue.forEach((r, i) => (s.regionRevenue[i] += r));
    s.cycleDays += p.cycleDays;
    s.marketingSpend += p.marketingSpend;
    s.spend += p.spend;
  }
  return s;
}

/**
 * The Targets rows for the months [fromMonth, toMonth] (absolute month indices; toMonth is asOf's
 * month) and every quarter touching them: the eight headline KPIs every month and quarter, the
 * other KPIs every quarter, and a few filtered objectives (LinkedIn leads, Île-de-France and
 * Export revenue, marketing CPL).
 */
export function buildTargets(scale: number, fromMonth: number, toMonth: number): TargetRow[] {
  const rows: TargetRow[] = [];
  const add = (kpi: TargetKpi, period: string, target: number, filter: TargetRow['filter'] = null): void => {
    rows.push({ kpi, period, target, filter });
  };
  const months: number[] = [];
  for (let m = fromMonth; m <= toMonth; m++) months.push(m);
  const targets = months.map((m) => monthTargets(scale, m));
  const mKey = (m: number): string => monthKey(monthStartDay(m));
  const monthly = (kpi: TargetKpi, pick: (t: MonthTargets) => number): void => months.forEach((m, i) => add(kpi, mKey(m), pick(targets[i])));
  monthly('REVENUE', (t) => t.revenue);
  monthly('NEW_CUSTOMERS', (t) => t.newCustomers);
  monthly('WIN_RATE', (t) => t.winRate);
  monthly('PIPELINE', (t) => t.pipeline);
  monthly('LEADS', (t) => t.leads);
  monthly('CPL', (t) => t.cpl);
  monthly('CAC', (t) => t.cac);
  monthly('CHURN', (t) => t.churn);
  months.forEach((m, i) => add('LEADS', mKey(m), targets[i].linkedInLeads, { column: 'channel', index: M.CH_LINKEDIN }));

  // Quarters touching the window, each from its three months' plans.
  const quarterStarts: number[] = [];
  for (let q = fromMonth - (calendarMonthOf(fromMonth) % 3); q <= toMonth; q += 3) quarterStarts.push(q);
  for (const q of quarterStarts) {
    const key = quarterKey(monthStartDay(q));
    const p = sumPlans([monthPlan(scale, q), monthPlan(scale, q + 1), monthPlan(scale, q + 2)]);
    const last = monthTargets(scale, q + 2);
    const h = headline(p, QUARTERLY);
    add('REVENUE', key, h.revenue);
    add('NEW_CUSTOMERS', key, h.newCustomers);
    add('WIN_RATE', key, h.winRate);
    add('PIPELINE', key, last.pipeline);
    add('LEADS', key, h.leads);
    add('CPL', key, h.cpl);
    add('CAC', key, h.cac);
    add('CHURN', key, round((1 - Math.pow(1 - PLAN_CHURN, 3)) * QUARTERLY.churn, 3));
    add('MQL_RATE', key, round(p.mql / p.leads + QUARTERLY.mqlRate, 2));
    add('SQL_RATE', key, round(p.sql / p.leads + QUARTERLY.sqlRate, 2));
    add('AVG_DEAL', key, nice((p.revenue / p.wonDeals) * QUARTERLY.avgDeal));
    add('SALES_CYCLE', key, Math.round((p.cycleDays / p.wonDeals) * QUARTERLY.cycle));
    add('NPS', key, Math.round(PLAN_NPS + QUARTERLY.nps));
    // Marketing spend only: a CPL objective filtered on the spend category.
    add('CPL', key, Math.round((p.marketingSpend / p.leads) * QUARTERLY.marketingCpl), { column: 'category', index: 0 });
    for (const region of [0, M.REGION_EXPORT]) add('REVENUE', key, nice(p.regionRevenue[region] * QUARTERLY.regionRevenue), { column: 'region', index: region });
  }
  return rows;
}
