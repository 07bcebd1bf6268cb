import { dayFromYmd } from '../../../src/core/dates/day';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportText } from '../../../src/core/render/reportText';
import { read } from '../helpers';

const deals = read('deals', [
  ['Deal ID', 'Stage', 'Amount', 'Close date'],
  ['D1', 'Won', 600, '2026-03-05'],
  ['D2', 'Won', 400, '2026-03-31'],
  ['D3', 'Lost', 900, '2026-03-20'],
  ['D4', 'Won', 2000, '2026-02-10'],
]);
// March objective 1 500 for revenue (missed: 1 000 is 33 % under), 40 % win rate (met: 2/3 = 66.7 %).
const targets = read('targets', [['KPI', 'Period', 'Target'], ['REVENUE', '2026-03', 1500], ['WIN_RATE', '2026-03', '40%']]);
const report = buildReport({ deals, targets }, { asOf: dayFromYmd(2026, 4, 10)!, months: 3 });

describe('reportText', () => {
  it('prints the last full month with values, objectives, gaps, status and the previous month (English)', () => {
    const text = reportText(report, { language: 'en', currency: 'EUR' });
    expect(text).toContain('Last full month: 2026-03 (as of 2026-04-10)');
    // Revenue 1 000 vs 1 500: gap (1000 − 1500) / 1500 = −33 %; February 2 000.
    expect(text).toMatch(/Revenue\s+€1,000\s+€1,500\s+−33%\s+MISSED\s+€2,000/);
    // Win rate 2/3 = 66.7 % vs 40 %: (0.667 − 0.4) / 0.4 = +67 %.
    expect(text).toMatch(/Win rate\s+66\.7%\s+40\.0%\s+\+67%\s+met/);
    expect(text).toContain('Objectives: 1 met, 1 missed of 2.');
  });

  it('speaks French with French number forms and typography', () => {
    const text = reportText(report, { language: 'fr', currency: 'EUR' });
    expect(text).toContain('Dernier mois complet\u00a0: 2026-03 (au 2026-04-10)');
    expect(text).toMatch(/Chiffre d'affaires\s+1\u202f000\u00a0€\s+1\u202f500\u00a0€\s+−33\u00a0%\s+MANQUÉ/);
    expect(text).toContain('Objectifs : 1 atteint(s), 1 manqué(s) sur 2.');
  });
});

describe('the data check in the report (issue 9)', () => {
  it('says "no problem found" only of tables that were read and checked', () => {
    // Only readable deals, no open stage, no missing value: clean. D1..D4 = 4 rows.
    const clean = buildReport({ deals: read('deals', [['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date'], ['D1', 'A', '2026-03-01', 'Won', 5, '2026-03-05']]) }, { asOf: dayFromYmd(2026, 4, 10)!, months: 2 });
    expect(reportText(clean, { language: 'en', currency: 'EUR' })).toContain('Data check: no problem found in Deals (1 rows)');
    const nothing = buildReport({}, { asOf: dayFromYmd(2026, 4, 10)!, months: 2 });
    expect(reportText(nothing, { language: 'en', currency: 'EUR' })).toContain('Data check: no table was read, so nothing was checked');
    expect(reportText(nothing, { language: 'en', currency: 'EUR' })).not.toContain('no problem found');
  });
  it('a header-only table is reported as having no rows, and its KPIs show — not 0', () => {
    const empty = buildReport({ deals: read('deals', [['Deal ID', 'Customer', 'Created', 'Stage', 'Amount', 'Close date']]) }, { asOf: dayFromYmd(2026, 4, 10)!, months: 2 });
    const text = reportText(empty, { language: 'en', currency: 'EUR' });
    expect(text).toContain('Deals row 1: no data row: the table has only its header row');
    expect(text).toMatch(/Revenue\s+—\s+—\s+—\s+—\s+—\s+—/);
  });
  it('months before the data starts show —, not 0', () => {
    // Deals close from 2026-02-10 (D4) on: with as-of 2026-04-10 and 4 months, December and
    // January come before the data; February's revenue is D4's 2000.
    const r = buildReport({ deals }, { asOf: dayFromYmd(2026, 4, 10)!, months: 4 });
    expect(r.months.map((m) => m.key)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03']);
    expect(r.series.REVENUE!.map((c) => (c.ok ? c.result.value : '—'))).toEqual(['—', '—', 2000, 1000]);
    expect(r.series.REVENUE![0]).toEqual({ ok: false, error: 'REVENUE: the Deals data starts on 2026-02-10 (its first Close date); this period ends before, so there is nothing to measure yet.' });
  });
  it('lists at most maxIssues problems, then how many more', () => {
    const bad = read('deals', [['Deal ID', 'Stage', 'Amount', 'Close date'], ...Array.from({ length: 12 }, (_, i) => [`D${i}`, 'Won', 'lots', '2026-03-05'])]);
    const text = reportText(buildReport({ deals: bad }, { asOf: dayFromYmd(2026, 4, 10)!, months: 2 }), { language: 'en', currency: 'EUR', maxIssues: 5 });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Data check:'));
    // 12 unreadable amounts, plus the Customer and Created columns missing (2 row-1 issues): 14.
    expect(lines[at]).toBe('Data check: 14 problems (=PILOTE_CHECK on a table lists its own)');
    expect(lines.slice(at + 1)).toHaveLength(6);
    expect(lines[at + 6]).toBe('  … and 9 more');
  });
});
