/**
 * The realism knobs of the sample business: a French B2B SaaS/services startup.
 * Indices follow the label tables in names.ts.
 */

// Channels: LinkedIn, Website, Google Ads, Emailing, Referral, Events
export const CH_LINKEDIN = 0;
export const CH_REFERRAL = 4;
export const CH_EVENTS = 5;

export interface ChannelModel {
  /** Share of the lead volume (before the per-month seasonality of the channel). */
  share: number;
  /** P(lead becomes MQL). */
  mql: number;
  /** P(MQL becomes SQL). */
  sql: number;
  /** P(SQL becomes an opportunity, i.e. a deal). */
  opp: number;
  /** Base P(deal won) before owner/product factors. */
  win: number;
  /** Marketing cost per lead, € (Referral: gifts/referral fees only). */
  costPerLead: number;
  /** Segment mix of the deals it brings: SMB, Mid-market, Enterprise. */
  segments: readonly number[];
}

export const CHANNELS: readonly ChannelModel[] = [
  { share: 0.26, mql: 0.46, sql: 0.48, opp: 0.7, win: 0.29, costPerLead: 55, segments: [0.5, 0.35, 0.15] },
  { share: 0.24, mql: 0.4, sql: 0.42, opp: 0.65, win: 0.27, costPerLead: 18, segments: [0.65, 0.28, 0.07] },
  { share: 0.2, mql: 0.28, sql: 0.32, opp: 0.6, win: 0.16, costPerLead: 95, segments: [0.72, 0.24, 0.04] },
  { share: 0.12, mql: 0.25, sql: 0.36, opp: 0.6, win: 0.21, costPerLead: 12, segments: [0.6, 0.3, 0.1] },
  { share: 0.1, mql: 0.78, sql: 0.66, opp: 0.8, win: 0.5, costPerLead: 6, segments: [0.45, 0.35, 0.2] },
  { share: 0.08, mql: 0.55, sql: 0.46, opp: 0.7, win: 0.3, costPerLead: 140, segments: [0.35, 0.4, 0.25] },
];

/** Events (trade fairs) happen in spring and autumn: monthly multiplier of the Events share, Jan…Dec. */
export const EVENTS_SEASON: readonly number[] = [0.5, 0.9, 2.0, 1.0, 0.8, 1.8, 0.4, 0.1, 1.1, 2.0, 1.6, 0.4];

/** Lead volume seasonality, Jan…Dec (August and December dips). */
export const MONTH_SEASON: readonly number[] = [1.0, 1.05, 1.1, 1.05, 1.0, 1.0, 0.85, 0.55, 1.05, 1.1, 1.05, 0.72];

/** Lead volume by weekday, Sunday…Saturday. */
export const WEEKDAY_WEIGHT: readonly number[] = [0.15, 1.05, 1.1, 1.05, 1.0, 0.9, 0.25];

/** Monthly growth of the lead volume. */
export const MONTHLY_GROWTH = 0.035;

/** Non-MQL leads that get explicitly disqualified (the rest stay "New"). */
export const DISQUALIFY_SHARE = 0.65;

/** Mean lags in days: lead → MQL decision, MQL → SQL, SQL → deal. */
export const LAG_DECISION = 4;
export const LAG_SQL = 7;
export const LAG_DEAL = 5;

// Owners: Alice, Bruno, Chloé, David
export const OWNER_SHARE: readonly number[] = [0.27, 0.26, 0.26, 0.21];
/** Win-rate multiplier: David is clearly weaker. */
export const OWNER_WIN: readonly number[] = [1.15, 1.0, 1.05, 0.6];
/** Activity intensity multiplier (David also does fewer follow-ups). */
export const OWNER_ACTIVITY: readonly number[] = [1.1, 1.0, 1.0, 0.75];

// Products: Starter, Pro, Enterprise, Onboarding
export const P_STARTER = 0;
export const P_PRO = 1;
export const P_ENTERPRISE = 2;
export const P_ONBOARDING = 3;
/** Median amount, € (rounded to 10 € after a lognormal spread). */
export const PRODUCT_AMOUNT: readonly number[] = [1500, 6000, 25000, 3000];
export const AMOUNT_SIGMA = 0.35;
/** Mean sales cycle, days. */
export const PRODUCT_CYCLE: readonly number[] = [20, 40, 90, 15];
export const CYCLE_SIGMA = 0.45;
export const PRODUCT_WIN: readonly number[] = [1.15, 1.0, 0.75, 1.2];
/** Base number of activities per deal that runs to its end. */
export const PRODUCT_ACTIVITIES: readonly number[] = [4, 6, 10, 3];

// Segments: SMB, Mid-market, Enterprise
/** Product mix of a first deal by segment. */
export const SEGMENT_PRODUCTS: readonly (readonly number[])[] = [
  [0.62, 0.28, 0.0, 0.1],
  [0.15, 0.62, 0.15, 0.08],
  [0.0, 0.3, 0.65, 0.05],
];
export const SEGMENT_AMOUNT: readonly number[] = [0.9, 1.0, 1.3];
export const SEGMENT_CYCLE: readonly number[] = [0.9, 1.0, 1.2];
/** Monthly churn hazard (higher for SMB). */
export const SEGMENT_CHURN: readonly number[] = [0.035, 0.015, 0.007];
/** P(a customer buys again: upsell or onboarding). */
export const SEGMENT_REPURCHASE: readonly number[] = [0.3, 0.45, 0.55];
/** Upsell product after a first product: rows = first product, columns = next product weights. */
export const UPSELL: readonly (readonly number[])[] = [
  [0.0, 0.7, 0.0, 0.3],
  [0.0, 0.0, 0.35, 0.65],
  [0.0, 0.0, 0.4, 0.6],
  [0.4, 0.6, 0.0, 0.0],
];
export const REPURCHASE_WIN = 0.65;

// Regions: Île-de-France, Auvergne-Rhône-Alpes, Nouvelle-Aquitaine, Hauts-de-France, Export
export const REGION_SHARE: readonly number[] = [0.38, 0.17, 0.12, 0.11, 0.22];
export const REGION_EXPORT = 4;

/** Stage (0 Discovery … 3 Negotiation) at which lost deals were lost. */
export const LOST_AT_STAGE: readonly number[] = [0.3, 0.3, 0.25, 0.15];

/** NPS score distributions 0…10: usual customers, and customers heading to churn. */
export const NPS_HAPPY: readonly number[] = [0.01, 0.01, 0.01, 0.02, 0.03, 0.05, 0.07, 0.13, 0.2, 0.25, 0.22];
export const NPS_UNHAPPY: readonly number[] = [0.04, 0.05, 0.07, 0.09, 0.1, 0.12, 0.13, 0.15, 0.1, 0.08, 0.07];
/** CSAT 1…5 after a won deal. */
export const CSAT: readonly number[] = [0.03, 0.05, 0.11, 0.36, 0.45];
export const NPS_RESPONSE = 0.5;
export const CSAT_RESPONSE = 0.55;

/** Sales spend per month at the default size (2,400 leads): CRM/tools, and LinkedIn Sales Navigator seats. */
export const SALES_TOOLS_PER_MONTH = 420;
export const SALES_NAVIGATOR_PER_MONTH = 400;
/** Sales commissions on the revenue won in the month. */
export const COMMISSION_RATE = 0.05;
export const DEFAULT_LEADS = 2400;

/** Month-to-month variation of the realised business around the plan (lognormal sigmas). */
export const NOISE_LEADS = 0.08;
export const NOISE_QUALITY = 0.07;
export const NOISE_WIN = 0.1;
export const NOISE_DEAL_SIZE = 0.06;
export const NOISE_SPEND = 0.1;
