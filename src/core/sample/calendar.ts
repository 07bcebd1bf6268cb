/**
 * Zone-free calendar days: Day 0 = 1970-01-01. Only Date.UTC / getUTC* are used.
 */
import { Day, ymdOfDay } from '../dates/day';

export type { Day };
export { ymdOfDay };

export const MS_PER_DAY = 86400000;

/** Day of a calendar date (month 1–12); unlike dates/day.ts dayFromYmd, month and day may overflow like Date.UTC. */
export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}


/** First day of the month containing `day`. */
export function monthStartOf(day: Day): Day {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY);
}

/** First day of the month `k` months after the month containing `day`. */
export function addMonths(day: Day, k: number): Day {
  const d = new Date(day * MS_PER_DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** `YYYY-MM` of a day's month. */
export function monthKey(day: Day): string {
  const { year, month } = ymdOfDay(day);
  return year + '-' + (month < 10 ? '0' : '') + month;
}

/** `YYYY-Qn` of a day's quarter. */
export function quarterKey(day: Day): string {
  const { year, month } = ymdOfDay(day);
  return year + '-Q' + (Math.floor((month - 1) / 3) + 1);
}
