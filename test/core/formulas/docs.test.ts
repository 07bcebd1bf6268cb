import { FORMULA_DOCS, paramsOf } from '../../../src/core/formulas/docs';
import { byId, KPIS } from '../../../src/core/kpi/registry';

describe('formula docs', () => {
  it('one doc per KPI plus KPI_BY_PERIOD, KPI_BY_SEGMENT and PILOTE_CHECK, each with an example calling it', () => {
    expect(FORMULA_DOCS.map((d) => d.name)).toEqual([...KPIS.map((k) => k.id), 'KPI_BY_PERIOD', 'KPI_BY_SEGMENT', 'PILOTE_CHECK']);
    for (const d of FORMULA_DOCS) {
      expect(d.example.startsWith(`=${d.name}(`)).toBe(true);
      expect(d.description.length).toBeGreaterThan(10);
    }
  });
  it('the CAC example is the one of the spec', () => {
    expect(FORMULA_DOCS.find((d) => d.name === 'CAC')!.example).toBe('=CAC(Spend!A:D, Deals!A:K, DATE(2026,1,1), DATE(2026,3,31), "Channel", "LinkedIn")');
  });
  it('parameters in the order kpiFormula reads them', () => {
    const names = (id: string) => paramsOf(byId(id as never)).map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(names('CAC')).toEqual(['spend', 'deals', '[start]', '[end]', '[column]', '[value]']);
    expect(names('CHURN')).toEqual(['customers', 'start', 'end', '[column]', '[value]']);
    expect(names('LTV')).toEqual(['deals', 'customers', 'start', 'end', '[gross_margin]', '[column]', '[value]']);
    expect(names('ACTIVITIES')).toEqual(['activities', '[type]', '[start]', '[end]', '[column]', '[value]']);
    expect(names('PIPELINE')).toEqual(['deals', '[column]', '[value]']);
  });
  it('every KPI has a definition in English and French, and a unit', () => {
    for (const k of KPIS) {
      expect(k.definition.en).not.toBe('');
      expect(k.definition.fr).not.toBe('');
      expect(['count', 'currency', 'ratio', 'days', 'score']).toContain(k.unit);
    }
    expect(new Set(KPIS.map((k) => k.id)).size).toBe(19);
  });
});
