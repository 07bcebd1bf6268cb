/** buildReport on a tiny hand-made dataset, as of 2026-04-15: last month March, last quarter Q1. */
import type { Grid } from '../../../src/core/cells/cell';
import { buildReport, HeadlineRow, KpiCell } from '../../../src/core/report/buildReport';
import type { KpiTables } from '../../../src/core/kpi/types';
import { DEAL_HEADERS, SPEND_HEADERS, day, read } from '../helpers';

const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'Acme', '2026-03-01', 'Won', 1000, '2026-03-10', 'Alice', 'LinkedIn'],
  ['D2', 'Beta', '2026-02-01', 'Won', 500, '2026-02-10', 'Bob', 'Ads'],
  ['D3', 'Gamma', '2025-02-01', 'Won', 2000, '2025-03-05', 'Bob', 'Ads'],
  ['D4', 'Delta', '2026-03-01', 'Lost', 700, '2026-03-20', 'Bob', 'Ads'],
  ['D5', 'Eps', '2026-03-01', 'Discovery', 'TBD', '', 'Bob', 'Ads'],
];
const SPEND: Grid = [SPEND_HEADERS, ['2026-03', 'Ads', 300, 'Marketing']];
const TARGETS: Grid = [
  ['KPI', 'Period', 'Target', 'Filter column', 'Filter value'],
  ['REVENUE', '2026-03', 1200, '', ''],
  ['REVENUE', '2026-Q1', 1500, '', ''],
  ['WIN_RATE', 'mars 2026', '50%', '', ''],
  ['REVENUE', '2026-03', 900, 'Channel', 'LinkedIn'],
  ['CAC', '2026-03', 250, '', ''],
  ['CAC', 'T1 2026', 400, '', ''],
  ['LEADS', '2026-03', 10, '', ''], // no Leads table: not in the report
];

const tables: KpiTables = { deals: read('deals', DEALS), spend: read('spend', SPEND), targets: read('targets', TARGETS) };
const report = buildReport(tables, { asOf: day(2026, 4, 15), months: 3 });
const value = (c: KpiCell) => (c.ok ? c.result.value : c.error);
const row = (rows: HeadlineRow[], id: string, filtered = false) => rows.find((r) => r.kpi.id === id && !!r.filter === filtered)!;

describe('buildReport', () => {
  it('keeps the KPIs computable from the tables given, in funnel order', () => {
    expect(report.kpis.map((k) => k.id)).toEqual(['PIPELINE', 'WIN_RATE', 'SALES_CYCLE', 'REVENUE', 'AVG_DEAL', 'NEW_CUSTOMERS', 'CAC', 'REPURCHASE_RATE']);
  });
  it('series: the last 3 full months, oldest first', () => {
    expect(report.months.map((m) => m.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    // REVENUE: Jan 0, Feb 500 (D2), Mar 1000 (D1).
    expect(report.series.REVENUE!.map(value)).toEqual([0, 500, 1000]);
    // AVG_DEAL in January has no Won deal: an error, not 0.
    expect(report.series.AVG_DEAL![0].ok).toBe(false);
    expect(report.series.PIPELINE).toBeUndefined();
  });
  it('last month (March): value, previous month, year before, target', () => {
    expect(report.lastMonth.period.key).toBe('2026-03');
    const r = row(report.lastMonth.rows, 'REVENUE');
    // March 1000, February 500, March 2025 2000 (D3); target 1200 missed by 200 (−1/6).
    expect([value(r.current), value(r.previous), value(r.yearBefore)]).toEqual([1000, 500, 2000]);
    expect(r.outcome).toMatchObject({ met: false, gap: -200 });
    expect(r.outcome!.gapRatio).toBeCloseTo(-1 / 6, 9);
  });
  it('a filtered target gets its own row', () => {
    // LinkedIn March revenue: D1 1000 ≥ 900 → met by 100.
    const r = row(report.lastMonth.rows, 'REVENUE', true);
    expect(r.filter).toEqual({ column: 'Channel', value: 'LinkedIn' });
    expect(value(r.current)).toBe(1000);
    expect(r.outcome).toMatchObject({ met: true, gap: 100 });
  });
  it('WIN_RATE March: 1 won, 1 lost → 0.5, target 50 % met exactly', () => {
    const r = row(report.lastMonth.rows, 'WIN_RATE');
    expect(value(r.current)).toBe(0.5);
    expect(r.outcome).toMatchObject({ met: true, gap: 0 });
  });
  it('CAC: lower is better, both directions', () => {
    // March: 300 spend / 1 new customer (Acme) = 300 > 250 → missed by 50.
    const m = row(report.lastMonth.rows, 'CAC');
    expect(value(m.current)).toBe(300);
    expect(m.outcome).toMatchObject({ met: false, gap: -50 });
    // Q1: 300 / 2 (Beta in Feb, Acme in Mar) = 150 ≤ 400 → met by 250.
    const q = row(report.lastQuarter.rows, 'CAC');
    expect(value(q.current)).toBe(150);
    expect(q.outcome).toMatchObject({ met: true, gap: 250 });
  });
  it('last quarter (Q1): previous quarter and a year before', () => {
    expect(report.lastQuarter.period.key).toBe('2026-Q1');
    const r = row(report.lastQuarter.rows, 'REVENUE');
    // Q1 2026 = 500 + 1000 = 1500 (met exactly); Q4 2025 = 0; Q1 2025 = 2000.
    expect([value(r.current), value(r.previous), value(r.yearBefore)]).toEqual([1500, 0, 2000]);
    expect(r.outcome).toMatchObject({ met: true, gap: 0 });
  });
  it('PIPELINE has no period; its only open deal has no readable amount, so it has no value (not 0)', () => {
    // Only D5 is open and its amount "TBD" is unreadable. This was { value: 0, excluded: 1 } before
    // issue 9 ("a whole column of unreadable amounts gives 0"): now an error saying why.
    const r = row(report.lastMonth.rows, 'PIPELINE');
    expect(r.current).toEqual({ ok: false, error: expect.stringMatching(/^PIPELINE: the 1 Deals row it needs was left out .*\(Amount: 1 row\)/) });
  });
  it('gathers the data issues of every table', () => {
    expect(report.issues.map((i) => [i.table, i.row, i.column, i.value])).toEqual([['Deals', 6, 'Amount', 'TBD']]);
  });
});
