import { isBlank } from '../../core/cells/cell';
import type { Grid } from '../../core/cells/cell';
import { languageFor } from '../../core/format/locale';
import { byId } from '../../core/kpi/registry';
import { numberFormatFor } from '../../core/render/sheetFormats';
import { inputSheetSpecs } from '../../core/setup/inputSheets';
import type { Language } from '../../core/settings/settings';
import { readTargetRows } from '../../core/status/workbookStatus';
import { matchHeaders } from '../../core/tables/readTable';
import { TABLES } from '../../core/tables/schema';
import { rowFingerprint, validateTargetInput } from '../../core/targets/targetRows';
import type { TargetInput } from '../../core/targets/targetRows';
import { withDocumentLock } from '../documentLock';
import { loadSettings } from '../settingsStore';
import { createInputSheet, writeHeaders } from '../sheets/createInputSheet';
import { spreadsheetDayOf } from '../spreadsheetDays';
import type { SaveTargetsResult, TargetChangeError, TargetChanges, TargetsView } from './api';
import { SIDEBAR_TEXT, SidebarError, SidebarText } from './messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Targets columns Pilote writes, in the order of a sheet it creates. */
const FIELDS = ['kpi', 'period', 'target', 'filterColumn', 'filterValue'] as const;
type Field = (typeof FIELDS)[number];

const LOCK_WAIT_MS = 10_000;

/**
 * The sidebar's objectives editor: adds, edits and removes rows of the Targets sheet — the one
 * input sheet Pilote writes to, and only on this explicit action. All changes apply or none:
 * - an edit or removal names the row and the fingerprint of its cells as the sidebar read them;
 *   if the row no longer matches (edited, moved, deleted by hand since), nothing is written and
 *   the sidebar gets the sheet as it is now;
 * - an edited row gets only Pilote's columns written (a user's own columns keep their cells);
 *   other rows are never touched; new rows go under the last row;
 * - with no Targets sheet yet, one is created (headers, formats, validation), named in the
 *   spreadsheet's language.
 * The document lock keeps two editors' saves from interleaving. Calls: a fixed number per
 * changed row, none per row of the sheet.
 */
export function saveTargets(input: unknown): SaveTargetsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = ss.getSpreadsheetLocale();
  const settings = loadSettings(locale);
  const text = SIDEBAR_TEXT[settings.language];
  const changes = parseChanges(input, text);
  if ('errors' in changes) return { ok: false, reason: 'invalid', errors: changes.errors };

  const result = withDocumentLock((): SaveTargetsResult => {
    const sheetLanguage = languageFor(locale);
    const dayOf = spreadsheetDayOf(ss.getSpreadsheetTimeZone());
    const spec = inputSheetSpecs(sheetLanguage).find((s) => s.kind === 'targets')!;
    const newSheetName = spec.name;
    const view = (sheet: Sheet, grid: Grid): TargetsView => ({ sheet: sheet.getName(), newSheetName, rows: readTargetRows(sheet.getName(), grid, dayOf, locale) });
    const conflict = (conflicts: { row: number; message: string }[], targets: TargetsView): SaveTargetsResult => ({ ok: false, reason: 'conflict', message: text.targetsConflict, conflicts, targets });

    let sheet: Sheet | null;
    let createdSheet: string | null = null;
    if (changes.sheet !== null) {
      sheet = ss.getSheetByName(changes.sheet);
      if (!sheet) return conflict([{ row: 0, message: text.sheetGone(changes.sheet) }], { sheet: null, newSheetName, rows: [] });
    } else {
      sheet = ss.getSheetByName(newSheetName);
      if (!sheet) {
        sheet = createInputSheet(ss, spec, sheetLanguage, settings.currency);
        createdSheet = sheet.getName();
      }
    }
    let grid = sheet.getDataRange().getValues() as Grid;
    const blank = grid.every((row) => row.every((c) => isBlank(c)));
    if (blank) {
      // An empty sheet under the Targets name (made by hand, or by "Set up sheets" and emptied): give it the headers.
      const names = spec.columns.map((c) => c.header);
      writeHeaders(sheet.getRange(1, 1, 1, names.length), names);
      grid = [names.slice()];
    }
    const headers = (grid[0] ?? []).map((h) => String(h ?? '').trim());
    const { columns } = matchHeaders(TABLES.targets.fields, headers);
    if (columns.kpi === undefined || columns.target === undefined) {
      if (changes.sheet === null && !createdSheet) throw new SidebarError(text.nameTaken(sheet.getName()));
      return conflict([{ row: 1, message: text.notTargets(sheet.getName()) }], { sheet: null, newSheetName, rows: [] });
    }

    const conflicts: { row: number; message: string }[] = [];
    for (const c of [...changes.edit, ...changes.remove]) {
      const cells = grid[c.row - 1];
      if (!cells) conflicts.push({ row: c.row, message: text.rowGone(c.row) });
      else if (rowFingerprint(cells) !== c.version) conflicts.push({ row: c.row, message: text.rowChanged(c.row) });
    }
    if (conflicts.length) return conflict(conflicts, view(sheet, grid));

    // Columns for the fields an objective needs that the sheet lacks go after its last header.
    const needed = new Set<Field>(['period']);
    for (const t of [...changes.add, ...changes.edit.map((e) => e.target)]) if (t.filterColumn) { needed.add('filterColumn'); needed.add('filterValue'); }
    const missing = FIELDS.filter((f) => columns[f] === undefined && needed.has(f));
    if (missing.length) {
      const at = headers.length + 1;
      writeHeaders(sheet.getRange(1, at, 1, missing.length), missing.map((f) => spec.columns[FIELDS.indexOf(f)].header));
      missing.forEach((f, i) => (columns[f] = at - 1 + i));
    }

    const format = (t: TargetInput) => targetFormat(t, sheetLanguage, settings.currency);
    for (const e of changes.edit) writeRows(sheet, e.row, [e.target], columns, format);
    for (const r of changes.remove.slice().sort((a, b) => b.row - a.row)) sheet.deleteRow(r.row);
    if (changes.add.length) {
      const first = sheet.getLastRow() + 1;
      const needRows = first + changes.add.length - 1 - sheet.getMaxRows();
      if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
      writeRows(sheet, first, changes.add, columns, format);
    }
    grid = sheet.getDataRange().getValues() as Grid;
    return { ok: true, targets: view(sheet, grid), createdSheet, added: changes.add.length, edited: changes.edit.length, removed: changes.remove.length };
  }, LOCK_WAIT_MS);
  if (result === undefined) throw new SidebarError(text.targetsBusy);
  return result;
}

interface Changes {
  sheet: string | null;
  add: TargetInput[];
  edit: { row: number; version: string; target: TargetInput }[];
  remove: { row: number; version: string }[];
}

/** The changes as sent (any JSON), checked; every objective's errors with its place in its list. */
function parseChanges(input: unknown, text: SidebarText): Changes | { errors: TargetChangeError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new SidebarError(text.badRequest('changes'));
  const o = input as Partial<Record<keyof TargetChanges, unknown>>;
  if (o.sheet !== null && typeof o.sheet !== 'string') throw new SidebarError(text.badRequest('sheet'));
  const list = (v: unknown, what: string): unknown[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new SidebarError(text.badRequest(what));
    return v;
  };
  const errors: TargetChangeError[] = [];
  const out: Changes = { sheet: o.sheet, add: [], edit: [], remove: [] };
  const rowRef = (v: unknown, change: 'edit' | 'remove', index: number): { row: number; version: string } | null => {
    const r = v as { row?: unknown; version?: unknown } | null;
    if (!r || typeof r !== 'object' || typeof r.version !== 'string' || typeof r.row !== 'number' || !Number.isInteger(r.row)) throw new SidebarError(text.badRequest(`${change} ${index}`));
    if (r.row < 2) {
      errors.push({ change, index, field: 'row', message: text.noRows });
      return null;
    }
    return { row: r.row, version: r.version };
  };
  const target = (v: unknown, change: 'add' | 'edit', index: number): TargetInput | null => {
    const checked = validateTargetInput(v);
    if (checked.ok) return checked.target;
    for (const e of checked.errors) errors.push({ change, index, ...e });
    return null;
  };
  list(o.add, 'add').forEach((v, i) => {
    const t = target(v, 'add', i);
    if (t) out.add.push(t);
  });
  list(o.edit, 'edit').forEach((v, i) => {
    const ref = rowRef(v, 'edit', i);
    const t = target((v as { target?: unknown }).target, 'edit', i);
    if (ref && t) out.edit.push({ ...ref, target: t });
  });
  list(o.remove, 'remove').forEach((v, i) => {
    const ref = rowRef(v, 'remove', i);
    if (ref) out.remove.push(ref);
  });
  const seen = new Set<number>();
  [...out.edit, ...out.remove].forEach((c) => {
    if (seen.has(c.row)) errors.push({ change: out.edit.includes(c as never) ? 'edit' : 'remove', index: 0, field: 'row', message: text.sameRowTwice(c.row) });
    seen.add(c.row);
  });
  if (out.sheet === null && (out.edit.length || out.remove.length)) throw new SidebarError(text.badRequest('no sheet to edit'));
  return errors.length ? { errors } : out;
}

/** Number formats of an objective's cells: text for the words (so `2026-03` stays a period, not a date), the KPI's unit for the target. */
function targetFormat(t: TargetInput, language: Language, currency: string): Record<Field, string> {
  const unit = byId(t.kpi).unit;
  const target = unit === 'ratio' ? '0.0%' : unit === 'currency' ? numberFormatFor('currency', language, currency) : unit === 'count' ? '#,##0' : '0';
  return { kpi: '@', period: '@', target, filterColumn: '@', filterValue: '@' };
}

/**
 * Writes objectives into consecutive rows from `first`, only in Pilote's columns: one run per
 * block of adjacent columns, formats first (a text format keeps `2026-03` from becoming a date).
 */
function writeRows(sheet: Sheet, first: number, targets: TargetInput[], columns: Partial<Record<string, number>>, format: (t: TargetInput) => Record<Field, string>): void {
  const placed = FIELDS.filter((f) => columns[f] !== undefined).sort((a, b) => columns[a]! - columns[b]!);
  const runs: Field[][] = [];
  for (const f of placed) {
    const last = runs[runs.length - 1];
    if (last && columns[last[last.length - 1]]! + 1 === columns[f]) last.push(f);
    else runs.push([f]);
  }
  const value = (t: TargetInput, f: Field): string | number => (f === 'target' ? t.target : f === 'filterColumn' ? t.filterColumn ?? '' : f === 'filterValue' ? t.filterValue ?? '' : t[f]);
  for (const run of runs) {
    const range = sheet.getRange(first, columns[run[0]]! + 1, targets.length, run.length);
    range.setNumberFormats(targets.map((t) => { const f = format(t); return run.map((k) => f[k]); }));
    range.setValues(targets.map((t) => run.map((k) => value(t, k))));
  }
}
