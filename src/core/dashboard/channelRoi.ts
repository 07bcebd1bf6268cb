import type { NamedPeriod } from '../dates/period';
import { kpiInput } from '../kpi/input';
import { byId } from '../kpi/registry';
import { spendInPeriod } from '../kpi/spendInPeriod';
import { Tally } from '../kpi/tally';
import type { FilterSpec } from '../kpi/types';
import { KpiComputer, valueOf } from './kpiComputer';
import type { Advice, ChannelRoi } from './model';
import { compareSegments, segmentValuesOf } from './segments';

/** Return on spend at or above which a channel that also acquires below the average CAC deserves more budget. */
export const CAPITALISE_ROI = 3;
/** Below this return on spend a channel loses money on its first deals. */
export const FIX_ROI = 2;
export const STOP_ROI = 1;

/**
 * The advice per channel, from its quarter's return on spend (revenue of its deals ÷ its spend)
 * and its CAC against the average CAC of all spend:
 * - capitalise: returns at least 3× its spend and acquires at or below the average CAC;
 * - stop: returns less than its spend and acquires nobody, or at twice the average CAC or more;
 * - fix: returns less than 2× its spend, or acquires above 1.5× the average CAC;
 * - keep: anything else; no spend: an organic channel, nothing to decide.
 */
export function adviceFor(row: Pick<ChannelRoi, 'spend' | 'newCustomers' | 'cac' | 'roi'>, averageCac: number | undefined): Advice {
  if (!(row.spend > 0)) return 'no_spend';
  const roi = row.roi ?? 0;
  const cacRatio = row.cac === undefined || averageCac === undefined || averageCac === 0 ? undefined : row.cac / averageCac;
  if (roi >= CAPITALISE_ROI && row.newCustomers > 0 && cacRatio !== undefined && cacRatio <= 1) return 'capitalise';
  if (roi < STOP_ROI && (row.newCustomers === 0 || (cacRatio !== undefined && cacRatio >= 2))) return 'stop';
  if (roi < FIX_ROI || (cacRatio !== undefined && cacRatio > 1.5)) return 'fix';
  return 'keep';
}

/**
 * Spend, leads, CPL, new customers (acquired through the channel: their first Won deal's
 * channel), CAC and revenue ÷ spend per channel over a period (the last full quarter on the
 * dashboard), and the advice of each. The total row covers all spend, leads and deals.
 */
export function channelRoi(c: KpiComputer, period: NamedPeriod): { rows: ChannelRoi[]; total: ChannelRoi } | undefined {
  const { spend, leads, deals } = c.tables;
  // Without a Channel column in the spend, no spend can be attributed: no table rather than zeros.
  if (!spend || !leads || !deals || spend.columns.channel === undefined) return undefined;
  const names = new Map<string, string>();
  for (const t of [spend, leads, deals]) for (const v of segmentValuesOf(t, 'channel') ?? []) if (v !== '' && !names.has(v.toLowerCase())) names.set(v.toLowerCase(), v);
  const measure = (channel: string | undefined): ChannelRoi => {
    const filters: FilterSpec[] = channel === undefined ? [] : [{ column: 'Channel', value: channel }];
    const spent = spendOf(c, period, filters);
    const leadCount = valueOf(c.cell(byId('LEADS'), period, filters)) ?? 0;
    const newCustomers = valueOf(c.cell(byId('NEW_CUSTOMERS'), period, filters)) ?? 0;
    const revenue = valueOf(c.cell(byId('REVENUE'), period, filters)) ?? 0;
    return {
      channel: channel ?? '', spend: spent, leads: leadCount, newCustomers, revenue,
      cpl: leadCount > 0 ? spent / leadCount : undefined,
      cac: newCustomers > 0 ? spent / newCustomers : undefined,
      roi: spent > 0 ? revenue / spent : undefined,
      advice: 'keep',
    };
  };
  const total = measure(undefined);
  const rows = [...names.values()].sort(compareSegments).map(measure);
  for (const r of rows) r.advice = adviceFor(r, total.cac);
  total.advice = adviceFor(total, total.cac);
  return { rows, total };
}

/** The spend of a channel, even where it brought no lead (CPL would then have no value to carry it). */
function spendOf(c: KpiComputer, period: NamedPeriod, filters: FilterSpec[]): number {
  return spendInPeriod(kpiInput(byId('CPL'), { spend: c.tables.spend }, filters, new Tally(false)), { period, filters }).amount;
}
