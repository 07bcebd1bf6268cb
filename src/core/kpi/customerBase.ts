import type { Day } from '../dates/day';
import type { DayColumn, Table } from '../tables/readTable';
import { keepRows } from './input';
import { ratio, within } from './math';
import type { KpiInput, Rows } from './types';

/** The customers' start and end days (NaN: none), by data row. */
export interface CustomerDates { start: DayColumn; end: DayColumn }

export function customerDates(t: Table<'customers'>): CustomerDates {
  return { start: t.day('start'), end: t.day('end') };
}

/** Active at the start of a period: started before it, and not ended before it. */
export function activeAtStart(c: CustomerDates, i: number, start: Day): boolean {
  const end = c.end[i];
  return c.start[i] < start && (end !== end || end >= start);
}

/** Active at the end of a period: started on or before it, and not ended on or before it. */
export function activeAtEnd(c: CustomerDates, i: number, end: Day): boolean {
  const e = c.end[i];
  return c.start[i] <= end && (e !== e || e > end);
}

/** Active at any time in the period. */
export function activeDuring(c: CustomerDates, i: number, start: Day, end: Day): boolean {
  const e = c.end[i];
  return c.start[i] <= end && (e !== e || e >= start);
}

/**
 * Customers with a readable start date and an end date not before it; the others can't be
 * placed in time and are left out (whatever the period: they might be active in it).
 */
export function datedCustomers(input: KpiInput, c: CustomerDates, rows: Rows): Rows {
  return keepRows(rows, (i) => {
    if (c.start[i] !== c.start[i]) { input.leaveOut('customers', i, 'start'); return false; }
    if (c.end[i] < c.start[i]) { input.leaveOut('customers', i, 'end date before the start date'); return false; }
    return true;
  });
}

/** Churn over a period: of the customers active at its start, those whose end date is in it. */
export function churnOf(c: CustomerDates, customers: Rows, start: Day, end: Day): { lost: number; base: Rows } {
  let lost = 0;
  const base = keepRows(customers, (i) => {
    if (!activeAtStart(c, i, start)) return false;
    if (c.end[i] === c.end[i] && within(c.end[i], start, end)) lost++;
    return true;
  });
  return { lost, base };
}

export function churnRate(kpiName: string, lost: number, base: number): number {
  return ratio(lost, base, `${kpiName}: no customer was active at the start of the period${kpiName === 'CHURN' ? '' : ', so churn is undefined'} (division by zero).`);
}
