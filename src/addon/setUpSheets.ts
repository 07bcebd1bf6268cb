import { chooseTables } from '../core/tables/chooseTables';
import type { TableKind } from '../core/tables/schema';
import { languageFor } from '../core/format/locale';
import { inputSheetSpecs } from '../core/setup/inputSheets';
import { loadSettings } from './settingsStore';
import { createInputSheet } from './sheets/createInputSheet';
import { findGeneratedSheets } from './sheets/generatedSheets';
import { readWorkbook } from './sheets/readWorkbook';
import type { SetUpResult } from './sidebar/api';
import { SIDEBAR_TEXT } from './sidebar/messages';

/**
 * Menu item "Set up sheets" and the sidebar's button: creates each input sheet the workbook
 * lacks (Leads, Deals, Activities, Spend, Customers, Surveys, Targets; French names and headers
 * in a French spreadsheet), empty, with headers, formats and validation. It never alters an
 * existing sheet: a table Pilote already reads in some sheet is "found" there (a second, empty
 * Deals sheet would only compete with it), and a sheet that has the name is "exists", left as it
 * is. Says what it did in a toast and returns it.
 */
export function setUpSheets(): SetUpResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const book = readWorkbook(ss, findGeneratedSheets(ss));
  const settings = loadSettings(book.locale);
  const sheetLanguage = languageFor(book.locale);
  const { chosen } = chooseTables(book.sheets, (settings.tables ?? {}) as Partial<Record<TableKind, string>>);
  const out: SetUpResult['sheets'] = [];
  for (const spec of inputSheetSpecs(sheetLanguage)) {
    const use = chosen[spec.kind];
    if (use) out.push({ kind: spec.kind, name: use.sheet, status: 'found' });
    else if (ss.getSheetByName(spec.name)) out.push({ kind: spec.kind, name: spec.name, status: 'exists' });
    else {
      createInputSheet(ss, spec, sheetLanguage, settings.currency);
      out.push({ kind: spec.kind, name: spec.name, status: 'created' });
    }
  }
  const text = SIDEBAR_TEXT[settings.language];
  const created = out.filter((s) => s.status === 'created').map((s) => s.name);
  const kept = out.filter((s) => s.status !== 'created').map((s) => s.name);
  const message = (created.length ? text.setUpCreated(created) : text.setUpNone) + (created.length && kept.length ? text.setUpKept(kept) : '');
  ss.toast(message, 'Pilote', 8);
  return { sheets: out, message };
}
