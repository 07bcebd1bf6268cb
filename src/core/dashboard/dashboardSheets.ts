/**
 * The dashboard refresh's pure part: the workbook's sheets in, the generated sheets' plans and a
 * summary out. The add-on reads the sheets (once each) and writes the plans; everything between
 * happens here, so it runs the same in Node and in Apps Script.
 */
import type { DayOf } from '../cells/date';
import type { Grid } from '../cells/cell';
import type { Day } from '../dates/day';
import { localeInfo } from '../format/locale';
import type { Settings } from '../settings/settings';
import type { SheetPlan } from '../render/sheetPlan';
import { layoutDashboard } from '../render/dashboard/layoutDashboard';
import { alertLine } from '../render/dashboard/alertText';
import { headlineText } from '../render/dashboard/headlineText';
import { buildDashboard } from './buildDashboard';
import { readChosenTables } from '../tables/readChosenTables';
import { TABLE_KINDS, type TableKind } from '../tables/schema';
import type { Dashboard, TableUse } from './model';

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
  model: Dashboard;
}

export function buildDashboardSheets(input: DashboardInput): DashboardOutput {
  const model = dashboardModel(input);
  return { plans: layoutDashboard(model), summary: summarise(model), model };
}

/** The dashboard's figures from the workbook's sheets, without laying them out (what the digest needs). */
export function dashboardModel(input: DashboardInput): Dashboard {
  const locale = localeInfo(input.locale);
  const { choice, tables } = readChosenTables(input.sheets, input.settings.tables as Partial<Record<TableKind, string>>, { dayOf: input.dayOf, locale });
  const uses: TableUse[] = [];
  for (const kind of TABLE_KINDS) {
    const chosen = choice.chosen[kind];
    if (chosen) uses.push({ kind, sheet: chosen.sheet, reason: chosen.reason, others: chosen.others, rows: tables[kind]!.size });
  }
  const unrecognised = choice.unrecognised.map((u) => ({ sheet: u.name, firstRow: u.firstRow }));
  return buildDashboard({ workbookName: input.workbookName, tables, uses, unrecognised, settings: input.settings, asOf: input.asOf });
}

/** The refresh's result in words: what the toast, the sidebar and `npm start` say. */
export function summarise(model: Dashboard): RefreshSummary {
  const { language, currency } = model.settings;
  const count = (s: string) => model.objectives.filter((o) => o.status === s).length;
  return {
    objectives: { met: count('met'), missed: count('missed'), atRisk: count('at_risk'), onTrack: count('on_track') },
    alerts: model.alerts.map((a) => {
      const line = alertLine(a, currency, language);
      return `${line.label}: ${line.text}`;
    }),
    headline: headlineText(model),
    tables: model.tables.map((t) => `${t.kind}: ${t.sheet} (${t.rows})`),
  };
}
