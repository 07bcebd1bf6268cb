import { dashboardPeriods, elapsedPart, firstDays } from '../../../src/core/dashboard/periods';
import { projectToEnd, statusAgainst } from '../../../src/core/dashboard/pace';
import { usualRange } from '../../../src/core/dashboard/robustRange';
import { percentChange } from '../../../src/core/render/dashboard/formats';
import { byId } from '../../../src/core/kpi/registry';
import { monthPeriod } from '../../../src/core/dates/period';
import { day } from '../helpers';

describe('dashboard periods', () => {
  it('shows the last full month beside the month in progress, today not yet elapsed', () => {
    const p = dashboardPeriods(day(2026, 11, 25), 'month');
    expect(p.full.key).toBe('2026-10');
    expect(p.current.key).toBe('2026-11');
    // 1–24 November are over: 24 days of 30.
    expect(p.elapsedDays).toBe(24);
    expect(p.totalDays).toBe(30);
  });

  it('by quarter: Q3 beside Q4 in progress (1 Oct – 24 Nov = 31 + 24 = 55 days of 92)', () => {
    const p = dashboardPeriods(day(2026, 11, 25), 'quarter');
    expect([p.full.key, p.current.key, p.elapsedDays, p.totalDays]).toEqual(['2026-Q3', '2026-Q4', 55, 92]);
  });

  it('takes the full period chosen in the settings, unless it is not over yet', () => {
    expect(dashboardPeriods(day(2026, 11, 25), 'month', '2026-08').full.key).toBe('2026-08');
    expect(dashboardPeriods(day(2026, 11, 25), 'month', '2026-11').full.key).toBe('2026-10');
    expect(dashboardPeriods(day(2026, 11, 25), 'month', '2026-Q2').full.key).toBe('2026-10'); // a quarter on a monthly dashboard
  });

  it('compares a period in progress over the same days of the one before', () => {
    const oct = monthPeriod(2026, 10);
    expect(firstDays(oct, 24)).toMatchObject({ start: day(2026, 10, 1), end: day(2026, 10, 24) });
    expect(firstDays(monthPeriod(2026, 2), 30)).toMatchObject({ start: day(2026, 2, 1), end: day(2026, 2, 28), key: '2026-02' });
    expect(elapsedPart(oct, day(2026, 10, 1))).toBeUndefined();
    expect(elapsedPart(oct, day(2026, 10, 2))).toMatchObject({ start: day(2026, 10, 1), end: day(2026, 10, 1) });
    expect(elapsedPart(oct, day(2026, 11, 5))).toBe(oct);
  });
});

describe('status by pace', () => {
  const revenue = byId('REVENUE'), winRate = byId('WIN_RATE'), cac = byId('CAC'), churn = byId('CHURN');

  it('projects counts and sums pro rata of the days elapsed: 63,000 in 24 of 30 days → 78,750', () => {
    expect(projectToEnd(revenue, 63000, 24, 30)).toBe(78750);
    expect(statusAgainst(revenue, 78750, 80000, true)).toBe('at_risk');
    expect(statusAgainst(revenue, 78750, 78000, true)).toBe('on_track');
    expect(projectToEnd(revenue, 500, 0, 30)).toBeUndefined(); // first day: no pace yet
    expect(statusAgainst(revenue, undefined, 1000, true)).toBe('no_value');
  });

  it('judges rates and unit costs as they stand, in their own direction', () => {
    expect(projectToEnd(winRate, 0.3, 10, 30)).toBe(0.3);
    expect(statusAgainst(winRate, 0.3, 0.33, true)).toBe('at_risk');
    expect(statusAgainst(cac, 1000, 1200, true)).toBe('on_track'); // lower is better
    expect(statusAgainst(churn, 0.03, 0.02, false)).toBe('missed');
    expect(statusAgainst(churn, 0.02, 0.02, false)).toBe('met'); // at the objective counts as met
    expect(statusAgainst(churn, 0.02, undefined, false)).toBe('no_objective');
  });
});

describe('the usual range of a KPI (median ± 3 scaled MAD)', () => {
  it('is worked out from the median absolute deviation', () => {
    // median 11.5; |x − 11.5| = 1.5, .5, .5, 1.5, .5, .5, 1.5, .5 → median .5; × 1.4826 = .7413; × 3 = 2.2239
    const r = usualRange([10, 12, 11, 13, 12, 11, 10, 12])!;
    expect(r.median).toBe(11.5);
    expect(r.low).toBeCloseTo(11.5 - 2.2239, 4);
    expect(r.high).toBeCloseTo(11.5 + 2.2239, 4);
  });

  it('needs six months of history and some spread', () => {
    expect(usualRange([1, 2, 3, 4, 5])).toBeUndefined();
    expect(usualRange([7, 7, 7, 7, 7, 7, 9])).toBeUndefined(); // MAD 0: nothing to compare with
  });
});

describe('relative changes in words', () => {
  it('round halves away from zero, and keep one decimal under 1 %', () => {
    expect(percentChange(-0.375, 'en')).toBe('−38%'); // not −37 %: the sign doesn't change the rounding
    expect(percentChange(0.375, 'fr')).toBe('+38\u00a0%');
    expect(percentChange(-0.003, 'fr')).toBe('−0,3\u00a0%');
    expect(percentChange(0, 'en')).toBe('0%');
  });
});
