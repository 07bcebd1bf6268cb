import { checkFormula } from '../core/formulas/checkFormula';
import type { FormulaEnv } from '../core/formulas/args';
import { kpiFormula } from '../core/formulas/kpiFormula';
import { kpiByPeriod, kpiBySegment } from '../core/formulas/kpiGrid';
import { localeInfo } from '../core/format/locale';
import { KPIS } from '../core/kpi/registry';
import { spreadsheetDays } from './spreadsheetDays';

/**
 * The custom functions Sheets calls. They read nothing but their arguments and the spreadsheet's
 * time zone and locale (allowed without authorisation), so Sheets recomputes them only when
 * their ranges change. Errors keep their message: Sheets shows it in the cell's tooltip.
 */
function formulaEnv(): FormulaEnv {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { ...spreadsheetDays(ss.getSpreadsheetTimeZone()), locale: localeInfo(ss.getSpreadsheetLocale()) };
}

export type CustomFunction = (...args: unknown[]) => unknown;

export const CUSTOM_FUNCTIONS: Record<string, CustomFunction> = {};
for (const def of KPIS) {
  CUSTOM_FUNCTIONS[def.id] = (...args: unknown[]) => kpiFormula(def, args, formulaEnv());
}
CUSTOM_FUNCTIONS.KPI_BY_PERIOD = (...args: unknown[]) => kpiByPeriod(args, formulaEnv());
CUSTOM_FUNCTIONS.KPI_BY_SEGMENT = (...args: unknown[]) => kpiBySegment(args, formulaEnv());
CUSTOM_FUNCTIONS.PILOTE_CHECK = (table: unknown, kind: unknown) => checkFormula(table, kind, formulaEnv());
