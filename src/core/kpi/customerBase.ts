import type { Customer } from '../tables/rows';
import type { Day } from '../dates/day';

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

/** Customers with a readable start date; the others are counted as excluded. */
export function datedCustomers(rows: Customer[]): { customers: Customer[]; excluded: number } {
  const customers = rows.filter((c) => c.start !== undefined && (c.end === undefined || c.end >= c.start));
  return { customers, excluded: rows.length - customers.length };
}
