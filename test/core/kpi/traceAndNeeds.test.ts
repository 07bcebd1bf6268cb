/** KpiValue.trace (the rows behind a value) and KpiDefinition.needs (checked against the code). */
import type { Grid } from '../../../src/core/cells/cell';
import { dayFromYmd } from '../../../src/core/dates/day';
import { KPIS } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { KpiTables } from '../../../src/core/kpi/types';
import { generateSample } from '../../../src/core/sample';
import { TABLES, TABLE_KINDS, TableKind } from '../../../src/core/tables/schema';
import { sampleGrids } from '../../../src/local/cli/sampleTables';
import { DEAL_HEADERS, SPEND_HEADERS, day, read, run, utc } from '../helpers';
import { byId } from '../../../src/core/kpi/registry';

const Q1 = { start: day(2026, 1, 1), end: day(2026, 3, 31) };

// Sheet rows: header is row 1.
const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'Acme', '2025-12-01', 'Won', 1000, utc(2026, 1, 1), 'Alice', 'LinkedIn'], // row 2: used
  ['D2', 'Beta', '2026-03-01', 'Won', 2000, '31/03/2026', 'Bob', 'Ads'], //           row 3: used
  ['D3', 'Gamma', '2025-12-01', 'Won', 4000, '2025-12-31', 'Alice', 'Ads'], //        row 4: out of Q1
  ['D4', 'acme', '2026-01-10', 'Won', 'TBD', '2026-02-01', 'Alice', 'Ads'], //        row 5: amount unreadable
  ['D5', 'Iota', '2026-02-01', 'Won', 32000, '#N/A', 'Alice', 'Ads'], //              row 6: close date unreadable
  ['D6', 'Eps', '2026-01-01', 'Lost', 500, '2026-02-15', 'Bob', 'Ads'], //            row 7: lost, not revenue
];

describe('trace', () => {
  it('REVENUE Q1: the rows behind 3000 and the rows left out, with the data check\'s reason', () => {
    const tables: KpiTables = { deals: read('deals', DEALS) };
    const v = runKpi(byId('REVENUE'), tables, { period: Q1, filters: [], trace: true });
    expect(v.value).toBe(3000);
    expect(v.trace).toEqual({
      used: { deals: [2, 3] },
      leftOut: [
        { kind: 'deals', row: 5, why: 'Amount "TBD": not an amount (write 1234.56, 1 234,56 € or $1,234.56)' },
        { kind: 'deals', row: 6, why: 'Close date "#N/A": error cell #N/A: fix the formula' },
      ],
    });
  });
  it('without trace: no arrays, just the count of rows left out', () => {
    expect(run('REVENUE', { deals: DEALS }, Q1)).toEqual({ value: 3000, numerator: 3000, denominator: 2, excluded: 2 });
  });
  it('CAC Q1 traces both tables: spend rows and the deals that made new customers', () => {
    const spend: Grid = [SPEND_HEADERS, ['2026-01', 'Ads', 600, ''], ['2026-05', 'Ads', 900, ''], ['2026-02', 'Ads', '', '']];
    const tables: KpiTables = { spend: read('spend', spend), deals: read('deals', DEALS) };
    const v = runKpi(byId('CAC'), tables, { period: Q1, filters: [], trace: true });
    // New in Q1: Acme (D1, 2026-01-01; D4 "acme" is its second win) and Beta (D2); Iota's only
    // win (D5) has no close date → left out. Spend: January 600 used; May outside; February blank.
    expect(v.value).toBe(300);
    expect(v.trace!.used).toEqual({ spend: [2], deals: [2, 3] });
    expect(v.trace!.leftOut).toEqual([
      { kind: 'deals', row: 6, why: 'Close date "#N/A": error cell #N/A: fix the formula' },
      { kind: 'spend', row: 4, why: 'no Amount' },
    ]);
  });
  it('a sales cycle left out for a date typo says so', () => {
    const grid: Grid = [DEAL_HEADERS, ['X', 'A', '2026-02-10', 'Won', 1, '2026-02-01', '', ''], ['Y', 'B', '2026-02-01', 'Won', 1, '2026-02-11', '', '']];
    const v = runKpi(byId('SALES_CYCLE'), { deals: read('deals', grid) }, { period: Q1, filters: [], trace: true });
    expect(v.trace).toEqual({ used: { deals: [3] }, leftOut: [{ kind: 'deals', row: 2, why: 'close date before the created date' }] });
  });
});

describe('needs: each KPI declares the columns it can\'t do without', () => {
  const sample = generateSample({ asOf: dayFromYmd(2026, 11, 25)!, language: 'en', leads: 400 });
  const grids = new Map<TableKind, Grid>();
  sampleGrids(sample).forEach((g, i) => grids.set(TABLE_KINDS[i], g)); // the generator's sheets come in the kinds' order
  const period = { start: dayFromYmd(2025, 7, 1)!, end: dayFromYmd(2026, 10, 31)! };
  /** The sample table keeping only the columns of `fields`, plus a Notes column no KPI reads. */
  const only = (kind: TableKind, fields: readonly string[]): Grid => {
    const grid = grids.get(kind)!;
    const t = read(kind, grid);
    const cols = fields.map((f) => t.columns[f]!);
    return grid.map((row, r) => [...cols.map((c) => row[c]), r === 0 ? 'Notes' : 'x']);
  };

  it.each(KPIS.map((k) => [k.id, k] as const))('%s computes with only its needed columns, and names each one missing', (_id, def) => {
    const kinds = Object.keys(def.needs) as TableKind[];
    expect(kinds.sort()).toEqual(def.args.flatMap((a) => (a.kind === 'table' ? [a.table] : [])).sort());
    const tables = (drop?: [TableKind, string]): KpiTables => {
      const out: KpiTables = {};
      for (const kind of kinds) {
        const fields = def.needs[kind]!.filter((f) => !(drop && drop[0] === kind && drop[1] === f));
        (out as Record<string, unknown>)[kind] = read(kind, only(kind, fields));
      }
      return out;
    };
    const q = { period: def.period === 'none' ? {} : period, filters: [], grossMargin: 0.7 };
    expect(() => runKpi(def, tables(), q)).not.toThrow(/column/);
    for (const kind of kinds) {
      for (const field of def.needs[kind]!) {
        const label = TABLES[kind].fields.find((f) => f.key === field)!.label.en;
        expect(() => runKpi(def, tables([kind, field]), q)).toThrow(`no ${label} column`);
      }
    }
  });
});
