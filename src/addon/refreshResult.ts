/**
 * What a refresh did, as google.script.run hands it to the sidebar. A type only (no Apps Script
 * global), so the sidebar's client code can import it through the shared API (sidebar/api.ts).
 */
import type { RefreshSummary } from '../core/dashboard/dashboardSheets';
import type { GeneratedSheetKey } from '../core/render/sheetPlan';

/** JSON-safe (google.script.run passes it as is). */
export interface RefreshResult {
  /** The generated sheets, in plan order (the Dashboard first), with their names in the workbook. */
  sheets: { key: GeneratedSheetKey; name: string }[];
  /** Sheets that got another name because a user sheet has the plan's. */
  renamed: { key: GeneratedSheetKey; wanted: string; name: string }[];
  objectives: RefreshSummary['objectives'];
  alerts: string[];
  /** The headline cards as fixed-width text lines (what `npm start` prints). */
  headline: string[];
  tables: string[];
  /** User sheets Sheets would not hand over (a chart sheet, a connected data source): not read. */
  unreadSheets: string[];
  /** "Today" in the spreadsheet's zone, YYYY-MM-DD. */
  asOf: string;
  /** Total time, waiting for the lock included. */
  millis: number;
  /** Time spent waiting for another refresh to finish. */
  waitedMillis: number;
}

