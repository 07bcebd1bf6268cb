/** LEADS, CPL, LEAD_CONVERSION, MQL_RATE, SQL_RATE. */
import type { Grid } from '../../../src/core/cells/cell';
import { LEAD_HEADERS, SPEND_HEADERS, day, errorOf, formula, run, utc } from '../helpers';

const Q1 = { start: day(2026, 1, 1), end: day(2026, 3, 31) };

// Lead ID, Created, Channel, Status, Owner
const LEADS: Grid = [
  LEAD_HEADERS,
  ['L1', '2026-01-01', 'LinkedIn', 'Customer', 'Alice'], //     on start
  ['L2', '10/02/2026', 'LinkedIn', 'MQL', 'Alice'],
  ['L3', utc(2026, 3, 31), 'Ads', 'SQL', 'Bob'], //             on end
  ['L4', '2026-03-15', 'Ads', 'Nouveau', 'Bob'],
  ['L5', '2026-02-01', 'Ads', 'Disqualifié', 'Bob'],
  ['L6', '2026-01-20', 'LinkedIn', 'Opportunité', 'Alice'],
  ['L7', '2025-12-31', 'LinkedIn', 'Customer', 'Alice'], //     day before
  ['L8', '2026-04-01', 'Ads', 'Client', 'Bob'], //              day after
  ['L9', '#REF!', 'Ads', 'Customer', 'Bob'], //                 unreadable date
  ['L10', '2026-02-02', 'LinkedIn', 'Contacted', 'Alice'], //   unreadable status
];

// Month, Channel, Amount, Category
const SPEND: Grid = [
  SPEND_HEADERS,
  ['2026-01', 'LinkedIn', 310, 'Marketing'],
  ['2026-02', 'LinkedIn', 280, 'Marketing'],
  ['mars 2026', 'LinkedIn', 310, 'Marketing'],
  [utc(2026, 3, 1), 'Ads', '620 €', 'Marketing'],
  ['2026-04', 'Ads', 300, 'Marketing'],
  ['2026-02', 'Ads', 'n/a', 'Marketing'], // unreadable: left out, not 0
];

describe('LEADS', () => {
  it('counts leads created in Q1, boundary days included', () => {
    // L1..L6 and L10 = 7 (L7 day before, L8 day after, L9 unreadable).
    expect(run('LEADS', { leads: LEADS }, Q1)).toEqual({ value: 7, numerator: 7, excluded: 1 });
    expect(formula('LEADS', [LEADS, utc(2026, 1, 1), utc(2026, 3, 31)])).toBe(7);
  });
  it('is 0 when no lead was created (a count, not a ratio)', () => {
    expect(formula('LEADS', [LEADS, utc(2027, 1, 1), utc(2027, 1, 31)])).toBe(0);
  });
});

describe('lead rates', () => {
  // Rates use the 6 Q1 leads with a readable status (L10 "Contacted" left out of both sides).
  it('LEAD_CONVERSION: Customer / leads created', () => {
    // L1 only → 1/6.
    expect(run('LEAD_CONVERSION', { leads: LEADS }, Q1)).toMatchObject({ value: 1 / 6, numerator: 1, denominator: 6 });
  });
  it('MQL_RATE: at or past MQL (New and Disqualified are not)', () => {
    // L1 Customer, L2 MQL, L3 SQL, L6 Opportunity = 4; L4 Nouveau, L5 Disqualifié are not. 4/6.
    expect(run('MQL_RATE', { leads: LEADS }, Q1)).toMatchObject({ value: 4 / 6, numerator: 4, denominator: 6 });
  });
  it('SQL_RATE: at or past SQL', () => {
    // L1, L3, L6 = 3/6 = 0.5.
    expect(run('SQL_RATE', { leads: LEADS }, Q1)).toMatchObject({ value: 0.5, numerator: 3, denominator: 6 });
  });
  it.each(['LEAD_CONVERSION', 'MQL_RATE', 'SQL_RATE'] as const)('%s throws on zero leads', (id) => {
    expect(errorOf(() => formula(id, [LEADS, utc(2027, 1, 1), utc(2027, 1, 31)]))).toMatch(new RegExp(`^${id}: .*division by zero`));
  });
});

describe('CPL and spend pro rata', () => {
  it('a quarter gets its three months of spend', () => {
    // 310 + 280 + 310 + 620 = 1520 (April and the "n/a" row out); leads 7 → 1520 / 7.
    const r = run('CPL', { spend: SPEND, leads: LEADS }, Q1);
    expect(r).toMatchObject({ numerator: 1520, denominator: 7, excluded: 2 });
    expect(r.value).toBeCloseTo(217.142857, 5);
  });
  it('a half month gets its share of the month: 1..15 March is 15/31', () => {
    // LinkedIn 310 × 15/31 = 150, Ads 620 × 15/31 = 300 → 450; leads created 1–15 March: L4 → 1.
    const r = run('CPL', { spend: SPEND, leads: LEADS }, { start: day(2026, 3, 1), end: day(2026, 3, 15) });
    expect(r.numerator).toBeCloseTo(450, 9);
    expect(r.value).toBeCloseTo(450, 9);
  });
  it('spend dated by day (a Date header) counts on that day only', () => {
    const byDay: Grid = [['Date', 'Channel', 'Amount'], ['2026-03-15', 'Ads', 90], ['2026-03-16', 'Ads', 1000]];
    // 1–15 March: 90 / 1 lead = 90.
    expect(formula('CPL', [byDay, LEADS, utc(2026, 3, 1), utc(2026, 3, 15)])).toBe(90);
  });
  it('a Channel filter narrows both spend and leads', () => {
    // LinkedIn spend 310 + 280 + 310 = 900; LinkedIn Q1 leads L1, L2, L6, L10 = 4 → 225.
    expect(formula('CPL', [SPEND, LEADS, utc(2026, 1, 1), utc(2026, 3, 31), 'Channel', 'LinkedIn'])).toBe(225);
  });
  it('a filter through a French alias ("Canal") and a lower-case value', () => {
    expect(formula('CPL', [SPEND, LEADS, utc(2026, 1, 1), utc(2026, 3, 31), 'Canal', ' linkedin '])).toBe(225);
  });
  it('throws on zero leads', () => {
    expect(errorOf(() => formula('CPL', [SPEND, LEADS, utc(2026, 4, 2), utc(2026, 4, 30)]))).toMatch(/^CPL: no lead/);
  });
});
