/** The dashboard's tables worked out by hand: the lead funnel, the pipeline by stage, channel advice, quarter objectives. */
import { adviceFor } from '../../../src/core/dashboard/channelRoi';
import { leadFunnel } from '../../../src/core/dashboard/funnel';
import { Objectives } from '../../../src/core/dashboard/objectives';
import { pipelineByStage } from '../../../src/core/dashboard/pipelineByStage';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../src/core/settings/settings';
import { byId } from '../../../src/core/kpi/registry';
import { monthPeriod, quarterPeriod } from '../../../src/core/dates/period';
import { readTargets } from '../../../src/core/targets/readTargets';
import { day, LEAD_HEADERS, read, utc } from '../helpers';

describe('lead funnel', () => {
  it('counts each lead at every status it passed, with next-step and cumulative conversion', () => {
    // October: 10 leads: 3 New, 2 Disqualified, 2 MQL, 1 SQL, 1 Opportunity, 1 Customer (+1 in September, left out).
    const statuses = ['New', 'New', 'New', 'Disqualified', 'Disqualified', 'MQL', 'MQL', 'SQL', 'Opportunity', 'Customer'];
    const grid = [LEAD_HEADERS, ...statuses.map((s, i) => [`L${i}`, utc(2026, 10, 1 + i), 'Web', s, 'Alice']), ['L99', utc(2026, 9, 30), 'Web', 'Customer', 'Alice']];
    const steps = leadFunnel(read('leads', grid), monthPeriod(2026, 10));
    // Reached MQL or beyond: 2 + 1 + 1 + 1 = 5; SQL+: 3; Opportunity+: 2; Customer: 1.
    expect(steps.map((s) => s.count)).toEqual([10, 5, 3, 2, 1]);
    expect(steps.map((s) => s.nextStep)).toEqual([undefined, 0.5, 0.6, 2 / 3, 0.5]);
    expect(steps.map((s) => s.cumulative)).toEqual([undefined, 0.5, 0.3, 0.2, 0.1]);
  });
});

describe('pipeline by stage', () => {
  it('sums open deals per stage as written, weighted by the stage probability (25 % for a stage not in the settings)', () => {
    const H = ['Deal ID', 'Stage', 'Amount', 'Close date'];
    const grid = [H,
      ['D1', 'Discovery', 10000, utc(2026, 12, 1)], ['D2', 'discovery ', 5000, utc(2026, 12, 15)],
      ['D3', 'Proposal', 8000, utc(2026, 11, 20)], // close date passed on 25 Nov: overdue
      ['D4', 'Négociation', 4000, utc(2026, 12, 20)], ['D5', 'Pilot', 2000, utc(2027, 1, 5)],
      ['D6', 'Won', 99999, utc(2026, 10, 1)], ['D7', 'Lost', 99999, utc(2026, 10, 1)], ['D8', 'Proposal', 'n/a', utc(2026, 12, 1)],
    ];
    const p = pipelineByStage(read('deals', grid), DEFAULT_STAGE_PROBABILITIES, day(2026, 11, 25));
    // Discovery 15,000 × 10 % = 1,500; Pilot 2,000 × 25 % = 500; Proposal 8,000 × 50 % = 4,000; Négociation 4,000 × 70 % = 2,800.
    expect(p.stages.map((s) => [s.stage, s.deals, s.amount, s.probability, s.weighted, s.probabilitySource])).toEqual([
      ['Discovery', 2, 15000, 0.1, 1500, 'settings'],
      ['Pilot', 1, 2000, 0.25, 500, 'default'],
      ['Proposal', 1, 8000, 0.5, 4000, 'settings'],
      ['Négociation', 1, 4000, 0.7, 2800, 'settings'],
    ]);
    expect(p.total).toBe(29000);
    expect(p.weighted).toBeCloseTo(8800, 9);
    expect(p.overdue).toBe(1);
    expect(p.overdueRows).toEqual([4]);
  });
});

describe('channel advice', () => {
  it('follows the documented rule', () => {
    const avg = 1000;
    expect(adviceFor({ spend: 1000, newCustomers: 2, cac: 500, roi: 4 }, avg)).toBe('capitalise');
    expect(adviceFor({ spend: 1000, newCustomers: 1, cac: 1000, roi: 3 }, avg)).toBe('capitalise'); // at the average CAC, 3×: yes
    expect(adviceFor({ spend: 1000, newCustomers: 1, cac: 1200, roi: 5 }, avg)).toBe('keep'); // pays back, but costlier customers
    expect(adviceFor({ spend: 1000, newCustomers: 0, cac: undefined, roi: 0 }, avg)).toBe('stop');
    expect(adviceFor({ spend: 3000, newCustomers: 1, cac: 3000, roi: 0.8 }, avg)).toBe('stop');
    expect(adviceFor({ spend: 1200, newCustomers: 1, cac: 1200, roi: 0.8 }, avg)).toBe('fix'); // under 1× but CAC under twice the average
    expect(adviceFor({ spend: 1000, newCustomers: 1, cac: 1000, roi: 1.5 }, avg)).toBe('fix');
    expect(adviceFor({ spend: 0, newCustomers: 3, cac: 0, roi: undefined }, avg)).toBe('no_spend');
  });
});

describe('objectives', () => {
  const grid = [['KPI', 'Period', 'Target', 'Filter column', 'Filter value'],
    ['REVENUE', '2026-07', 10000], ['REVENUE', '2026-08', 12000], ['REVENUE', '2026-09', 14000],
    ['WIN_RATE', '2026-07', '30%'], ['WIN_RATE', '2026-08', '30%'], ['WIN_RATE', '2026-09', '30%'],
    ['REVENUE', '2026-10', 50000], ['REVENUE', '2026-10', 1], ['REVENUE', '2026-10', 20000, 'Région', 'Export']];
  const o = new Objectives(readTargets(read('targets', grid)).targets);

  it('makes a quarter objective of its months for counts and sums only', () => {
    expect(o.of(byId('REVENUE'), quarterPeriod(2026, 3))).toEqual({ value: 36000, rows: [2, 3, 4], derived: true });
    expect(o.of(byId('WIN_RATE'), quarterPeriod(2026, 3))).toBeUndefined();
  });

  it('keeps the first row when a KPI has two objectives for a period, and segment objectives apart', () => {
    expect(o.of(byId('REVENUE'), monthPeriod(2026, 10))).toEqual({ value: 50000, rows: [8] });
    expect(o.segments(byId('REVENUE'), monthPeriod(2026, 10)).region?.get('export')).toBe(20000);
  });
});
