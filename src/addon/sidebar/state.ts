import { formatDay } from '../../core/dates/day';
import type { Day } from '../../core/dates/day';
import { monthOf, quarterOf, shiftPeriod, yearPeriod } from '../../core/dates/period';
import { MAX_RECIPIENTS } from '../../core/digest/digestSettings';
import { languageFor } from '../../core/format/locale';
import { KPIS } from '../../core/kpi/registry';
import { CURRENCIES, DEFAULT_KPIS, DEFAULT_STAGE_PROBABILITY, MAX_KPIS, MIN_KPIS, SEGMENT_DIMENSIONS } from '../../core/settings/settings';
import { inputSheetSpecs } from '../../core/setup/inputSheets';
import { workbookStatus } from '../../core/status/workbookStatus';
import type { TableKind } from '../../core/tables/schema';
import { loadSettings } from '../settingsStore';
import { findGeneratedSheets } from '../sheets/generatedSheets';
import { readWorkbook } from '../sheets/readWorkbook';
import { spreadsheetDayOf } from '../spreadsheetDays';
import type { SidebarCatalog, SidebarState } from './api';
import { digestStatus } from '../digest/setDigest';

/**
 * Everything the sidebar shows, in one call: the settings, what Pilote understood of each sheet
 * (read once, as a refresh reads them), the objectives, the digest's status. Dates as text.
 */
export function getSidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const book = readWorkbook(ss, findGeneratedSheets(ss));
  const settings = loadSettings(book.locale);
  const dayOf = spreadsheetDayOf(book.timeZone);
  const asOf = dayOf(new Date());
  const status = workbookStatus({ sheets: book.sheets, settings, dayOf, locale: book.locale });
  const specs = inputSheetSpecs(languageFor(book.locale));
  const setUpNames = Object.fromEntries(specs.map((s) => [s.kind, s.name])) as Record<TableKind, string>;
  const catalog: SidebarCatalog = {
    kpis: KPIS.map((k) => ({ id: k.id, label: { ...k.label }, unit: k.unit, better: k.better, definition: { ...k.definition } })),
    defaultKpis: DEFAULT_KPIS.slice(),
    minKpis: MIN_KPIS,
    maxKpis: MAX_KPIS,
    currencies: CURRENCIES.slice(),
    dimensions: SEGMENT_DIMENSIONS.slice(),
    periods: fullPeriods(asOf),
    targetPeriods: targetPeriods(asOf),
    stages: status.stages,
    defaultStageProbability: DEFAULT_STAGE_PROBABILITY,
    segments: status.segments,
    maxRecipients: MAX_RECIPIENTS,
  };
  return {
    language: settings.language,
    spreadsheet: { name: book.name, locale: book.locale, timeZone: book.timeZone, scriptTimeZone: Session.getScriptTimeZone() },
    asOf: formatDay(asOf),
    settings,
    catalog,
    status: { tables: status.tables, missing: status.missing, unrecognised: status.unrecognised, unreadSheets: book.unread, setUpNames },
    targets: { sheet: status.targets.sheet, newSheetName: setUpNames.targets, rows: status.targets.rows },
    digest: digestStatus(settings.language),
    dashboardSheets: book.tabs.filter((t) => t.generatedKey !== null).map((t) => t.name),
  };
}

/** The full months (last 12) and quarters (last 8) before today's, most recent first. */
export function fullPeriods(asOf: Day): SidebarCatalog['periods'] {
  const month = monthOf(asOf), quarter = quarterOf(asOf);
  return {
    month: Array.from({ length: 12 }, (_, i) => shiftPeriod(month, -1 - i).key),
    quarter: Array.from({ length: 8 }, (_, i) => shiftPeriod(quarter, -1 - i).key),
  };
}

/** Periods an objective is usually set for: from 6 months back to 12 ahead, quarters likewise, this year and the next. */
export function targetPeriods(asOf: Day): string[] {
  const month = monthOf(asOf), quarter = quarterOf(asOf);
  const year = Number(month.key.slice(0, 4));
  return [
    ...Array.from({ length: 19 }, (_, i) => shiftPeriod(month, i - 6).key),
    ...Array.from({ length: 7 }, (_, i) => shiftPeriod(quarter, i - 2).key),
    yearPeriod(year).key, yearPeriod(year + 1).key,
  ];
}
