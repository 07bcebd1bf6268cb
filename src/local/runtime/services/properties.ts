import type { AuthModeName, RuntimeContext } from '../context';
import { checkArgs } from '../infra/checkArgs';
import { exposeImpl } from './handles';
import { realmArray, realmObject } from './realm';

/**
 * PropertiesService — developers.google.com/apps-script/reference/properties
 * Quotas (developers.google.com/apps-script/guides/services/quotas): a value 9 kB, a store 500 kB.
 * Modes: no access in AuthMode.NONE; custom functions may read but not write
 * (developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 */
export type StoreName = 'document' | 'script' | 'user';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
export const MSG_VALUE_TOO_LARGE = 'Argument too large: value';
export const MSG_QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Host view of the three stores (a test seeds or inspects them without counting calls). */
export class PropertiesHost {
  readonly stores: Record<StoreName, Map<string, string>> = { document: new Map(), script: new Map(), user: new Map() };

  get(store: StoreName, key: string): string | null {
    return this.stores[store].get(key) ?? null;
  }
  set(store: StoreName, key: string, value: string): void {
    this.stores[store].set(key, value);
  }
  snapshot(store: StoreName): Record<string, string> {
    return Object.fromEntries([...this.stores[store]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  /** Bytes a store uses as the quota counts them (UTF-8 keys + values). */
  bytes(store: StoreName): number {
    return storeBytes(this.stores[store]);
  }
}

function storeBytes(m: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of m) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

const READ: readonly AuthModeName[] = ['LIMITED', 'FULL', 'CUSTOM_FUNCTION'];
const WRITE: readonly AuthModeName[] = ['LIMITED', 'FULL'];

/** Apps Script turns a number or boolean given for a String parameter into its string. */
function asString(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}

class PropertiesImpl implements GoogleAppsScript.Properties.Properties {
  private proxy: GoogleAppsScript.Properties.Properties | undefined;
  constructor(private readonly ctx: RuntimeContext, private readonly map: Map<string, string>) {}

  private check(method: string, args: unknown[], sigs: string[][], write: boolean): void {
    this.ctx.requireAuthMode(`Properties.${method}`, write ? WRITE : READ);
    checkArgs(`PropertiesService.Properties.${method}`, args, sigs, (m) => this.ctx.error(m));
  }

  /** Applies `next` only if it fits the quotas; the store is unchanged on error. */
  private commit(next: Map<string, string>): void {
    for (const v of next.values()) if (Buffer.byteLength(v) > VALUE_LIMIT_BYTES) throw this.ctx.error(MSG_VALUE_TOO_LARGE);
    if (storeBytes(next) > STORE_LIMIT_BYTES) throw this.ctx.error(MSG_QUOTA);
    this.map.clear();
    for (const [k, v] of next) this.map.set(k, v);
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.check('deleteAllProperties', [], [[]], true);
    this.map.clear();
    return this.self();
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    key = asString(key) as string;
    this.check('deleteProperty', [key], [['String']], true);
    this.map.delete(key);
    return this.self();
  }
  getKeys(): string[] {
    this.check('getKeys', [], [[]], false);
    return realmArray(this.ctx, [...this.map.keys()]);
  }
  getProperties(): { [key: string]: string } {
    this.check('getProperties', [], [[]], false);
    return realmObject(this.ctx, Object.fromEntries(this.map));
  }
  getProperty(key: string): string | null {
    key = asString(key) as string;
    this.check('getProperty', [key], [['String']], false);
    return this.map.get(key) ?? null;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    this.check('setProperties', [properties, deleteAllOthers], [['Object', 'Boolean?']], true);
    if (typeof properties !== 'object' || Array.isArray(properties)) checkArgs('PropertiesService.Properties.setProperties', [properties], [['Map']], (m) => this.ctx.error(m));
    const next = new Map(deleteAllOthers ? [] : this.map);
    for (const [k, v] of Object.entries(properties)) {
      const s = asString(v);
      if (typeof s !== 'string') checkArgs('PropertiesService.Properties.setProperties', [properties], [['Map<String,String>']], (m) => this.ctx.error(m));
      next.set(k, s as string);
    }
    this.commit(next);
    return this.self();
  }
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    key = asString(key) as string;
    const v = asString(value);
    this.check('setProperty', [key, v], [['String', 'String']], true);
    const next = new Map(this.map);
    next.set(key, v as string);
    this.commit(next);
    return this.self();
  }

  /** @internal */ bind(p: GoogleAppsScript.Properties.Properties): GoogleAppsScript.Properties.Properties {
    this.proxy = p;
    return p;
  }
  private self(): GoogleAppsScript.Properties.Properties {
    return this.proxy ?? this;
  }
}

class PropertiesServiceImpl implements GoogleAppsScript.Properties.PropertiesService {
  constructor(private readonly ctx: RuntimeContext, private readonly host: PropertiesHost) {}

  private open(method: string, store: StoreName): GoogleAppsScript.Properties.Properties {
    this.ctx.requireAuthMode(`PropertiesService.${method}`, READ);
    const impl = new PropertiesImpl(this.ctx, this.host.stores[store]);
    return impl.bind(exposeImpl(this.ctx.calls, 'PropertiesService.Properties', impl));
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('getDocumentProperties', 'document');
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('getScriptProperties', 'script');
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.open('getUserProperties', 'user');
  }
}

export function createPropertiesService(ctx: RuntimeContext, host: PropertiesHost): GoogleAppsScript.Properties.PropertiesService {
  return exposeImpl(ctx.calls, 'PropertiesService', new PropertiesServiceImpl(ctx, host));
}
