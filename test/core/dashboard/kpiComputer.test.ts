/**
 * The dashboard computes each (KPI, period, filters, activity type) once: the cards ask for a
 * trace, the series, breakdowns, causes and alerts ask for the same values without one, and the
 * traced result answers them.
 */
import * as runKpiModule from '../../../src/core/kpi/runKpi';
import { KpiComputer, valueOf } from '../../../src/core/dashboard/kpiComputer';
import { byId } from '../../../src/core/kpi/registry';
import { monthPeriod } from '../../../src/core/dates/period';
import type { KpiQuery } from '../../../src/core/kpi/types';
import { DEAL_HEADERS, read } from '../helpers';
import { marchModel } from '../digest/fixture';

/** What a query asks, trace left aside. */
function asked(kpiId: string, q: KpiQuery): string {
  return JSON.stringify([kpiId, q.period.start ?? null, q.period.end ?? null, q.filters ?? [], q.activityType ?? null]);
}

function countingRuns() {
  const calls: { key: string; trace: boolean }[] = [];
  const real = runKpiModule.runKpi;
  const spy = jest.spyOn(runKpiModule, 'runKpi').mockImplementation((kpi, tables, query) => {
    calls.push({ key: asked(kpi.id, query), trace: query.trace === true });
    return real(kpi, tables, query);
  });
  return { calls, restore: () => spy.mockRestore() };
}

describe('KpiComputer', () => {
  const deals = read('deals', [
    DEAL_HEADERS,
    ['D1', 'A', '2026-03-01', 'Won', 1000, '2026-03-10', 'Alice', 'Ads'],
    ['D2', 'B', '2026-03-02', 'Won', 2000, '2026-04-10', 'Bob', 'Ads'],
  ]);
  const revenue = byId('REVENUE');
  const march = monthPeriod(2026, 3), april = monthPeriod(2026, 4);

  it('computes a traced value once and answers the untraced asks with it; an untraced value does not answer a traced ask', () => {
    const runs = countingRuns();
    try {
      const c = new KpiComputer({ deals }, 1);
      const tracedMarch = c.cell(revenue, march, [], true);
      const untracedMarch = c.cell(revenue, march);
      const untracedApril = c.cell(revenue, april);
      c.cell(revenue, april);
      const tracedApril = c.cell(revenue, april, [], true);
      c.cell(revenue, april);
      // March traced (1); March untraced: answered by it. April untraced (2), again: memo. April
      // traced: not answered by the untraced one (3); April untraced again: answered by either.
      expect(runs.calls.map((r) => r.trace)).toEqual([true, false, true]);
      expect(untracedMarch).toBe(tracedMarch);
      expect(valueOf(tracedMarch)).toBe(1000);
      expect(valueOf(untracedApril)).toBe(2000);
      expect(valueOf(tracedApril)).toBe(2000);
      expect(tracedMarch.ok && tracedMarch.result.trace).toBeTruthy();
      expect(untracedApril.ok && untracedApril.result.trace).toBeFalsy();
    } finally {
      runs.restore();
    }
  });

  it('on the digest fixture, computes each distinct query once', () => {
    const runs = countingRuns();
    try {
      marchModel('en');
    } finally {
      runs.restore();
    }
    // The headline cards' values are traced, and asked again untraced by the series and causes.
    expect(runs.calls.some((r) => r.trace)).toBe(true);
    const distinct = new Set(runs.calls.map((r) => r.key));
    expect(runs.calls.length).toBe(distinct.size);
  });
});
