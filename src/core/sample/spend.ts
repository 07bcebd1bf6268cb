/**
 * Spend by month: the marketing budget of each channel (its planned leads × its cost per lead,
 * with month-to-month variation), LinkedIn Sales Navigator seats (Sales category, LinkedIn
 * channel), and the sales tools plus commissions on the month's revenue (Sales, no channel).
 * The month in progress shows what has been spent so far (pro rata of the days elapsed).
 */
import { monthStartDay } from './calendar';
import { STREAM } from './deals';
import * as M from './model';
import { costScale, planLeads } from './plan';
import { noiseFactor, Rng, seedOf } from './random';

export const CAT_MARKETING = 0;
export const CAT_SALES = 1;

export interface SpendRow {
  month: number;
  /** −1: no channel. */
  channel: number;
  category: number;
  amount: number;
}

/** `revenue(month)`: revenue won in that month before asOf, for the commissions. */
export function generateSpend(seed: number, scale: number, fromMonth: number, asOf: number, revenue: (month: number) => number): SpendRow[] {
  const rows: SpendRow[] = [];
  const fixed = costScale(scale);
  for (let month = fromMonth; monthStartDay(month) < asOf; month++) {
    const start = monthStartDay(month);
    const len = monthStartDay(month + 1) - start;
    const share = Math.min(len, asOf - start) / len;
    const rng = new Rng(seedOf(seed, month, STREAM.spend));
    const push = (channel: number, category: number, amount: number): void => {
      const rounded = Math.round(amount);
      if (rounded > 0) rows.push({ month, channel, category, amount: rounded });
    };
    for (let c = 0; c < M.CHANNEL_COUNT; c++) {
      const noise = noiseFactor(rng, M.NOISE_SPEND);
      push(c, CAT_MARKETING, planLeads(scale, month, c) * M.CHANNELS[c].cpl * noise * share);
    }
    push(M.CH_LINKEDIN, CAT_SALES, M.SALES_NAVIGATOR_PER_MONTH * fixed * share);
    push(-1, CAT_SALES, M.SALES_TOOLS_PER_MONTH * fixed * share + M.COMMISSION_RATE * revenue(month));
  }
  return rows;
}
