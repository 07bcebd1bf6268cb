import type { Grid } from '../../core/cells/cell';
import { dayFromYmd } from '../../core/dates/day';
import { recognise } from '../../core/formulas/checkFormula';
import { localeInfo } from '../../core/format/locale';
import type { KpiTables } from '../../core/kpi/types';
import { readTable } from '../../core/tables/readTable';
import { wallClockOf } from '../runtime/infra/timeZone';
import type { WorkbookModel } from '../runtime/spreadsheet';

/**
 * A user's workbook (an exported Google Sheet, loaded by the local runtime) as Pilote's tables:
 * each sheet is recognised by its headers; Date cells are read in the workbook's own zone, text
 * amounts with its locale — as the add-on does in Sheets. Sheets that are no Pilote table are
 * listed in `skipped`.
 */
export function workbookTables(model: WorkbookModel): { tables: KpiTables; used: string[]; skipped: string[] } {
  const dayOf = (d: Date) => {
    const w = wallClockOf(d.getTime(), model.timeZone);
    return dayFromYmd(w.year, w.month, w.day)!;
  };
  const tables: KpiTables = {};
  const used: string[] = [], skipped: string[] = [];
  for (const sheet of model.sheets) {
    const grid = sheet.valuesAsHost() as Grid;
    let kind;
    try {
      kind = recognise(grid);
    } catch {
      skipped.push(sheet.name);
      continue;
    }
    if (tables[kind]) { skipped.push(sheet.name); continue; }
    (tables as Record<string, unknown>)[kind] = readTable(kind, grid, { dayOf, locale: localeInfo(model.locale), name: sheet.name });
    used.push(`${sheet.name} (${kind})`);
  }
  return { tables, used, skipped };
}
