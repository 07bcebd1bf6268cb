/** The custom functions' argument layout and every error path. */
import type { Grid } from '../../../src/core/cells/cell';
import { KPIS } from '../../../src/core/kpi/registry';
import { KpiError } from '../../../src/core/kpi/types';
import { kpiFormula } from '../../../src/core/formulas/kpiFormula';
import { CUSTOMER_HEADERS, DEAL_HEADERS, EN, FR, LEAD_HEADERS, SPEND_HEADERS, errorOf, formula, utc, withTrailingBlanks } from '../helpers';

const DEALS: Grid = [DEAL_HEADERS, ['D1', 'Acme', '2026-01-01', 'Won', '1,500', '2026-01-10', 'Alice', 'Ads']];
const LEADS: Grid = [LEAD_HEADERS, ['L1', '2026-01-02', 'Ads', 'MQL', 'Bob']];
const SPEND: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 310, 'Marketing']];
const CUSTOMERS: Grid = [CUSTOMER_HEADERS, ['Acme', '2025-01-01', '', 'SMB']];
const SURVEYS: Grid = [['Date', 'Score', 'Type'], ['2026-01-05', 9, 'NPS'], ['2026-01-06', 4, 'CSAT']];

describe('argument layout', () => {
  it('table order: spend before leads (CPL) and deals (CAC); deals before customers (LTV)', () => {
    expect(KPIS.find((k) => k.id === 'CPL')!.args.filter((a) => a.kind === 'table').map((a) => a.kind === 'table' && a.table)).toEqual(['spend', 'leads']);
    expect(KPIS.find((k) => k.id === 'CAC')!.args.filter((a) => a.kind === 'table').map((a) => a.kind === 'table' && a.table)).toEqual(['spend', 'deals']);
    expect(KPIS.find((k) => k.id === 'LTV')!.args.filter((a) => a.kind === 'table').map((a) => a.kind === 'table' && a.table)).toEqual(['deals', 'customers']);
    // CPL(spend, leads, Jan): 310 / 1.
    expect(formula('CPL', [SPEND, LEADS, utc(2026, 1, 1), utc(2026, 1, 31)])).toBe(310);
  });
  it('the locale of the sheet reads "1,500": 1500 in English, 1.5 in French', () => {
    expect(formula('REVENUE', [DEALS], EN)).toBe(1500);
    expect(formula('REVENUE', [DEALS], FR)).toBe(1.5);
  });
  it('a whole-column range with thousands of trailing blank rows', () => {
    expect(formula('REVENUE', [withTrailingBlanks(DEALS, 20000), utc(2026, 1, 1), utc(2026, 1, 31)])).toBe(1500);
    expect(formula('LEADS', [withTrailingBlanks(LEADS, 20000)])).toBe(1);
  });
  it('omitted trailing arguments (undefined) are open bounds', () => {
    expect(formula('REVENUE', [DEALS, undefined, undefined])).toBe(1500);
  });
});

describe('errors say what to fix; never 0 or blank instead', () => {
  it('are KpiErrors', () => {
    expect(() => formula('AVG_DEAL', [DEALS, utc(2027, 1, 1), utc(2027, 1, 2)])).toThrow(KpiError);
  });
  it('a missing column names the column and its aliases, and the headers found', () => {
    const noAmount: Grid = [['Deal ID', 'Stage', 'Close date'], ['D1', 'Won', '2026-01-10']];
    expect(errorOf(() => formula('REVENUE', [noAmount]))).toBe(
      'REVENUE: the Deals table has no Amount column (name one "Amount", "Montant", "Value", "Valeur"); its headers are: Deal ID, Stage, Close date.',
    );
    const noClose: Grid = [['Deal ID', 'Stage', 'Amount'], ['D1', 'Won', 5]];
    expect(errorOf(() => formula('REVENUE', [noClose]))).toMatch(/no Close date column \(name one "Close date", .*"Date de clôture", "Date de signature"\)/);
    const noEnd: Grid = [['Customer', 'Start date'], ['A', '2025-01-01']];
    expect(errorOf(() => formula('CHURN', [noEnd, utc(2026, 1, 1), utc(2026, 3, 31)]))).toMatch(/no End date column \(name one "End date", "Churn date", "Date de fin", "Date de résiliation"\)/);
  });
  it.each([
    ['a header-only blank range', [['', '', '']]],
    ['an empty row', [[]]],
  ])('an empty range (%s) says to select the table with its header', (_l, grid) => {
    expect(errorOf(() => formula('REVENUE', [grid]))).toMatch(/^REVENUE: the Deals range is empty; select the whole table, header row included/);
  });
  // FINDING: kpiInput() validates filter columns before requireColumns(), so an empty range with a
  // filter pair gets "no table given has a column "Owner" to filter on (Deals: )" instead of the
  // empty-range message. Spec: an error "whose message says what to fix" (here: select the range).
  it('an empty range with a filter pair says the range is empty', () => {
    expect(errorOf(() => formula('REVENUE', [[['', '']], '', '', 'Owner', 'Alice']))).toMatch(/Deals range is empty/);
  });
  // Issue 9 changed this: a header-only table used to give 0 (REVENUE, LEADS); a table with no
  // data row is now an error saying so ("the table has no data row at all, the KPI is an error").
  it('a header-only table has no data: an error saying so, not 0', () => {
    expect(errorOf(() => formula('REVENUE', [[DEAL_HEADERS]]))).toBe('REVENUE: the Deals table has no data row, only its header row: there is nothing to compute.');
    expect(errorOf(() => formula('LEADS', [[LEAD_HEADERS]]))).toMatch(/^LEADS: the Leads table has no data row/);
    expect(errorOf(() => formula('NPS', [[['Date', 'Score', 'Type']]]))).toMatch(/^NPS: the Surveys table has no data row/);
  });
  it.each([
    ['a single cell (a string)', 'Deals'],
    ['a single number', 42],
    ['a date', utc(2026, 1, 1)],
    ['nothing', undefined],
  ])('a single value instead of a range (%s) is an error', (_l, v) => {
    expect(errorOf(() => formula('REVENUE', [v]))).toMatch(/^REVENUE: deals must be the Deals table as a range, header row included \(e\.g\. Deals!A:K\)/);
  });
  it('the second table is checked too (CPL leads given as a cell)', () => {
    expect(errorOf(() => formula('CPL', [SPEND, 'Leads!A:E']))).toMatch(/^CPL: leads must be the Leads table as a range/);
  });
  it('start after end', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, utc(2026, 3, 31), utc(2026, 1, 1)]))).toBe('REVENUE: the start date is after the end date.');
    expect(errorOf(() => formula('CHURN', [CUSTOMERS, '2026-03-31', '2026-01-01']))).toMatch(/start date is after the end date/);
  });
  it('a bound that is not a date, or an impossible one', () => {
    expect(errorOf(() => formula('REVENUE', [DEALS, 'Q1', '']))).toMatch(/^REVENUE: start must be a date \(DATE\(2026,1,31\), "2026-01-31" or "31\/01\/2026"\); got "Q1"/);
    expect(errorOf(() => formula('REVENUE', [DEALS, '', '2026-02-30']))).toMatch(/^REVENUE: end must be a date.*\(impossible date\)/);
    expect(errorOf(() => formula('REVENUE', [DEALS, 46023, '']))).toMatch(/start must be a date/);
  });
  it('zero denominators, one per ratio KPI (no data in 2030)', () => {
    const S = utc(2030, 1, 1), E = utc(2030, 1, 31);
    const cases: [string, unknown[]][] = [
      ['CPL', [SPEND, LEADS, S, E]], ['LEAD_CONVERSION', [LEADS, S, E]], ['MQL_RATE', [LEADS, S, E]], ['SQL_RATE', [LEADS, S, E]],
      ['AVG_DEAL', [DEALS, S, E]], ['WIN_RATE', [DEALS, S, E]], ['SALES_CYCLE', [DEALS, S, E]], ['CAC', [SPEND, DEALS, S, E]],
      ['REPURCHASE_RATE', [DEALS, S, E]], ['CHURN', [withChurn(), utc(2020, 1, 1), utc(2020, 1, 31)]],
      ['RETENTION', [withChurn(), utc(2020, 1, 1), utc(2020, 1, 31)]],
      // Surveys dated 2026 (a header-only table is its own error since issue 9, see above).
      ['NPS', [SURVEYS, S, E]], ['CSAT', [SURVEYS, S, E]],
    ];
    for (const [id, args] of cases) {
      const def = KPIS.find((k) => k.id === id)!;
      expect(() => kpiFormula(def, args, EN)).toThrow(/division by zero/);
    }
  });
  it('LTV: zero active customers in the period', () => {
    expect(errorOf(() => formula('LTV', [DEALS, CUSTOMERS, utc(2020, 1, 1), utc(2020, 1, 31)]))).toMatch(/^LTV: no customer was active/);
  });
});

function withChurn(): Grid {
  return [CUSTOMER_HEADERS, ['A', '2025-01-01', '2025-06-01', '']];
}
