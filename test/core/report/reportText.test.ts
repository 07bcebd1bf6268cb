import { dayFromYmd, dayOfUtcDate } from '../../../src/core/dates/day';
import { buildReport } from '../../../src/core/report/buildReport';
import { reportText } from '../../../src/core/render/reportText';
import { readTable } from '../../../src/core/tables/readTable';
import { EN } from '../helpers';

const o = { dayOf: dayOfUtcDate, locale: EN.locale };
const deals = readTable('deals', [
  ['Deal ID', 'Stage', 'Amount', 'Close date'],
  ['D1', 'Won', 600, '2026-03-05'],
  ['D2', 'Won', 400, '2026-03-31'],
  ['D3', 'Lost', 900, '2026-03-20'],
  ['D4', 'Won', 2000, '2026-02-10'],
], o);
// March objective 1 500 for revenue (missed: 1 000 is 33 % under), 40 % win rate (met: 2/3 = 66.7 %).
const targets = readTable('targets', [['KPI', 'Period', 'Target'], ['REVENUE', '2026-03', 1500], ['WIN_RATE', '2026-03', '40%']], o);
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
