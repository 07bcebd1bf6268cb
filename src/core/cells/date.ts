import { Cell, Invalid, invalid, isBlank } from './cell';
import { Day, dayFromYmd, formatDay, isDate } from '../dates/day';
import { dateExample, DateOrder } from '../format/locale';

/**
 * How a Date cell becomes a calendar day. Apps Script hands a date cell over as the instant of
 * midnight in the *spreadsheet's* time zone; the adapter resolves it in that zone (the script's
 * zone differs for most users of a published add-on).
 */
export type DayOf = (date: Date) => Day;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** `2026/03/04`: year first is always year, month, day (ja_JP, zh_CN…). */
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** `4/3/2026`, `4.3.2026`, `4-3-2026`: day and month in the locale's order. */
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** Is this text one of the full-date forms `parseDay` reads (as opposed to a month or a period)? */
export function isFullDateText(s: string): boolean {
  const t = s.trim();
  return ISO.test(t) || YEAR_FIRST.test(t) || YEAR_LAST.test(t);
}

/**
 * A Date cell, or text: `YYYY-MM-DD` (and `YYYY/MM/DD`) always; `a/b/YYYY` (also with `.` or
 * `-`) in the locale's order, day first (fr_FR, en_GB…) or month first (en_US…). Where the
 * locale writes the year first (ja_JP, sv_SE…), `a/b/YYYY` is read only when one order makes it
 * a date; `3/4/2026` there is ambiguous and left out. Blank → undefined.
 */
export function parseDay(v: Cell, dayOf: DayOf, order: DateOrder): Day | undefined | Invalid {
  if (isDate(v)) return isNaN(v.getTime()) ? invalid('not a valid date') : dayOf(v);
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return invalid('a number, not a date: format the column as a date');
  const s = String(v).trim();
  const m = ISO.exec(s) ?? YEAR_FIRST.exec(s);
  if (m) return dayFromYmd(+m[1], +m[2], +m[3]) ?? invalid('impossible date');
  const y = YEAR_LAST.exec(s);
  if (y) {
    const a = +y[1], b = +y[3], year = +y[4];
    const dayFirst = dayFromYmd(year, b, a), monthFirst = dayFromYmd(year, a, b);
    if (order === 'DMY') return dayFirst ?? invalid('impossible date');
    if (order === 'MDY') return monthFirst ?? invalid('impossible date');
    if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst) {
      return invalid(`ambiguous date: ${formatDay(dayFirst)} day first or ${formatDay(monthFirst)} month first; write it YYYY-MM-DD`);
    }
    return dayFirst ?? monthFirst ?? invalid('impossible date');
  }
  return invalid(`not a date (write YYYY-MM-DD or ${dateExample(order === 'YMD' ? 'DMY' : order)})`);
}

/**
 * When the date order was assumed, not known (a workbook whose locale the CLI could not tell),
 * a text date valid both ways (`3/4/2026`) is read in the assumed order and flagged: this says
 * what the other order would give, or undefined when the text can mean one day only.
 */
export function otherReading(v: Cell, order: DateOrder): Day | undefined {
  if (typeof v !== 'string') return undefined;
  const y = YEAR_LAST.exec(v.trim());
  if (!y || order === 'YMD') return undefined;
  const a = +y[1], b = +y[3], year = +y[4];
  const dayFirst = dayFromYmd(year, b, a), monthFirst = dayFromYmd(year, a, b);
  if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst) return undefined;
  return order === 'DMY' ? monthFirst : dayFirst;
}
