import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { AuthModeName, ExecutionInfo } from './context';
import { isDate } from './infra/checkArgs';
import { LocalRuntime, REPO_ROOT } from './LocalRuntime';
import { makeBlob } from './services/blob';
import { AuthMode } from './services/enums';
import { setRealm } from './services/realm';
import { clockEvent } from './services/script';

/**
 * Loads the built bundle (build/Code.js) into a fresh node:vm context holding exactly the
 * Apps Script globals, and calls its top-level functions the way Sheets does.
 *
 * Every call is one execution (fresh execution id, auth mode set and restored).
 * - customFunction: AuthMode.CUSTOM_FUNCTION; arguments as Sheets passes them; the result
 *   checked and converted like Sheets; an error is RETURNED as `{ error: '#ERROR!', message }`
 *   (what the cell shows and its tooltip), never thrown — see CellError.
 * - onOpen / onInstall / runTrigger / runMenuItem / call: errors the add-on throws propagate
 *   unchanged (objects of the add-on's realm: assert on `.message`).
 * - scriptRun: google.script.run semantics; a server error is thrown as ScriptRunFailure.
 */

/** A value Sheets can hold in a cell, on the host side. */
export type CellValue = number | string | boolean | Date;
export type CustomFunctionValue = CellValue | CellValue[][];

/** What a cell shows when a custom function fails: '#ERROR!' with the message as tooltip. */
export interface CellError {
  error: '#ERROR!' | '#NAME?' | '#NUM!';
  message: string;
}

export function isCellError(v: unknown): v is CellError {
  return !!v && typeof v === 'object' && !Array.isArray(v) && !isDate(v) && typeof (v as CellError).error === 'string' && (v as CellError).error.startsWith('#');
}

/** Thrown by scriptRun when the server function fails: what withFailureHandler would receive. */
export class ScriptRunFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScriptRunFailure';
  }
}

/**
 * Thrown by scriptRun when the call never leaves the sidebar: the client itself throws, so
 * **no failure handler runs** (the page sees an uncaught error). `kind`:
 * - 'not-a-function': a private (`name_`) or unknown server function. google.script.run only
 *   has the project's public top-level functions, so `google.script.run.foo_` is undefined and
 *   calling it is V8's "TypeError: google.script.run.foo_ is not a function";
 * - 'illegal-value': an argument Google refuses ("Failed due to illegal value in property: 0");
 * - 'form-not-alone': a form that is not the call's only parameter.
 */
export class ScriptRunClientError extends Error {
  constructor(message: string, readonly kind: 'not-a-function' | 'illegal-value' | 'form-not-alone', readonly clientErrorName: 'TypeError' | 'Error') {
    super(message);
    this.name = 'ScriptRunClientError';
  }
}

/** A file chosen in a form's `<input type="file">`. */
export interface FormFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export type FormFieldValue = string | number | boolean | FormFile | readonly (string | number | boolean)[];

/**
 * A `<form>` passed to google.script.run (the marker scriptRun recognises): "the form becomes a
 * single object with field names as keys and field values as values. The values are all
 * converted to strings, except for the contents of file-input fields, which become Blob objects"
 * (developers.google.com/apps-script/guides/html/communication#forms). A field several inputs
 * share (checkbox group, multi-select) is given as an array: it arrives as an array of strings.
 */
export class FormSubmission {
  constructor(readonly fields: Readonly<Record<string, FormFieldValue>>) {}
}

export function formSubmission(fields: Record<string, FormFieldValue>): FormSubmission {
  return new FormSubmission(fields);
}

export function isFormFile(v: unknown): v is FormFile {
  return !!v && typeof v === 'object' && !Array.isArray(v) && (v as FormFile).bytes instanceof Uint8Array;
}

export interface OpenEventInit {
  /** Auth mode of the open: NONE (add-on installed but not used in this document), LIMITED (default), FULL. */
  authMode?: Exclude<AuthModeName, 'CUSTOM_FUNCTION'>;
}

export interface LoadedAddon {
  readonly runtime: LocalRuntime;
  readonly context: vm.Context;
  /** Names of the bundle's top-level functions (entry points). */
  functionNames(): string[];
  /**
   * What google.script.run offers a sidebar or dialog: the public top-level functions (a name
   * ending in `_` is private and absent). A browser bridge builds its runner from this list.
   */
  serverFunctionNames(): string[];
  customFunction(name: string, ...args: unknown[]): CustomFunctionValue | CellError;
  onOpen(init?: OpenEventInit): void;
  onInstall(): void;
  /**
   * Fires an installed trigger. It runs as the user who created it (getEffectiveUser). For a
   * spreadsheet trigger `options.activeUser` is who caused the event (default: the runtime's
   * user): anyone else has not authorised the trigger, so Session.getActiveUser() is blank.
   */
  runTrigger(triggerUidOrHandler: string, event?: Record<string, unknown>, options?: { activeUser?: string }): unknown;
  runMenuItem(captionOrFunctionName: string): unknown;
  /** A google.script.run call; pass a form as `formSubmission({...})`. See ScriptRunFailure, ScriptRunClientError. */
  scriptRun(name: string, ...args: unknown[]): unknown;
  call(name: string, authMode?: AuthModeName, ...args: unknown[]): unknown;
}

const NOT_FOUND = (name: string) => `Script function not found: ${name}`;

interface Intrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export function loadAddon(runtime: LocalRuntime, codePath = 'build/Code.js'): LoadedAddon {
  const file = path.isAbsolute(codePath) ? codePath : path.join(REPO_ROOT, codePath);
  const code = fs.readFileSync(file, 'utf8');
  const globals = runtime.globals();
  const context = vm.createContext({ ...globals }, { name: 'Pilote add-on', codeGeneration: { strings: true, wasm: false } });
  const intrinsics = vm.runInContext('({ Array: Array, Object: Object, Date: Date, Error: Error })', context) as Intrinsics;
  runtime.ctx.ErrorCtor = intrinsics.Error;
  runtime.ctx.DateCtor = intrinsics.Date;
  setRealm(runtime.ctx, { Array: intrinsics.Array, Object: intrinsics.Object, Date: intrinsics.Date, evaluate: (src) => vm.runInContext(src, context) });
  followRuntimeClock(context, () => runtime.clock.now());
  // Apps Script loads the project once per execution; here once: top-level state persists
  // across calls, as it does within one execution only. Tests should not rely on it.
  vm.runInContext(code, context, { filename: file });
  return new Addon(runtime, context, new Set(Object.keys(globals)), intrinsics);
}

/**
 * `new Date()` and `Date.now()` in the add-on read the runtime's clock, so a test that sets
 * "today" sees the add-on use it. Dates made with arguments are untouched; the prototype is the
 * context's own, so values stay real Dates there (`instanceof Date`, `[object Date]`).
 */
function followRuntimeClock(context: vm.Context, now: () => number): void {
  vm.runInContext(
    `(function (RealDate, now) {
      function Date() {
        if (!new.target) return new RealDate(now()).toString(); // Date() called as a function gives a string
        return Reflect.construct(RealDate, arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments));
      }
      Date.prototype = RealDate.prototype;
      Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
      Date.now = function () { return now(); };
      Date.UTC = RealDate.UTC;
      Date.parse = RealDate.parse;
      globalThis.Date = Date;
    })`,
    context,
  )(vm.runInContext('Date', context), now);
}

class Addon implements LoadedAddon {
  constructor(readonly runtime: LocalRuntime, readonly context: vm.Context, private readonly globalNames: Set<string>, private readonly realm: Intrinsics) {}

  functionNames(): string[] {
    return Object.keys(this.context).filter((k) => !this.globalNames.has(k) && typeof this.context[k] === 'function').sort();
  }

  serverFunctionNames(): string[] {
    return this.functionNames().filter((n) => !n.endsWith('_'));
  }

  /** A top-level function callable as an entry point (private `name_` ones are not). */
  private fn(name: string): ((...a: unknown[]) => unknown) | undefined {
    if (name.endsWith('_') || this.globalNames.has(name) || !Object.prototype.hasOwnProperty.call(this.context, name)) return undefined;
    const f = this.context[name];
    return typeof f === 'function' ? f : undefined;
  }

  private required(name: string): (...a: unknown[]) => unknown {
    const f = this.fn(name);
    if (!f) throw this.runtime.ctx.error(NOT_FOUND(name));
    return f;
  }

  // ---- custom functions ------------------------------------------------------------------

  customFunction(name: string, ...args: unknown[]): CustomFunctionValue | CellError {
    const f = this.fn(name);
    if (!f) return { error: '#NAME?', message: `Unknown function: '${name}'.` };
    const inArgs = args.map((a, i) => this.cellArg(a, `argument ${i + 1}`));
    let result: unknown;
    try {
      result = this.runtime.execute('CUSTOM_FUNCTION', () => f(...inArgs));
    } catch (e) {
      return { error: '#ERROR!', message: errorMessage(e) };
    }
    return this.cellResult(result);
  }

  /** Host → realm, as Sheets passes arguments: a range a 2D array, an empty cell ''. */
  private cellArg(v: unknown, where: string): unknown {
    if (Array.isArray(v)) {
      if (!v.every(Array.isArray)) throw new TypeError(`customFunction ${where}: a range is a 2D array (rows of cells)`);
      const rows = new this.realm.Array<unknown>();
      for (const row of v as unknown[][]) {
        const r = new this.realm.Array<unknown>();
        for (const c of row) r.push(this.cellScalar(c, where));
        rows.push(r);
      }
      return rows;
    }
    return this.cellScalar(v, where);
  }

  private cellScalar(v: unknown, where: string): unknown {
    if (v === null || v === undefined || v === '') return '';
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (isDate(v)) return new this.realm.Date(v.getTime());
    throw new TypeError(`customFunction ${where}: ${Object.prototype.toString.call(v)} is not a cell value`);
  }

  /** Realm → host, as Sheets shows a result: scalars, Dates, 1D arrays as a column, 2D arrays padded. */
  private cellResult(v: unknown): CustomFunctionValue | CellError {
    try {
      if (Array.isArray(v)) {
        if (v.length === 0) return { error: '#ERROR!', message: 'The result is an empty array.' };
        const rows = v.map((row) => (Array.isArray(row) ? row.map((c) => this.resultScalar(c)) : [this.resultScalar(row)]));
        // A loop, not Math.max(...rows): spreading 500k rows into arguments overflows the stack.
        let width = 0;
        for (const r of rows) if (r.length > width) width = r.length;
        for (const r of rows) while (r.length < width) r.push('');
        return rows;
      }
      return this.resultScalar(v);
    } catch (e) {
      if (e instanceof ResultError) return e.cell;
      throw e;
    }
  }

  private resultScalar(v: unknown): CellValue {
    if (v === undefined || v === null) return '';
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new ResultError({ error: '#NUM!', message: 'The result is not a finite number.' });
      return v;
    }
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (isDate(v)) return new Date(v.getTime());
    if (Array.isArray(v)) throw new ResultError({ error: '#ERROR!', message: 'The result has arrays nested deeper than rows of cells.' });
    // Sheets shows an object by its string form.
    return String(v);
  }

  // ---- simple triggers -------------------------------------------------------------------

  onOpen(init: OpenEventInit = {}): void {
    const mode = init.authMode ?? 'LIMITED';
    const f = this.fn('onOpen');
    if (!f) return; // Sheets calls onOpen only if it exists.
    this.runtime.execute(mode, () => f(this.openEvent(mode)), { kind: 'simpleTrigger' });
  }

  onInstall(): void {
    const f = this.fn('onInstall');
    if (!f) return;
    const e = new this.realm.Object() as Record<string, unknown>;
    e.authMode = AuthMode.FULL;
    this.runtime.execute('FULL', () => f(e), { kind: 'simpleTrigger' });
  }

  /** Sheets' open event: authMode, user; source only when the mode lets the script read the file. */
  private openEvent(mode: AuthModeName): Record<string, unknown> {
    const e = new this.realm.Object() as Record<string, unknown>;
    e.authMode = AuthMode[mode];
    if (mode !== 'NONE') {
      this.defineSource(e);
      e.user = this.user(this.runtime.ctx.defaultExecution(mode).activeUserEmail);
    }
    return e;
  }

  /**
   * `e.source`, read lazily: reading it counts one SpreadsheetApp.getActive call (the runtime
   * has no uncounted path into the colleague's SpreadsheetApp).
   */
  private defineSource(e: Record<string, unknown>): void {
    const app = this.runtime.globals().SpreadsheetApp;
    let source: unknown;
    Object.defineProperty(e, 'source', { enumerable: true, get: () => (source ??= app.getActive()) });
  }

  /**
   * The event's user (a User with getEmail), not a Session call: no scope check. "The active
   * user, if available": blank where Session.getActiveUser() is (a simple trigger run by a user
   * who has not authorised the script; developers.google.com/apps-script/guides/triggers/events).
   */
  private user(email: string): GoogleAppsScript.Base.User {
    const o = new this.realm.Object() as Record<string, unknown>;
    o.getEmail = () => email;
    o.toString = () => email;
    return o as unknown as GoogleAppsScript.Base.User;
  }

  // ---- installable triggers --------------------------------------------------------------

  runTrigger(triggerUidOrHandler: string, event: Record<string, unknown> = {}, options: { activeUser?: string } = {}): unknown {
    const t = this.runtime.triggers.find(triggerUidOrHandler);
    if (!t) throw new Error(`Local runtime: no installed trigger with id or handler ${JSON.stringify(triggerUidOrHandler)} (installed: ${this.runtime.triggers.list().map((x) => `${x.uid}:${x.handler}`).join(', ') || 'none'})`);
    const f = this.required(t.handler);
    const e = new this.realm.Object() as Record<string, unknown>;
    let execution: Partial<ExecutionInfo>;
    if (t.eventType === 'CLOCK') {
      // Nobody is at the document: no UI; the trigger's creator is both users.
      Object.assign(e, clockEvent(this.runtime.clock.now(), t.uid));
      execution = { kind: 'clockTrigger', hasUi: false, activeUserEmail: t.user, effectiveUserEmail: t.user };
    } else {
      const active = options.activeUser ?? this.runtime.options.userEmail;
      const visible = active === t.user || this.runtime.options.sameDomainAsDeveloper === true ? active : '';
      execution = { kind: 'spreadsheetTrigger', hasUi: t.eventType !== 'ON_FORM_SUBMIT', activeUserEmail: visible, effectiveUserEmail: t.user };
      e.authMode = AuthMode.FULL;
      e.triggerUid = t.uid;
      e.user = this.user(visible);
      this.defineSource(e);
    }
    for (const [k, v] of Object.entries(event)) e[k] = v;
    this.runtime.ctx.events.push({ type: 'trigger', action: 'fire', uid: t.uid, handler: t.handler, eventType: t.eventType });
    return this.runtime.execute('FULL', () => f(e), execution);
  }

  /** Clicks an item of the add-on menu (by caption or function name), in AuthMode.FULL. */
  runMenuItem(captionOrFunctionName: string): unknown {
    const items = this.runtime.ui.menus.flatMap((m) => flatItems(m.items));
    const item = items.find((i) => i.caption === captionOrFunctionName) ?? items.find((i) => i.functionName === captionOrFunctionName);
    if (!item) throw new Error(`Local runtime: no menu item ${JSON.stringify(captionOrFunctionName)} (menus: ${items.map((i) => i.caption).join(', ') || 'none built; call onOpen() first'})`);
    const f = this.required(item.functionName);
    return this.runtime.execute('FULL', () => f(), { kind: 'menu' });
  }

  /** Calls a top-level function directly (as the editor's Run button), default AuthMode.FULL. */
  call(name: string, authMode: AuthModeName = 'FULL', ...args: unknown[]): unknown {
    const f = this.required(name);
    return this.runtime.execute(authMode, () => f(...args));
  }

  // ---- google.script.run -----------------------------------------------------------------

  /**
   * A google.script.run call from a sidebar or dialog, made synchronous
   * (developers.google.com/apps-script/guides/html/communication#parameters_and_return_values):
   * - only public top-level functions exist on google.script.run: a private (`name_`) or unknown
   *   name throws ScriptRunClientError ('not-a-function'), and no failure handler runs;
   * - arguments are checked and copied as the client does: primitives, null, plain objects and
   *   arrays; a Date, function, class instance or circular reference throws ScriptRunClientError
   *   "Failed due to illegal value in property: …"; undefined in an array becomes null, an
   *   undefined property is dropped; a form (formSubmission) must be the only parameter and
   *   arrives as an object of strings, files as Blobs;
   * - a server error throws ScriptRunFailure with the message withFailureHandler would get;
   * - a return value holding an illegal type (a Date anywhere in it) reaches the client as null.
   */
  scriptRun(name: string, ...args: unknown[]): unknown {
    const f = this.fn(name);
    if (!f) throw new ScriptRunClientError(`google.script.run.${name} is not a function`, 'not-a-function', 'TypeError');
    const copied = this.clientArguments(args);
    let result: unknown;
    try {
      result = this.runtime.execute('FULL', () => f(...copied), { kind: 'scriptRun' });
    } catch (e) {
      throw new ScriptRunFailure(errorMessage(e, true));
    }
    try {
      return serialize(result, '', new Set(), { Array, Object, Date, Error }, this.plainProtos());
    } catch {
      return null;
    }
  }

  private plainProtos(): Set<unknown> {
    return new Set<unknown>([Object.prototype, this.realm.Object.prototype, null]);
  }

  /** The client's copy of the call's arguments into the add-on's realm (or its refusal). */
  private clientArguments(args: unknown[]): unknown[] {
    const formAt = args.findIndex((a) => a instanceof FormSubmission);
    if (formAt >= 0) {
      if (args.length !== 1) throw new ScriptRunClientError('A form element must be the only parameter of a google.script.run call.', 'form-not-alone', 'Error');
      return [this.formObject(args[0] as FormSubmission)];
    }
    try {
      return args.map((a, i) => serialize(a, String(i), new Set(), this.realm, this.plainProtos()));
    } catch (e) {
      throw new ScriptRunClientError((e as Error).message, 'illegal-value', 'Error');
    }
  }

  /** A form as the server function receives it: strings, arrays of strings, Blobs for files. */
  private formObject(form: FormSubmission): Record<string, unknown> {
    const out = new this.realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(form.fields)) {
      if (isFormFile(v)) out[k] = makeBlob(this.runtime.ctx, Buffer.from(v.bytes), v.contentType, v.name);
      else if (Array.isArray(v)) {
        const arr = new this.realm.Array<string>();
        for (const x of v) arr.push(String(x));
        out[k] = arr;
      } else out[k] = String(v);
    }
    return out;
  }
}

class ResultError extends Error {
  constructor(readonly cell: CellError) {
    super(cell.message);
  }
}

function flatItems(items: import('./services/ui').MenuEntry[]): { caption: string; functionName: string }[] {
  return items.flatMap((i) => (i.type === 'item' ? [i] : i.type === 'submenu' ? flatItems(i.items) : []));
}

/** The message of a thrown value; with `named`, prefixed by its name as the client shows it ("Exception: …"). */
function errorMessage(e: unknown, named = false): string {
  if (e && typeof e === 'object' && 'message' in e) {
    const err = e as Error;
    return named ? `${err.name || 'Error'}: ${err.message}` : String(err.message);
  }
  return String(e);
}

/** google.script.run's copy of a value into `target`'s realm; throws on illegal values. */
function serialize(v: unknown, where: string, seen: Set<object>, target: Intrinsics, plainProtos: Set<unknown>): unknown {
  const illegal = () => new Error(`Failed due to illegal value in property: ${where}`);
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v === undefined) return null;
  if (typeof v !== 'object') throw illegal();
  if (seen.has(v)) throw illegal();
  seen.add(v);
  try {
    if (Array.isArray(v)) {
      const out = new target.Array<unknown>();
      for (let i = 0; i < v.length; i++) out.push(serialize(v[i], String(i), seen, target, plainProtos));
      return out;
    }
    if (isDate(v) || !plainProtos.has(Object.getPrototypeOf(v))) throw illegal();
    const out = new target.Object() as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      out[k] = serialize(x, k, seen, target, plainProtos);
    }
    return out;
  } finally {
    seen.delete(v);
  }
}
