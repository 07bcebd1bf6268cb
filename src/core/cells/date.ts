import { Cell, Invalid, invalid, isBlank } from './cell';
import { Day, dayFromYmd, isDate } from '../dates/day';

/**
 * How a Date cell becomes a calendar day. Apps Script hands a date cell over as the instant of
 * midnight in the *spreadsheet's* time zone; the adapter resolves it in that zone (the script's
 * zone differs for most users of a published add-on).
 */
export type DayOf = (date: Date) => Day;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const FR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A Date cell, or text `YYYY-MM-DD` or `DD/MM/YYYY`. Blank → undefined. */
export function parseDay(v: Cell, dayOf: DayOf): Day | undefined | Invalid {
  if (isDate(v)) return isNaN(v.getTime()) ? invalid('not a valid date') : dayOf(v);
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return invalid('a number, not a date: format the column as a date');
  const s = String(v).trim();
  let m = ISO.exec(s);
  if (m) return dayFromYmd(+m[1], +m[2], +m[3]) ?? invalid('impossible date');
  m = FR.exec(s);
  if (m) return dayFromYmd(+m[3], +m[2], +m[1]) ?? invalid('impossible date');
  return invalid('not a date (write YYYY-MM-DD or DD/MM/YYYY)');
}
