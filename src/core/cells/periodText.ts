import { Cell, Invalid, invalid, isBlank } from './cell';
import { DayOf, parseDay } from './date';
import { NamedPeriod, customPeriod, monthOf, monthPeriod, quarterPeriod, yearPeriod } from '../dates/period';
import { isDate } from '../dates/day';
import { normalizeKey } from './text';
import type { DateOrder } from '../format/locale';

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'janvier', 'janv'], ['february', 'feb', 'fevrier', 'fev', 'fevr'], ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'], ['may', 'mai'], ['june', 'jun', 'juin'], ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'], ['september', 'sep', 'sept', 'septembre'], ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'], ['december', 'dec', 'decembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/**
 * A period label as founders type it: `2026-03`, `03/2026`, `March 2026`, `mars 2026`,
 * `2026-Q1`, `Q1 2026`, `T1 2026` (trimestre), `2026`, or a date range `2026-01-01..2026-02-15`.
 * A Date cell stands for its month (people type the 1st of the month in a "Period" column).
 */
export function parsePeriodLabel(v: Cell, dayOf: DayOf, order: DateOrder): NamedPeriod | undefined | Invalid {
  if (isDate(v)) {
    const d = parseDay(v, dayOf, order);
    return typeof d === 'number' ? monthOf(d) : invalid('not a valid date');
  }
  if (isBlank(v)) return undefined;
  const raw = String(v).trim();
  const range = raw.split(/\s*(?:\.\.|→)\s*/);
  if (range.length === 2) {
    const a = parseDay(range[0], dayOf, order), b = parseDay(range[1], dayOf, order);
    if (typeof a === 'number' && typeof b === 'number' && a <= b) return customPeriod(a, b);
    return invalid('not a period (a range is written 2026-01-01..2026-03-31)');
  }
  const k = normalizeKey(raw);
  let m = /^(\d{4}) (\d{1,2})$/.exec(k) ?? null;
  if (m && /^\d{4}-\d{1,2}$/.test(raw)) return month(+m[1], +m[2]);
  m = /^(\d{1,2}) (\d{4})$/.exec(k);
  if (m && /^\d{1,2}\/\d{4}$/.test(raw)) return month(+m[2], +m[1]);
  m = /^(\d{4}) [qt]([1-4])$/.exec(k) ?? /^[qt]([1-4]) (\d{4})$/.exec(k);
  if (m) return /^\d{4}/.test(m[1]) ? quarterPeriod(+m[1], +m[2]) : quarterPeriod(+m[2], +m[1]);
  m = /^([a-z]+) (\d{4})$/.exec(k);
  if (m && MONTHS[m[1]]) return monthPeriod(+m[2], MONTHS[m[1]]);
  if (/^\d{4}$/.test(k)) return yearPeriod(+k);
  return invalid('not a period (write 2026-03, mars 2026, 2026-Q1, T1 2026 or 2026)');
}

function month(year: number, m: number): NamedPeriod | Invalid {
  return m >= 1 && m <= 12 ? monthPeriod(year, m) : invalid('impossible month');
}
