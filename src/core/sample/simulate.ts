/**
 * The business simulation behind the sample workbook, in struct-of-arrays form (no per-row objects).
 * Run twice: once with month-to-month noise for the realised data, once without noise (and with
 * another stream) as the founder's "plan" from which the targets are derived.
 */
import { addMonths, Day, weekdayOf, ymdOfDay } from './calendar';
import * as M from './model';
import { CompanyNamer } from './names';
import { cumulative, Rng } from './random';

export const ST_NEW = 0;
export const ST_MQL = 1;
export const ST_SQL = 2;
export const ST_OPP = 3;
export const ST_CUSTOMER = 4;
export const ST_DISQUALIFIED = 5;

export const STAGE_WON = 4;
export const STAGE_LOST = 5;

export const SURVEY_NPS = 0;
export const SURVEY_CSAT = 1;

const CHANNEL_COUNT = M.CHANNELS.length;

/** The calendar frame of a workbook. */
export interface Frame {
  asOf: Day;
  /** First day of data = first day of the first full month. */
  firstDay: Day;
  /** Number of days of data: [firstDay, asOf - 1]. */
  dayCount: number;
  /** Months from firstDay's month to asOf's month inclusive (the last one may have no data day). */
  monthCount: number;
  /** monthStarts[m] = first day of month m; length monthCount + 1. */
  monthStarts: Day[];
  /** Calendar month 0–11 of month m. */
  calendarMonth: number[];
  /** Month index of each data day. */
  dayMonth: Uint16Array;
}

/** Frame from the first day of a month up to asOf (exclusive); months run to asOf's month inclusive. */
export function makeFrame(firstDay: Day, asOf: Day): Frame {
  const a = ymdOfDay(firstDay);
  const b = ymdOfDay(asOf);
  const monthCount = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  const monthStarts: Day[] = [];
  const calendarMonth: number[] = [];
  for (let m = 0; m <= monthCount; m++) monthStarts.push(addMonths(firstDay, m));
  const startMonth = a.month - 1;
  for (let m = 0; m < monthCount; m++) calendarMonth.push((startMonth + m) % 12);
  const dayCount = Math.max(0, asOf - firstDay);
  const dayMonth = new Uint16Array(dayCount);
  for (let m = 0; m < monthCount; m++) {
    const end = Math.min(monthStarts[m + 1], asOf);
    for (let d = monthStarts[m]; d < end; d++) dayMonth[d - firstDay] = m;
  }
  return { asOf, firstDay, dayCount, monthCount, monthStarts, calendarMonth, dayMonth };
}

/** Multipliers per month (and per month×channel for spend); all 1 for the plan. */
export interface Noise {
  leads: number[];
  quality: number[];
  win: number[];
  dealSize: number[];
  spend: number[];
}

export function flatNoise(frame: Frame): Noise {
  const ones = (n: number): number[] => new Array<number>(n).fill(1);
  return {
    leads: ones(frame.monthCount),
    quality: ones(frame.monthCount),
    win: ones(frame.monthCount),
    dealSize: ones(frame.monthCount),
    spend: ones(frame.monthCount * CHANNEL_COUNT),
  };
}

export function randomNoise(frame: Frame, rng: Rng): Noise {
  const draw = (n: number, sigma: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(rng.lognormal(sigma));
    return out;
  };
  return {
    leads: draw(frame.monthCount, M.NOISE_LEADS),
    quality: draw(frame.monthCount, M.NOISE_QUALITY),
    win: draw(frame.monthCount, M.NOISE_WIN),
    dealSize: draw(frame.monthCount, M.NOISE_DEAL_SIZE),
    spend: draw(frame.monthCount * CHANNEL_COUNT, M.NOISE_SPEND),
  };
}

export interface Sim {
  frame: Frame;
  leadCount: number;
  leadDay: Int32Array;
  leadChannel: Uint8Array;
  leadOwner: Uint8Array;
  leadStatus: Uint8Array;

  /** Deals in generation order. Close = -1 while open. */
  dealCount: number;
  dealCompany: number[];
  dealCreated: number[];
  dealClose: number[];
  dealStage: number[];
  /** Furthest open stage reached (0–3), for activities. */
  dealReached: number[];
  dealAmount: number[];
  dealOwner: number[];
  dealProduct: number[];
  dealRegion: number[];
  dealChannel: number[];
  /** Share of the planned cycle elapsed at asOf for open deals, 1 for closed ones. */
  dealProgress: number[];

  /** One company per first deal. Start = -1 if never won, end = -1 while a customer. */
  companyName: string[];
  companySegment: number[];
  companyStart: number[];
  companyEnd: number[];

  surveyDay: number[];
  surveyCompany: number[];
  surveyType: number[];
  surveyScore: number[];

  /** Spend rows: month index, channel (-1 = none), category (0 Marketing, 1 Sales), amount €. */
  spendMonth: number[];
  spendChannel: number[];
  spendCategory: number[];
  spendAmount: number[];
}

/** Expected lead weight of each data day (growth × seasonality × weekday × month noise). */
export function dayWeights(frame: Frame, monthNoise: readonly number[] | null): Float64Array {
  const w = new Float64Array(frame.dayCount);
  const growthPerDay = Math.log(1 + M.MONTHLY_GROWTH) / 30.44;
  for (let i = 0; i < frame.dayCount; i++) {
    const m = frame.dayMonth[i];
    const day = frame.firstDay + i;
    w[i] =
      Math.exp(growthPerDay * i) *
      M.MONTH_SEASON[frame.calendarMonth[m]] *
      M.WEEKDAY_WEIGHT[weekdayOf(day)] *
      (monthNoise ? monthNoise[m] : 1);
  }
  return w;
}

const NPS_HAPPY = cumulative(M.NPS_HAPPY);
const NPS_UNHAPPY = cumulative(M.NPS_UNHAPPY);
const CSAT_CUM = cumulative(M.CSAT);
const OWNER_CUM = cumulative(M.OWNER_SHARE);
const REGION_CUM = cumulative(M.REGION_SHARE);
const LOST_CUM = cumulative(M.LOST_AT_STAGE);
const SEGMENT_CUM = M.CHANNELS.map((c) => cumulative(c.segments));
const PRODUCT_CUM = M.SEGMENT_PRODUCTS.map((p) => cumulative(p));
const UPSELL_CUM = M.UPSELL.map((p) => cumulative(p));

/**
 * Simulates `leadCount` leads over the frame. `namer` null skips company names (the plan).
 */
export function simulate(frame: Frame, leadCount: number, rng: Rng, noise: Noise, namer: CompanyNamer | null): Sim {
  const { asOf, firstDay, dayCount, monthCount } = frame;
  const sim: Sim = {
    frame,
    leadCount,
    leadDay: new Int32Array(leadCount),
    leadChannel: new Uint8Array(leadCount),
    leadOwner: new Uint8Array(leadCount),
    leadStatus: new Uint8Array(leadCount),
    dealCount: 0,
    dealCompany: [],
    dealCreated: [],
    dealClose: [],
    dealStage: [],
    dealReached: [],
    dealAmount: [],
    dealOwner: [],
    dealProduct: [],
    dealRegion: [],
    dealChannel: [],
    dealProgress: [],
    companyName: [],
    companySegment: [],
    companyStart: [],
    companyEnd: [],
    surveyDay: [],
    surveyCompany: [],
    surveyType: [],
    surveyScore: [],
    spendMonth: [],
    spendChannel: [],
    spendCategory: [],
    spendAmount: [],
  };
  if (leadCount === 0 || dayCount === 0) {
    if (dayCount === 0 && leadCount > 0) throw new RangeError('generateSample: no day of data before asOf');
    addSpend(sim, noise);
    return sim;
  }

  // Lead days: a multinomial draw over the day weights, so daily counts vary like real life
  // while the total is exactly leadCount.
  const weights = dayWeights(frame, noise.leads);
  const cum = new Float64Array(dayCount);
  let total = 0;
  for (let i = 0; i < dayCount; i++) cum[i] = total += weights[i];
  const perDay = new Int32Array(dayCount);
  for (let k = 0; k < leadCount; k++) {
    const x = rng.next() * total;
    let lo = 0;
    let hi = dayCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    perDay[lo]++;
  }

  // Channel mix by month (Events follow the trade-fair calendar).
  const channelCum: number[][] = [];
  for (let m = 0; m < monthCount; m++) {
    const cal = frame.calendarMonth[m];
    channelCum.push(cumulative(M.CHANNELS.map((c, i) => c.share * (i === M.CH_EVENTS ? M.EVENTS_SEASON[cal] : 1))));
  }

  let lead = 0;
  for (let i = 0; i < dayCount; i++) {
    const day = firstDay + i;
    const m = frame.dayMonth[i];
    const quality = noise.quality[m];
    for (let c = perDay[i]; c > 0; c--, lead++) {
      const ch = rng.pick(channelCum[m]);
      const owner = rng.pick(OWNER_CUM);
      const model = M.CHANNELS[ch];
      sim.leadDay[lead] = day;
      sim.leadChannel[lead] = ch;
      sim.leadOwner[lead] = owner;
      let status = ST_NEW;
      const decision = day + 1 + Math.floor(rng.exponential(M.LAG_DECISION));
      if (rng.chance(Math.min(0.95, model.mql * quality))) {
        if (decision < asOf) {
          status = ST_MQL;
          const sqlDay = decision + 2 + Math.floor(rng.exponential(M.LAG_SQL));
          if (rng.chance(Math.min(0.95, model.sql * quality)) && sqlDay < asOf) {
            status = ST_SQL;
            const dealDay = sqlDay + 1 + Math.floor(rng.exponential(M.LAG_DEAL));
            if (rng.chance(model.opp) && dealDay < asOf) {
              status = firstDeal(sim, rng, noise, namer, dealDay, ch, owner) ? ST_CUSTOMER : ST_OPP;
            }
          }
        }
      } else if (decision < asOf && rng.chance(M.DISQUALIFY_SHARE)) {
        status = ST_DISQUALIFIED;
      }
      sim.leadStatus[lead] = status;
    }
  }
  addSpend(sim, noise);
  return sim;
}

function monthOf(frame: Frame, day: Day): number {
  return frame.dayMonth[day - frame.firstDay];
}

/** Pushes a deal; returns its index. Close -1 when still open at asOf. */
function pushDeal(
  sim: Sim,
  rng: Rng,
  noise: Noise,
  company: number,
  created: Day,
  ch: number,
  owner: number,
  region: number,
  segment: number,
  product: number,
  pWin: number,
): number {
  const m = monthOf(sim.frame, created);
  const amount = Math.max(
    10,
    Math.round((M.PRODUCT_AMOUNT[product] * M.SEGMENT_AMOUNT[segment] * noise.dealSize[m] * rng.lognormal(M.AMOUNT_SIGMA)) / 10) * 10,
  );
  const won = rng.chance(Math.min(0.92, pWin * noise.win[m]));
  const cycle = Math.max(
    3,
    Math.round(M.PRODUCT_CYCLE[product] * M.SEGMENT_CYCLE[segment] * rng.lognormal(M.CYCLE_SIGMA) * (won ? 1 : 0.8)),
  );
  const reached = won ? 3 : rng.pick(LOST_CUM);
  const close = created + cycle;
  let stage: number;
  let progress = 1;
  if (close < sim.frame.asOf) {
    stage = won ? STAGE_WON : STAGE_LOST;
  } else {
    progress = (sim.frame.asOf - created) / cycle;
    stage = Math.min(reached, Math.floor(progress * 4));
  }
  sim.dealCompany.push(company);
  sim.dealCreated.push(created);
  sim.dealClose.push(stage >= STAGE_WON ? close : -1);
  sim.dealStage.push(stage);
  sim.dealReached.push(stage >= STAGE_WON ? reached : stage);
  sim.dealAmount.push(amount);
  sim.dealOwner.push(owner);
  sim.dealProduct.push(product);
  sim.dealRegion.push(region);
  sim.dealChannel.push(ch);
  sim.dealProgress.push(progress);
  return sim.dealCount++;
}

/** A lead's first deal (new company); returns true when won by asOf. */
function firstDeal(sim: Sim, rng: Rng, noise: Noise, namer: CompanyNamer | null, created: Day, ch: number, owner: number): boolean {
  const asOf = sim.frame.asOf;
  const region = rng.pick(REGION_CUM);
  const segment = rng.pick(SEGMENT_CUM[ch]);
  const product = rng.pick(PRODUCT_CUM[segment]);
  const company = sim.companySegment.length;
  sim.companyName.push(namer ? namer.next(region === M.REGION_EXPORT) : '');
  sim.companySegment.push(segment);
  sim.companyStart.push(-1);
  sim.companyEnd.push(-1);
  const pWin = M.CHANNELS[ch].win * M.OWNER_WIN[owner] * M.PRODUCT_WIN[product];
  const deal = pushDeal(sim, rng, noise, company, created, ch, owner, region, segment, product, pWin);
  if (sim.dealStage[deal] !== STAGE_WON) return false;

  // A customer from the close date on.
  const start = sim.dealClose[deal];
  sim.companyStart[company] = start;
  const hazard = M.SEGMENT_CHURN[segment] * (ch === M.CH_REFERRAL ? 0.7 : 1);
  const lifeMonths = Math.max(1, Math.ceil(Math.log(1 - rng.next()) / Math.log(1 - hazard)));
  const endDay = start + Math.max(20, Math.round((lifeMonths - rng.next()) * 30.44));
  const end = endDay < asOf ? endDay : -1;
  sim.companyEnd[company] = end;
  addCsat(sim, rng, company, start, end, product);

  // Repurchase: upsell or onboarding some months later, while still a customer.
  if (rng.chance(M.SEGMENT_REPURCHASE[segment])) {
    const again = start + 30 + rng.int(150);
    if (again < asOf && (end < 0 || again < end - 30)) {
      const next = rng.pick(UPSELL_CUM[product]);
      const d = pushDeal(sim, rng, noise, company, again, ch, owner, region, segment, next, M.REPURCHASE_WIN * M.OWNER_WIN[owner]);
      if (sim.dealStage[d] === STAGE_WON && end >= 0 && sim.dealClose[d] >= end) {
        sim.dealStage[d] = STAGE_LOST; // the customer left before signing
      }
      if (sim.dealStage[d] === STAGE_WON) addCsat(sim, rng, company, sim.dealClose[d], end, next);
    }
  }

  // NPS roughly every quarter while a customer.
  for (let day = start + 45 + rng.int(60); day < asOf && (end < 0 || day < end); day += 80 + rng.int(25)) {
    if (!rng.chance(M.NPS_RESPONSE)) continue;
    const unhappy = end >= 0 && end - day < 150;
    sim.surveyDay.push(day);
    sim.surveyCompany.push(company);
    sim.surveyType.push(SURVEY_NPS);
    sim.surveyScore.push(rng.pick(unhappy ? NPS_UNHAPPY : NPS_HAPPY));
  }
  return true;
}

function addCsat(sim: Sim, rng: Rng, company: number, closed: Day, end: Day, product: number): void {
  if (!rng.chance(M.CSAT_RESPONSE)) return;
  const day = closed + 2 + rng.int(19);
  if (day >= sim.frame.asOf || (end >= 0 && day >= end)) return;
  let score = rng.pick(CSAT_CUM) + 1;
  if (product === M.P_ONBOARDING && score < 5 && rng.chance(0.25)) score++;
  sim.surveyDay.push(day);
  sim.surveyCompany.push(company);
  sim.surveyType.push(SURVEY_CSAT);
  sim.surveyScore.push(score);
}

/** Spend per month: marketing by channel (cost per lead), sales tools, Sales Navigator and commissions. */
function addSpend(sim: Sim, noise: Noise): void {
  const frame = sim.frame;
  const months = frame.monthCount;
  const leads = new Float64Array(months * CHANNEL_COUNT);
  for (let i = 0; i < sim.leadCount; i++) leads[monthOf(frame, sim.leadDay[i]) * CHANNEL_COUNT + sim.leadChannel[i]]++;
  const revenue = new Float64Array(months);
  for (let d = 0; d < sim.dealCount; d++) {
    if (sim.dealStage[d] === STAGE_WON) revenue[monthOf(frame, sim.dealClose[d])] += sim.dealAmount[d];
  }
  const scale = sim.leadCount / M.DEFAULT_LEADS;
  for (let m = 0; m < months; m++) {
    const start = frame.monthStarts[m];
    const length = frame.monthStarts[m + 1] - start;
    const elapsed = Math.max(0, Math.min(length, frame.asOf - start));
    if (elapsed === 0) continue;
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
      const amount = Math.round(leads[m * CHANNEL_COUNT + ch] * M.CHANNELS[ch].costPerLead * noise.spend[m * CHANNEL_COUNT + ch]);
      if (amount > 0) pushSpend(sim, m, ch, 0, amount);
    }
    const share = (elapsed / length) * scale;
    const navigator = Math.round(M.SALES_NAVIGATOR_PER_MONTH * share);
    if (navigator > 0) pushSpend(sim, m, M.CH_LINKEDIN, 1, navigator);
    const tools = Math.round(M.SALES_TOOLS_PER_MONTH * share + M.COMMISSION_RATE * revenue[m]);
    if (tools > 0) pushSpend(sim, m, -1, 1, tools);
  }
}

function pushSpend(sim: Sim, month: number, channel: number, category: number, amount: number): void {
  sim.spendMonth.push(month);
  sim.spendChannel.push(channel);
  sim.spendCategory.push(category);
  sim.spendAmount.push(amount);
}
