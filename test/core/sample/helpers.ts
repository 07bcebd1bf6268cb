/**
 * Helpers for the sample tests: calendar months, the generated sheets' rows (English workbooks,
 * columns in the generator's order), and KPIs computed by the real engine on the generated data.
 */
import { dayFromYmd, daysInMonth, pad2 } from '../../../src/core/dates/day';
import { byId } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { FilterSpec, KpiId, KpiTables, KpiQuery } from '../../../src/core/kpi/types';
import type { SampleCell, SampleSheet, SampleWorkbook } from '../../../src/core/sample';
import { readTable } from '../../../src/core/tables/readTable';
import { dayOfUtcDate } from '../../../src/core/dates/day';
import { sampleGrids, sampleTables } from '../../../src/local/cli/sampleTables';
import { localeInfo } from '../../../src/core/format/locale';

export type Row = SampleCell[];

/** A calendar month: `month(2026, 13)` is January 2027. */
export interface Month { year: number; month: number; start: number; end: number; days: number; key: string }

export function month(year: number, m: number): Month {
  const i = year * 12 + m - 1;
  const y = Math.floor(i / 12);
  const mm = (i % 12) + 1;
  const days = daysInMonth(y, mm);
  return { year: y, month: mm, start: dayFromYmd(y, mm, 1)!, end: dayFromYmd(y, mm, days)!, days, key: `${y}-${pad2(mm)}` };
}

export function shift(m: Month, n: number): Month {
  return month(m.year, m.month + n);
}

export function quarterKey(m: Month): string {
  return `${m.year}-Q${Math.floor((m.month - 1) / 3) + 1}`;
}

export { day } from '../helpers';

export const SHEET = { leads: 0, deals: 1, activities: 2, spend: 3, customers: 4, surveys: 5, targets: 6 } as const;
/** Deals columns. */
export const D = { id: 0, customer: 1, created: 2, stage: 3, amount: 4, close: 5, owner: 6, product: 7, region: 8, channel: 9 } as const;

export function rows(wb: SampleWorkbook, sheet: keyof typeof SHEET): Row[] {
  return wb.sheets[SHEET[sheet]].rows;
}

export function sheetNamed(wb: SampleWorkbook, name: string): SampleSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error('no sheet ' + name);
  return s;
}

export const isClosed = (r: Row): boolean => r[D.stage] === 'Won' || r[D.stage] === 'Lost';
export const inMonth = (d: SampleCell, m: Month): boolean => typeof d === 'number' && d >= m.start && d <= m.end;

/** The objective of a KPI for a period in the Targets sheet (unfiltered unless `filter` = [column, value]). */
export function target(wb: SampleWorkbook, kpi: string, period: string, filter?: [string, string]): number {
  const r = rows(wb, 'targets').find((x) => x[0] === kpi && x[1] === period && (filter ? x[3] === filter[0] && x[4] === filter[1] : x[3] === null));
  if (!r) throw new Error(`no ${kpi} objective for ${period}`);
  return r[2] as number;
}

/** KPIs by the real engine on a workbook's tables. */
export class Engine {
  readonly tables: KpiTables;

  constructor(wb: SampleWorkbook, only?: 'deals') {
    if (only === 'deals') {
      const grid = sampleGrids(wb)[SHEET.deals];
      this.tables = { deals: readTable('deals', grid, { dayOf: dayOfUtcDate, locale: localeInfo('en_US'), name: 'Deals' }) };
    } else {
      this.tables = sampleTables(wb);
    }
  }

  value(id: KpiId, start?: number, end?: number, filters: FilterSpec[] = [], extra: Partial<KpiQuery> = {}): number {
    return runKpi(byId(id), this.tables, { period: start === undefined ? {} : { start, end }, filters, ...extra }).value;
  }

  month(id: KpiId, m: Month, filters: FilterSpec[] = [], extra: Partial<KpiQuery> = {}): number {
    return this.value(id, m.start, m.end, filters, extra);
  }
}
