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
 * `members`, when given, is exactly what Google's class has (see ExposeOptions.members).
 */
export function wrap<T>(env: Env, className: string, impl: object, members?: ReadonlySet<string>): T {
  const p = expose(env.ctx.calls, `SpreadsheetApp.${className}`, impl, { members });
  raws.set(p, impl);
  return p as unknown as T;
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
