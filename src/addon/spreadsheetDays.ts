import type { DayOf } from '../core/cells/date';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Offsets change at most twice a year (Morocco: four); checking per 16 days never misses one. */
const SPAN = 16 * DAY;

/**
 * Calendar day of a Date cell in the spreadsheet's zone. Apps Script hands a date cell over as
 * the instant of its midnight in that zone; reading it with the script's zone (getDate()) gives
 * the day before for users east of it. `Utilities.formatDate` knows the zone, but one call per
 * cell would be slow: the zone's offset is looked up once per 16-day span (and bisected within a
 * span that contains a DST change), so 100k dates over 18 months cost about 40 calls.
 */
export function spreadsheetDayOf(timeZone: string): DayOf {
  return dayOfWith(zoneOffset(timeZone));
}

/** Both ways between Date cells and days, sharing the zone's offsets (custom functions). */
export function spreadsheetDays(timeZone: string): { dayOf: DayOf; dateOf: (day: number) => Date } {
  const offset = zoneOffset(timeZone);
  return { dayOf: dayOfWith(offset), dateOf: dateOfWith(offset) };
}

function dayOfWith(offset: (t: number) => number): DayOf {
  return (date) => {
    const t = date.getTime();
    return Math.floor((t + offset(t) * MINUTE) / DAY);
  };
}

/**
 * The Date a custom function returns for a calendar day: the instant of that day's midnight in the
 * spreadsheet's zone, which Sheets shows as that date (the inverse of spreadsheetDayOf). Where
 * a DST change skips midnight, the first instant of the day.
 */
function dateOfWith(offset: (t: number) => number): (day: number) => Date {
  return (day) => {
    const utcMidnight = day * DAY;
    let t = utcMidnight - offset(utcMidnight) * MINUTE;
    t = utcMidnight - offset(t) * MINUTE;
    while (Math.floor((t + offset(t) * MINUTE) / DAY) < day) t += 15 * MINUTE;
    return new Date(t);
  };
}

/** The zone's offset from UTC in minutes at an instant, from a few Utilities.formatDate calls. */
function zoneOffset(timeZone: string): (t: number) => number {
  const offsets = new Map<number, number>();
  const offsetAt = (t: number): number => {
    let o = offsets.get(t);
    if (o === undefined) {
      const z = Utilities.formatDate(new Date(t), timeZone, 'Z'); // "+0530"
      const sign = z.charAt(0) === '-' ? -1 : 1;
      o = sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
      offsets.set(t, o);
    }
    return o;
  };
  type Span = { from: number; before: number; after: number; change: number };
  const spans = new Map<number, Span>();
  // A column's dates come in runs (sorted, or a few months): most lookups hit the last span.
  let last: Span | undefined;
  return (t) => {
    if (last && t >= last.from && t < last.from + SPAN) return t < last.change ? last.before : last.after;
    const k = Math.floor(t / SPAN);
    let span = spans.get(k);
    if (!span) {
      const from = k * SPAN, to = from + SPAN;
      const before = offsetAt(from), after = offsetAt(to);
      let change = to;
      if (before !== after) {
        // Bisect to the minute at which the offset changes.
        let lo = from, hi = to;
        while (hi - lo > MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
          if (offsetAt(mid) === before) lo = mid; else hi = mid;
        }
        change = hi;
      }
      span = { from, before, after, change };
      spans.set(k, span);
    }
    last = span;
    return t < span.change ? span.before : span.after;
  };
}

/** Today's calendar day in the spreadsheet's zone. */
export function todayIn(timeZone: string): number {
  return spreadsheetDayOf(timeZone)(new Date());
}
