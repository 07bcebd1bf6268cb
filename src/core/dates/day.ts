/**
 * A calendar day, zone-free: days since 1970-01-01 (Day 0). KPIs compare days, never instants,
 * so a deal closed "on 31 March" stays in March whatever the script's or the sheet's zone.
 */
export type Day = number;

export interface Ymd { year: number; month: number; day: number }

const MS_PER_DAY = 86_400_000;

/** The day for a valid calendar date, or undefined (2026-02-30 is not a date). */
export function dayFromYmd(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function ymdOfDay(d: Day): Ymd {
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO form, `2026-03-31`. */
export function formatDay(d: Day): string {
  const { year, month, day } = ymdOfDay(d);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The day a Date's UTC wall clock shows (for Dates built with Date.UTC, as the Node side does). */
export function dayOfUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** A Date at 00:00 UTC of that day. */
export function utcDateOfDay(d: Day): Date {
  return new Date(d * MS_PER_DAY);
}

/** Works across realms (Apps Script values, node:vm), where `instanceof Date` does not. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
