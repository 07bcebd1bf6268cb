/**
 * Causes of a missed or at-risk objective, worked out by hand on a small workbook (see the
 * comments for the arithmetic): each segment is expected to deliver the objective times its share
 * of the three periods before; its contribution is what it delivered minus that.
 */
import { buildDashboard } from '../../../src/core/dashboard/buildDashboard';
import { explainGap } from '../../../src/core/dashboard/causes';
import { KpiComputer } from '../../../src/core/dashboard/kpiComputer';
import { alertLine } from '../../../src/core/render/dashboard/alertText';
import { defaultSettings } from '../../../src/core/settings/settings';
import { byId } from '../../../src/core/kpi/registry';
import { monthPeriod } from '../../../src/core/dates/period';
import type { Grid } from '../../../src/core/cells/cell';
import { day, read, utc } from '../helpers';
import { SMALL_DEALS, SMALL_DEAL_HEADERS, SMALL_TARGETS } from '../../fixtures/smallSales';

const H = SMALL_DEAL_HEADERS;
const deals: Grid = SMALL_DEALS;
const targets: Grid = SMALL_TARGETS;

function dashboard(asOf: number, language: 'en' | 'fr' = 'en') {
  const settings = { ...defaultSettings({ currency: 'EUR', language }), kpis: ['REVENUE', 'WIN_RATE', 'NEW_CUSTOMERS', 'PIPELINE', 'AVG_DEAL'] as never };
  return buildDashboard({ workbookName: 'Test', tables: { deals: read('deals', deals), targets: read('targets', targets) }, uses: [], unrecognised: [], settings, asOf });
}

describe('the cause of a missed objective', () => {
  const d = dashboard(day(2026, 11, 11));
  const revenue = d.cards.find((c) => c.kpi.id === 'REVENUE')!;

  it('is the Export region, then Alice: Export was expected 40 % of 50k = 20k and made 4k', () => {
    expect(revenue.full.status).toBe('missed');
    expect(revenue.full.gapRatio).toBeCloseTo(35 / 50 - 1, 10); // −30 %
    // Regions: North 15 − 15 = 0, South 16 − 15 = +1, Export 4 − 20 = −16 (k€).
    // Owners (Alice and Bruno each expected 25k): Alice 8 + 8 = 16 → −9, Bruno 7 + 8 + 4 = 19 → −6.
    expect(revenue.full.causes).toEqual([
      { dimension: 'region', value: 'Export', contribution: -16000, actual: 4000, expected: 20000 },
      { dimension: 'owner', value: 'Alice', contribution: -9000, actual: 16000, expected: 25000 },
    ]);
  });

  it('reads as a founder says it, in English and French', () => {
    const alert = d.alerts.find((a) => a.kpi?.id === 'REVENUE' && a.status === 'missed')!;
    expect(alertLine(alert, 'EUR', 'en').text).toBe('Revenue −30% vs objective (October 2026): €35,000 for €50,000 — Export region −€16k, Alice −€9k');
    const fr = dashboard(day(2026, 11, 11), 'fr').alerts.find((a) => a.kpi?.id === 'REVENUE' && a.status === 'missed')!;
    expect(alertLine(fr, 'EUR', 'fr').text).toBe('Chiffre d\'affaires −30\u00a0% vs objectif (octobre 2026)\u00a0: 35\u202f000\u00a0€ pour 50\u202f000\u00a0€ — région Export −16\u00a0k€, Alice −9\u00a0k€');
  });
});

describe('the cause of an objective at risk (month in progress, at its pace)', () => {
  const d = dashboard(day(2026, 11, 11));
  const revenue = d.cards.find((c) => c.kpi.id === 'REVENUE')!;

  it('projects 7k in 10 of 30 days to 21k for 60k, and names Bruno then the South region', () => {
    expect(revenue.current.projection).toBe(21000);
    expect(revenue.current.status).toBe('at_risk');
    // Shares over Aug–Oct. Regions: North 35, South 36, Export 24 (of 95) → expected 22.105k, 22.737k, 15.158k;
    // projected North 15k, South 0, Export 6k → −7.105k, −22.737k, −9.158k.
    // Owners: Alice 10 + 10 + 16 = 36, Bruno 10 + 10 + 20 + 19 = 59 (of 95) → expected 22.737k, 37.263k;
    // projected 15k and 6k → −7.737k, −31.263k.
    const [first, second] = revenue.current.causes;
    expect(first.dimension).toBe('owner');
    expect(first.value).toBe('Bruno');
    expect(first.contribution).toBeCloseTo(6000 - (60000 * 59) / 95, 6);
    expect(second.dimension).toBe('region');
    expect(second.value).toBe('South');
    expect(second.contribution).toBeCloseTo(0 - (60000 * 36) / 95, 6);
    expect(revenue.current.causes).toHaveLength(2);
  });
});

describe('the cause of a missed rate', () => {
  it('holds each segment to the objective rate over the whole denominator', () => {
    // October: channel A 4 won + 1 lost, channel B 0 won + 5 lost → 4/10 = 40 % for an objective of 50 %.
    // A: (4 − .5 × 5) / 10 = +15 pts; B: (0 − .5 × 5) / 10 = −25 pts; together −10 pts.
    const rows: Grid = [H];
    for (let i = 0; i < 4; i++) rows.push([`A${i}`, `CA${i}`, utc(2026, 9, 1), 'Won', 100, utc(2026, 10, 5 + i), 'Alice', 'North', 'A']);
    rows.push(['A9', 'CA9', utc(2026, 9, 1), 'Lost', 100, utc(2026, 10, 12), 'Alice', 'North', 'A']);
    for (let i = 0; i < 5; i++) rows.push([`B${i}`, `CB${i}`, utc(2026, 9, 1), 'Lost', 100, utc(2026, 10, 5 + i), 'Alice', 'North', 'B']);
    const c = new KpiComputer({ deals: read('deals', rows) }, 1);
    const causes = explainGap(c, { kpi: byId('WIN_RATE'), period: monthPeriod(2026, 10), scale: 1, dimensions: ['channel', 'owner', 'region'], baseline: { kind: 'objective', objective: 0.5, reference: monthPeriod(2026, 9) } });
    expect(causes).toHaveLength(1); // owner and region have one value each: they explain nothing
    expect(causes[0].dimension).toBe('channel');
    expect(causes[0].value).toBe('B');
    expect(causes[0].contribution).toBeCloseTo(-0.25, 12);
  });
});

describe('the cause of a missed cost', () => {
  it('counts the spend of a channel that acquired nobody', () => {
    // October: spend A 1,000 and B 2,000; new customers A 2, B 0 → CAC 3,000 / 2 = 1,500 for an objective of 1,000.
    // A: (1,000 − 1,000 × 2) / 2 = −500 (better than asked); B: (2,000 − 0) / 2 = +1,000; together +500.
    const spend: Grid = [['Month', 'Channel', 'Amount'], ['2026-10', 'A', 1000], ['2026-10', 'B', 2000]];
    const deals: Grid = [H,
      ['A1', 'Acme', utc(2026, 9, 1), 'Won', 500, utc(2026, 10, 5), 'Alice', 'North', 'A'],
      ['A2', 'Beta', utc(2026, 9, 1), 'Won', 500, utc(2026, 10, 6), 'Alice', 'North', 'A'],
      ['B1', 'Gamma', utc(2026, 9, 1), 'Lost', 500, utc(2026, 10, 7), 'Alice', 'North', 'B'],
    ];
    const c = new KpiComputer({ spend: read('spend', spend), deals: read('deals', deals) }, 1);
    const causes = explainGap(c, { kpi: byId('CAC'), period: monthPeriod(2026, 10), scale: 1, dimensions: ['channel', 'owner'], baseline: { kind: 'objective', objective: 1000, reference: monthPeriod(2026, 9) } });
    expect(causes).toEqual([{ dimension: 'channel', value: 'B', contribution: 1000 }]);
  });
});

describe('the first day of a month', () => {
  it('has no pace yet: the month in progress has no value, no projection and no alert', () => {
    const d = dashboard(day(2026, 11, 1));
    const revenue = d.cards.find((c) => c.kpi.id === 'REVENUE')!;
    expect(revenue.current.value.ok).toBe(false);
    expect(revenue.current.projection).toBeUndefined();
    expect(revenue.current.status).toBe('no_value');
    expect(d.alerts.filter((a) => a.period?.key === '2026-11')).toEqual([]);
  });
});
