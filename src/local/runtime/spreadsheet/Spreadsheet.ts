import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import { defaultSheetName, type SheetModel } from './model';
import { splitSheet } from './a1';
import { sheetOf, SheetImpl } from './Sheet';
import { RangeImpl } from './Range';
import { addMetadata, finderFor, metadataAt } from './DeveloperMetadata';
import { protectionsOf } from './Protection';
import { namedRangeOf, setNamedRange, removeNamedRange, rangeByName } from './NamedRange';
import { assertTimeZone } from '../infra/timeZone';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const cache = new WeakMap<Env, GSpreadsheet>();

/** The Spreadsheet handed to the add-on (one object per runtime). */
export function spreadsheetOf(env: Env): GSpreadsheet {
  let s = cache.get(env);
  if (!s) cache.set(env, (s = wrap<GSpreadsheet>(env, 'Spreadsheet', new SpreadsheetImpl(env))));
  return s;
}

/** Sheet names are unique regardless of case in Sheets. */
export function sheetNameTaken(env: Env, name: string, except?: SheetModel): boolean {
  const n = name.toLowerCase();
  return env.model.sheets.some((s) => s !== except && s.name.toLowerCase() === n);
}

export class SpreadsheetImpl implements Partial<GSpreadsheet> {
  constructor(readonly _env: Env) {}

  private _self(): GSpreadsheet { return spreadsheetOf(this._env); }
  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void {
    check(this._env, `Spreadsheet.${method}`, args, ...sigs);
  }
  /** The active sheet's implementation, for the delegating methods (not counted as Sheet calls). */
  private _active(): SheetImpl { return new SheetImpl(this._env, this._env.model.activeSheet()); }
  private _sheetImpl(sheet: unknown): SheetImpl {
    const impl = unwrap(sheet, SheetImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: sheet');
    return impl;
  }

  // ---------- identity ----------
  getName(): string { return this._env.model.name; }
  rename(newName: string): void { this._check('rename', [newName], ['String']); this._env.model.name = newName; }
  getId(): string { return this._env.model.id; }
  getUrl(): string { return this._env.model.url; }
  getSpreadsheetTimeZone(): string { return this._env.model.timeZone; }
  /** Keeps every cell's wall clock (serial): the instants getValues returns shift with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    this._check('setSpreadsheetTimeZone', [timezone], ['String']);
    try { assertTimeZone(timezone); } catch { throw this._env.ctx.error(`Invalid argument: ${timezone}`); }
    this._env.model.timeZone = timezone;
  }
  getSpreadsheetLocale(): string { return this._env.model.locale; }
  setSpreadsheetLocale(locale: string): void {
    this._check('setSpreadsheetLocale', [locale], ['String']);
    this._env.model.locale = locale;
  }

  // ---------- sheets ----------
  getSheets(): GSheet[] { return this._env.model.sheets.map((s) => sheetOf(this._env, s)); }
  getNumSheets(): number { return this._env.model.sheets.length; }
  getSheetByName(name: string): GSheet | null {
    this._check('getSheetByName', [name], ['String']);
    const n = name.toLowerCase();
    const s = this._env.model.sheets.find((x) => x.name.toLowerCase() === n);
    return s ? sheetOf(this._env, s) : null;
  }
  getSheetById(id: number): GSheet | null {
    this._check('getSheetById', [id], ['Number']);
    const s = this._env.model.sheetById(id);
    return s ? sheetOf(this._env, s) : null;
  }
  getActiveSheet(): GSheet { return sheetOf(this._env, this._env.model.activeSheet()); }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    this._check('setActiveSheet', [sheet, _restoreSelection], ['Object', 'Boolean?']);
    this._sheetImpl(sheet).activate();
    return sheet;
  }
  /**
   * insertSheet(), (index), (name), (name, index), with or without {template}: the new sheet
   * (1000×26, or a copy of the template's cells) goes at the 0-based index or last, and becomes
   * the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): GSheet {
    this._check('insertSheet', [a, b, c], [], ['Integer'], ['Integer', 'Object'], ['Object'], ['String'], ['String', 'Integer'], ['String', 'Integer', 'Object'], ['String', 'Object']);
    const args = [a, b, c].filter((x) => x !== undefined);
    const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : undefined;
    const options = (args[0] ?? {}) as { template?: GSheet };
    const model = this._env.model;
    let finalName = name;
    if (finalName === undefined) {
      let n = model.sheets.length + 1;
      while (sheetNameTaken(this._env, defaultSheetName(model.locale, n))) n++;
      finalName = defaultSheetName(model.locale, n);
    } else if (sheetNameTaken(this._env, finalName)) {
      throw this._env.ctx.error(`A sheet with the name "${finalName}" already exists. Please enter another name.`);
    }
    if (index !== undefined && (index < 0 || index > model.sheets.length)) throw this._env.ctx.error(`The sheet index ${index} is out of range.`);
    const sheet = model.addSheet(finalName, index);
    if (options.template) {
      const t = this._sheetImpl(options.template)._sheet;
      sheet.maxRows = t.maxRows; sheet.maxColumns = t.maxColumns; sheet.frozenRows = t.frozenRows; sheet.frozenColumns = t.frozenColumns;
      sheet.values.rows = t.values.clone().rows; sheet.formulas.rows = t.formulas.clone().rows;
      for (const k of Object.keys(t.formats) as (keyof typeof t.formats)[]) sheet.formats[k].rows = t.formats[k].clone().rows as never;
      for (const [k, v] of t.columnWidths) sheet.columnWidths.set(k, v);
    }
    model.activeSheetId = sheet.id;
    model.activeRange = null;
    return sheetOf(this._env, sheet);
  }
  deleteSheet(sheet: GSheet): void {
    this._check('deleteSheet', [sheet], ['Object']);
    const impl = this._sheetImpl(sheet);
    const model = this._env.model;
    if (!model.sheets.includes(impl._sheet)) throw this._env.ctx.error('Sheet not found');
    if (model.sheets.length === 1) throw this._env.ctx.error("You can't remove all the sheets in a document.");
    const i = model.sheets.indexOf(impl._sheet);
    model.sheets.splice(i, 1);
    model.namedRanges = model.namedRanges.filter((n) => n.ref.sheetId !== impl._sheet.id);
    model.protections = model.protections.filter((p) => p.sheetId !== impl._sheet.id);
    model.developerMetadata = model.developerMetadata.filter((m) => !('sheetId' in m.location) || m.location.sheetId !== impl._sheet.id);
    if (model.activeSheetId === impl._sheet.id) { model.activeSheetId = model.sheets[Math.max(0, i - 1)].id; model.activeRange = null; }
  }
  deleteActiveSheet(): GSheet {
    this.deleteSheet(this.getActiveSheet());
    return this.getActiveSheet();
  }
  /** Moves the active sheet to 1-based position `pos`. */
  moveActiveSheet(pos: number): void {
    this._check('moveActiveSheet', [pos], ['Integer']);
    const model = this._env.model;
    if (pos < 1 || pos > model.sheets.length) throw this._env.ctx.error(`The sheet index ${pos} is out of range.`);
    const s = model.activeSheet();
    model.sheets.splice(model.sheets.indexOf(s), 1);
    model.sheets.splice(pos - 1, 0, s);
  }
  renameActiveSheet(newName: string): void { this._active().setName(newName); }

  // ---------- ranges ----------
  /** getRange('Sheet!A1:B2') or, without a sheet, on the active sheet. */
  getRange(a1Notation: string): GRange {
    this._check('getRange', [a1Notation], ['String']);
    const { sheetName, ref } = splitSheet(a1Notation);
    let sheet = this._env.model.activeSheet();
    if (sheetName !== undefined) {
      const s = this._env.model.sheets.find((x) => x.name.toLowerCase() === sheetName.toLowerCase());
      if (!s) throw this._env.ctx.error('Range not found');
      sheet = s;
    }
    return new SheetImpl(this._env, sheet)._rangeA1(ref);
  }
  getActiveRange(): GRange | null { return this._active().getActiveRange(); }
  getActiveCell(): GRange { return this._active().getActiveCell(); }
  setActiveRange(range: GRange): GRange {
    this._check('setActiveRange', [range], ['Object']);
    const impl = unwrap(range, RangeImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: range');
    return new SheetImpl(this._env, impl._sheet).setActiveRange(range);
  }
  setActiveSelection(range: GRange | string): GRange {
    return typeof range === 'string' ? this.setActiveRange(this.getRange(range)) : this.setActiveRange(range);
  }
  getDataRange(): GRange { return this._active().getDataRange(); }
  getLastRow(): number { return this._active().getLastRow(); }
  getLastColumn(): number { return this._active().getLastColumn(); }
  getFrozenRows(): number { return this._active().getFrozenRows(); }
  getFrozenColumns(): number { return this._active().getFrozenColumns(); }
  setFrozenRows(rows: number): void { this._active().setFrozenRows(rows); }
  setFrozenColumns(columns: number): void { this._active().setFrozenColumns(columns); }
  appendRow(rowContents: unknown[]): GSheet { this._active().appendRow(rowContents); return this.getActiveSheet(); }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this._active().getSheetValues(startRow, startColumn, numRows, numColumns);
  }

  // ---------- named ranges ----------
  setNamedRange(name: string, range: GRange): void {
    this._check('setNamedRange', [name, range], ['String', 'Object']);
    setNamedRange(this._env, name, range);
  }
  getRangeByName(name: string): GRange | null {
    this._check('getRangeByName', [name], ['String']);
    return rangeByName(this._env, name);
  }
  removeNamedRange(name: string): void {
    this._check('removeNamedRange', [name], ['String']);
    removeNamedRange(this._env, name);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._env.model.namedRanges.map((n) => namedRangeOf(this._env, n.name));
  }

  // ---------- metadata, protections ----------
  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GSpreadsheet {
    this._check('addDeveloperMetadata', [key, valueOrVisibility, visibility], ['String', 'String?', 'Object?'], ['String', 'Object']);
    addMetadata(this._env, { type: 'SPREADSHEET' }, key, valueOrVisibility, visibility);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataAt(this._env, { kind: 'spreadsheet' });
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return finderFor(this._env, { kind: 'all' });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this._check('getProtections', [type], ['Object']);
    return protectionsOf(this._env, String(type) as 'RANGE' | 'SHEET', null);
  }

  // ---------- ui ----------
  /**
   * Recorded in ctx.events as { type: 'toast', msg, title, timeout, shown } (Google's defaults:
   * title '', 5 s). With no one looking (a time-driven trigger) nothing is shown and nothing is
   * thrown, unlike getUi(): `shown` is false there (community-reported behaviour, doubtful).
   */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._check('toast', [msg, title, timeoutSeconds], ['Any', 'Any?', 'Any?']);
    this._env.ctx.events.push({ type: 'toast', msg: String(msg), title: title === undefined ? '' : String(title), timeout: timeoutSeconds === undefined ? 5 : timeoutSeconds, shown: this._env.ctx.execution.hasUi });
  }
}

export type SpreadsheetApiCheck = Assert<OnlyApiMembers<SpreadsheetImpl, GSpreadsheet>>;
