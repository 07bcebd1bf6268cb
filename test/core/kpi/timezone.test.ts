/**
 * A spreadsheet in Asia/Tokyo (UTC+9) while the script runs in UTC: Sheets hands a date cell
 * over as the instant of local midnight, 15:00 UTC the day before. Days must be Tokyo days.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { DEAL_HEADERS, EN, LEAD_HEADERS, SPEND_HEADERS, TOKYO, errorOf, formula, tokyo } from '../helpers';

const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'Acme', tokyo(2026, 3, 1), 'Won', 1000, tokyo(2026, 4, 1), 'Alice', 'Ads'],
  ['D2', 'Beta', tokyo(2026, 3, 1), 'Won', 500, tokyo(2026, 3, 31), 'Alice', 'Ads'],
];

describe('Tokyo spreadsheet', () => {
  it('a deal closed on 2026-04-01 counts in April, not in March', () => {
    expect(formula('REVENUE', [DEALS, tokyo(2026, 4, 1), tokyo(2026, 4, 30)], TOKYO)).toBe(1000);
    expect(formula('REVENUE', [DEALS, tokyo(2026, 3, 1), tokyo(2026, 3, 31)], TOKYO)).toBe(500);
    expect(formula('NEW_CUSTOMERS', [DEALS, tokyo(2026, 4, 1), tokyo(2026, 4, 30)], TOKYO)).toBe(1);
  });
  it('bounds given as text are the same days', () => {
    expect(formula('REVENUE', [DEALS, '2026-04-01', '30/04/2026'], TOKYO)).toBe(1000);
  });
  it('the sales cycle is whole days: created 03-01, closed 04-01 = 31 days', () => {
    expect(formula('SALES_CYCLE', [DEALS, tokyo(2026, 4, 1), tokyo(2026, 4, 1)], TOKYO)).toBe(31);
  });
  it('a lead created on New Year’s day counts in 2026', () => {
    const leads: Grid = [LEAD_HEADERS, ['L1', tokyo(2026, 1, 1), 'Ads', 'MQL', 'Bob']];
    expect(formula('LEADS', [leads, tokyo(2026, 1, 1), tokyo(2026, 12, 31)], TOKYO)).toBe(1);
    // 2025 ends before the data starts: an error naming the first day, 2026-01-01 (not 2025-12-31,
    // the UTC reading). It was 0 before issue 9 ("periods before the data starts show —, not 0").
    expect(errorOf(() => formula('LEADS', [leads, tokyo(2025, 1, 1), tokyo(2025, 12, 31)], TOKYO))).toMatch(/the Leads data starts on 2026-01-01/);
  });
  it('a month of spend typed as the 1st of April (Date cell under "Month") is April spend', () => {
    const spend: Grid = [SPEND_HEADERS, [tokyo(2026, 4, 1), 'Ads', 3000, 'Marketing']];
    const leads: Grid = [LEAD_HEADERS, ['L1', tokyo(2026, 4, 10), 'Ads', 'MQL', 'Bob']];
    // All of April's 3000 / 1 lead.
    expect(formula('CPL', [spend, leads, tokyo(2026, 4, 1), tokyo(2026, 4, 30)], TOKYO)).toBe(3000);
  });
  it('(control) read with the UTC resolver, the same cells would fall in March', () => {
    // Under UTC, D1's close date reads 2026-03-31 and D2's 2026-03-30: both in March (bounds as text).
    expect(formula('REVENUE', [DEALS, '2026-03-01', '2026-03-31'], EN)).toBe(1500);
  });
});
