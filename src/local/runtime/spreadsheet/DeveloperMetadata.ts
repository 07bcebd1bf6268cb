import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { DeveloperMetadataData, GridRef } from './model';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { rangeOf } from './Range';
import { sheetOf, SheetImpl } from './Sheet';
import { spreadsheetOf } from './Spreadsheet';
import { RangeImpl } from './Range';

type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Where a getDeveloperMetadata/finder looks. */
export type MetadataScope =
  | { kind: 'all' }
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheetId: number }
  | { kind: 'range'; ref: GridRef; intersecting: boolean };

/** addDeveloperMetadata(key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(env: Env, location: DeveloperMetadataData['location'], key: string, valueOrVisibility: unknown, visibility: unknown): void {
  const value = typeof valueOrVisibility === 'string' ? valueOrVisibility : null;
  const vis = typeof valueOrVisibility === 'object' && valueOrVisibility !== null ? valueOrVisibility : visibility;
  env.model.developerMetadata.push({ id: env.model.newId('metadata'), key, value, visibility: vis === undefined || vis === null ? 'DOCUMENT' : (String(vis) as 'DOCUMENT' | 'PROJECT'), location });
}

function inScope(env: Env, md: DeveloperMetadataData, scope: MetadataScope, exact: boolean): boolean {
  const loc = md.location;
  switch (scope.kind) {
    case 'all': return true;
    case 'spreadsheet': return loc.type === 'SPREADSHEET';
    case 'sheet': return exact ? loc.type === 'SHEET' && loc.sheetId === scope.sheetId : loc.type !== 'SPREADSHEET' && loc.sheetId === scope.sheetId;
    case 'range': {
      if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
      if (loc.sheetId !== scope.ref.sheetId) return false;
      const sheet = env.model.sheetById(loc.sheetId);
      if (!sheet) return false;
      const r = scope.ref;
      const [s, n] = loc.type === 'ROW' ? [r.row, r.numRows] : [r.column, r.numColumns];
      if (!scope.intersecting) {
        const whole = loc.type === 'ROW' ? r.column === 1 && r.numColumns === sheet.maxColumns : r.row === 1 && r.numRows === sheet.maxRows;
        return whole && s === loc.start && n === loc.count;
      }
      return s <= loc.start + loc.count - 1 && loc.start <= s + n - 1;
    }
  }
}

/** Metadata exactly at a location (getDeveloperMetadata of a Spreadsheet, Sheet or Range). */
export function metadataAt(env: Env, scope: MetadataScope): GMeta[] {
  return env.model.developerMetadata.filter((md) => inScope(env, md, scope, true)).map((md) => metadataOf(env, md));
}

export function metadataOf(env: Env, data: DeveloperMetadataData): GMeta {
  return wrap<GMeta>(env, 'DeveloperMetadata', new DeveloperMetadataImpl(env, data));
}

export function finderFor(env: Env, scope: MetadataScope): GFinder {
  return wrap<GFinder>(env, 'DeveloperMetadataFinder', new DeveloperMetadataFinderImpl(env, scope));
}

export class DeveloperMetadataImpl implements Partial<GMeta> {
  constructor(readonly _env: Env, readonly _data: DeveloperMetadataData) {}
  private _self(): GMeta { return metadataOf(this._env, this._data); }
  private _alive(): void {
    if (!this._env.model.developerMetadata.includes(this._data)) throw this._env.ctx.error('The developer metadata has been removed.');
  }
  getId(): number { return this._data.id; }
  getKey(): string { return this._data.key; }
  getValue(): string | null { return this._data.value; }
  getVisibility(): Visibility { return DeveloperMetadataVisibility[this._data.visibility]; }
  setKey(key: string): GMeta { check(this._env, 'DeveloperMetadata.setKey', [key], ['String']); this._alive(); this._data.key = key; return this._self(); }
  setValue(value: string): GMeta { check(this._env, 'DeveloperMetadata.setValue', [value], ['String']); this._alive(); this._data.value = value; return this._self(); }
  setVisibility(visibility: Visibility): GMeta { check(this._env, 'DeveloperMetadata.setVisibility', [visibility], ['Object']); this._alive(); this._data.visibility = String(visibility) as 'DOCUMENT' | 'PROJECT'; return this._self(); }
  remove(): void {
    this._alive();
    this._env.model.developerMetadata = this._env.model.developerMetadata.filter((m) => m !== this._data);
  }
  getLocation(): GLocation { return wrap<GLocation>(this._env, 'DeveloperMetadataLocation', new DeveloperMetadataLocationImpl(this._env, this._data)); }
  moveToSpreadsheet(): GMeta { this._alive(); this._data.location = { type: 'SPREADSHEET' }; return this._self(); }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GMeta {
    const impl = unwrap(sheet, SheetImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: sheet');
    this._data.location = { type: 'SHEET', sheetId: impl._sheet.id };
    return this._self();
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = unwrap(row, RangeImpl);
    if (!r) throw this._env.ctx.error('Invalid argument: row');
    this._data.location = { type: 'ROW', sheetId: r._sheet.id, start: r._row, count: r._nr };
    return this._self();
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = unwrap(column, RangeImpl);
    if (!r) throw this._env.ctx.error('Invalid argument: column');
    this._data.location = { type: 'COLUMN', sheetId: r._sheet.id, start: r._col, count: r._nc };
    return this._self();
  }
}

export class DeveloperMetadataLocationImpl implements Partial<GLocation> {
  constructor(readonly _env: Env, readonly _data: DeveloperMetadataData) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType { return DeveloperMetadataLocationType[this._data.location.type]; }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null { return this._data.location.type === 'SPREADSHEET' ? spreadsheetOf(this._env) : null; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const loc = this._data.location;
    if (loc.type === 'SPREADSHEET') return null;
    const s = this._env.model.sheetById(loc.sheetId);
    return s ? sheetOf(this._env, s) : null;
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const loc = this._data.location;
    if (loc.type !== 'ROW') return null;
    const s = this._env.model.sheetById(loc.sheetId);
    return s ? rangeOf(this._env, s, loc.start, 1, loc.count, s.maxColumns) : null;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const loc = this._data.location;
    if (loc.type !== 'COLUMN') return null;
    const s = this._env.model.sheetById(loc.sheetId);
    return s ? rangeOf(this._env, s, 1, loc.start, s.maxRows, loc.count) : null;
  }
}

export class DeveloperMetadataFinderImpl implements Partial<GFinder> {
  private readonly _filters: ((md: DeveloperMetadataData) => boolean)[] = [];
  constructor(readonly _env: Env, private _scope: MetadataScope) {}
  private _self(): GFinder { return wrap<GFinder>(this._env, 'DeveloperMetadataFinder', this); }
  private _add(method: string, arg: unknown, type: string, f: (md: DeveloperMetadataData) => boolean): GFinder {
    check(this._env, `DeveloperMetadataFinder.${method}`, [arg], [type]);
    this._filters.push(f);
    return this._self();
  }
  withKey(key: string): GFinder { return this._add('withKey', key, 'String', (md) => md.key === key); }
  withValue(value: string): GFinder { return this._add('withValue', value, 'String', (md) => md.value === value); }
  withId(id: number): GFinder { return this._add('withId', id, 'Integer', (md) => md.id === id); }
  withVisibility(visibility: Visibility): GFinder { return this._add('withVisibility', visibility, 'Object', (md) => md.visibility === String(visibility)); }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GFinder {
    return this._add('withLocationType', locationType, 'Object', (md) => md.location.type === String(locationType));
  }
  onIntersectingLocations(): GFinder {
    if (this._scope.kind === 'range') this._scope = { ...this._scope, intersecting: true };
    return this._self();
  }
  find(): GMeta[] {
    return this._env.model.developerMetadata
      .filter((md) => inScope(this._env, md, this._scope, false) && this._filters.every((f) => f(md)))
      .map((md) => metadataOf(this._env, md));
  }
}

export type DeveloperMetadataApiCheck = Assert<OnlyApiMembers<DeveloperMetadataImpl, GMeta>>;
export type DeveloperMetadataFinderApiCheck = Assert<OnlyApiMembers<DeveloperMetadataFinderImpl, GFinder>>;
