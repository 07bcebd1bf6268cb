import type { CallCounter } from '../infra/calls';
import { expose } from '../infra/expose';

/**
 * Objects handed to the add-on are `expose` proxies; when the add-on hands one back
 * (`ui.showSidebar(output)`, `menu.addSubMenu(sub)`, `ScriptApp.deleteTrigger(t)`), the runtime
 * needs the implementation behind it. This registry maps both the proxy and the raw object to it.
 */
const impls = new WeakMap<object, object>();

export function exposeImpl<T extends object>(calls: CallCounter, className: string, impl: T): T {
  const proxy = expose(calls, className, impl);
  impls.set(proxy, impl);
  impls.set(impl, impl);
  return proxy;
}

/** The implementation behind `v` if it is an instance of `ctor`, else undefined. */
export function implOf<T extends object>(v: unknown, ctor: abstract new (...args: never[]) => T): T | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const impl = impls.get(v);
  return impl instanceof ctor ? (impl as T) : undefined;
}
