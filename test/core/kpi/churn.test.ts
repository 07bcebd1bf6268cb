/** CHURN, RETENTION and LTV on one small customers table, period Q1 2026. */
import type { Grid } from '../../../src/core/cells/cell';
import { CUSTOMER_HEADERS, DEAL_HEADERS, day, errorOf, formula, run, utc } from '../helpers';

const Q1 = { start: day(2026, 1, 1), end: day(2026, 3, 31) };
const S = utc(2026, 1, 1), E = utc(2026, 3, 31);

// Customer, Start date, End date, Segment         active at start? churned in Q1? active at end? started in Q1?
const CUSTOMERS: Grid = [
  CUSTOMER_HEADERS,
  ['C1', '2025-01-01', '', 'SMB'], //               yes  no   yes  no
  ['C2', '2025-06-01', '2026-01-01', 'SMB'], //     yes  yes (on start)  no  no
  ['C3', '2025-06-01', '2026-03-31', 'ENT'], //     yes  yes (on end)    no  no
  ['C4', '2025-06-01', '2025-12-31', 'SMB'], //     no (ended the day before)
  ['C5', '2025-06-01', '2026-04-01', 'ENT'], //     yes  no (day after)  yes no
  ['C6', '2026-01-01', '', 'SMB'], //               no (starts on start) —  yes  yes
  ['C7', '2026-02-01', '2026-03-01', 'SMB'], //     no   —    no   yes (not in E)
  ['C8', '2026-04-01', '', 'SMB'], //               no   —    no   no
  ['C9', '#REF!', '', 'SMB'], //                    unreadable start: excluded
  ['C10', '31/12/2025', '', 'ENT'], //              yes  no   yes  no
];
// S = {C1, C2, C3, C5, C10} = 5; churned = {C2, C3} = 2; E = {C1, C5, C6, C10} = 4; N = {C6} = 1.

const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'C1', '', 'Won', 700, '2026-01-15', '', ''],
  ['D2', 'C6', '', 'Won', 2100, '2026-03-31', '', ''],
  ['D3', 'C5', '', 'Won', 5000, '2026-04-10', '', ''], // after Q1
  ['D4', 'C3', '', 'Lost', 1000, '2026-02-01', '', ''],
];

describe('CHURN', () => {
  it('share of the customers active at the start whose end date is in the period', () => {
    // 2 / 5 = 0.4 (an end date on the start day and on the end day both count).
    expect(run('CHURN', { customers: CUSTOMERS }, Q1)).toEqual({ value: 0.4, numerator: 2, denominator: 5, excluded: 1 });
    expect(formula('CHURN', [CUSTOMERS, S, E])).toBe(0.4);
  });
  it('a customer whose end date is before its start date is left out', () => {
    const grid: Grid = [...CUSTOMERS, ['C11', '2025-01-01', '2024-01-01', 'SMB']];
    expect(run('CHURN', { customers: grid }, Q1)).toMatchObject({ value: 0.4, excluded: 2 });
  });
  it('a Segment filter (an extra column)', () => {
    // SMB active at start: C1, C2 → churned C2 → 1/2.
    expect(formula('CHURN', [CUSTOMERS, S, E, 'Segment', 'smb'])).toBe(0.5);
  });
  it('needs both bounds', () => {
    expect(errorOf(() => formula('CHURN', [CUSTOMERS, S]))).toMatch(/^CHURN needs a start and an end date/);
    expect(errorOf(() => formula('CHURN', [CUSTOMERS, '', E]))).toMatch(/^CHURN needs a start and an end date/);
    expect(errorOf(() => formula('CHURN', [CUSTOMERS]))).toMatch(/^CHURN needs a start and an end date/);
  });
  it('throws when nobody was active at the start', () => {
    expect(errorOf(() => formula('CHURN', [CUSTOMERS, utc(2020, 1, 1), utc(2020, 12, 31)]))).toMatch(/^CHURN: no customer was active/);
  });
});

describe('RETENTION', () => {
  it('(E − N) / S', () => {
    // (4 − 1) / 5 = 0.6.
    expect(run('RETENTION', { customers: CUSTOMERS }, Q1)).toEqual({ value: 0.6, numerator: 3, denominator: 5, excluded: 1 });
  });
  it('needs both bounds, and a base', () => {
    expect(errorOf(() => formula('RETENTION', [CUSTOMERS, S, '']))).toMatch(/^RETENTION needs a start and an end date/);
    expect(errorOf(() => formula('RETENTION', [CUSTOMERS, utc(2020, 1, 1), utc(2020, 12, 31)]))).toMatch(/^RETENTION: no customer was active/);
  });
});

describe('LTV', () => {
  it('ARPA × gross margin / CHURN', () => {
    // Active at any time in Q1: C1, C2, C3, C5, C6, C7, C10 = 7 (C4 ended before, C8 starts after, C9 unreadable).
    // Revenue Q1 = 700 + 2100 = 2800 → ARPA = 400. CHURN = 0.4. Margin 1 → 400 / 0.4 = 1000.
    const r = run('LTV', { deals: DEALS, customers: CUSTOMERS }, Q1);
    expect(r.value).toBeCloseTo(1000, 9);
    expect(r).toMatchObject({ numerator: 400, denominator: 0.4 });
    expect(formula('LTV', [DEALS, CUSTOMERS, S, E])).toBeCloseTo(1000, 9);
  });
  it('with a gross margin: 0.7 or "70%" → 400 × 0.7 / 0.4 = 700', () => {
    expect(formula('LTV', [DEALS, CUSTOMERS, S, E, 0.7])).toBeCloseTo(700, 9);
    expect(formula('LTV', [DEALS, CUSTOMERS, S, E, '70%'])).toBeCloseTo(700, 9);
    expect(formula('LTV', [DEALS, CUSTOMERS, S, E, '70 %'])).toBeCloseTo(700, 9);
  });
  it.each([1.5, 0, -0.2, 'abc', 70])('rejects gross margin %j', (m) => {
    expect(errorOf(() => formula('LTV', [DEALS, CUSTOMERS, S, E, m]))).toMatch(/^LTV: gross_margin must be a fraction between 0 and 1/);
  });
  it('a blank gross margin then filters', () => {
    // SMB customers active in Q1: C1, C2, C6, C7 = 4; their revenue 700 + 2100 = 2800 → ARPA 700;
    // SMB churn: 1/2 (see CHURN) → 700 / 0.5 = 1400.
    expect(formula('LTV', [DEALS, CUSTOMERS, S, E, '', 'Segment', 'SMB'])).toBeCloseTo(1400, 9);
  });
  it('needs both bounds', () => {
    expect(errorOf(() => formula('LTV', [DEALS, CUSTOMERS, S, '']))).toMatch(/^LTV needs a start and an end date/);
  });
  it('throws when nobody churned (unbounded lifetime)', () => {
    // 2026-04-02..2026-06-30: active at start C1, C6, C8, C10, none ends in the period → CHURN = 0.
    expect(errorOf(() => formula('LTV', [DEALS, CUSTOMERS, utc(2026, 4, 2), utc(2026, 6, 30)]))).toMatch(/^LTV: no customer churned/);
  });
});
