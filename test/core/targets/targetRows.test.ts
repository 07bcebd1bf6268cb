import { rowFingerprint, validateTargetInput } from '../../../src/core/targets/targetRows';

describe('rowFingerprint', () => {
  const row = ['REVENUE', '2026-03', 10000, 'Channel', 'LinkedIn'];

  it('is the same for the same cells, blanks at the end aside', () => {
    expect(rowFingerprint(row)).toBe(rowFingerprint([...row]));
    expect(rowFingerprint([...row, '', ''])).toBe(rowFingerprint(row));
    expect(rowFingerprint(row).startsWith('5:')).toBe(true); // five cells before the trailing blanks
  });

  it('changes with any value, its type, its place, or a Date’s instant', () => {
    const base = rowFingerprint(row);
    expect(rowFingerprint(['REVENUE', '2026-03', 10001, 'Channel', 'LinkedIn'])).not.toBe(base);
    expect(rowFingerprint(['REVENUE', '2026-03', '10000', 'Channel', 'LinkedIn'])).not.toBe(base); // text, not a number
    expect(rowFingerprint(['REVENUE', '2026-03', 10000, 'LinkedIn', 'Channel'])).not.toBe(base);
    expect(rowFingerprint([...row, 'a note'])).not.toBe(base);
    expect(rowFingerprint([new Date(Date.UTC(2026, 2, 1))])).not.toBe(rowFingerprint([new Date(Date.UTC(2026, 2, 2))]));
    expect(rowFingerprint([true])).not.toBe(rowFingerprint(['true']));
  });
});

describe('validateTargetInput', () => {
  it('accepts a month, a quarter or a year, trims, and keeps a segment only with both parts', () => {
    expect(validateTargetInput({ kpi: 'revenue', period: ' 2026-03 ', target: 12000 })).toEqual({ ok: true, target: { kpi: 'REVENUE', period: '2026-03', target: 12000 } });
    expect(validateTargetInput({ kpi: 'CAC', period: '2026-q1', target: 450, filterColumn: ' Channel ', filterValue: 'LinkedIn ' })).toEqual({ ok: true, target: { kpi: 'CAC', period: '2026-Q1', target: 450, filterColumn: 'Channel', filterValue: 'LinkedIn' } });
    expect(validateTargetInput({ kpi: 'NPS', period: '2027', target: -20, filterColumn: '', filterValue: '' })).toEqual({ ok: true, target: { kpi: 'NPS', period: '2027', target: -20 } });
  });

  it('refuses by field: unknown KPI, period not a month/quarter/year, a rate above 100 %, a negative count, half a segment', () => {
    const fields = (input: unknown) => { const r = validateTargetInput(input); return r.ok ? [] : r.errors.map((e) => e.field); };
    expect(fields({ kpi: 'MRR', period: '2026-13', target: '5' })).toEqual(['kpi', 'period', 'target']);
    expect(fields({ kpi: 'WIN_RATE', period: '2026-03', target: 25 })).toEqual(['target']); // 25 is 2,500 %: a rate is 0.25
    expect(fields({ kpi: 'LEADS', period: '2026-03', target: -1 })).toEqual(['target']);
    expect(fields({ kpi: 'NPS', period: '2026-03', target: 101 })).toEqual(['target']);
    expect(fields({ kpi: 'LEADS', period: '2026-03', target: 100, filterValue: 'LinkedIn' })).toEqual(['filterColumn']);
    expect(fields({ kpi: 'LEADS', period: 'March 2026', target: 100 })).toEqual(['period']);
    expect(fields({ kpi: 'LEADS', period: '2026-03', target: 100, filterColumn: 'x'.repeat(101), filterValue: 'y' })).toEqual(['filterColumn']);
  });
});
