import type { WorkbookSheet } from '../../core/dashboard/dashboardSheets';
import type { Grid } from '../../core/cells/cell';
import type { GeneratedSheet, Tab } from './generatedSheets';

export interface WorkbookRead {
  name: string;
  timeZone: string;
  locale: string;
  /** Every sheet Pilote did not generate, in tab order, with its data range's values. */
  sheets: WorkbookSheet[];
  /** Every tab in order, generated ones included (what the layout of a refresh starts from). */
  tabs: Tab[];
  /** Sheets whose cells Sheets would not hand over (a chart sheet, a connected data source). */
  unread: string[];
}

/**
 * Reads the workbook once: each sheet Pilote did not generate with one
 * `getDataRange().getValues()` (Date cells stay Dates: the core turns them into days with the
 * spreadsheet's zone), Pilote's own sheets not at all. Calls: 4 (3 when the caller passes the
 * `locale` it has already read), plus 1 per sheet for its name and 2 per user sheet for its
 * values, whatever the rows.
 */
export function readWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, generated: GeneratedSheet[], locale?: string): WorkbookRead {
  // Sheet names are unique in a spreadsheet, so the name tells a tagged sheet apart (Apps Script
  // hands out a new object per call: identity would not).
  const tagged = new Map(generated.map((g) => [g.name, g.key]));
  const sheets: WorkbookSheet[] = [];
  const tabs: Tab[] = [];
  const unread: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const key = tagged.get(name);
    tabs.push({ name, generatedKey: key ?? null });
    if (key !== undefined) continue;
    let grid: Grid;
    try {
      grid = sheet.getDataRange().getValues() as Grid;
    } catch {
      unread.push(name); // a sheet without cells (a chart sheet, a connected data source) holds no table
      continue;
    }
    sheets.push({ name, grid });
  }
  return { name: ss.getName(), timeZone: ss.getSpreadsheetTimeZone(), locale: locale ?? ss.getSpreadsheetLocale(), sheets, tabs, unread };
}
