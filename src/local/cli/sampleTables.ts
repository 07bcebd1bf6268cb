import type { Grid } from '../../core/cells/cell';
import { dayOfUtcDate, utcDateOfDay } from '../../core/dates/day';
import type { KpiTables } from '../../core/kpi/types';
import { readTable } from '../../core/tables/readTable';
import { TABLE_KINDS } from '../../core/tables/schema';
import type { SampleWorkbook } from '../../core/sample';
import { localeInfo, LocaleInfo } from '../../core/format/locale';

/**
 * The sample workbook as the tables the KPIs read, on the Node side: date columns become Dates
 * at 00:00 UTC read back with their UTC day (the zone-free equivalent of what the add-on does with
 * the spreadsheet's zone). Sheets come in the generator's order, which is the kinds' order.
 */
export function sampleGrids(sample: SampleWorkbook): Grid[] {
  return sample.sheets.map((sheet) => [
    sheet.headers,
    ...sheet.rows.map((row) => row.map((v, c) => (typeof v === 'number' && (sheet.formats[c] === 'date' || sheet.formats[c] === 'month') ? utcDateOfDay(v) : v ?? ''))),
  ]);
}

export function sampleTables(sample: SampleWorkbook, locale: LocaleInfo = localeInfo('en_US')): KpiTables {
  const tables: KpiTables = {};
  sampleGrids(sample).forEach((grid, i) => {
    const kind = TABLE_KINDS[i];
    (tables as Record<string, unknown>)[kind] = readTable(kind, grid, { dayOf: dayOfUtcDate, locale, name: sample.sheets[i].name });
  });
  return tables;
}
