import type { Grid } from '../../core/cells/cell';
import { dayFromYmd } from '../../core/dates/day';
import { gatherEvidence, inferLocale, LocaleGuess } from '../../core/format/inferLocale';
import type { LocaleInfo } from '../../core/format/locale';
import type { KpiTables } from '../../core/kpi/types';
import type { TablesChoice } from '../../core/tables/chooseTables';
import { readChosenTables } from '../../core/tables/readChosenTables';
import { TABLE_KINDS, TableKind } from '../../core/tables/schema';
import { wallClockOf } from '../runtime/infra/timeZone';
import type { WorkbookModel } from '../runtime/spreadsheet';

export interface WorkbookTablesOptions {
  locale: LocaleInfo;
  /** False when the locale was told from the data without its date order (see ReadOptions). */
  dateOrderKnown?: boolean;
  /** `--table deals=Pipeline`. */
  overrides?: Partial<Record<TableKind, string>>;
  /** Sheets not to read (the ones Pilote generated). */
  exclude?: readonly string[];
}

export interface WorkbookRead {
  tables: KpiTables;
  /** Which sheet is which table, and why (core/tables/chooseTables). */
  choice: TablesChoice;
  /** `Leads (leads)`, … in the kinds' order. */
  used: string[];
  /** Sheets not read, in workbook order. */
  skipped: string[];
}

/** The calendar day of a Date cell (the instant getValues gives), in the workbook's time zone. */
export function workbookDayOf(model: WorkbookModel): (d: Date) => number {
  return (d: Date) => {
    const w = wallClockOf(d.getTime(), model.timeZone);
    return dayFromYmd(w.year, w.month, w.day)!;
  };
}

/** The sheets of a workbook as grids (Date cells as the host Dates getValues gives). */
export function workbookGrids(model: WorkbookModel): { name: string; grid: Grid }[] {
  return model.sheets.map((s) => ({ name: s.name, grid: s.valuesAsHost() as Grid }));
}

/** The locale a workbook's data shows (currency marks, separators, date order, header language). */
export function workbookLocale(model: WorkbookModel): LocaleGuess {
  const formats = new Set<string>();
  for (const sheet of model.sheets) for (const [, , f] of sheet.formats.numberFormat.entries()) if (f) formats.add(f);
  return inferLocale(gatherEvidence(workbookGrids(model), [...formats]));
}

/**
 * A user's workbook (an exported Google Sheet, loaded by the local runtime) as Pilote's tables:
 * each table is the sheet chooseTables picks (named like it when two look alike, or as the user
 * said); Date cells are read in the workbook's zone, text amounts and dates with `locale`, as
 * the add-on does in Sheets.
 */
export function workbookTables(model: WorkbookModel, options: WorkbookTablesOptions): WorkbookRead {
  const dayOf = workbookDayOf(model);
  const sheets = workbookGrids(model).filter((s) => !options.exclude?.includes(s.name));
  const { choice, tables } = readChosenTables(sheets, options.overrides, { dayOf, locale: options.locale, dateOrderKnown: options.dateOrderKnown });
  const used = TABLE_KINDS.flatMap((kind) => {
    const c = choice.chosen[kind];
    return c ? [`${c.sheet} (${kind})`] : [];
  });
  const read = new Set(Object.values(choice.chosen).map((c) => c!.sheet));
  return { tables, choice, used, skipped: sheets.filter((s) => !read.has(s.name)).map((s) => s.name) };
}
