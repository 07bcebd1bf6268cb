import type { Day } from '../dates/day';
import { NamedPeriod, customPeriod, monthOf, previousPeriod, quarterOf, quarterPeriod, monthPeriod } from '../dates/period';
import type { Grain } from '../settings/settings';
import type { DashboardPeriods } from './model';

/**
 * The periods a dashboard shows: the one in progress (the month or quarter of `asOf`) and a full
 * one beside it — the one chosen in the settings when it is over, else the last full one.
 * `asOf` is today: the days before it have elapsed, today has not.
 */
export function dashboardPeriods(asOf: Day, grain: Grain, chosen?: string): DashboardPeriods {
  const current = grain === 'month' ? monthOf(asOf) : quarterOf(asOf);
  const picked = chosen ? periodFromKey(chosen) : undefined;
  const full = picked && picked.kind === current.kind && picked.end < current.start ? picked : previousPeriod(current);
  return { asOf, full, current, elapsedDays: asOf - current.start, totalDays: current.end - current.start + 1 };
}

/** `2026-03` or `2026-Q1` as a period; undefined for anything else. */
export function periodFromKey(key: string): NamedPeriod | undefined {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && +m[2] >= 1 && +m[2] <= 12) return monthPeriod(+m[1], +m[2]);
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return quarterPeriod(+m[1], +m[2]);
  return undefined;
}

/**
 * The first `days` days of a period: what "the same span" means when comparing a period in
 * progress with the one before it (1–24 November against 1–24 October).
 */
export function firstDays(p: NamedPeriod, days: number): NamedPeriod {
  const end = Math.min(p.start + Math.max(days, 1) - 1, p.end);
  return end === p.end ? p : customPeriod(p.start, end);
}

/**
 * A month of a series as far as it has elapsed: the whole month when it is over, its elapsed
 * days when `asOf` falls in it, undefined on its first day (nothing has elapsed yet).
 */
export function elapsedPart(p: NamedPeriod, asOf: Day): NamedPeriod | undefined {
  if (asOf > p.end) return p;
  return asOf > p.start ? firstDays(p, asOf - p.start) : undefined;
}
