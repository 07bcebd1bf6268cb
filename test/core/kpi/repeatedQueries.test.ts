/**
 * The same table asked many times (as the report does, month after month) must give the same
 * figures as a first, fresh query: boundary days included, the day before/after excluded.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { byId } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { FilterSpec, KpiDefinition, KpiId, KpiTables } from '../../../src/core/kpi/types';
import { KPIS } from '../../../src/core/kpi/registry';
import { lastFullMonths } from '../../../src/core/dates/period';
import { generateSample } from '../../../src/core/sample';
import { TABLE_KINDS } from '../../../src/core/tables/schema';
import { sampleGrids } from '../../../src/local/cli/sampleTables';
import { DEAL_HEADERS, EN, LEAD_HEADERS, day, read, valueOrError, withTrailingBlanks } from '../helpers';

const DEALS: Grid = [
  DEAL_HEADERS,
  ['D1', 'A', '2025-12-01', 'Won', 1000, '2026-01-01', 'Alice', 'Ads'],
  ['D2', 'B', '2026-03-01', 'Won', 2000, '2026-03-31', 'Bob', 'Ads'],
  ['D3', 'C', '2025-12-01', 'Won', 4000, '2025-12-31', 'Alice', 'Ads'],
  ['D4', 'D', '2026-03-01', 'Won', 8000, '2026-04-01', 'Bob', 'LinkedIn'],
  ['D5', 'E', '2026-01-01', 'Lost', 1, '2026-03-31', 'Bob', 'Ads'],
  ['D6', 'A', '2026-01-01', 'Won', 16, '2026-01-01', 'Alice', 'Ads'],
  ['D7', 'F', '2026-01-01', 'Won', 32, '', 'Alice', 'Ads'],
];
const LEADS: Grid = [LEAD_HEADERS, ['L1', '2026-01-01', 'Ads', 'MQL', ''], ['L2', '2026-03-31', 'Ads', 'New', ''], ['L3', '2025-12-31', 'Ads', 'SQL', ''], ['L4', '2026-04-01', 'Ads', 'SQL', '']];

const WINDOWS = [
  { start: day(2026, 1, 1), end: day(2026, 3, 31) },
  { start: day(2026, 1, 1), end: day(2026, 1, 1) },
  { start: day(2025, 12, 31), end: day(2025, 12, 31) },
  { start: day(2026, 4, 1), end: day(2026, 4, 30) },
  { start: day(2026, 1, 2), end: day(2026, 3, 30) },
  { start: undefined, end: day(2026, 1, 1) },
  { start: day(2026, 3, 31), end: undefined },
  {},
];
const IDS: KpiId[] = ['REVENUE', 'WIN_RATE', 'SALES_CYCLE', 'REPURCHASE_RATE', 'LEADS', 'MQL_RATE'];

function figures(tables: KpiTables, id: KpiId, period: object) {
  return valueOrError(() => runKpi(byId(id), tables, { period, filters: [] }));
}

describe('repeated queries on the same tables', () => {
  it('give the figures of a fresh table, window after window', () => {
    const shared: KpiTables = { deals: read('deals', DEALS), leads: read('leads', LEADS) };
    for (let pass = 0; pass < 3; pass++) {
      for (const id of IDS) {
        for (const w of WINDOWS) {
          const fresh: KpiTables = { deals: read('deals', DEALS), leads: read('leads', LEADS) };
          expect([pass, id, w, figures(shared, id, w)]).toEqual([pass, id, w, figures(fresh, id, w)]);
        }
      }
    }
  });
  it('hand-checked after warming up: Q1 revenue 1000 + 2000 + 16 = 3016, 1 January alone 1016', () => {
    const shared: KpiTables = { deals: read('deals', DEALS) };
    for (let i = 0; i < 3; i++) {
      expect(runKpi(byId('REVENUE'), shared, { period: WINDOWS[0], filters: [] }).value).toBe(3016);
      expect(runKpi(byId('REVENUE'), shared, { period: WINDOWS[1], filters: [] }).value).toBe(1016);
      // With a filter on the warmed-up index: LinkedIn in April = D4 8000.
      expect(runKpi(byId('REVENUE'), shared, { period: WINDOWS[3], filters: [{ column: 'Channel', value: 'linkedin' }] }).value).toBe(8000);
    }
  });
});

describe('the day index, counted or sorted', () => {
  it('a stray date a century away (sorted, not counted) gives the same figures, boundaries included', () => {
    // D8 closes in 1900: the days span 46,000 for 8 rows, so the index sorts instead of counting.
    const stray: Grid = [...DEALS, ['D8', 'G', '1899-12-01', 'Won', 64, '1900-01-01', 'Bob', 'Ads']];
    const shared: KpiTables = { deals: read('deals', stray) };
    for (let pass = 0; pass < 3; pass++) {
      for (const w of [...WINDOWS, { start: day(1900, 1, 1), end: day(1900, 1, 1) }, { end: day(1999, 12, 31) }]) {
        expect([pass, w, figures(shared, 'REVENUE', w)]).toEqual([pass, w, figures({ deals: read('deals', stray) }, 'REVENUE', w)]);
      }
    }
    // All time: 1000 + 2000 + 4000 + 8000 + 16 + 64 (D7 has no close date).
    expect(runKpi(byId('REVENUE'), shared, { period: {}, filters: [] }).value).toBe(15080);
  });
});

describe('lazily read tables (columns parsed when a KPI asks)', () => {
  it('give the same figures as eagerly read ones', () => {
    const lazy = (): KpiTables => ({
      deals: read('deals', DEALS, EN, { lazy: true }),
      leads: read('leads', LEADS, EN, { lazy: true }),
    });
    for (const id of [...IDS, 'NEW_CUSTOMERS', 'PIPELINE', 'AVG_DEAL'] as KpiId[]) {
      for (const w of WINDOWS) {
        const eager: KpiTables = { deals: read('deals', DEALS), leads: read('leads', LEADS) };
        expect([id, w, figures(lazy(), id, w)]).toEqual([id, w, figures(eager, id, w)]);
      }
    }
  });
});

describe('lazily read tables parse only what each query looks at, and give the eager figures', () => {
  // The sample with messy cells sprinkled over every column (blanks, error cells, text where a
  // date, amount or stage goes), read both ways.
  const sample = generateSample({ asOf: day(2026, 11, 25), language: 'en', leads: 600 });
  const grids = sampleGrids(sample).map((g) => g.map((row, r) => {
    if (r === 0) return row;
    const out = row.slice();
    const c = (r * 7) % row.length;
    if (r % 5 === 0) out[c] = '';
    else if (r % 11 === 0) out[c] = '#N/A';
    else if (r % 13 === 0) out[c] = 'n/a';
    return out;
  }));
  const readAll = (lazy: boolean): KpiTables => {
    const tables: KpiTables = {};
    grids.forEach((g, i) => ((tables as Record<string, unknown>)[TABLE_KINDS[i]] = read(TABLE_KINDS[i], withTrailingBlanks(g, 50), EN, { lazy })));
    return tables;
  };
  const periods = [...lastFullMonths(day(2026, 11, 25), 18), { start: day(2026, 7, 1), end: day(2026, 9, 30) }, {}];
  const query = (def: KpiDefinition, period: object, filters: FilterSpec[]) => ({ period: def.period === 'none' ? {} : period, filters, grossMargin: 0.7, trace: true });
  const filterOf = (def: KpiDefinition): FilterSpec[] => (def.args.some((a) => a.kind === 'table' && a.table === 'customers') ? [{ column: 'Segment', value: 'SMB' }] : def.args.some((a) => a.kind === 'table' && ['deals', 'leads', 'spend'].includes(a.table)) ? [{ column: 'Channel', value: 'linkedin' }] : []);

  it.each(KPIS.map((k) => [k.id, k] as const))('%s: every month, a quarter and all time, with and without a filter, on one lazy table set (values, left-out counts, traces, errors)', (_id, def) => {
    const lazy = readAll(true);
    for (const filters of [[], filterOf(def)]) {
      for (const p of periods) {
        const eager = readAll(false);
        const got = (tables: KpiTables) => valueOrError(() => runKpi(def, tables, query(def, p, filters)));
        expect([p, filters, got(lazy)]).toEqual([p, filters, got(eager)]);
      }
    }
  });
});
