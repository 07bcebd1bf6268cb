import type { Day } from '../dates/day';
import type { DayColumn, Table } from '../tables/readTable';
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
  const dated = new Int32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (c.start[i] !== c.start[i]) input.leaveOut('customers', i, 'start');
    else if (c.end[i] < c.start[i]) input.leaveOut('customers', i, 'end date before the start date');
    else dated[n++] = i;
  }
  return dated.subarray(0, n);
}

/** Churn over a period: of the customers active at its start, those whose end date is in it. */
export function churnOf(c: CustomerDates, customers: Rows, start: Day, end: Day): { lost: number; base: Rows } {
  const base = new Int32Array(customers.length);
  let n = 0, lost = 0;
  for (let k = 0; k < customers.length; k++) {
    const i = customers[k];
    if (!activeAtStart(c, i, start)) continue;
    base[n++] = i;
    if (c.end[i] === c.end[i] && within(c.end[i], start, end)) lost++;
  }
  return { lost, base: base.subarray(0, n) };
}

export function churnRate(kpiName: string, lost: number, base: number): number {
  return ratio(lost, base, `${kpiName}: no customer was active at the start of the period${kpiName === 'CHURN' ? '' : ', so churn is undefined'} (division by zero).`);
}
