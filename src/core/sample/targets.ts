/**
 * Targets ("Objectifs") derived from the plan: the same business model simulated without the
 * month-to-month noise, on its own random stream, scaled to the requested size. Never from the
 * realised data. Ambition factors put roughly a third of the realised periods below target.
 */
import { addMonths, Day, monthKey, quarterKey, ymdOfDay } from './calendar';
import * as M from './model';
import { Rng } from './random';
import { dayWeights, flatNoise, Frame, makeFrame, simulate, Sim, ST_MQL, ST_SQL, ST_OPP, ST_CUSTOMER, STAGE_LOST, STAGE_WON, SURVEY_NPS } from './simulate';

/** Leads simulated for the plan (enough for smooth expectations, cheap next to 500k). */
export const PLAN_LEADS = 100000;

export type KpiId =
  | 'LEADS' | 'CPL' | 'MQL_RATE' | 'SQL_RATE' | 'WIN_RATE' | 'REVENUE' | 'AVG_DEAL'
  | 'NEW_CUSTOMERS' | 'CAC' | 'CHURN' | 'SALES_CYCLE' | 'NPS';

/** A target row before labels: filter is 'region' / 'channel' with the model index. */
export interface TargetRow {
  kpi: KpiId;
  period: string;
  target: number;
  filter: null | { column: 'region' | 'channel' | 'category'; index: number };
}

/** Per-period measures of a simulation (what the KPI engine would compute). */
export interface Measures {
  monthCount: number;
  quarterCount: number;
  /** Quarter index of each month. */
  monthQuarter: number[];
  quarterStarts: Day[];
  leads: Float64Array;
  linkedInLeads: Float64Array;
  marketingSpend: Float64Array;
  totalSpend: Float64Array;
  won: Float64Array;
  lost: Float64Array;
  revenue: Float64Array;
  newCustomers: Float64Array;
  // quarterly
  qLeads: Float64Array;
  qMql: Float64Array;
  qSql: Float64Array;
  qWon: Float64Array;
  qRevenue: Float64Array;
  qRegionRevenue: Float64Array; // quarter * regions + region
  qCycleDays: Float64Array;
  qChurned: Float64Array;
  qActive: Float64Array;
  qPromoters: Float64Array;
  qDetractors: Float64Array;
  qNps: Float64Array;
}

const REGIONS = M.REGION_SHARE.length;

/** Measures a simulation by calendar month / quarter of its frame. */
export function measure(sim: Sim): Measures {
  const frame = sim.frame;
  const months = frame.monthCount;
  const monthQuarter: number[] = [];
  const quarterStarts: Day[] = [];
  let lastKey = '';
  for (let m = 0; m < months; m++) {
    const key = quarterKey(frame.monthStarts[m]);
    if (key !== lastKey) {
      const { month } = ymdOfDay(frame.monthStarts[m]);
      quarterStarts.push(addMonths(frame.monthStarts[m], -((month - 1) % 3)));
      lastKey = key;
    }
    monthQuarter.push(quarterStarts.length - 1);
  }
  const quarters = quarterStarts.length;
  const f = (n: number): Float64Array => new Float64Array(n);
  const r: Measures = {
    monthCount: months, quarterCount: quarters, monthQuarter, quarterStarts,
    leads: f(months), linkedInLeads: f(months), marketingSpend: f(months), totalSpend: f(months),
    won: f(months), lost: f(months), revenue: f(months), newCustomers: f(months),
    qLeads: f(quarters), qMql: f(quarters), qSql: f(quarters), qWon: f(quarters), qRevenue: f(quarters),
    qRegionRevenue: f(quarters * REGIONS), qCycleDays: f(quarters), qChurned: f(quarters), qActive: f(quarters),
    qPromoters: f(quarters), qDetractors: f(quarters), qNps: f(quarters),
  };
  const monthOf = (day: Day): number => frame.dayMonth[day - frame.firstDay];
  for (let i = 0; i < sim.leadCount; i++) {
    const m = monthOf(sim.leadDay[i]);
    const q = monthQuarter[m];
    const st = sim.leadStatus[i];
    r.leads[m]++;
    if (sim.leadChannel[i] === M.CH_LINKEDIN) r.linkedInLeads[m]++;
    r.qLeads[q]++;
    if (st === ST_MQL || st === ST_SQL || st === ST_OPP || st === ST_CUSTOMER) r.qMql[q]++;
    if (st === ST_SQL || st === ST_OPP || st === ST_CUSTOMER) r.qSql[q]++;
  }
  for (let i = 0; i < sim.spendMonth.length; i++) {
    const m = sim.spendMonth[i];
    if (sim.spendCategory[i] === 0) r.marketingSpend[m] += sim.spendAmount[i];
    r.totalSpend[m] += sim.spendAmount[i];
  }
  for (let d = 0; d < sim.dealCount; d++) {
    const stage = sim.dealStage[d];
    if (stage < STAGE_WON) continue;
    const m = monthOf(sim.dealClose[d]);
    if (stage === STAGE_LOST) {
      r.lost[m]++;
      continue;
    }
    const q = monthQuarter[m];
    r.won[m]++;
    r.revenue[m] += sim.dealAmount[d];
    r.qWon[q]++;
    r.qRevenue[q] += sim.dealAmount[d];
    r.qRegionRevenue[q * REGIONS + sim.dealRegion[d]] += sim.dealAmount[d];
    r.qCycleDays[q] += sim.dealClose[d] - sim.dealCreated[d];
  }
  for (let c = 0; c < sim.companyStart.length; c++) {
    const start = sim.companyStart[c];
    if (start < 0) continue;
    const end = sim.companyEnd[c];
    r.newCustomers[monthOf(start)]++;
    if (end >= 0) r.qChurned[monthQuarter[monthOf(end)]]++;
    for (let q = 0; q < quarters; q++) {
      const qs = quarterStarts[q];
      if (start < qs && (end < 0 || end >= qs)) r.qActive[q]++;
    }
  }
  for (let s = 0; s < sim.surveyDay.length; s++) {
    if (sim.surveyType[s] !== SURVEY_NPS) continue;
    const q = monthQuarter[monthOf(sim.surveyDay[s])];
    const score = sim.surveyScore[s];
    r.qNps[q]++;
    if (score >= 9) r.qPromoters[q]++;
    else if (score <= 6) r.qDetractors[q]++;
  }
  return r;
}

/**
 * Ambition: a target sits Z standard deviations on the "better" side of the plan's median, the
 * deviation combining the month-to-month business noise and the sampling noise of the expected
 * event count, so that about a third of the realised periods miss (P(Z' < -0.43) ≈ 1/3).
 */
export const AMBITION_Z = 0.43;
/** Coefficient of variation of a won deal's amount (product mix × lognormal spread). */
const AMOUNT_CV = 1.3;
/** Coefficient of variation of a won deal's sales cycle. */
const CYCLE_CV = 0.8;

/** Relative sigma of a period measure: structural noise plus sampling noise over n events of the given cv. */
function relSigma(structural: number, n: number, cv: number): number {
  return Math.sqrt(structural * structural + (1 + cv * cv) / Math.max(n, 1));
}

/** Relative sigma of a mean over n events of the given cv, with structural noise. */
function meanSigma(structural: number, n: number, cv: number): number {
  return Math.sqrt(structural * structural + (cv * cv) / Math.max(n, 1));
}

/** Higher-is-better target: the plan's median minus Z sigmas (multiplicative). */
function atLeast(plan: number, sigma: number): number {
  return plan * Math.exp(-sigma * sigma / 2 - AMBITION_Z * sigma);
}

/** Lower-is-better target: the plan plus Z sigmas (multiplicative). */
function atMost(plan: number, sigma: number): number {
  return plan * Math.exp(AMBITION_Z * sigma);
}

/** Sigma of a rate p measured over n trials, relative to p, with structural noise. */
function rateSigma(structural: number, p: number, n: number): number {
  const sampling = p > 0 && p < 1 ? (1 - p) / (p * Math.max(n, 1)) : 0;
  return Math.sqrt(structural * structural + sampling);
}

/** Three significant digits (100 → 100, 34 567 → 34 600). */
export function nice(x: number): number {
  if (!(x > 0)) return 0;
  if (x < 100) return Math.round(x);
  const step = Math.pow(10, Math.floor(Math.log10(x)) - 2);
  return Math.round(x / step) * step;
}

/** Money targets: three significant digits, at least 100 €. */
function money(x: number): number {
  return Math.max(100, nice(x));
}

function round(x: number, decimals: number): number {
  const k = Math.pow(10, decimals);
  return Math.round(x * k) / k;
}

function ratio(a: number, b: number, fallback: number): number {
  return b > 0 ? a / b : fallback;
}

function sum(a: Float64Array, from = 0, to = a.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i];
  return s;
}

/**
 * The targets of a workbook: monthly for every month of `frame` (asOf's month included), quarterly
 * for every quarter touching them; rates as fractions, money in €, days, NPS points.
 */
export function buildTargets(frame: Frame, leadCount: number, seed: number): TargetRow[] {
  // The plan runs to the end of asOf's quarter so the current month/quarter get full-period targets.
  const lastMonth = frame.monthStarts[frame.monthCount - 1];
  const { month } = ymdOfDay(lastMonth);
  const planEnd = addMonths(lastMonth, 3 - ((month - 1) % 3));
  const planFrame = makeFrame(frame.firstDay, planEnd);
  const plan = simulate(planFrame, PLAN_LEADS, new Rng(seed + 0x2545f491), flatNoise(planFrame), null);
  const p = measure(plan);

  // Expected realised leads per plan day, from the same weights that place the realised leads.
  const planWeights = dayWeights(planFrame, null);
  let realWeight = 0;
  for (let i = 0; i < frame.dayCount; i++) realWeight += planWeights[i];
  let planWeight = 0;
  for (let i = 0; i < planWeights.length; i++) planWeight += planWeights[i];
  const perWeight = realWeight > 0 ? leadCount / realWeight : 0;
  const scale = (perWeight * planWeight) / PLAN_LEADS;
  const expectedLeads = new Float64Array(planFrame.monthCount);
  for (let i = 0; i < planWeights.length; i++) expectedLeads[planFrame.dayMonth[i]] += planWeights[i] * perWeight;

  const rows: TargetRow[] = [];
  const add = (kpi: KpiId, period: string, target: number, filter: TargetRow['filter'] = null): void => {
    rows.push({ kpi, period, target, filter });
  };
  const months = frame.monthCount;
  const mKey = (m: number): string => monthKey(frame.monthStarts[m]);
  const quarters = p.monthQuarter[months - 1] + 1;
  const qKey = (q: number): string => quarterKey(p.quarterStarts[q]);

  // Steady-state references (skip the ramp-up quarter where the plan has few closed deals).
  const steadyFrom = Math.min(3, p.monthCount - 1);
  const steadyCac = ratio(sum(p.totalSpend, steadyFrom), sum(p.newCustomers, steadyFrom), 0);
  let churned = 0;
  let active = 0;
  for (let q = 0; q < p.quarterCount; q++) {
    if (p.qActive[q] < 100) continue;
    churned += p.qChurned[q];
    active += p.qActive[q];
  }
  const churnRef = ratio(churned, active, 0.05);
  const npsRef = 100 * ratio(sum(p.qPromoters) - sum(p.qDetractors), sum(p.qNps), 0.25);
  const winRef = ratio(sum(p.won), sum(p.won) + sum(p.lost), 0.25);

  const S = {
    leads: M.NOISE_LEADS,
    quality: M.NOISE_QUALITY,
    win: M.NOISE_WIN,
    spend: M.NOISE_SPEND / Math.sqrt(3),
    customers: Math.sqrt(M.NOISE_LEADS * M.NOISE_LEADS + 2 * M.NOISE_QUALITY * M.NOISE_QUALITY + M.NOISE_WIN * M.NOISE_WIN),
    revenue: Math.sqrt(
      M.NOISE_LEADS * M.NOISE_LEADS + 2 * M.NOISE_QUALITY * M.NOISE_QUALITY + M.NOISE_WIN * M.NOISE_WIN + M.NOISE_DEAL_SIZE * M.NOISE_DEAL_SIZE,
    ),
  };

  for (let m = 0; m < months; m++) {
    const n = expectedLeads[m];
    add('LEADS', mKey(m), Math.max(1, nice(atLeast(n, relSigma(S.leads, n, 0)))));
  }
  for (let m = 0; m < months; m++) {
    const n = expectedLeads[m] * ratio(p.linkedInLeads[m], p.leads[m], M.CHANNELS[M.CH_LINKEDIN].share);
    add('LEADS', mKey(m), Math.max(1, nice(atLeast(n, relSigma(S.leads, n, 0)))), { column: 'channel', index: M.CH_LINKEDIN });
  }
  for (let m = 0; m < months; m++) {
    const cpl = ratio(p.marketingSpend[m], p.leads[m], 50);
    // Cost per lead of marketing spend: a CPL objective filtered on Category = Marketing.
    add('CPL', mKey(m), Math.round(atMost(cpl, meanSigma(S.spend, expectedLeads[m], 1))), { column: 'category', index: 0 });
  }
  for (let q = 0; q < quarters; q++) {
    const rate = ratio(p.qMql[q], p.qLeads[q], 0.4);
    add('MQL_RATE', qKey(q), round(atLeast(rate, rateSigma(S.quality / Math.sqrt(3), rate, p.qLeads[q] * scale)), 2));
  }
  for (let q = 0; q < quarters; q++) {
    // SQL_RATE is over every lead created in the quarter, like MQL_RATE (see kpi/sqlRate.ts).
    const rate = ratio(p.qSql[q], p.qLeads[q], 0.2);
    add('SQL_RATE', qKey(q), round(atLeast(rate, rateSigma(S.quality / Math.sqrt(3), rate, p.qLeads[q] * scale)), 2));
  }
  for (let m = 0; m < months; m++) {
    const closed = p.won[m] + p.lost[m];
    // Blend toward the steady rate while the plan has few closed deals (first weeks).
    const rate = (p.won[m] + 20 * winRef) / (closed + 20);
    add('WIN_RATE', mKey(m), round(atLeast(rate, rateSigma(S.win, rate, closed * scale)), 2));
  }
  for (let m = 0; m < months; m++) {
    add('REVENUE', mKey(m), money(atLeast(p.revenue[m] * scale, relSigma(S.revenue, p.won[m] * scale, AMOUNT_CV))));
  }
  for (const region of [0, M.REGION_EXPORT]) {
    for (let q = 0; q < quarters; q++) {
      const share = ratio(p.qRegionRevenue[q * REGIONS + region], p.qRevenue[q], 0);
      const revenue = p.qRegionRevenue[q * REGIONS + region] * scale;
      const sigma = relSigma(S.revenue / Math.sqrt(3), p.qWon[q] * share * scale, AMOUNT_CV);
      add('REVENUE', qKey(q), money(atLeast(revenue, sigma)), { column: 'region', index: region });
    }
  }
  for (let q = 0; q < quarters; q++) {
    const avg = ratio(p.qRevenue[q], p.qWon[q], 5000);
    add('AVG_DEAL', qKey(q), nice(atLeast(avg, meanSigma(M.NOISE_DEAL_SIZE / Math.sqrt(3), Math.max(5, p.qWon[q] * scale), AMOUNT_CV))));
  }
  for (let m = 0; m < months; m++) {
    const n = p.newCustomers[m] * scale;
    add('NEW_CUSTOMERS', mKey(m), Math.round(atLeast(n, relSigma(S.customers, n, 0))));
  }
  for (let m = 0; m < months; m++) {
    // A founder's CAC target: the plan's (high while the first deals are still in the pipe), then the
    // steady-state CAC improving 1 % a month.
    const n = p.newCustomers[m] * scale;
    const planCac = ratio(p.totalSpend[m], p.newCustomers[m], steadyCac);
    const cac = Math.min(2.5 * steadyCac, Math.max(planCac, steadyCac * Math.pow(0.99, m - steadyFrom)));
    add('CAC', mKey(m), Math.round(atMost(cac, relSigma(Math.hypot(S.customers, S.spend), n, 0)) / 10) * 10);
  }
  for (let q = 0; q < quarters; q++) {
    // While the customer base is tiny the quarterly churn is meaningless: target the steady rate.
    const base = p.qActive[q] * scale;
    const churn = p.qActive[q] >= 100 && base >= 20 ? p.qChurned[q] / p.qActive[q] : churnRef;
    add('CHURN', qKey(q), round(atMost(churn, rateSigma(0, churn, Math.max(20, base))), 3));
  }
  for (let q = 0; q < quarters; q++) {
    const cycle = ratio(p.qCycleDays[q], p.qWon[q], 40);
    add('SALES_CYCLE', qKey(q), Math.round(atMost(cycle, meanSigma(0, Math.max(5, p.qWon[q] * scale), CYCLE_CV))));
  }
  for (let q = 0; q < quarters; q++) {
    const nps = p.qNps[q] >= 30 ? (100 * (p.qPromoters[q] - p.qDetractors[q])) / p.qNps[q] : npsRef;
    // One answer moves NPS by ±100 points: sd ≈ 77 / √n.
    const sd = 77 / Math.sqrt(Math.max(30, p.qNps[q] * scale));
    add('NPS', qKey(q), Math.round(nps - AMBITION_Z * sd));
  }
  return rows;
}
