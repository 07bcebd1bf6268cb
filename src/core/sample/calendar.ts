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

/** Absolute month index (year × 12 + month − 1) of a day: calendar months are the generator's unit. */
export function monthIndexOf(day: Day): number {
  const { year, month } = ymdOfDay(day);
  return year * 12 + month - 1;
}

/** First day of an absolute month index. */
export function monthStartDay(index: number): Day {
  return Math.round(Date.UTC(Math.floor(index / 12), ((index % 12) + 12) % 12, 1) / MS_PER_DAY);
}

/** Calendar month 0–11 of an absolute month index. */
export function calendarMonthOf(index: number): number {
  return ((index % 12) + 12) % 12;
}

/** `2610` for October 2026: the month part of sample IDs. */
export function yymm(index: number): string {
  const y = ((Math.floor(index / 12) % 100) + 100) % 100;
  const m = calendarMonthOf(index) + 1;
  return (y < 10 ? '0' : '') + y + (m < 10 ? '0' : '') + m;
}

/** Stable counting sort of indices by day (all days within [firstDay, firstDay + dayCount)). */
export function orderByDay(days: ArrayLike<number>, firstDay: Day, dayCount: number): Int32Array {
  const count = days.length;
  const offsets = new Int32Array(dayCount + 1);
  for (let i = 0; i < count; i++) offsets[days[i] - firstDay + 1]++;
  for (let k = 0; k < dayCount; k++) offsets[k + 1] += offsets[k];
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[offsets[days[i] - firstDay]++] = i;
  return out;
}
