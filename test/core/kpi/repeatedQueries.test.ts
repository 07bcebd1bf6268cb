/**
 * The same table asked many times (as the report does, month after month) must give the same
 * figures as a first, fresh query: boundary days included, the day before/after excluded.
 */
import type { Grid } from '../../../src/core/cells/cell';
import { byId } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { KpiId, KpiTables } from '../../../src/core/kpi/types';
import { readTable } from '../../../src/core/tables/readTable';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { DEAL_HEADERS, EN, LEAD_HEADERS, day, read } from '../helpers';

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
  try {
    return runKpi(byId(id), tables, { period, filters: [] });
  } catch (e) {
    return (e as Error).message;
  }
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

describe('lazily read tables (columns parsed when a KPI asks)', () => {
  it('give the same figures as eagerly read ones', () => {
    const lazy = (): KpiTables => ({
      deals: readTable('deals', DEALS, { dayOf: dayOfUtcDate, locale: EN.locale, lazy: true }),
      leads: readTable('leads', LEADS, { dayOf: dayOfUtcDate, locale: EN.locale, lazy: true }),
    });
    for (const id of [...IDS, 'NEW_CUSTOMERS', 'PIPELINE', 'AVG_DEAL'] as KpiId[]) {
      for (const w of WINDOWS) {
        const eager: KpiTables = { deals: read('deals', DEALS), leads: read('leads', LEADS) };
        expect([id, w, figures(lazy(), id, w)]).toEqual([id, w, figures(eager, id, w)]);
      }
    }
  });
});
