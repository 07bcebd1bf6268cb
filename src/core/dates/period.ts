import { Day, dayFromYmd, daysInMonth, pad2, ymdOfDay } from './day';

/** Inclusive calendar days; a missing bound is open. */
export interface Period { start?: Day; end?: Day }

/** A closed period with a name: a month (`2026-03`), a quarter (`2026-Q1`), a year or custom. */
export interface NamedPeriod {
  kind: 'month' | 'quarter' | 'year' | 'custom';
  key: string;
  start: Day;
  end: Day;
}

export function inPeriod(d: Day, p: Period): boolean {
  return (p.start === undefined || d >= p.start) && (p.end === undefined || d <= p.end);
}

export function monthPeriod(year: number, month: number): NamedPeriod {
  return { kind: 'month', key: `${year}-${pad2(month)}`, start: dayFromYmd(year, month, 1)!, end: dayFromYmd(year, month, daysInMonth(year, month))! };
}

export function quarterPeriod(year: number, quarter: number): NamedPeriod {
  const first = (quarter - 1) * 3 + 1;
  return { kind: 'quarter', key: `${year}-Q${quarter}`, start: dayFromYmd(year, first, 1)!, end: monthPeriod(year, first + 2).end };
}

export function yearPeriod(year: number): NamedPeriod {
  return { kind: 'year', key: String(year), start: dayFromYmd(year, 1, 1)!, end: dayFromYmd(year, 12, 31)! };
}

export function monthOf(d: Day): NamedPeriod {
  const { year, month } = ymdOfDay(d);
  return monthPeriod(year, month);
}

export function quarterOf(d: Day): NamedPeriod {
  const { year, month } = ymdOfDay(d);
  return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
}

/** The period of the same kind just before (the month before, the quarter before…). */
export function previousPeriod(p: NamedPeriod): NamedPeriod {
  return shiftPeriod(p, -1);
}

/** The same period a year earlier. */
export function yearBefore(p: NamedPeriod): NamedPeriod {
  const { year, month } = ymdOfDay(p.start);
  if (p.kind === 'month') return monthPeriod(year - 1, month);
  if (p.kind === 'quarter') return quarterPeriod(year - 1, Math.floor((month - 1) / 3) + 1);
  if (p.kind === 'year') return yearPeriod(year - 1);
  const s = ymdOfDay(p.start), e = ymdOfDay(p.end);
  return customPeriod(clampYmd(s.year - 1, s.month, s.day), clampYmd(e.year - 1, e.month, e.day));
}

/** Moves a month, quarter or year by `n` of its own kind. */
export function shiftPeriod(p: NamedPeriod, n: number): NamedPeriod {
  const { year, month } = ymdOfDay(p.start);
  if (p.kind === 'month') {
    const m = year * 12 + (month - 1) + n;
    return monthPeriod(Math.floor(m / 12), (m % 12) + 1);
  }
  if (p.kind === 'quarter') {
    const q = year * 4 + Math.floor((month - 1) / 3) + n;
    return quarterPeriod(Math.floor(q / 4), (q % 4) + 1);
  }
  if (p.kind === 'year') return yearPeriod(year + n);
  const len = p.end - p.start + 1;
  return customPeriod(p.start + n * len, p.end + n * len);
}

export function customPeriod(start: Day, end: Day): NamedPeriod {
  return { kind: 'custom', key: `${isoOf(start)}..${isoOf(end)}`, start, end };
}

/** The last `count` full months before the month of `asOf`, oldest first. */
export function lastFullMonths(asOf: Day, count: number): NamedPeriod[] {
  const current = monthOf(asOf);
  const out: NamedPeriod[] = [];
  for (let i = count; i >= 1; i--) out.push(shiftPeriod(current, -i));
  return out;
}

function clampYmd(year: number, month: number, day: number): Day {
  return dayFromYmd(year, month, Math.min(day, daysInMonth(year, month)))!;
}

function isoOf(d: Day): string {
  const { year, month, day } = ymdOfDay(d);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
