/**
 * The business plan: expected values of every flow, per absolute calendar month (year × 12 +
 * month − 1). The generator draws around these; the objectives are set from them. Nothing here
 * depends on the day the sample is generated.
 */
import { calendarMonthOf } from './calendar';
import * as M from './model';

/** Probability that a lead of the channel becomes a deal (MQL × SQL × opportunity). */
export function oppRate(c: number): number {
  const ch = M.CHANNELS[c];
  return ch.mql * ch.sql * ch.opp;
}

/** Growth factor of a month relative to the reference month (flat outside the growth years). */
export function growth(month: number): number {
  const k = Math.min(M.GROWTH_TO, Math.max(M.GROWTH_FROM, month - M.REF_MONTH));
  return Math.pow(1 + M.MONTHLY_GROWTH, k);
}

/** Relative lead weight of a channel in a month (before the size scale); memoised: the plan asks often. */
const weights = new Map<number, number>();
function leadWeight(month: number, c: number): number {
  const key = month * 8 + c;
  let w = weights.get(key);
  if (w === undefined) {
    const cal = calendarMonthOf(month);
    w = growth(month) * M.LEAD_SEASON[cal] * M.CHANNELS[c].share * (c === M.CH_EVENTS ? M.EVENTS_SEASON[cal] : 1);
    weights.set(key, w);
  }
  return w;
}

const LOGNORMAL_MEAN = Math.exp((M.AMOUNT_SIGMA * M.AMOUNT_SIGMA) / 2);

/** Subscription product mix of a channel's won first deals (Starter, Pro, Enterprise). */
export const PRODUCT_MIX: readonly (readonly number[])[] = M.CHANNELS.map((ch) => {
  const mix = [0, 0, 0];
  ch.segments.forEach((s, segment) => M.SEGMENT_PRODUCTS[segment].forEach((p, product) => (mix[Math.min(product, ch.topProduct)] += s * p)));
  return mix;
});

/** Segment mix of a channel's deals of a product: P(segment | product, channel). */
export const SEGMENT_GIVEN: readonly (readonly (readonly number[])[])[] = M.CHANNELS.map((ch) =>
  M.SEGMENT_PRODUCTS[0].map((_, product) => {
    const w = ch.segments.map((s, segment) => {
      // Products above the channel's top one were folded into it (see PRODUCT_MIX).
      let p = 0;
      M.SEGMENT_PRODUCTS[segment].forEach((q, k) => (p += Math.min(k, ch.topProduct) === product ? q : 0));
      return s * p;
    });
    const total = w.reduce((a, b) => a + b, 0);
    return w.map((x) => (total > 0 ? x / total : 1 / w.length));
  }),
);

export interface ChannelValue {
  /** Expected revenue per won first deal, Onboarding packs included. */
  revenuePerWin: number;
  /** Its split by product: Starter, Pro, Enterprise, Onboarding. */
  productRevenue: number[];
  /** Expected Onboarding packs per won first deal. */
  onboardingPerWin: number;
  /** Expected mean sales cycle (days) of its won subscription deals. */
  cycle: number;
}

export const CHANNEL_VALUE: readonly ChannelValue[] = M.CHANNELS.map((_, c) => {
  let revenue = 0;
  let onboarding = 0;
  let cycle = 0;
  const productRevenue = [0, 0, 0, 0];
  PRODUCT_MIX[c].forEach((p, product) => {
    SEGMENT_GIVEN[c][product].forEach((s, segment) => {
      const w = p * s;
      const subscription = w * M.PRODUCT_AMOUNT[product] * LOGNORMAL_MEAN;
      const pack = w * M.ONBOARDING_TAKE[product] * M.ONBOARDING_AMOUNT[segment] * LOGNORMAL_MEAN;
      productRevenue[product] += subscription;
      productRevenue[M.P_ONBOARDING] += pack;
      revenue += subscription + pack;
      onboarding += w * M.ONBOARDING_TAKE[product];
      cycle += w * M.PRODUCT_CYCLE[product] * M.SEGMENT_CYCLE[segment] * Math.exp((M.CYCLE_SIGMA * M.CYCLE_SIGMA) / 2);
    });
  });
  return { revenuePerWin: revenue, productRevenue, onboardingPerWin: onboarding, cycle };
});

/** Mean days from an Onboarding pack's creation to its close (created 5–19 days before the subscription closes, closing 0–7 days after). */
export const ONBOARDING_CYCLE = 15.5;

/**
 * The size of a workbook: leads per unit of lead weight, so that the `months` full months before
 * the reference month (October 2026 included) expect `leads` leads. Other windows hold more (later)
 * or fewer (earlier) leads: the company grows, and a month's volume never depends on the window.
 */
export function scaleFor(leads: number, months: number): number {
  let w = 0;
  for (let m = M.REF_MONTH - months + 1; m <= M.REF_MONTH; m++) for (let c = 0; c < M.CHANNEL_COUNT; c++) w += leadWeight(m, c);
  return w > 0 ? leads / w : 0;
}

/** Expected leads of a channel in a month. */
export function planLeads(scale: number, month: number, c: number): number {
  return scale * leadWeight(month, c);
}

/** Expected first deals (won + lost) of a channel closing in a month: the leads of the months before, converted. */
const firstDealWeights = new Map<number, number>();
export function planFirstDeals(scale: number, month: number, c: number): number {
  const key = month * 8 + c;
  let w = firstDealWeights.get(key);
  if (w === undefined) {
    w = 0;
    for (let l = 0; l < M.LEAD_TO_CLOSE_MONTHS.length; l++) w += M.LEAD_TO_CLOSE_MONTHS[l] * leadWeight(month - l, c);
    w *= oppRate(c) * M.CLOSE_SEASON[calendarMonthOf(month)];
    firstDealWeights.set(key, w);
  }
  return scale * w;
}

/** Size of the fixed sales costs relative to the default workbook. */
export function costScale(scale: number): number {
  return scale / scaleFor(M.DEFAULT_LEADS, 18);
}

/** Monthly churn of the customer base in steady growth: each segment weighs by its acquisitions over (churn + growth). */
export const PLAN_CHURN = ((): number => {
  const won = [0, 0, 0];
  M.CHANNELS.forEach((ch, c) => ch.segments.forEach((s, segment) => (won[segment] += ch.share * oppRate(c) * ch.win * s)));
  let base = 0;
  let churned = 0;
  won.forEach((w, segment) => {
    const h = M.SEGMENT_CHURN[segment] * 0.93; // a few come by referral and stay longer
    const b = w / (h + M.MONTHLY_GROWTH);
    base += b;
    churned += b * h;
  });
  return churned / base;
})();

/** Expected NPS: mostly happy customers, about one answer in eight from a customer about to leave. */
export const PLAN_NPS = ((): number => {
  const net = (d: readonly number[]): number => d[9] + d[10] - d.slice(0, 7).reduce((a, b) => a + b, 0);
  return 100 * (0.88 * net(M.NPS_HAPPY) + 0.12 * net(M.NPS_UNHAPPY));
})();

/** Every expected figure of one month. */
export interface MonthPlan {
  leads: number;
  linkedInLeads: number;
  /** Leads at or past MQL / SQL once their funnel has run. */
  mql: number;
  sql: number;
  won: number;
  lost: number;
  /** Won deals, Onboarding packs included (the denominator of AVG_DEAL). */
  wonDeals: number;
  revenue: number;
  /** Revenue by region (model order). */
  regionRevenue: number[];
  /** Sum of the sales cycles of the won deals. */
  cycleDays: number;
  marketingSpend: number;
  spend: number;
}

/** A plan with every count, amount and region at zero (monthPlan's start, and a sum's). */
export function emptyMonthPlan(): MonthPlan {
  return {
    leads: 0, linkedInLeads: 0, mql: 0, sql: 0, won: 0, lost: 0, wonDeals: 0, revenue: 0,
    regionRevenue: M.REGION_SHARE.map(() => 0), cycleDays: 0, marketingSpend: 0, spend: 0,
  };
}

export function monthPlan(scale: number, month: number): MonthPlan {
  const p = emptyMonthPlan();
  for (let c = 0; c < M.CHANNEL_COUNT; c++) {
    const ch = M.CHANNELS[c];
    const leads = planLeads(scale, month, c);
    p.leads += leads;
    if (c === M.CH_LINKEDIN) p.linkedInLeads += leads;
    p.mql += leads * ch.mql;
    p.sql += leads * ch.mql * ch.sql;
    const first = planFirstDeals(scale, month, c);
    const won = first * ch.win;
    const v = CHANNEL_VALUE[c];
    p.won += won;
    p.lost += first - won;
    p.wonDeals += won * (1 + v.onboardingPerWin);
    p.revenue += won * v.revenuePerWin;
    p.cycleDays += won * (v.cycle + v.onboardingPerWin * ONBOARDING_CYCLE);
    p.marketingSpend += leads * ch.cpl;
  }
  p.regionRevenue = M.REGION_SHARE.map((s) => s * p.revenue);
  const fixed = costScale(scale) * (M.SALES_NAVIGATOR_PER_MONTH + M.SALES_TOOLS_PER_MONTH);
  p.spend = p.marketingSpend + fixed + M.COMMISSION_RATE * p.revenue;
  return p;
}
