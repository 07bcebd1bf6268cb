import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import type { ProtectionData, SheetModel, GridRef } from './model';
import { ProtectionType } from './enums';
import { rangeOf, rangeOfRef, RangeImpl } from './Range';
import { NamedRangeImpl } from './NamedRange';
import { expose } from '../infra/expose';

type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GRange = GoogleAppsScript.Spreadsheet.Range;

interface ProtectionExtra { editors: string[]; domainEdit: boolean }
const extras = new WeakMap<ProtectionData, ProtectionExtra>();

/**
 * Range.protect() makes a new range protection; Sheet.protect() returns the sheet's protection,
 * creating it if the sheet has none. Editors start as the owner (ctx.options.userEmail).
 */
export function newProtection(env: Env, type: 'RANGE' | 'SHEET', sheet: SheetModel, range: GridRef | null): GProtection {
  if (type === 'SHEET') {
    const existing = env.model.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheet.id);
    if (existing) return protectionOf(env, existing);
  }
  const data: ProtectionData = { id: env.model.newId('protection'), type, sheetId: sheet.id, range, description: '', warningOnly: false, rangeName: null, unprotected: [] };
  env.model.protections.push(data);
  return protectionOf(env, data);
}

export function protectionsOf(env: Env, type: 'RANGE' | 'SHEET', sheetId: number | null): GProtection[] {
  return env.model.protections.filter((p) => p.type === type && (sheetId === null || p.sheetId === sheetId)).map((p) => protectionOf(env, p));
}

export function protectionOf(env: Env, data: ProtectionData): GProtection {
  return wrap<GProtection>(env, 'Protection', new ProtectionImpl(env, data));
}

export class ProtectionImpl implements Partial<GProtection> {
  constructor(readonly _env: Env, readonly _data: ProtectionData) {}
  private _self(): GProtection { return protectionOf(this._env, this._data); }
  private _extra(): ProtectionExtra {
    let e = extras.get(this._data);
    if (!e) extras.set(this._data, (e = { editors: [this._env.ctx.options.userEmail], domainEdit: true }));
    return e;
  }
  private _check(method: string, args: readonly unknown[], ...sigs: (readonly string[])[]): void { check(this._env, `Protection.${method}`, args, ...sigs); }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType { return ProtectionType[this._data.type]; }
  getDescription(): string { return this._data.description; }
  setDescription(description: string): GProtection { this._check('setDescription', [description], ['String']); this._data.description = description; return this._self(); }
  isWarningOnly(): boolean { return this._data.warningOnly; }
  setWarningOnly(warningOnly: boolean): GProtection { this._check('setWarningOnly', [warningOnly], ['Boolean']); this._data.warningOnly = warningOnly; return this._self(); }
  getRange(): GRange {
    const sheet = this._env.model.sheetById(this._data.sheetId);
    if (!sheet) throw this._env.ctx.error('The protected range or sheet no longer exists.');
    if (!this._data.range) return rangeOf(this._env, sheet, 1, 1, sheet.maxRows, sheet.maxColumns);
    return rangeOfRef(this._env, this._data.range)!;
  }
  setRange(range: GRange): GProtection {
    this._check('setRange', [range], ['Object']);
    if (this._data.type === 'SHEET') throw this._env.ctx.error('A sheet protection cannot change its range.');
    const r = unwrap(range, RangeImpl);
    if (!r) throw this._env.ctx.error('Invalid argument: range');
    this._data.range = r._ref();
    this._data.sheetId = r._sheet.id;
    return this._self();
  }
  getRangeName(): string | null { return this._data.rangeName; }
  setRangeName(rangeName: string): GProtection {
    this._check('setRangeName', [rangeName], ['String']);
    const nr = this._env.model.namedRanges.find((n) => n.name === rangeName);
    if (!nr) throw this._env.ctx.error(`Range not found`);
    this._data.rangeName = rangeName;
    this._data.range = { ...nr.ref };
    return this._self();
  }
  setNamedRange(namedRange: GoogleAppsScript.Spreadsheet.NamedRange): GProtection {
    const impl = unwrap(namedRange, NamedRangeImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: namedRange');
    return this.setRangeName(impl._name);
  }
  getUnprotectedRanges(): GRange[] { return this._data.unprotected.flatMap((u) => { const r = rangeOfRef(this._env, u); return r ? [r] : []; }); }
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    this._check('setUnprotectedRanges', [ranges], ['Object[]']);
    if (this._data.type !== 'SHEET') throw this._env.ctx.error('Unprotected ranges can only be set on a sheet protection.');
    this._data.unprotected = ranges.map((r) => { const impl = unwrap(r, RangeImpl); if (!impl) throw this._env.ctx.error('Invalid argument: ranges'); return impl._ref(); });
    return this._self();
  }
  remove(): void { this._env.model.protections = this._env.model.protections.filter((p) => p !== this._data); }
  canEdit(): boolean { return true; }
  canDomainEdit(): boolean { return this._extra().domainEdit; }
  setDomainEdit(editable: boolean): GProtection { this._check('setDomainEdit', [editable], ['Boolean']); this._extra().domainEdit = editable; return this._self(); }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._extra().editors.map((email) => wrapUser(this._env, email));
  }
  addEditor(emailOrUser: string | GoogleAppsScript.Base.User): GProtection { return this.addEditors([emailOf(emailOrUser)]); }
  addEditors(emailAddresses: string[]): GProtection {
    this._check('addEditors', [emailAddresses], ['String[]']);
    const e = this._extra();
    for (const m of emailAddresses) if (!e.editors.includes(m)) e.editors.push(m);
    return this._self();
  }
  removeEditor(emailOrUser: string | GoogleAppsScript.Base.User): GProtection { return this.removeEditors([emailOf(emailOrUser)]); }
  /** The owner (the runtime's user) always stays an editor, as in Sheets. */
  removeEditors(emailsOrUsers: string[] | GoogleAppsScript.Base.User[]): GProtection {
    this._check('removeEditors', [emailsOrUsers], ['Object[]']);
    const drop = new Set((emailsOrUsers as unknown[]).map(emailOf));
    drop.delete(this._env.ctx.options.userEmail);
    const e = this._extra();
    e.editors = e.editors.filter((m) => !drop.has(m));
    return this._self();
  }
}

function emailOf(u: unknown): string {
  return typeof u === 'string' ? u : (u as GoogleAppsScript.Base.User).getEmail();
}

function wrapUser(env: Env, email: string): GoogleAppsScript.Base.User {
  // Base.User is not a SpreadsheetApp class: counted as 'Base.User.*'.
  return wrapBase(env, { getEmail: () => email, getUserLoginId: () => email });
}

function wrapBase(env: Env, impl: { getEmail(): string; getUserLoginId(): string }): GoogleAppsScript.Base.User {
  return expose(env.ctx.calls, 'Base.User', impl);
}

export type ProtectionApiCheck = Assert<OnlyApiMembers<ProtectionImpl, GProtection>>;
