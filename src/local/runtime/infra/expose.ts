import type { CallCounter } from './calls';
import { NotImplementedError } from './notImplemented';

/**
 * Wraps an implementation object before it is handed to the add-on (borrowed from gas-fakes):
 * - every method call is counted as `${className}.${method}`;
 * - reading a member the implementation lacks throws "X.y is not implemented by the local
 *   runtime" instead of returning undefined, so a gap in the runtime fails loudly.
 * Internal code keeps using the raw object, so calls between runtime classes are not counted.
 * `className` is Google's qualified name, e.g. 'SpreadsheetApp.Range', 'HtmlService.HtmlOutput'.
 */
export interface ExposeOptions {
  /**
   * The members Google's class has (when the runtime knows them exactly). A name outside the
   * list reads as `undefined`, as on the real object, so `builder.setTitle(…)` throws V8's own
   * "TypeError: builder.setTitle is not a function"; a listed member the implementation lacks
   * still throws "not implemented by the local runtime".
   */
  members?: ReadonlySet<string>;
  /**
   * Runs before each method call (after it is counted), e.g. to refuse writes in a custom
   * function. Throwing from it refuses the call.
   */
  beforeCall?: (method: string) => void;
}

export function expose<T extends object>(calls: CallCounter, className: string, impl: T, options: ExposeOptions = {}): T {
  const methodCache = new Map<PropertyKey, unknown>();
  const { members, beforeCall } = options;
  return new Proxy(impl, {
    get(target, prop, receiver) {
      // Let JS machinery (await, String(), JSON, util.inspect, jest) probe without throwing.
      if (typeof prop === 'symbol' || PROBES.has(prop)) return Reflect.get(target, prop, receiver);
      if (members && !members.has(prop)) return undefined;
      if (!(prop in target) || prop.startsWith('_')) throw new NotImplementedError(`${className}.${prop}`);
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      let wrapped = methodCache.get(prop);
      if (!wrapped) {
        const method = `${className}.${prop}`;
        wrapped = function (this: unknown, ...args: unknown[]) {
          calls.record(method);
          if (beforeCall) beforeCall(prop);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
        methodCache.set(prop, wrapped);
      }
      return wrapped;
    },
    has(target, prop) {
      if (members && typeof prop === 'string') return members.has(prop);
      return Reflect.has(target, prop);
    },
    set(_target, prop) {
      throw new TypeError(`Cannot set ${className}.${String(prop)}: Google objects are read-only`);
    },
  });
}

const PROBES = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect', 'toString', 'valueOf']);
