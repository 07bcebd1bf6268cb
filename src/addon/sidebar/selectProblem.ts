import type { ProblemRef, SelectProblemResult } from './api';
import { loadSettings } from '../settingsStore';
import { SIDEBAR_TEXT, SidebarError } from './messages';

/**
 * A click on a problem in the data status: activates its sheet and selects the offending cell
 * (or the whole row, for a problem with the row), so the user lands on what to fix. A sheet
 * renamed or a row deleted since the status was read gets a message, not an error.
 */
export function selectProblem(input: unknown): SelectProblemResult {
  const ref = input as Partial<ProblemRef> | null;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const text = SIDEBAR_TEXT[loadSettings(ss.getSpreadsheetLocale()).language];
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
  if (!ref || typeof ref !== 'object' || typeof ref.sheet !== 'string' || !whole(ref.row) || !(ref.column === null || whole(ref.column))) {
    throw new SidebarError(text.badRequest('problem reference'));
  }
  const sheet = ss.getSheetByName(ref.sheet);
  if (!sheet) return { ok: false, message: text.selectSheetGone(ref.sheet) };
  const row = ref.row!;
  if (row > sheet.getMaxRows()) return { ok: false, message: text.selectRowGone(ref.sheet, row) };
  // A problem with a whole row selects the row's cells that hold the table.
  const range = ref.column ? sheet.getRange(row, Math.min(ref.column, sheet.getMaxColumns())) : sheet.getRange(row, 1, 1, Math.max(sheet.getLastColumn(), 1));
  sheet.activate();
  range.activate();
  return { ok: true, sheet: sheet.getName(), a1: range.getA1Notation() };
}
