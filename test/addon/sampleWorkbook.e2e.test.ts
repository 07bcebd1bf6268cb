/**
 * "Insert sample data" writes the sample workbook through SpreadsheetApp, then every custom
 * function runs on those sheets as Sheets would (Tokyo spreadsheet, fr_FR, script in UTC). Each
 * must give what the pure engine gives on the same generated data: the whole Sheets path (write,
 * serial dates, number formats, zone conversion, bundle) adds or loses nothing.
 */
import { dayFromYmd } from '../../src/core/dates/day';
import { previousPeriod, quarterOf } from '../../src/core/dates/period';
import { KPIS } from '../../src/core/kpi/registry';
import { runKpi } from '../../src/core/kpi/runKpi';
import { generateSample } from '../../src/core/sample';
import { sampleTables } from '../../src/local/cli/sampleTables';
import { harness, sheetDate } from './harness';
import { localeInfo } from '../../src/core/format/locale';

const TZ = 'Asia/Tokyo';
// 25 Nov 2026 at 08:00 in Tokyo is still 24 Nov in UTC: "today" must be read in the sheet's zone.
const NOW = Date.UTC(2026, 10, 24, 23, 0);
const AS_OF = dayFromYmd(2026, 11, 25)!;

describe('Insert sample data, then every custom function on it', () => {
  const { rt, addon, range } = harness({}, { timeZone: TZ, locale: 'fr_FR', now: () => NOW });
  addon.onOpen({ authMode: 'FULL' });
  rt.calls.reset();
  addon.runMenuItem('insertSampleData');
  const insertCalls = rt.calls.total();
  const insertSetValues = rt.calls.get('SpreadsheetApp.Range.setValues');
  const sample = generateSample({ asOf: AS_OF, language: 'fr' });

  it('creates the seven French sheets with their headers, frozen, and no formula anywhere', () => {
    const names = sample.sheets.map((s) => s.name);
    expect(names).toEqual(['Leads', 'Opportunités', 'Activités', 'Dépenses', 'Clients', 'Enquêtes', 'Objectifs']);
    for (const s of sample.sheets) {
      const sheet = rt.workbook.sheet(s.name)!;
      expect(sheet.valuesAsHost()[0]).toEqual(s.headers);
      expect(sheet.valuesAsHost().length).toBe(s.rows.length + 1);
      expect(sheet.frozenRows).toBe(1);
    }
    expect(rt.workbook.formulaCells()).toEqual([]);
  });

  it('writes in blocks: a fixed number of calls per sheet, not per row', () => {
    // Per sheet: getSheetByName, getSheets, insertSheet, getMaxRows, (insertRowsAfter), 2 getRange,
    // setNumberFormats, setValues, setFontWeight, setFrozenRows ≤ 11; plus 6 for the spreadsheet, Ui and today.
    expect(insertCalls).toBeLessThanOrEqual(7 * 11 + 6);
    expect(insertSetValues).toBe(7);
  });

  it('never overwrites: a second run finds the sheets, alerts, and writes nothing', () => {
    rt.calls.reset();
    addon.runMenuItem('insertSampleData');
    expect(rt.calls.get('SpreadsheetApp.Range.setValues')).toBe(0);
    expect(rt.ui.alerts.length).toBe(1);
  });

  const quarter = previousPeriod(quarterOf(AS_OF)); // 2026-Q3
  const tables = sampleTables(sample, localeInfo('fr_FR'));
  const ranges: Record<string, unknown[][]> = {
    leads: range('Leads!A:E'), deals: range('Opportunités!A:J'), activities: range('Activités!A:D'),
    spend: range('Dépenses!A:D'), customers: range('Clients!A:D'), surveys: range('Enquêtes!A:D'),
  };

  it.each(KPIS.map((k) => [k.id, k] as const))('%s over 2026-Q3 equals the engine on the generated data', (_id, def) => {
    const args: unknown[] = [];
    for (const a of def.args) {
      if (a.kind === 'table') args.push(ranges[a.table]);
      else if (a.kind === 'period') args.push(sheetDate(TZ, 2026, 7, 1), sheetDate(TZ, 2026, 9, 30));
      else args.push('');
    }
    let expected: number | string;
    try {
      expected = runKpi(def, tables, { period: def.period === 'none' ? {} : quarter, filters: [] }).value;
    } catch (e) {
      expected = (e as Error).message;
    }
    const got = addon.customFunction(def.id, ...args);
    if (typeof expected === 'string') expect(got).toEqual({ error: '#ERROR!', message: expected });
    else expect(got).toBeCloseTo(expected, 6);
  });
});
