/** KPI_BY_PERIOD and KPI_BY_SEGMENT: hand-worked grids, every error path, and equality with the single-period functions over the sample. */
import type { Grid } from '../../../src/core/cells/cell';
import { dayFromYmd, utcDateOfDay } from '../../../src/core/dates/day';
import { isoWeekLabel, mondayOf, periodsBetween } from '../../../src/core/dates/grain';
import { kpiByPeriod, kpiBySegment, GridResult } from '../../../src/core/formulas/kpiGrid';
import { kpiFormula } from '../../../src/core/formulas/kpiFormula';
import { KPIS } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { KpiDefinition, KpiTables } from '../../../src/core/kpi/types';
import { generateSample } from '../../../src/core/sample';
import { TABLE_KINDS, TableKind } from '../../../src/core/tables/schema';
import { sampleGrids } from '../../../src/local/cli/sampleTables';
import { ACTIVITY_HEADERS, CUSTOMER_HEADERS, DEAL_HEADERS, EN, SPEND_HEADERS, day, errorOf, read, utc, valueOrError, withTrailingBlanks } from '../helpers';

const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'A', '2026-01-05', 'Won', 1000, '2026-01-20', 'Alice', 'Ads'],
  ['D2', 'B', '2026-01-10', 'Won', 500, '2026-02-14', 'Bob', 'LinkedIn'],
  ['D3', 'C', '2026-01-10', 'Lost', 700, '2026-02-20', 'Alice', 'Ads'],
  ['D4', 'D', '2026-02-01', 'Won', 2000, '2026-03-31', 'Alice', 'LinkedIn'],
  ['D5', 'E', '2026-03-01', 'Lost', 300, '2026-03-15', 'Bob', 'Ads'],
  ['D6', 'F', '2026-03-01', 'Proposal', 900, '', '', 'Ads'],
];
const CUSTOMERS: Grid = [
  CUSTOMER_HEADERS,
  ['A', '2025-01-01', '2026-02-10', 'SMB'],
  ['B', '2025-06-01', '', 'Enterprise'],
  ['C', '2026-01-15', '2026-03-05', 'SMB'],
];

const period = (args: unknown[]) => kpiByPeriod(args, EN);
const segment = (args: unknown[]) => kpiBySegment(args, EN);
/** The first-day column as ISO days, for reading. */
const iso = (g: GridResult) => g.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));

describe('KPI_BY_PERIOD', () => {
  it('REVENUE by month: January 1000 (D1), February 500 (D2; D3 lost), March 2000 (D4), April 0 — a header row, a Date per first day', () => {
    const g = period(['REVENUE', DEALS, utc(2026, 1, 1), utc(2026, 4, 30)]);
    expect(g[1][1]).toBeInstanceOf(Date);
    expect(iso(g)).toEqual([
      ['Period', 'First day', 'REVENUE', 'Why no value'],
      ['2026-01', '2026-01-01', 1000, ''],
      ['2026-02', '2026-02-01', 500, ''],
      ['2026-03', '2026-03-01', 2000, ''],
      ['2026-04', '2026-04-01', 0, ''],
    ]);
  });

  it('a period without a value shows the reason, not an error for the whole table: WIN_RATE in April (nothing closed)', () => {
    // January: D1 won alone → 1; February: D2 won, D3 lost → 1/2; March: D4 won, D5 lost → 1/2.
    expect(period(['win_rate', DEALS, '2026-01-01', '2026-04-30']).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Period', 'WIN_RATE', 'Why no value'],
      ['2026-01', 1, ''], ['2026-02', 0.5, ''], ['2026-03', 0.5, ''],
      ['2026-04', '', 'WIN_RATE: no deal was won or lost in the period (division by zero).'],
    ]);
  });

  it('quarters cut to start and end; a quarter before the data says the data starts later', () => {
    // 2025-Q4 from 1 December: the first close date is 2026-01-20. 2026-Q1 up to 15 March: D1 + D2 = 1500 (D4 closes on the 31st).
    expect(iso(period(['REVENUE', DEALS, utc(2025, 12, 1), utc(2026, 3, 15), 'Quarter']))).toEqual([
      ['Period', 'First day', 'REVENUE', 'Why no value'],
      ['2025-Q4', '2025-12-01', '', 'REVENUE: the Deals data starts on 2026-01-20 (its first Close date); this period ends before, so there is nothing to measure yet.'],
      ['2026-Q1', '2026-01-01', 1500, ''],
    ]);
  });

  it('ISO weeks, Monday to Sunday: W11 (9–15 March) has D5 lost → 0; W12 nothing closed', () => {
    const g = period(['WIN_RATE', DEALS, utc(2026, 3, 9), utc(2026, 3, 22), 'semaine']);
    expect(iso(g).slice(1).map((r) => r.slice(0, 3))).toEqual([['2026-W11', '2026-03-09', 0], ['2026-W12', '2026-03-16', '']]);
  });

  it('filters after the grain; a blank grain is a month: Alice\'s revenue 1000, 0, 2000', () => {
    expect(period(['REVENUE', DEALS, utc(2026, 1, 1), utc(2026, 3, 31), '', 'Owner', 'alice']).slice(1).map((r) => r[2])).toEqual([1000, 0, 2000]);
  });

  it('the KPI\'s own arguments in its own order: LTV\'s gross margin after end, then the grain', () => {
    // Q1 2026: revenue 3500; active customers A, B, C → ARPA 3500/3; churn: A and B active on 1 January, A ended 10 February → 1/2.
    // LTV = 3500/3 × 0.5 ÷ 0.5 = 1166.67 (with no margin it would be 2333.33).
    const g = period(['LTV', DEALS, CUSTOMERS, utc(2026, 1, 1), utc(2026, 3, 31), 0.5, 'quarter']);
    expect(g.length).toBe(2);
    expect(g[1][2]).toBeCloseTo(3500 / 3, 9);
  });

  it('ACTIVITIES\' type comes before start', () => {
    const acts: Grid = [ACTIVITY_HEADERS, ['2026-01-05', 'Demo', 'Alice', ''], ['2026-01-06', 'Call', 'Alice', ''], ['2026-02-01', 'Démo', 'Bob', '']];
    expect(period(['ACTIVITIES', acts, 'Demo', utc(2026, 1, 1), utc(2026, 2, 28)]).slice(1).map((r) => r[2])).toEqual([1, 1]);
  });

  it('CHURN by month: January 0/2, February 1/3 (A), March 1/2 (C)', () => {
    // Active on 1 Jan: A, B (C starts on the 15th). On 1 Feb: A, B, C; A ends on 10 Feb. On 1 Mar: B, C; C ends on 5 Mar.
    const g = period(['CHURN', CUSTOMERS, utc(2026, 1, 1), utc(2026, 3, 31)]);
    expect(g.slice(1).map((r) => r[2])).toEqual([0, 1 / 3, 0.5]);
  });

  it('reads a whole-column range', () => {
    expect(period(['REVENUE', withTrailingBlanks(DEALS, 3000), utc(2026, 1, 1), utc(2026, 3, 31)]).slice(1).map((r) => r[2])).toEqual([1000, 500, 2000]);
  });

  it('errors name the argument to fix', () => {
    expect(errorOf(() => period(['REVENU', DEALS, utc(2026, 1, 1), utc(2026, 3, 31)]))).toMatch(/^KPI_BY_PERIOD: kpi must be a KPI id as text \(LEADS, CPL, .*\); got "REVENU": did you mean "REVENUE"\?$/);
    expect(errorOf(() => period([DEALS, DEALS]))).toMatch(/^KPI_BY_PERIOD: kpi must be a KPI id as text .*; got a range\.$/);
    expect(errorOf(() => period(['PIPELINE', DEALS]))).toMatch(/^KPI_BY_PERIOD: PIPELINE has no period/);
    expect(errorOf(() => period(['REVENUE', 'Deals', utc(2026, 1, 1), utc(2026, 3, 31)]))).toMatch(/^KPI_BY_PERIOD: deals must be the Deals table as a range/);
    expect(errorOf(() => period(['REVENUE', DEALS, '', utc(2026, 3, 31)]))).toMatch(/^KPI_BY_PERIOD: start is needed/);
    expect(errorOf(() => period(['REVENUE', DEALS, utc(2026, 1, 1), '']))).toMatch(/^KPI_BY_PERIOD: end is needed/);
    expect(errorOf(() => period(['REVENUE', DEALS, utc(2026, 3, 1), utc(2026, 1, 1)]))).toBe('KPI_BY_PERIOD: the start date is after the end date.');
    expect(errorOf(() => period(['REVENUE', DEALS, utc(2026, 1, 1), utc(2026, 3, 31), 'Owner', 'Alice']))).toMatch(/^KPI_BY_PERIOD: grain must be "month", "quarter" or "week" \(blank: month\); got "Owner"\. To filter without choosing a grain, leave it blank/);
    expect(errorOf(() => period(['REVENUE', DEALS, utc(2026, 1, 1), utc(2026, 3, 31), '', 'Owner']))).toMatch(/^KPI_BY_PERIOD: filters come in pairs/);
    expect(errorOf(() => period(['REVENUE', DEALS, utc(1990, 1, 1), utc(2026, 3, 31), 'week']))).toMatch(/^KPI_BY_PERIOD: from start to end there are 1892 weeks; at most 1000 rows/);
    // A missing column fails the whole table (every period would), naming it.
    expect(errorOf(() => period(['REVENUE', [['Deal ID', 'Stage', 'Close date'], ['D1', 'Won', '2026-01-10']], utc(2026, 1, 1), utc(2026, 3, 31)]))).toMatch(/^REVENUE: the Deals table has no Amount column/);
    expect(errorOf(() => period(['REVENUE', DEALS, utc(2026, 1, 1), utc(2026, 3, 31), '', 'Color', 'red']))).toMatch(/^REVENUE: no table given has a column "Color"/);
  });
});

describe('KPI_BY_SEGMENT', () => {
  it('WIN_RATE by owner, sorted, blank last with its reason, and a total computed as a win rate (3/5), not a mean of rates', () => {
    // Q1: Alice D1 won, D3 lost, D4 won → 2/3; Bob D2 won, D5 lost → 1/2; D6 (no owner) is open → nothing closed.
    expect(segment(['WIN_RATE', DEALS, utc(2026, 1, 1), utc(2026, 3, 31), 'Owner'])).toEqual([
      ['Owner', 'WIN_RATE', 'Why no value'],
      ['Alice', 2 / 3, ''],
      ['Bob', 0.5, ''],
      ['(blank)', '', 'WIN_RATE: no deal was won or lost in the period (division by zero).'],
      ['Total', 0.6, ''],
    ]);
  });

  it('REVENUE by channel with open bounds: Ads 1000, LinkedIn 2500, total 3500; a French alias finds the column', () => {
    expect(segment(['REVENUE', DEALS, '', '', 'Canal'])).toEqual([['Channel', 'REVENUE', 'Why no value'], ['Ads', 1000, ''], ['LinkedIn', 2500, ''], ['Total', 3500, '']]);
  });

  it('PIPELINE has no period: the column follows the table; filters follow the column', () => {
    // Open deals: D6 900, no owner.
    expect(segment(['PIPELINE', DEALS, 'Owner'])).toEqual([['Owner', 'PIPELINE', 'Why no value'], ['Alice', 0, ''], ['Bob', 0, ''], ['(blank)', 900, ''], ['Total', 900, '']]);
    expect(segment(['REVENUE', DEALS, '', '', 'Channel', 'Owner', 'Alice'])).toEqual([['Channel', 'REVENUE', 'Why no value'], ['Ads', 1000, ''], ['LinkedIn', 2000, ''], ['Total', 3000, '']]);
  });

  it('values match as filters do (trimmed, any case): the first spelling names the segment', () => {
    const deals: Grid = [DEAL_HEADERS, ['D1', 'A', '', 'Won', 10, '2026-01-01', '', 'Ads'], ['D2', 'B', '', 'Won', 20, '2026-01-02', '', ' ADS '], ['D3', 'C', '', 'Won', 40, '2026-01-03', '', 'Email']];
    expect(segment(['REVENUE', deals, '', '', 'Channel'])).toEqual([['Channel', 'REVENUE', 'Why no value'], ['Ads', 30, ''], ['Email', 40, ''], ['Total', 70, '']]);
  });

  it('a two-table KPI takes its segments from both tables: CAC by channel', () => {
    // Q1 spend: Ads 300 + LinkedIn 600 (+ Events 100, no deal). New customers: Ads A (D1); LinkedIn B (D2), D (D4).
    const spend: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 300, 'Marketing'], ['2026-02', 'LinkedIn', 600, 'Marketing'], ['2026-03', 'Events', 100, 'Marketing']];
    expect(segment(['CAC', spend, DEALS, utc(2026, 1, 1), utc(2026, 3, 31), 'Channel'])).toEqual([
      ['Channel', 'CAC', 'Why no value'],
      ['Ads', 300, ''],
      ['Events', '', 'CAC: no new customer in the period, so the acquisition cost is undefined (division by zero).'],
      ['LinkedIn', 300, ''],
      ['Total', 1000 / 3, ''],
    ]);
  });

  it('errors name the argument to fix', () => {
    expect(errorOf(() => segment(['REVENUE', DEALS, '', '']))).toMatch(/^KPI_BY_SEGMENT: split_by must name the column to split by, as text \(e\.g\. "Channel", "Owner", "Product"\); got nothing\.$/);
    expect(errorOf(() => segment(['REVENUE', DEALS, '', '', 'Color']))).toMatch(/^KPI_BY_SEGMENT: split_by "Color" is a column of no table REVENUE reads \(Deals: Deal ID, Customer/);
    // Spend has no Owner: one owner's customers can't divide all the spend.
    expect(errorOf(() => segment(['CAC', [SPEND_HEADERS, ['2026-01', 'Ads', 300, '']], DEALS, '', '', 'Owner']))).toMatch(/^CAC: Spend has no Owner column, so the spend can't be split by owner/);
    const many: Grid = [DEAL_HEADERS, ...Array.from({ length: 501 }, (_, i) => [`D${i}`, `C${i}`, '', 'Won', 1, '2026-01-01', '', ''])];
    expect(errorOf(() => segment(['REVENUE', many, '', '', 'Deal ID']))).toMatch(/^KPI_BY_SEGMENT: split_by "Deal ID" has more than 500 different values/);
  });
});

describe('periods', () => {
  it('ISO week labels at year ends: 2027-01-01 (a Friday) is in 2026-W53; 2024-12-30 (a Monday) starts 2025-W01', () => {
    expect(isoWeekLabel(day(2027, 1, 1))).toBe('2026-W53');
    expect(isoWeekLabel(day(2024, 12, 30))).toBe('2025-W01');
    expect(isoWeekLabel(day(2026, 1, 4))).toBe('2026-W01'); // Sunday of the week of Thursday 1 January 2026
    expect(mondayOf(day(2026, 3, 15))).toBe(day(2026, 3, 9));
    expect(mondayOf(day(1969, 12, 31))).toBe(day(1969, 12, 29));
  });
  it('months cut to the span: 15 January to 10 March', () => {
    expect(periodsBetween(day(2026, 1, 15), day(2026, 3, 10), 'month')).toEqual([
      { label: '2026-01', start: day(2026, 1, 15), end: day(2026, 1, 31) },
      { label: '2026-02', start: day(2026, 2, 1), end: day(2026, 2, 28) },
      { label: '2026-03', start: day(2026, 3, 1), end: day(2026, 3, 10) },
    ]);
  });
});

describe('equal to the single-period functions, over the sample, for every KPI', () => {
  const asOf = dayFromYmd(2026, 11, 25)!;
  const sample = generateSample({ asOf, language: 'en', leads: 1500 });
  const grids = new Map<TableKind, Grid>();
  // Messy cells sprinkled over every column (blanks, error cells, text where a date or amount goes).
  const messy = (g: Grid): Grid => g.map((row, r) => {
    if (r === 0 || r % 9 !== 0) return row;
    const out = row.slice();
    out[(r * 7) % row.length] = r % 2 === 0 ? '' : r % 3 === 0 ? '#N/A' : 'n/a';
    return out;
  });
  sampleGrids(sample).forEach((g, i) => grids.set(TABLE_KINDS[i], messy(g)));
  const first = dayFromYmd(2025, 5, 1)!, last = dayFromYmd(2026, 10, 31)!;
  /** A KPI's own arguments for a period, as its function takes them (LTV with a 70 % margin, ACTIVITIES of demos). */
  const ownArgs = (def: KpiDefinition, start: number | undefined, end: number | undefined): unknown[] =>
    def.args.flatMap((a): unknown[] => (a.kind === 'table' ? [grids.get(a.table)] : a.kind === 'activityType' ? ['Demo'] : a.kind === 'grossMargin' ? [0.7] : [start === undefined ? '' : utcDateOfDay(start), end === undefined ? '' : utcDateOfDay(end)]));
  const single = (def: KpiDefinition, args: unknown[]): number | string => valueOrError(() => kpiFormula(def, args, EN));
  const shown = (row: GridResult[number], at: number) => (row[at] === '' ? row[at + 1] : row[at]);

  it.each(KPIS.filter((k) => k.period !== 'none').map((k) => [k.id, k] as const))('%s by month and by quarter', (_id, def) => {
    for (const grain of ['month', 'quarter'] as const) {
      const g = kpiByPeriod([def.id, ...ownArgs(def, first, last), grain], EN);
      const periods = periodsBetween(first, last, grain);
      expect(g.length).toBe(periods.length + 1);
      periods.forEach((p, i) => expect([p.label, shown(g[i + 1], 2)]).toEqual([p.label, single(def, ownArgs(def, p.start, p.end))]));
      // Not a comparison of errors only (LTV has no value in a month nobody churned).
      expect(g.slice(1).filter((r) => typeof r[2] === 'number').length).toBeGreaterThan(def.id === 'LTV' ? 0 : periods.length / 2);
    }
  });

  /** A column that splits the KPI: Segment (customers), Type (surveys), Owner (activities), else Channel. */
  const reads = (def: KpiDefinition, kind: TableKind) => def.args.some((a) => a.kind === 'table' && a.table === kind);
  const splitBy = (def: KpiDefinition) => (reads(def, 'customers') ? 'Segment' : reads(def, 'surveys') ? 'Type' : reads(def, 'activities') ? 'Owner' : 'Channel');

  it.each(KPIS.map((k) => [k.id, k] as const))('%s by segment, and its total', (_id, def) => {
    const [start, end] = def.period === 'required' ? [dayFromYmd(2025, 11, 1)!, dayFromYmd(2026, 10, 31)!] : [dayFromYmd(2026, 7, 1)!, dayFromYmd(2026, 9, 30)!];
    const own = def.period === 'none' ? ownArgs(def, undefined, undefined) : ownArgs(def, start, end);
    const column = splitBy(def);
    const g = kpiBySegment([def.id, ...own, column], EN);
    expect(g.length).toBeGreaterThan(3);
    const tables: KpiTables = {};
    for (const a of def.args) if (a.kind === 'table') (tables as Record<string, unknown>)[a.table] = read(a.table, grids.get(a.table)!);
    for (const row of g.slice(1, -1)) {
      const label = row[0] as string;
      // The blank segment can't be typed as a filter pair: it is the KPI with the column blank.
      const expected = label === '(blank)'
        ? valueOrError(() => runKpi(def, tables, { period: def.period === 'none' ? {} : { start, end }, filters: [{ column, value: '' }], grossMargin: 0.7, activityType: 'demo' }).value)
        : single(def, [...own, column, label]);
      expect([label, shown(row, 1)]).toEqual([label, expected]);
    }
    expect(shown(g[g.length - 1], 1)).toEqual(single(def, own));
    expect(typeof g[g.length - 1][1]).toBe('number');
  });
});
