import type { RuntimeContext } from '../context';
import { expose } from '../infra/expose';
import { checkArgs } from '../infra/checkArgs';
import type { WorkbookModel } from './model';

/** What every SpreadsheetApp class of one runtime shares. */
export interface Env {
  ctx: RuntimeContext;
  model: WorkbookModel;
}

const raws = new WeakMap<object, object>();

/**
 * Hands `impl` to the add-on: counted, guarded, and traceable back to `impl` by `unwrap`.
 * Objects that stand for the document refuse writes in a custom function (customFunctionGuard);
 * `members`, when given, is exactly what Google's class has (see ExposeOptions.members).
 */
export function wrap<T>(env: Env, className: string, impl: object, members?: ReadonlySet<string>): T {
  const beforeCall = DOCUMENT_CLASSES.has(className) ? customFunctionGuard(env.ctx) : undefined;
  const p = expose(env.ctx.calls, `SpreadsheetApp.${className}`, impl, { members, beforeCall });
  raws.set(p, impl);
  return p as unknown as T;
}

/**
 * The classes whose methods read or change the spreadsheet itself. Builders (chart, conditional
 * format, data validation), finders and read-only values (ContainerInfo, conditions) only build
 * data in the script: Sheets has nothing to refuse there; the write happens when a document
 * object takes what they built (Sheet.insertChart, setConditionalFormatRules, setDataValidation).
 */
const DOCUMENT_CLASSES = new Set(['Spreadsheet', 'Sheet', 'Range', 'NamedRange', 'Protection', 'DeveloperMetadata', 'EmbeddedChart']);

/** Members that change nothing although their name is not get/is/can/has. */
const READ_ONLY_EXTRAS = new Set(['offset', 'createDeveloperMetadataFinder', 'modify', 'flush']);

/**
 * A custom function may read the spreadsheet but not change it: "Read only (can use most get*()
 * methods, but not set*())" (developers.google.com/apps-script/guides/sheets/functions). Sheets
 * then throws "You do not have permission to call setValue" (the wording users report: the bare
 * method name). Decided once here by the member's name: get*, is*, can*, has*, new* (builders)
 * and READ_ONLY_EXTRAS read; every other member (set*, insert*, add*, delete*, clear*, remove*,
 * append*, protect, sort, hide*, show*, activate, copyTo, trimWhitespace, toast…) writes.
 */
export function isReadOnlyMember(method: string): boolean {
  return /^(get|is|can|has|new)[A-Z]/.test(method) || READ_ONLY_EXTRAS.has(method);
}

export function customFunctionGuard(ctx: RuntimeContext): (method: string) => void {
  return (method) => {
    if (ctx.authMode === 'CUSTOM_FUNCTION' && !isReadOnlyMember(method)) throw ctx.error(`You do not have permission to call ${method}`);
  };
}

/** The implementation behind an object the add-on passes back (or the object itself). */
export function unwrap<T extends object>(value: unknown, cls: abstract new (...args: never[]) => T): T | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  // Check the proxy map first: a proxy passes `instanceof` (its target's prototype) but hides `_` members.
  const raw = raws.get(value);
  if (raw) return raw instanceof cls ? (raw as T) : undefined;
  return value instanceof cls ? value : undefined;
}

/** checkArgs with Google's qualified method name and an error in the add-on's realm. */
export function check(env: Env, method: string, args: readonly unknown[], ...signatures: (readonly string[])[]): void {
  // Omitted optional arguments arrive as trailing undefineds: Google's message lists only those passed.
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  checkArgs(`SpreadsheetApp.${method}`, args.slice(0, n), signatures, env.ctx.error.bind(env.ctx));
}

/** Only Google's member names may be public: a key here that Google lacks fails the typecheck. */
type PublicKeys<T> = { [K in keyof T]: K extends `_${string}` ? never : K }[keyof T];
export type OnlyApiMembers<Impl, Api> = Exclude<PublicKeys<Impl>, keyof Api> extends never ? true : { notInGoogleApi: Exclude<PublicKeys<Impl>, keyof Api> };
export type Assert<T extends true> = T;
