import { byId, kpiByName } from '../../../src/core/kpi/registry';
import { evaluateTarget } from '../../../src/core/targets/evaluate';
import { readTargets } from '../../../src/core/targets/readTargets';
import { day, read } from '../helpers';

describe('evaluateTarget: met or missed, in the KPI\'s own direction', () => {
  it('higher is better (REVENUE): 1200 vs 1000 met, 800 missed', () => {
    expect(evaluateTarget(byId('REVENUE'), 1200, 1000)).toEqual({ met: true, gap: 200, gapRatio: 0.2 });
    expect(evaluateTarget(byId('REVENUE'), 800, 1000)).toEqual({ met: false, gap: -200, gapRatio: -0.2 });
  });
  it('lower is better (CAC): a CAC under its target is met, above is missed', () => {
    // target 100: 80 is 20 better (+20 %), 120 is 20 worse (−20 %).
    expect(evaluateTarget(byId('CAC'), 80, 100)).toEqual({ met: true, gap: 20, gapRatio: 0.2 });
    expect(evaluateTarget(byId('CAC'), 120, 100)).toEqual({ met: false, gap: -20, gapRatio: -0.2 });
  });
  it('exactly on target is met; a 0 target has no ratio', () => {
    expect(evaluateTarget(byId('CHURN'), 0.05, 0.05).met).toBe(true);
    expect(evaluateTarget(byId('WIN_RATE'), 0.3, 0.3).met).toBe(true);
    expect(evaluateTarget(byId('CHURN'), 0, 0)).toEqual({ met: true, gap: 0, gapRatio: undefined });
  });
  it('which KPIs are lower-is-better', () => {
    const lower = ['CPL', 'SALES_CYCLE', 'CAC', 'CHURN'];
    for (const id of lower) expect(byId(id as never).better).toBe('lower');
    for (const id of ['REVENUE', 'WIN_RATE', 'NPS', 'RETENTION', 'LTV']) expect(byId(id as never).better).toBe('higher');
  });
});

describe('readTargets', () => {
  it('reads French and English targets with periods, percentages and a filter', () => {
    const t = read('targets', [
      ['Indicateur', 'Période', 'Objectif', 'Colonne filtre', 'Valeur filtre'],
      ['CA', 'mars 2026', '50 000 €', '', ''],
      ['Taux de closing', 'T1 2026', '25 %', '', ''],
      ['CAC', '2026-03', 400, 'Canal', 'LinkedIn'],
      ['Churn', '2026', 0.05, '', ''],
    ]);
    const { targets, issues } = readTargets(t);
    expect(issues).toEqual([]);
    expect(targets.map((x) => [x.kpi.id, x.period.key, x.value, x.filter])).toEqual([
      ['REVENUE', '2026-03', 50000, undefined],
      ['WIN_RATE', '2026-Q1', 0.25, undefined],
      ['CAC', '2026-03', 400, { column: 'Canal', value: 'LinkedIn' }],
      ['CHURN', '2026', 0.05, undefined],
    ]);
    expect(targets[1].period).toMatchObject({ start: day(2026, 1, 1), end: day(2026, 3, 31) });
  });
  it('rejects an unknown KPI and a rate written as 25', () => {
    const t = read('targets', [['KPI', 'Period', 'Target'], ['MRR', '2026-03', 5], ['CHURN', '2026-03', 5]]);
    expect(readTargets(t).issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, 'KPI', 'unknown KPI (use an id such as REVENUE, CAC, CHURN)'],
      [3, 'Target', 'CHURN is a rate: write 25% or 0.25'],
    ]);
  });
  it('finds KPIs by id or label in either language', () => {
    expect(kpiByName('revenue')!.id).toBe('REVENUE');
    expect(kpiByName("Chiffre d'affaires")!.id).toBe('REVENUE');
    expect(kpiByName('Coût par lead (CPL)')!.id).toBe('CPL');
    expect(kpiByName('Nouveaux clients')!.id).toBe('NEW_CUSTOMERS');
    expect(kpiByName('MRR')).toBeUndefined();
  });
});
