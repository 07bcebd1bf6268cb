/**
 * The dashboard refresh's pure part: the workbook's sheets in, the generated sheets' plans out.
 *
 * TEMPORARY SCAFFOLD (lead, issue 10): the real model and layout replace this body; the
 * signature is the contract the add-on's refresh (src/addon/dashboard/) is written against.
 */
import type { DayOf } from '../cells/date';
import type { Grid } from '../cells/cell';
import type { Day } from '../dates/day';
import { formatDay } from '../dates/day';
import type { Settings } from '../settings/settings';
import type { SheetPlan, PlanCell } from '../render/sheetPlan';

export interface WorkbookSheet {
  name: string;
  /** The sheet's data range as getValues() returns it. */
  grid: Grid;
}

export interface DashboardInput {
  /** Every sheet of the workbook except those Pilote generated, in tab order. */
  sheets: WorkbookSheet[];
  settings: Settings;
  /** "Today" in the spreadsheet's time zone. */
  asOf: Day;
  /** Calendar day of a Date cell, in the spreadsheet's time zone. */
  dayOf: DayOf;
  /** The spreadsheet's locale id (fr_FR, en_US…): how text amounts and dates are read. */
  locale: string;
  workbookName: string;
}

export interface RefreshSummary {
  /** Objectives of the periods shown, by status. */
  objectives: { met: number; missed: number; atRisk: number; onTrack: number };
  /** The alerts' lines, worst first, in the settings' language. */
  alerts: string[];
  /** The headline table as text lines (what `npm start` prints). */
  headline: string[];
  /** Which sheet was read as which table, and why, in the settings' language. */
  tables: string[];
}

export interface DashboardOutput {
  plans: SheetPlan[];
  summary: RefreshSummary;
}

export function buildDashboardSheets(input: DashboardInput): DashboardOutput {
  const fr = input.settings.language === 'fr';
  const names: [SheetPlan['key'], string, string][] = [
    ['dashboard', 'Dashboard', 'Tableau de bord'], ['acquisition', 'Acquisition', 'Acquisition'],
    ['pipeline', 'Pipeline & activity', 'Pipeline & activité'], ['sales', 'Sales', 'Ventes'],
    ['retention', 'Retention & satisfaction', 'Fidélisation & satisfaction'],
  ];
  const plans = names.map(([key, en, frName]): SheetPlan => {
    const title: PlanCell = { value: fr ? frName : en, bold: true, size: 16 };
    const rows: PlanCell[][] = [[title, { value: null }], [{ value: formatDay(input.asOf) }, { value: null }], [{ value: 'Month' }, { value: 'Value' }], [{ value: 'A' }, { value: 1 }], [{ value: 'B' }, { value: 2 }]];
    return {
      key, name: fr ? frName : en, cells: rows, columnWidths: [160, 100], frozenRows: 1, conditionalRules: [],
      charts: key === 'sales' ? [{ kind: 'column', ranges: [{ row: 3, column: 1, rows: 3, columns: 2 }], title: 'Scaffold', xAxisTitle: 'Month', yAxisTitle: 'Value', anchor: { row: 1, column: 4 }, width: 480, height: 300 }] : [],
    };
  });
  return { plans, summary: { objectives: { met: 0, missed: 0, atRisk: 0, onTrack: 0 }, alerts: [], headline: [], tables: input.sheets.map((s) => s.name) } };
}
