/**
 * Leads by creation month. A month's leads are the leads behind the deals (one per first deal,
 * with its channel and owner, created before it) plus the others, drawn from the month's own
 * stream: how many the plan expects, their day, channel, owner, and how far they will get in the
 * funnel and when. A lead's status is read at asOf from those dates, so the same lead moves
 * forward (New → MQL → SQL → Opportunity → Customer, or Disqualified) as asOf advances.
 */
import { monthStartDay, orderByDay, weekdayOf } from './calendar';
import { STREAM, World } from './deals';
import * as M from './model';
import { oppRate, planLeads } from './plan';
import { cumulative, noiseFactor, Rng, seedOf } from './random';

export const ST_NEW = 0;
export const ST_MQL = 1;
export const ST_SQL = 2;
export const ST_OPPORTUNITY = 3;
export const ST_CUSTOMER = 4;
export const ST_DISQUALIFIED = 5;

/** How far a lead without a deal gets. */
const NOT_QUALIFIED = 0;
const STOPS_AT_MQL = 1;
const STOPS_AT_SQL = 2;

export interface Leads {
  count: number;
  day: Int32Array;
  channel: Uint8Array;
  owner: Uint8Array;
  status: Uint8Array;
  /** Sequence number inside its creation month (for the `L-2610-0042` IDs), in day order. */
  seq: Int32Array;
  month: Int32Array;
}

/** Leads behind deals may not be more than this share of their channel's leads in a month. */
const MAX_DEAL_SHARE = 0.85;

const OWNER_CUM = cumulative(M.OWNER_LEADS);

/** Leads created in the months [fromMonth, asOf's month], before asOf. */
export function generateLeads(world: World, seed: number, scale: number, fromMonth: number, asOf: number, asOfMonth: number): Leads {
  const d = world.deals;
  const months = asOfMonth - fromMonth + 1;
  const firstDay = monthStartDay(fromMonth);
  const lastDay = monthStartDay(asOfMonth + 1);
  const monthOfDay = new Int32Array(Math.max(0, lastDay - firstDay));
  for (let m = 0; m < months; m++) monthOfDay.fill(m, monthStartDay(fromMonth + m) - firstDay, monthStartDay(fromMonth + m + 1) - firstDay);

  // The leads behind deals, by month and channel (whole months: the counts don't depend on asOf).
  const behindDeals: number[][] = [];
  for (let i = 0; i < months * M.CHANNEL_COUNT; i++) behindDeals.push([]);
  for (let i = 0; i < d.count; i++) {
    if (d.mainDeal[i] >= 0) continue;
    const day = d.leadDay[i];
    if (day < firstDay || day >= lastDay) continue;
    behindDeals[monthOfDay[day - firstDay] * M.CHANNEL_COUNT + d.channel[i]].push(i);
  }

  // Upper bound of the number of leads, to size the arrays once.
  let capacity = 0;
  const perChannel: number[] = [];
  for (let m = 0; m < months; m++) {
    const month = fromMonth + m;
    const rng = new Rng(seedOf(seed, month, STREAM.leads));
    const monthNoise = noiseFactor(rng, M.NOISE_LEADS);
    for (let c = 0; c < M.CHANNEL_COUNT; c++) {
      const behind = behindDeals[m * M.CHANNEL_COUNT + c].length;
      // noiseFactor written out: multiplying by it would group the product differently and change
      // the last bit of about a third of these products (their rounding, so far, never).
      const drawn = Math.round(planLeads(scale, month, c) * monthNoise * rng.lognormal(M.NOISE_CHANNEL_LEADS) * Math.exp(-(M.NOISE_CHANNEL_LEADS * M.NOISE_CHANNEL_LEADS) / 2));
      const n = Math.max(drawn, Math.ceil(behind / MAX_DEAL_SHARE));
      perChannel.push(n);
      capacity += n;
    }
  }

  const leads: Leads = {
    count: 0,
    day: new Int32Array(capacity),
    channel: new Uint8Array(capacity),
    owner: new Uint8Array(capacity),
    status: new Uint8Array(capacity),
    seq: new Int32Array(capacity),
    month: new Int32Array(capacity),
  };
  const push = (day: number, channel: number, owner: number, status: number, m: number): void => {
    if (day >= asOf) return;
    const k = leads.count++;
    leads.day[k] = day;
    leads.channel[k] = channel;
    leads.owner[k] = owner;
    leads.status[k] = status;
    leads.month[k] = m;
  };

  for (let m = 0; m < months; m++) {
    const month = fromMonth + m;
    const start = monthStartDay(month);
    const len = monthStartDay(month + 1) - start;
    const dayWeights: number[] = [];
    for (let i = 0; i < len; i++) dayWeights.push(M.WEEKDAY_LEADS[weekdayOf(start + i)]);
    const dayCum = cumulative(dayWeights);
    const rng = new Rng(seedOf(seed, month, STREAM.leads + 100));
    const from = leads.count;
    for (let c = 0; c < M.CHANNEL_COUNT; c++) {
      const behind = behindDeals[m * M.CHANNEL_COUNT + c];
      for (const i of behind) {
        let status = ST_NEW;
        if (d.won[i] && d.close[i] < asOf) status = ST_CUSTOMER;
        else if (d.created[i] < asOf) status = ST_OPPORTUNITY;
        else if (d.sqlDay[i] < asOf) status = ST_SQL;
        else if (d.mqlDay[i] < asOf) status = ST_MQL;
        push(d.leadDay[i], c, d.owner[i], status, m);
      }
      // The others: how far each gets, given that it never becomes a deal.
      const ch = M.CHANNELS[c];
      const stay = 1 - oppRate(c);
      const pNot = (1 - ch.mql) / stay;
      const pMql = (ch.mql * (1 - ch.sql)) / stay;
      for (let n = perChannel[m * M.CHANNEL_COUNT + c] - behind.length; n > 0; n--) {
        const day = start + rng.pick(dayCum);
        const owner = rng.pick(OWNER_CUM);
        const x = rng.next();
        const fate = x < pNot ? NOT_QUALIFIED : x < pNot + pMql ? STOPS_AT_MQL : STOPS_AT_SQL;
        const mqlDay = day + 1 + Math.floor(rng.exponential(M.LAG_MQL));
        const sqlDay = mqlDay + 2 + Math.floor(rng.exponential(M.LAG_SQL));
        const disqualified = rng.chance(M.DISQUALIFY_SHARE);
        let status = ST_NEW;
        if (fate === NOT_QUALIFIED) status = disqualified && mqlDay < asOf ? ST_DISQUALIFIED : ST_NEW;
        else if (fate === STOPS_AT_SQL && sqlDay < asOf) status = ST_SQL;
        else if (mqlDay < asOf) status = ST_MQL;
        push(day, c, owner, status, m);
      }
    }
    sortMonth(leads, from, leads.count);
  }
  return leads;
}

/** Orders a month's leads by day (stable: days are within one month) and numbers them. */
function sortMonth(leads: Leads, from: number, to: number): void {
  const n = to - from;
  if (n === 0) return;
  const day = leads.day.slice(from, to);
  const channel = leads.channel.slice(from, to);
  const owner = leads.owner.slice(from, to);
  const status = leads.status.slice(from, to);
  let first = day[0];
  for (let i = 1; i < n; i++) if (day[i] < first) first = day[i];
  const order = orderByDay(day, first, 32);
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const k = from + j;
    leads.day[k] = day[i];
    leads.channel[k] = channel[i];
    leads.owner[k] = owner[i];
    leads.status[k] = status[i];
    leads.seq[k] = j + 1;
  }
}
