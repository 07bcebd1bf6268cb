/** NEW_CUSTOMERS (first Won deal over all deals) and CAC. */
import type { Grid } from '../../../src/core/cells/cell';
import { DEAL_HEADERS, SPEND_HEADERS, day, errorOf, formula, run, utc } from '../helpers';

const Q1 = { start: day(2026, 1, 1), end: day(2026, 3, 31) };
const S = utc(2026, 1, 1), E = utc(2026, 3, 31);

// Deal ID, Customer, Created, Stage, Amount, Close date, Owner, Channel
const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'Acme', '2025-10-01', 'Won', 100, '2025-11-10', 'Alice', 'Ads'], //         Acme's first win: before Q1
  ['D2', 'ACME', '2026-01-05', 'Won', 100, '2026-02-10', 'Alice', 'LinkedIn'], //    Acme's 2nd win, via LinkedIn
  ['D3', 'Beta', '2026-01-05', 'Won', 100, '2026-01-15', 'Bob', 'LinkedIn'], //      Beta new in Q1 via LinkedIn
  ['D4', 'Beta', '2026-01-05', 'Won', 100, '2026-02-20', 'Bob', 'Ads'], //           Beta's 2nd win, via Ads
  ['D5', 'Gamma', '2026-01-05', 'Won', 100, '2026-03-31', 'Bob', 'Ads'], //          Gamma new on the end day
  ['D6', 'Delta', '2026-01-05', 'Won', 100, '2026-04-01', 'Bob', 'LinkedIn'], //     day after
  ['D7', 'Eps', '2026-01-05', 'Lost', 100, '2026-02-01', 'Bob', 'LinkedIn'], //      lost: never a customer
  ['D8', 'Zeta', '2025-12-05', 'Won', 100, '2026-01-01', 'Alice', 'Événement'], //   new on the start day
  ['D9', '', '2026-01-05', 'Won', 100, '2026-02-01', 'Alice', 'Ads'], //             no customer: unattributed
  ['D10', 'Eta', '2025-12-05', 'Won', 100, '2025-12-31', 'Alice', 'Ads'], //         day before
];

// Month, Channel, Amount, Category
const SPEND: Grid = [
  SPEND_HEADERS,
  ['2026-01', 'LinkedIn', 600, 'Marketing'],
  ['2026-02', 'LinkedIn', 600, 'Marketing'],
  ['2026-03', 'LinkedIn', 600, 'Marketing'],
  ['2026-01', 'Ads', 900, 'Sales'],
  ['2026-04', 'LinkedIn', 9999, 'Marketing'],
];

describe('NEW_CUSTOMERS', () => {
  it('counts customers whose first Won deal closes in Q1, boundary days included', () => {
    // Beta (01-15), Gamma (03-31, end), Zeta (01-01, start) = 3. Acme's first win is 2025-11; Delta and Eta fall outside.
    expect(run('NEW_CUSTOMERS', { deals: DEALS }, Q1)).toEqual({ value: 3, numerator: 3, excluded: 1 });
  });
  it('a channel filter means "acquired through that channel": a second deal through it does not count', () => {
    // LinkedIn: Beta only (first win D3). Acme's LinkedIn deal D2 is its second win → not new.
    expect(formula('NEW_CUSTOMERS', [DEALS, S, E, 'Channel', 'LinkedIn'])).toBe(1);
    // Ads: Gamma only. Beta's Ads deal D4 is its second win → not new via Ads.
    expect(formula('NEW_CUSTOMERS', [DEALS, S, E, 'Channel', 'Ads'])).toBe(1);
  });
  it('the first win is over all deals, not over the deals matching the filter', () => {
    // Acme's only LinkedIn win (D2, 2026-02-10) is in Q1, but Acme became a customer in 2025 through Ads.
    expect(formula('NEW_CUSTOMERS', [DEALS, utc(2026, 2, 1), utc(2026, 2, 28), 'Canal', 'linkedin'])).toBe(0);
  });
  it('a Won deal with an unreadable amount still makes a new customer (amount not needed)', () => {
    const grid: Grid = [DEAL_HEADERS, ['X', 'Omega', '', 'Won', 'TBD', '2026-02-01', '', '']];
    expect(formula('NEW_CUSTOMERS', [grid, S, E])).toBe(1);
  });
  // DOUBT: firstWins() skips Won deals whose close date can't be read, so when a customer's real
  // first win has a broken close date (#REF!), its second win is taken as the acquisition.
  it('leaves out a customer whose possible first win has an unreadable close date (acquisition date unknown)', () => {
    // X1's close date is #REF!: it may be Omega's first win, so Omega's acquisition date is unknown;
    // counting X2 (Feb) as Omega's acquisition would be a guess. Omega is excluded, not counted.
    const grid: Grid = [DEAL_HEADERS, ['X1', 'Omega', '', 'Won', 1, '#REF!', '', ''], ['X2', 'Omega', '', 'Won', 1, '2026-02-01', '', '']];
    expect(run('NEW_CUSTOMERS', { deals: grid }, Q1)).toEqual({ value: 0, numerator: 0, excluded: 1 });
  });
  it('is 0 (a count) when nobody is new', () => {
    expect(formula('NEW_CUSTOMERS', [DEALS, utc(2026, 6, 1), utc(2026, 6, 30)])).toBe(0);
  });
  it('needs a Customer column', () => {
    const noCustomer = DEALS.map((r) => [r[0], r[3], r[5]]);
    expect(errorOf(() => formula('NEW_CUSTOMERS', [noCustomer]))).toMatch(/no Customer column \(name one "Customer", "Client", "Company", "Entreprise"/);
  });
});

describe('CAC', () => {
  it('spend of the period / new customers of the period', () => {
    // (600 × 3 + 900) = 2700 spend, 3 new customers → 900.
    expect(run('CAC', { spend: SPEND, deals: DEALS }, Q1)).toMatchObject({ value: 900, numerator: 2700, denominator: 3 });
  });
  it('by channel: LinkedIn spend 1800 / 1 customer acquired through LinkedIn', () => {
    expect(formula('CAC', [SPEND, DEALS, S, E, 'Channel', 'LinkedIn'])).toBe(1800);
  });
  it('a filter only spend has (Category) narrows spend only', () => {
    // Marketing spend 1800 / all 3 new customers = 600.
    expect(formula('CAC', [SPEND, DEALS, S, E, 'Catégorie', 'marketing'])).toBe(600);
  });
  it('throws when there is no new customer, instead of returning 0 or Infinity', () => {
    expect(errorOf(() => formula('CAC', [SPEND, DEALS, utc(2026, 6, 1), utc(2026, 6, 30)]))).toMatch(/^CAC: no new customer/);
  });
});
