import type { Day } from '../dates/day';
import type { Period } from '../dates/period';
import { KpiError } from './types';

/** Period bounds as numbers, open bounds infinite. */
export function bounds(p: Period): [number, number] {
  return [p.start ?? -Infinity, p.end ?? Infinity];
}

export function within(d: Day, lo: number, hi: number): boolean {
  return d >= lo && d <= hi;
}

/** A ratio, or a KpiError saying why it has no value instead of returning 0 or Infinity. */
export function ratio(numerator: number, denominator: number, whyZero: string): number {
  if (denominator === 0) throw new KpiError(whyZero, { numerator });
  return numerator / denominator;
}

/** CHURN, RETENTION and LTV compare the customer base at two dates: both bounds are needed. */
export function closedPeriod(kpiName: string, p: Period): { start: Day; end: Day } {
  if (p.start === undefined || p.end === undefined) {
    throw new KpiError(`${kpiName} needs a start and an end date (e.g. DATE(2026,1,1), DATE(2026,3,31)).`);
  }
  if (p.start > p.end) throw new KpiError(`${kpiName}: the start date is after the end date.`);
  return { start: p.start, end: p.end };
}
