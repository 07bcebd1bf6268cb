/**
 * A user's exported workbook: the sample saved as .xlsx by the local runtime, loaded back, read
 * as Pilote tables (recognised by headers, dates in the workbook's zone, amounts in its locale):
 * the KPIs equal those of the generated data.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dayFromYmd } from '../../../src/core/dates/day';
import { monthPeriod, quarterPeriod } from '../../../src/core/dates/period';
import { byId } from '../../../src/core/kpi/registry';
import { runKpi } from '../../../src/core/kpi/runKpi';
import type { KpiTables } from '../../../src/core/kpi/types';
import { generateSample } from '../../../src/core/sample';
import { sampleGrids, sampleTables } from '../../../src/local/cli/sampleTables';
import { workbookTables } from '../../../src/local/cli/workbookTables';
import { loadXlsx, saveXlsx } from '../../../src/local/runtime/io/xlsx';
import { WorkbookModel } from '../../../src/local/runtime/spreadsheet';
import { localeInfo } from '../../../src/core/format/locale';

describe('workbookTables on an .xlsx round trip', () => {
  const sample = generateSample({ asOf: dayFromYmd(2026, 11, 25)!, language: 'fr', leads: 600 });
  const grids: Record<string, (string | number | boolean | Date | null)[][]> = {};
  sampleGrids(sample).forEach((g, i) => (grids[sample.sheets[i].name] = g as (string | number | boolean | Date | null)[][]));
  grids['Notes'] = [['Anything', 'else'], ['is', 'skipped']];
  let read: ReturnType<typeof workbookTables>;
  const expected: KpiTables = sampleTables(sample, localeInfo('fr_FR'));

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pilote-')), 'export.xlsx');
    await saveXlsx(WorkbookModel.fromGrids(grids, { timeZone: 'Asia/Tokyo', locale: 'fr_FR' }), file);
    read = workbookTables(await loadXlsx(file, { timeZone: 'Asia/Tokyo', locale: 'fr_FR' }), { locale: localeInfo('fr_FR') });
  });

  it('recognises each sheet by its French headers and skips the others', () => {
    expect(read.used).toEqual(['Leads (leads)', 'Opportunités (deals)', 'Activités (activities)', 'Dépenses (spend)', 'Clients (customers)', 'Enquêtes (surveys)', 'Objectifs (targets)']);
    expect(read.skipped).toEqual(['Notes']);
  });

  it.each([
    ['REVENUE', quarterPeriod(2026, 3)], ['LEADS', monthPeriod(2026, 10)], ['WIN_RATE', quarterPeriod(2026, 3)],
    ['CAC', quarterPeriod(2026, 3)], ['CHURN', quarterPeriod(2026, 3)], ['NPS', yearRange()],
  ] as const)('%s equals the generated data', (id, period) => {
    const q = { period, filters: [] };
    expect(runKpi(byId(id), read.tables, q).value).toBeCloseTo(runKpi(byId(id), expected, q).value, 6);
  });
});

function yearRange() {
  return { start: dayFromYmd(2025, 6, 1)!, end: dayFromYmd(2026, 10, 31)! };
}
