import type { Customer } from '../tables/rows';
import type { Day } from '../dates/day';
import { ratio, within } from './math';
import type { KpiInput } from './types';

/** Active at the start of a period: started before it, and not ended before it. */
export function activeAtStart(c: Customer, start: Day): boolean {
  return c.start! < start && (c.end === undefined || c.end >= start);
}

/** Active at the end of a period: started on or before it, and not ended on or before it. */
export function activeAtEnd(c: Customer, end: Day): boolean {
  return c.start! <= end && (c.end === undefined || c.end > end);
}

/** Active at any time in the period. */
export function activeDuring(c: Customer, start: Day, end: Day): boolean {
  return c.start! <= end && (c.end === undefined || c.end >= start);
}

/**
 * Customers with a readable start date and an end date not before it; the others can't be
 * placed in time and are left out (whatever the period: they might be active in it).
 */
export function datedCustomers(input: KpiInput, rows: Customer[]): Customer[] {
  const customers: Customer[] = [];
  for (const c of rows) {
    if (c.start === undefined) input.leaveOut('customers', c, 'start');
    else if (c.end !== undefined && c.end < c.start) input.leaveOut('customers', c, 'end date before the start date');
    else customers.push(c);
  }
  return customers;
}

/** Churn over a period: of the customers active at its start, those whose end date is in it. */
export function churnOf(customers: readonly Customer[], start: Day, end: Day): { lost: number; base: Customer[] } {
  const base: Customer[] = [];
  let lost = 0;
  for (const c of customers) {
    if (!activeAtStart(c, start)) continue;
    base.push(c);
    if (c.end !== undefined && within(c.end, start, end)) lost++;
  }
  return { lost, base };
}

export function churnRate(kpiName: string, lost: number, base: number): number {
  return ratio(lost, base, `${kpiName}: no customer was active at the start of the period${kpiName === 'CHURN' ? '' : ', so churn is undefined'} (division by zero).`);
}
