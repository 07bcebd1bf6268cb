/**
 * Issue 9, "no silently wrong number": rows a KPI needs that were all left out, two-table
 * filters, periods before the data starts. Each expected figure is worked out in its comment.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { CUSTOMER_HEADERS, DEAL_HEADERS, LEAD_HEADERS, SPEND_HEADERS, day, errorOf, formula, run, utc } from '../helpers';

const S = utc(2026, 1, 1), E = utc(2026, 3, 31);
const Q1 = { start: day(2026, 1, 1), end: day(2026, 3, 31) };

// Deal ID, Customer, Created, Stage, Amount, Close date, Owner, Channel — every amount unreadable.
const LOTS: Grid = [
  DEAL_HEADERS,
  ['D1', 'Acme', '2026-01-02', 'Won', 'lots', '2026-01-10', 'Alice', 'Ads'],
  ['D2', 'Beta', '2026-01-02', 'Won', 'n/a', '2026-02-10', 'Bob', 'Ads'],
  ['D3', 'Gamma', '2026-01-02', 'Discovery', 'n/a', '', 'Bob', 'Ads'],
  ['D4', 'Delta', '2026-01-02', 'Lost', 'lots', '2026-02-11', 'Bob', 'Ads'],
];
const LEADS: Grid = [LEAD_HEADERS, ['L1', '2026-01-05', 'Ads', 'MQL', 'Alice'], ['L2', '2026-02-05', 'Ads', 'New', 'Bob']];
const SPEND_NA: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 'n/a', 'Marketing'], ['2026-02', 'Ads', 'lots', 'Marketing']];
const CUSTOMERS: Grid = [CUSTOMER_HEADERS, ['Acme', '2025-01-01', '2026-02-01', 'SMB'], ['Beta', '2025-01-01', '', 'ENT']];

describe('a whole column of unreadable amounts is an error, never 0', () => {
  it('REVENUE: both Q1 Won deals have unreadable amounts → an error counting them and pointing to PILOTE_CHECK', () => {
    expect(errorOf(() => formula('REVENUE', [LOTS, S, E]))).toBe(
      'REVENUE: all 2 Deals rows it needs were left out because a value can\'t be read or is missing (Amount: 2 rows); =PILOTE_CHECK on the Deals table lists them.',
    );
  });
  it('PIPELINE: the one open deal has no readable amount', () => {
    expect(errorOf(() => formula('PIPELINE', [LOTS]))).toMatch(/^PIPELINE: the 1 Deals row it needs was left out .*=PILOTE_CHECK/);
  });
  it('CPL: every spend amount unreadable is an error even though the leads are fine', () => {
    expect(errorOf(() => formula('CPL', [SPEND_NA, LEADS, S, E]))).toMatch(/^CPL: all 2 Spend rows it needs were left out .*\(Amount: 2 rows\)/);
  });
  it('CAC: unreadable spend → error (a CAC of 0 would read as free customers)', () => {
    expect(errorOf(() => formula('CAC', [SPEND_NA, LOTS, S, E]))).toMatch(/^CAC: all 2 Spend rows it needs were left out/);
  });
  it('LTV: no readable revenue in the period → error', () => {
    expect(errorOf(() => formula('LTV', [LOTS, CUSTOMERS, S, E]))).toMatch(/^LTV: all 2 Deals rows it needs were left out .*\(Amount: 2 rows\)/);
  });
  it('a partial exclusion keeps the value (the data check lists the rows left out)', () => {
    // D1 readable (1000), D2 "n/a": Q1 revenue 1000 with 1 row excluded.
    const grid: Grid = [DEAL_HEADERS, ['D1', 'Acme', '', 'Won', 1000, '2026-01-10', '', ''], ['D2', 'Beta', '', 'Won', 'n/a', '2026-02-10', '', '']];
    expect(run('REVENUE', { deals: grid }, Q1)).toEqual({ value: 1000, numerator: 1000, denominator: 1, excluded: 1 });
    // Spend: January readable (300), February "n/a" → CPL = 300 / 2 leads = 150.
    const spend: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 300, ''], ['2026-02', 'Ads', 'n/a', '']];
    expect(formula('CPL', [spend, LEADS, S, E])).toBe(150);
  });
  it('a row whose date is unreadable is left out of every period, but alone makes no period an error…', () => {
    // June has no Won deal; D2's close date is #REF! (it may be in June): 0, 1 excluded.
    const grid: Grid = [DEAL_HEADERS, ['D1', 'Acme', '', 'Won', 1000, '2026-01-10', '', ''], ['D2', 'Beta', '', 'Won', 500, '#REF!', '', '']];
    expect(run('REVENUE', { deals: grid }, { start: day(2026, 6, 1), end: day(2026, 6, 30) })).toMatchObject({ value: 0, excluded: 1 });
  });
  it('…unless no row of the table has a readable date at all', () => {
    const grid: Grid = [DEAL_HEADERS, ['D1', 'Acme', '', 'Won', 1000, '#REF!', '', ''], ['D2', 'Beta', '', 'Won', 500, 'soon', '', '']];
    expect(errorOf(() => formula('REVENUE', [grid, S, E]))).toMatch(/^REVENUE: all 2 Deals rows it needs were left out .*\(Close date: 2 rows\)/);
  });
  it('a ratio whose rows were all unreadable says so rather than "division by zero"', () => {
    // Both Q1 leads have an unreadable status: MQL_RATE can't be computed because of them.
    const leads: Grid = [LEAD_HEADERS, ['L1', '2026-01-05', 'Ads', 'Contacted', ''], ['L2', '2026-02-05', 'Ads', 'Called', '']];
    expect(errorOf(() => formula('MQL_RATE', [leads, S, E]))).toMatch(/^MQL_RATE: all 2 Leads rows it needs were left out .*\(Status: 2 rows\)/);
  });
});

describe('a filter that applies to one table of a two-table KPI', () => {
  const DEALS: Grid = [
    DEAL_HEADERS,
    ['D1', 'Acme', '', 'Won', 100, '2026-01-10', 'Alice', 'Ads'],
    ['D2', 'Beta', '', 'Won', 100, '2026-02-10', 'Bob', 'LinkedIn'],
  ];
  const SPEND: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 600, 'Marketing'], ['2026-02', 'LinkedIn', 400, 'Sales']];
  it('CAC by Owner (spend has no Owner) is an error that says why and what to filter on', () => {
    // Before: all 1000 of spend / Alice's 1 customer = 1000, and Bob's too: 2000 for 1000 spent.
    expect(errorOf(() => formula('CAC', [SPEND, DEALS, S, E, 'Owner', 'Alice']))).toBe(
      "CAC: Spend has no Owner column, so the spend can't be split by owner; filter on a column both tables have, such as Channel.",
    );
  });
  it('CPL by a leads-only column is an error too', () => {
    expect(errorOf(() => formula('CPL', [SPEND, LEADS, S, E, 'Owner', 'Alice']))).toMatch(/^CPL: Spend has no Owner column, so the spend can't be split by owner; filter on a column both tables have, such as Channel\.$/);
  });
  it('a filter both tables have is fine: LinkedIn spend 400 / 1 LinkedIn customer (Beta) = 400', () => {
    expect(formula('CAC', [SPEND, DEALS, S, E, 'Channel', 'LinkedIn'])).toBe(400);
  });
  it('spend Category narrows spend alone (marketing CAC: 600 / 2 new customers = 300; the parts add up)', () => {
    expect(formula('CAC', [SPEND, DEALS, S, E, 'Category', 'Marketing'])).toBe(300);
    expect(formula('CAC', [SPEND, DEALS, S, E, 'Category', 'Sales'])).toBe(200);
  });
  it('LTV keeps its segment rule (a Customers column), and refuses a deals-only filter', () => {
    const customers: Grid = [CUSTOMER_HEADERS, ['Acme', '2025-01-01', '2026-02-01', 'SMB'], ['Beta', '2025-01-01', '', 'ENT']];
    // SMB: Acme active, churned → churn 1/1; its Q1 revenue 100 / 1 active = 100 → LTV 100.
    expect(formula('LTV', [DEALS, customers, S, E, '', 'Segment', 'SMB'])).toBeCloseTo(100, 9);
    expect(errorOf(() => formula('LTV', [DEALS, customers, S, E, '', 'Owner', 'Alice']))).toMatch(/^LTV: Customers has no Owner column, so the customers \(churn, active customers\) can't be split by owner; /);
  });
  it('no column shared: the message says so', () => {
    const spend: Grid = [['Month', 'Amount', 'Campaign'], ['2026-01', 600, 'Spring']];
    expect(errorOf(() => formula('CAC', [spend, DEALS, S, E, 'Campaign', 'Spring']))).toMatch(/Deals has no Campaign column, so the deals can't be split by campaign; no column is in both tables, so compute it without this filter\.$/);
  });
});

describe('periods before the data starts', () => {
  const DEALS: Grid = [DEAL_HEADERS, ['D1', 'Acme', '2025-11-02', 'Won', 100, '2026-01-10', '', '']];
  it('REVENUE of a month ending before the first close date is an error naming that date, not 0', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, utc(2025, 12, 1), utc(2025, 12, 31)]))).toBe(
      'REVENUE: the Deals data starts on 2026-01-10 (its first Close date); this period ends before, so there is nothing to measure yet.',
    );
    // From the first close date on, an empty month is a true 0.
    expect(formula('REVENUE', [DEALS, utc(2026, 2, 1), utc(2026, 2, 28)])).toBe(0);
  });
  it('CPL before the spend starts is an error even when there are leads', () => {
    const spend: Grid = [SPEND_HEADERS, ['2026-02', 'Ads', 300, '']];
    expect(errorOf(() => formula('CPL', [spend, LEADS, utc(2026, 1, 1), utc(2026, 1, 31)]))).toMatch(/^CPL: the Spend data starts on 2026-02-01/);
  });
});
