import type { RuntimeContext } from '../context';

/**
 * The JS realm of the add-on: the loader replaces the host's intrinsics with the vm context's
 * so that arrays, objects and dates the services hand to the add-on are the add-on's own
 * (`instanceof Array`, `instanceof Date` hold inside the bundle), and so that HtmlService
 * templates evaluate in the add-on's global scope.
 */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  /** Evaluates script source in the add-on's global scope (sloppy mode). */
  evaluate(code: string): unknown;
}

const hostRealm: Realm = {
  Array,
  Object,
  Date,
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  evaluate: (code) => (0, eval)(code),
};

const realms = new WeakMap<RuntimeContext, Realm>();

export function realmOf(ctx: RuntimeContext): Realm {
  return realms.get(ctx) ?? hostRealm;
}

export function setRealm(ctx: RuntimeContext, realm: Realm): void {
  realms.set(ctx, realm);
}

/** A copy of `items` as an array of the add-on's realm. */
export function realmArray<T>(ctx: RuntimeContext, items: readonly T[]): T[] {
  const out = new (realmOf(ctx).Array)<T>();
  for (const x of items) out.push(x);
  return out;
}

/** A copy of `rec` as a plain object of the add-on's realm. */
export function realmObject<T>(ctx: RuntimeContext, rec: Record<string, T>): Record<string, T> {
  const out = new (realmOf(ctx).Object)() as Record<string, T>;
  for (const k of Object.keys(rec)) out[k] = rec[k];
  return out;
}

export function realmDate(ctx: RuntimeContext, ms: number): Date {
  return new (realmOf(ctx).Date)(ms);
}

/** A deep copy of host plain data (arrays, plain objects, Dates, primitives) in the add-on's realm. */
export function realmDeep(ctx: RuntimeContext, v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const realm = realmOf(ctx);
  if (Object.prototype.toString.call(v) === '[object Date]') return new realm.Date((v as Date).getTime());
  if (Array.isArray(v)) {
    const out = new realm.Array<unknown>();
    for (const x of v) out.push(realmDeep(ctx, x));
    return out;
  }
  const out = new realm.Object() as Record<string, unknown>;
  for (const [k, x] of Object.entries(v)) out[k] = realmDeep(ctx, x);
  return out;
}
