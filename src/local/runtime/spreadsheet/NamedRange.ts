import type { Env, Assert, OnlyApiMembers } from './internal';
import { wrap, check, unwrap } from './internal';
import { rangeOfRef, RangeImpl } from './Range';

type GNamed = GoogleAppsScript.Spreadsheet.NamedRange;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' rule for names: a letter or '_' first, then letters, digits, '_' or '.'; not a cell reference. */
function validName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.]{0,249}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(true|false)$/i.test(name) && !/^R\d*C\d*$/i.test(name);
}

export function setNamedRange(env: Env, name: string, range: GRange): void {
  const impl = unwrap(range, RangeImpl);
  if (!impl) throw env.ctx.error("The parameters (String,Object) don't match the method signature for SpreadsheetApp.Spreadsheet.setNamedRange.");
  if (!validName(name)) throw env.ctx.error('Named ranges must have a valid name: it starts with a letter or underscore and contains only letters, numbers and underscores, and it is not a cell reference.');
  const existing = env.model.namedRanges.find((n) => n.name === name);
  if (existing) existing.ref = impl._ref();
  else env.model.namedRanges.push({ name, ref: impl._ref() });
}

export function rangeByName(env: Env, name: string): GRange | null {
  const nr = env.model.namedRanges.find((n) => n.name === name);
  return nr ? rangeOfRef(env, nr.ref) : null;
}

/** Removing a name that does not exist is an error in Apps Script. */
export function removeNamedRange(env: Env, name: string): void {
  const i = env.model.namedRanges.findIndex((n) => n.name === name);
  if (i < 0) throw env.ctx.error(`Named range not found: ${name}`);
  env.model.namedRanges.splice(i, 1);
}

export function namedRangeOf(env: Env, name: string): GNamed {
  return wrap<GNamed>(env, 'NamedRange', new NamedRangeImpl(env, name));
}

export class NamedRangeImpl implements Partial<GNamed> {
  constructor(readonly _env: Env, public _name: string) {}
  private _self(): GNamed { return namedRangeOf(this._env, this._name); }
  private _data() {
    const d = this._env.model.namedRanges.find((n) => n.name === this._name);
    if (!d) throw this._env.ctx.error(`Named range not found: ${this._name}`);
    return d;
  }
  getName(): string { return this._data().name; }
  getRange(): GRange { return rangeOfRef(this._env, this._data().ref)!; }
  setName(name: string): GNamed {
    check(this._env, 'NamedRange.setName', [name], ['String']);
    const d = this._data();
    if (!validName(name)) throw this._env.ctx.error('Named ranges must have a valid name: it starts with a letter or underscore and contains only letters, numbers and underscores, and it is not a cell reference.');
    d.name = name;
    this._name = name;
    return this._self();
  }
  setRange(range: GRange): GNamed {
    check(this._env, 'NamedRange.setRange', [range], ['Object']);
    const impl = unwrap(range, RangeImpl);
    if (!impl) throw this._env.ctx.error('Invalid argument: range');
    this._data().ref = impl._ref();
    return this._self();
  }
  remove(): void { removeNamedRange(this._env, this._name); }
}

export type NamedRangeApiCheck = Assert<OnlyApiMembers<NamedRangeImpl, GNamed>>;
