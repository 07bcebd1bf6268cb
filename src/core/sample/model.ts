/**
 * The realism knobs of the sample business: a French B2B SaaS startup selling Starter / Pro /
 * Enterprise subscriptions (plus Onboarding packs) through six channels. Indices follow the label
 * tables in names.ts. Expected values derived from these (plan.ts) drive both the generator and
 * the objectives, so changing a knob moves data and targets together.
 */

// ---------------------------------------------------------------------------------------------
// Calendar anchors. Everything is tied to calendar months, never to the day the sample is made.

/** Absolute month index (year × 12 + month − 1) of October 2026: the size reference (see `leads`). */
export const REF_MONTH = 2026 * 12 + 9;
/** The company's first month: customers won before it don't exist. */
export const EPOCH_MONTH = 2020 * 12 + 0;
/** Growth is applied within [REF − 60, REF + 36] months; flat outside, so sizes stay bounded. */
export const GROWTH_FROM = -60;
export const GROWTH_TO = 36;
/** Monthly growth of lead volume (and so of deals and revenue). */
export const MONTHLY_GROWTH = 0.04;

/** Default size: expected leads over the `months` full months before November 2026. */
export const DEFAULT_LEADS = 4000;

// ---------------------------------------------------------------------------------------------
// Channels: LinkedIn, Website, Google Ads, Emailing, Referral, Events

export const CH_LINKEDIN = 0;
export const CH_WEBSITE = 1;
export const CH_GOOGLE = 2;
export const CH_EMAILING = 3;
export const CH_REFERRAL = 4;
export const CH_EVENTS = 5;
export const CHANNEL_COUNT = 6;

export interface ChannelModel {
  /** Share of the lead volume (Events also follow EVENTS_SEASON). */
  share: number;
  /** P(lead becomes MQL), P(MQL becomes SQL), P(SQL becomes a deal), P(first deal won). */
  mql: number;
  sql: number;
  opp: number;
  win: number;
  /** Marketing spend per expected lead, €. */
  cpl: number;
  /** Segment mix of the deals it brings: SMB, Mid-market, Enterprise. */
  segments: readonly number[];
  /** Highest subscription product it sells (search ads bring small accounts: no Enterprise plan). */
  topProduct: number;
}

/**
 * The economics that make the channel-ROI table say something (revenue / spend per quarter):
 * Referral (a partner programme paying per introduced lead) returns ~11× its spend at a fifth of
 * the average CAC: the channel to capitalise on. Google Ads has the highest CPL (185 €) and returns
 * ~0.55× its spend: the one to fix. LinkedIn, Website, Emailing and Events return 1.7–2.2×. Google
 * Ads and Emailing are sized to win 2–3 customers a quarter even early in the window, so their
 * quarterly ratio stays on its side of 1 and 4.
 */
export const CHANNELS: readonly ChannelModel[] = [
  { share: 0.22, mql: 0.45, sql: 0.5, opp: 0.7, win: 0.3, cpl: 125, segments: [0.4, 0.42, 0.18], topProduct: 2 },
  { share: 0.27, mql: 0.38, sql: 0.42, opp: 0.65, win: 0.27, cpl: 75, segments: [0.6, 0.32, 0.08], topProduct: 2 },
  { share: 0.13, mql: 0.4, sql: 0.42, opp: 0.62, win: 0.3, cpl: 185, segments: [0.82, 0.18, 0], topProduct: 1 },
  { share: 0.16, mql: 0.34, sql: 0.44, opp: 0.65, win: 0.32, cpl: 75, segments: [0.55, 0.35, 0.1], topProduct: 2 },
  { share: 0.08, mql: 0.85, sql: 0.7, opp: 0.8, win: 0.45, cpl: 120, segments: [0.35, 0.45, 0.2], topProduct: 2 },
  { share: 0.14, mql: 0.55, sql: 0.4, opp: 0.6, win: 0.3, cpl: 115, segments: [0.3, 0.45, 0.25], topProduct: 2 },
];

/** Trade fairs peak in March, June and October: Events lead multiplier, Jan…Dec (mild: the team goes to fairs all year). */
export const EVENTS_SEASON: readonly number[] = [0.95, 1.0, 1.15, 1.0, 1.0, 1.1, 0.95, 0.8, 1.0, 1.15, 1.05, 0.85];

/** Lead volume seasonality, Jan…Dec: August and December dips. */
export const LEAD_SEASON: readonly number[] = [1.0, 1.04, 1.1, 1.04, 1.0, 1.02, 0.86, 0.58, 1.06, 1.1, 1.06, 0.74];

/** Closing seasonality, Jan…Dec: deals hardly close in August, and December is short. */
export const CLOSE_SEASON: readonly number[] = [0.95, 1.0, 1.08, 1.0, 1.0, 1.1, 1.0, 0.62, 1.08, 1.06, 1.06, 0.82];

/** Lead volume by weekday, Sunday…Saturday. */
export const WEEKDAY_LEADS: readonly number[] = [0.15, 1.05, 1.1, 1.05, 1.0, 0.9, 0.25];
/** Deals close on working days. */
export const WEEKDAY_CLOSE: readonly number[] = [0.03, 1.0, 1.0, 1.0, 1.0, 1.1, 0.05];

/** How the deals closing in a month spread over the months their leads came in (0…5 months before). */
export const LEAD_TO_CLOSE_MONTHS: readonly number[] = [0.08, 0.34, 0.3, 0.16, 0.08, 0.04];

/** Funnel delays, days: lead → MQL, MQL → SQL, SQL → deal (1 + exponential with these means). */
export const LAG_MQL = 3;
export const LAG_SQL = 6;
export const LAG_DEAL = 4;
/** Non-MQL leads explicitly disqualified (the rest stay New). */
export const DISQUALIFY_SHARE = 0.65;

// ---------------------------------------------------------------------------------------------
// Owners: Alice, Bruno, Chloé, David

export const OWNER_LEADS: readonly number[] = [0.27, 0.26, 0.26, 0.21];
/** Owners' shares of the revenue won and of the deals lost: David wins clearly less often. */
export const OWNER_WON: readonly number[] = [0.3, 0.27, 0.28, 0.15];
export const OWNER_LOST: readonly number[] = [0.23, 0.25, 0.24, 0.28];
/** Activity intensity (David also follows up less). */
export const OWNER_ACTIVITY: readonly number[] = [1.1, 1.0, 1.0, 0.75];

// ---------------------------------------------------------------------------------------------
// Products: Starter, Pro, Enterprise, Onboarding; segments: SMB, Mid-market, Enterprise

export const P_STARTER = 0;
export const P_PRO = 1;
export const P_ENTERPRISE = 2;
export const P_ONBOARDING = 3;

/** Subscription product mix by segment (Starter, Pro, Enterprise). */
export const SEGMENT_PRODUCTS: readonly (readonly number[])[] = [
  [0.78, 0.22, 0],
  [0.12, 0.78, 0.1],
  [0, 0.3, 0.7],
];
/** Median first-year amount by product, €. */
export const PRODUCT_AMOUNT: readonly number[] = [2400, 6600, 14000];
/** Onboarding pack amount by segment, € (sold with the subscription, closing the same month). */
export const ONBOARDING_AMOUNT: readonly number[] = [900, 1800, 4500];
/** P(an Onboarding pack comes with the first deal), by product. */
export const ONBOARDING_TAKE: readonly number[] = [0.15, 0.35, 0.6];
export const AMOUNT_SIGMA = 0.16;
/** Median sales cycle by product, days, and the segment multiplier; capped so every deal closes within 5 months. */
export const PRODUCT_CYCLE: readonly number[] = [21, 45, 90];
export const SEGMENT_CYCLE: readonly number[] = [0.9, 1.0, 1.2];
export const CYCLE_SIGMA = 0.35;
export const CYCLE_MIN = 7;
export const CYCLE_MAX = 150;

/** Monthly churn hazard by segment; customers who came by referral stay longer. */
export const SEGMENT_CHURN: readonly number[] = [0.035, 0.02, 0.01];
export const REFERRAL_CHURN = 0.7;

// Regions: Île-de-France, Auvergne-Rhône-Alpes, Nouvelle-Aquitaine, Hauts-de-France, Export
/** Share of the revenue won (Export: foreign companies, with foreign names). */
export const REGION_SHARE: readonly number[] = [0.36, 0.16, 0.12, 0.1, 0.26];
export const REGION_EXPORT = 4;

/** Stage (0 Discovery … 3 Negotiation) reached by deals that end up lost. */
export const LOST_AT_STAGE: readonly number[] = [0.3, 0.3, 0.25, 0.15];
/** Share of deals whose rep's expected close date was too early (shown while open: overdue deals). */
export const SLIP_SHARE = 0.2;

// ---------------------------------------------------------------------------------------------
// Surveys

/** NPS 0…10: usual customers, and customers heading to churn (within 4 months of leaving). */
export const NPS_HAPPY: readonly number[] = [0.01, 0.01, 0.01, 0.02, 0.03, 0.05, 0.07, 0.13, 0.2, 0.25, 0.22];
export const NPS_UNHAPPY: readonly number[] = [0.04, 0.05, 0.07, 0.09, 0.1, 0.12, 0.13, 0.15, 0.1, 0.08, 0.07];
/** CSAT 1…5 after a purchase or a support ticket. */
export const CSAT: readonly number[] = [0.03, 0.05, 0.11, 0.36, 0.45];
/** NPS asked every ~quarter; CSAT after each purchase and after support tickets. */
export const NPS_RESPONSE = 0.45;
export const CSAT_RESPONSE = 0.55;
export const SUPPORT_CSAT_PER_MONTH = 0.1;

// ---------------------------------------------------------------------------------------------
// Spend (Sales category) at the default size; scaled with the company

/** LinkedIn Sales Navigator seats (Sales category, LinkedIn channel). */
export const SALES_NAVIGATOR_PER_MONTH = 520;
/** CRM and sales tools (Sales category, no channel). */
export const SALES_TOOLS_PER_MONTH = 900;
/** Sales commissions on the month's revenue (Sales category, no channel). */
export const COMMISSION_RATE = 0.04;

// ---------------------------------------------------------------------------------------------
// Month-to-month variation around the plan (lognormal sigmas, by calendar month)

export const NOISE_LEADS = 0.06;
export const NOISE_CHANNEL_LEADS = 0.05;
export const NOISE_DEALS = 0.05;
export const NOISE_DEAL_SIZE = 0.05;
export const NOISE_SPEND = 0.08;

// ---------------------------------------------------------------------------------------------
// The story of the last full month and of the month in progress (story.ts)

/** The last full month misses its revenue objective by this much… */
export const STORY_MISS = 0.2;
/** …because Export, usually ~26 % of revenue, makes this share of it (its deals slip to later months). */
export const STORY_EXPORT_SHARE = 0.05;
/** The month in progress ends at this share of its revenue objective, closing towards month end. */
export const STORY_PACE = 0.82;
