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
  const spans = new Map<number, { from: number; before: number; after: number; change: number }>();
  return (date) => {
    const t = date.getTime();
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
    const offset = t < span.change ? span.before : span.after;
    return Math.floor((t + offset * MINUTE) / DAY);
  };
}

/** Today's calendar day in the spreadsheet's zone. */
export function todayIn(timeZone: string): number {
  return spreadsheetDayOf(timeZone)(new Date());
}
